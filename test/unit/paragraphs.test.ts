import * as assert from 'assert';
import { lineEndsUnit, MAX_UNIT, splitParagraphs } from '../../src/core/pipeline/paragraphs';

const pieces = (text: string): string[] => splitParagraphs(text).map((p) => text.slice(p.start, p.end));

describe('splitParagraphs', () => {
  const cases: { name: string; text: string; expected: string[] }[] = [
    { name: 'empty text', text: '', expected: [] },
    { name: 'whitespace only', text: '  \n\n \t', expected: [] },
    { name: 'one paragraph per line, as news files have', text: 'First one.\nSecond one.', expected: ['First one.', 'Second one.'] },
    { name: 'blank lines between paragraphs', text: 'One.\n\n\nTwo.', expected: ['One.', 'Two.'] },
    { name: 'a wrapped paragraph stays whole', text: 'A sentence that\nwraps over lines.\n\nNext.', expected: ['A sentence that\nwraps over lines.', 'Next.'] },
    { name: 'CRLF line endings', text: 'One.\r\nTwo.\r\n', expected: ['One.', 'Two.'] },
    { name: 'a line ending in a closing quote ends a paragraph', text: '“Go,” he said.”\nNext', expected: ['“Go,” he said.”', 'Next'] },
    { name: 'leading indentation is not part of the paragraph', text: '    Indented.', expected: ['Indented.'] },
    { name: 'a paragraph without a stop ends at the blank line, trailing spaces left out', text: 'No stop here  \n\nNext.', expected: ['No stop here', 'Next.'] },
  ];
  for (const { name, text, expected } of cases) {
    it(name, () => assert.deepStrictEqual(pieces(text), expected));
  }

  it(`cuts a long line without punctuation into units of at most ${MAX_UNIT}`, () => {
    const text = 'word '.repeat(10000).trim();
    const units = splitParagraphs(text);
    assert.ok(units.length > 1);
    for (const unit of units) assert.ok(unit.end - unit.start <= MAX_UNIT);
    assert.strictEqual(units.map((u) => text.slice(u.start, u.end)).join(' '), text);
  });

  it('never cuts inside a surrogate pair', () => {
    const text = '😀'.repeat(MAX_UNIT);
    for (const unit of splitParagraphs(text)) assert.ok(!/^[\uDC00-\uDFFF]/.test(text.slice(unit.start, unit.end)));
  });

  const spans = (text: string): [number, number][] => splitParagraphs(text).map((u) => [u.start, u.end]);
  const half = MAX_UNIT / 2;
  const boundedCases: { name: string; text: string; expected: [number, number][] }[] = [
    { name: 'a line of exactly the limit stays whole', text: 'a'.repeat(MAX_UNIT), expected: [[0, MAX_UNIT]] },
    { name: 'one character over the limit is cut at the limit', text: 'a'.repeat(MAX_UNIT + 1), expected: [[0, MAX_UNIT], [MAX_UNIT, MAX_UNIT + 1]] },
    { name: 'cut after the last sentence end in the window', text: `${'a'.repeat(2500)}. ${'b'.repeat(1000)}. ${'c'.repeat(1000)}`, expected: [[0, 3503], [3504, 4504]] },
    { name: 'a sentence end at half the limit is used', text: `${'a'.repeat(half - 1)}. ${'b'.repeat(3000)}`, expected: [[0, half], [half + 1, half + 3001]] },
    { name: 'a sentence end before half the limit is not: the last space is', text: `Hi. ${'x'.repeat(half)} ${'y'.repeat(3000)}`, expected: [[0, half + 4], [half + 5, half + 3005]] },
    { name: 'a space at half the limit is used', text: `${'a'.repeat(half)} ${'b'.repeat(3000)}`, expected: [[0, half], [half + 1, half + 3001]] },
    { name: 'with neither past half the limit, cut at the limit', text: `Hi. ${'x'.repeat(5000)}`, expected: [[0, MAX_UNIT], [MAX_UNIT, 5004]] },
    { name: 'a cut that would split a pair (low surrogate U+DC00) moves back one', text: `x${'\u{10000}'.repeat(3000)}`, expected: [[0, MAX_UNIT - 1], [MAX_UNIT - 1, 6001]] },
    { name: 'a cut that would split a pair (low surrogate U+DFFF) moves back one', text: `x${'\u{103FF}'.repeat(3000)}`, expected: [[0, MAX_UNIT - 1], [MAX_UNIT - 1, 6001]] },
    { name: 'a cut between two pairs stays', text: '\u{10000}'.repeat(3000), expected: [[0, MAX_UNIT], [MAX_UNIT, 6000]] },
  ];
  for (const { name, text, expected } of boundedCases) it(`over-long units: ${name}`, () => assert.deepStrictEqual(spans(text), expected));
});

describe('lineEndsUnit', () => {
  const cases: [string, boolean][] = [['', true], ['   ', true], ['It ended.', true], ['“Go,”', true], ['Go,', false], ['He said “go.”', true], ['and then', false], ['Really?  ', true]];
  for (const [line, expected] of cases) it(`${JSON.stringify(line)} ${expected ? 'ends' : 'does not end'} a unit`, () => assert.strictEqual(lineEndsUnit(line), expected));
});
