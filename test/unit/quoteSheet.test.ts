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
});
