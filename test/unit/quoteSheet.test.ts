import * as assert from 'assert';
import type { Analysis } from '../../src/core/model/model';
import { quoteSheet } from '../../src/core/model/quoteSheet';

describe('quoteSheet', () => {
  it('makes one row per quote, skipping scare quotes and escaping pipes, with how each speaker was found', () => {
    const text = 'Intro.\nAnn said “a | b.”\nA “so-called” plan.\n“Go,” said someone.\n“Stay.” She left.';
    const quoteAt = (quoted: string) => ({ start: text.indexOf(quoted), end: text.indexOf(quoted) + quoted.length, text: quoted });
    const analysis: Analysis = {
      textLength: text.length,
      entities: [],
      mentions: [],
      quotes: [
        { ...quoteAt('“a | b.”'), kind: 'direct', speaker: { name: 'Ann', start: 7, end: 10, how: 'explicit', confidence: 0.95 } },
        { ...quoteAt('“so-called”'), kind: 'scare', speaker: null },
        { ...quoteAt('“Go,”'), kind: 'fragment', speaker: null },
        { ...quoteAt('“Stay.”'), kind: 'direct', speaker: { name: 'Ann', start: 7, end: 10, how: 'continuation', confidence: 0.63 } },
      ],
      values: [],
    };
    assert.strictEqual(quoteSheet(text, analysis), [
      '| Speaker | How found | Quote | Line |',
      '| --- | --- | --- | ---: |',
      '| Ann | named, 95% | “a \\| b.” | 2 |',
      '| unattributed |  | “Go,” | 4 |',
      '| Ann | continued, 63% | “Stay.” | 5 |',
      '',
    ].join('\n'));
  });

  const cells: { name: string; speaker: string; how: 'pronoun' | 'title' | 'turn' | 'guess'; confidence: number; quoted: string; row: string }[] = [
    { name: 'a backslash is escaped before a pipe', speaker: 'A\\B', how: 'pronoun', confidence: 0.7, quoted: '“a\\|b”', row: '| A\\\\B | pronoun, 70% | “a\\\\\\|b” | 1 |' },
    { name: 'line breaks and runs of spaces are one space', speaker: 'Ann  Lee', how: 'title', confidence: 0.625, quoted: '“a\n  b”', row: '| Ann Lee | description, 63% | “a b” | 1 |' },
    { name: 'spaces at the ends are trimmed', speaker: ' Ann ', how: 'turn', confidence: 0.5, quoted: '“a” ', row: '| Ann | turn-taking, 50% | “a” | 1 |' },
    { name: 'a guess', speaker: 'Ann', how: 'guess', confidence: 0.004, quoted: '“a”', row: '| Ann | guess, 0% | “a” | 1 |' },
  ];
  for (const c of cells) {
    it(`cells: ${c.name}`, () => {
      const analysis: Analysis = {
        textLength: c.quoted.length,
        entities: [],
        mentions: [],
        quotes: [{ start: 0, end: c.quoted.length, text: c.quoted, kind: 'direct', speaker: { name: c.speaker, start: 0, end: 1, how: c.how, confidence: c.confidence } }],
        values: [],
      };
      assert.strictEqual(quoteSheet(c.quoted, analysis).split('\n')[2], c.row);
    });
  }
});
