import * as assert from 'assert';
import { MAX_UNIT, splitParagraphs } from '../../src/core/pipeline/paragraphs';

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
});
