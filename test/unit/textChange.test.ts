// The change between two versions of a text (what the host posts to the worker after an edit), and
// whether a span moved with it: tables of cases, then changeBetween against a character-by-character
// scan for random pairs of texts.
import * as assert from 'assert';
import fc from 'fast-check';
import type { Span } from '../../src/core/model/model';
import { sameMoved } from '../../src/core/pipeline/moved';
import { applyChange, changeBetween, isMovedSpan, shiftOf, type TextChange } from '../../src/core/pipeline/textChange';

const change = (start: number, oldEnd: number, newEnd: number): TextChange => ({ start, oldEnd, newEnd });
const span = (start: number, end: number): Span => ({ start, end });

/** The smallest change, one character at a time: the common prefix, then the common suffix that does not overlap it. */
function scannedChange(before: string, after: string): TextChange {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let same = 0;
  while (same < Math.min(before.length, after.length) - start && before[before.length - 1 - same] === after[after.length - 1 - same]) same++;
  return change(start, before.length - same, after.length - same);
}

describe('text changes', () => {
  const betweenCases: [string, string, TextChange][] = [
    ['abc', 'abc', change(3, 3, 3)],
    ['', 'x', change(0, 0, 1)],
    ['x', '', change(0, 1, 0)],
    ['abcdef', 'abXdef', change(2, 3, 3)],
    ['abcdef', 'abXYZdef', change(2, 3, 5)],
    ['aaaa', 'aa', change(2, 4, 2)],
    ['aa', 'aaaa', change(2, 2, 4)],
    ['xabc', 'abc', change(0, 1, 0)],
    ['abcx', 'abc', change(3, 4, 3)],
    ['abc', 'aXbc', change(1, 1, 2)],
    ['Merkel met Macron.', 'Merkel met Scholz.', change(11, 17, 17)],
    [`${'a'.repeat(100)}Q${'b'.repeat(57)}`, `${'a'.repeat(100)}RS${'b'.repeat(57)}`, change(100, 101, 102)],
  ];
  for (const [before, after, expected] of betweenCases) {
    it(`changeBetween(${JSON.stringify(before.slice(0, 12))}, ${JSON.stringify(after.slice(0, 12))}) is [${expected.start}, ${expected.oldEnd}) → [${expected.start}, ${expected.newEnd})`, () => {
      const found = changeBetween(before, after);
      assert.deepStrictEqual(found, expected);
      assert.strictEqual(applyChange(before, found, after.slice(found.start, found.newEnd)), after);
    });
  }

  it('changeBetween is the smallest change, and applying it gives the new text, for any two texts', () => {
    const texts = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\n', '😀'), maxLength: 40 });
    fc.assert(fc.property(texts, texts, (before, after) => {
      const found = changeBetween(before, after);
      assert.deepStrictEqual(found, scannedChange(before, after));
      assert.strictEqual(applyChange(before, found, after.slice(found.start, found.newEnd)), after);
    }), { numRuns: 500 });
  });

  it('applyChange puts the inserted text in place of the old range', () => {
    assert.strictEqual(applyChange('Angela Merkel left.', change(7, 13, 11), 'Kohl'), 'Angela Kohl left.');
    assert.strictEqual(applyChange('ab', change(1, 1, 2), 'X'), 'aXb');
  });

  for (const [moved, shift] of [[change(10, 15, 18), 3], [change(10, 15, 12), -3], [change(4, 4, 4), 0]] as const) {
    it(`shiftOf([${moved.start}, ${moved.oldEnd}) → [${moved.start}, ${moved.newEnd})) is ${shift}`, () => assert.strictEqual(shiftOf(moved), shift));
  }

  // [10, 15) became [10, 18): three characters longer.
  const longer = change(10, 15, 18);
  const movedCases: [string, TextChange, Span, Span, boolean][] = [
    ['before the change, unmoved', longer, span(2, 5), span(2, 5), true],
    ['before the change, but shifted', longer, span(2, 5), span(5, 8), false],
    ['before the change, other end', longer, span(2, 5), span(2, 6), false],
    ['before the change, other start', longer, span(2, 5), span(3, 5), false],
    ['ending where the change starts', longer, span(2, 10), span(2, 10), true],
    ['across the change start', longer, span(2, 11), span(2, 11), false],
    ['across the change start, shifted', longer, span(2, 11), span(5, 14), false],
    ['inside the change', longer, span(12, 13), span(12, 13), false],
    ['inside the change, shifted', longer, span(12, 13), span(15, 16), false],
    ['starting where the change ends, shifted', longer, span(15, 20), span(18, 23), true],
    ['starting where the change ends, unmoved', longer, span(15, 20), span(15, 20), false],
    ['after the change, shifted', longer, span(16, 20), span(19, 23), true],
    ['after the change, only its start shifted', longer, span(16, 20), span(19, 22), false],
    ['after the change, only its end shifted', longer, span(16, 20), span(17, 23), false],
    ['across the change end', longer, span(14, 20), span(17, 23), false],
    ['after a shrinking change', change(10, 15, 12), span(20, 25), span(17, 22), true],
    ['after a shrinking change, moved the wrong way', change(10, 15, 12), span(20, 25), span(23, 28), false],
    ['empty, at an insertion point, moved with it', change(10, 10, 12), span(10, 10), span(12, 12), true],
    ['empty, at an insertion point, left behind', change(10, 10, 12), span(10, 10), span(10, 10), false],
  ];
  for (const [what, moved, before, after, expected] of movedCases) {
    it(`isMovedSpan: ${what} is ${expected}`, () => assert.strictEqual(isMovedSpan(moved, before, after), expected));
  }
});

describe('sameMoved', () => {
  // [10, 15) became [10, 18): spans after it move by three.
  const longer = change(10, 15, 18);
  const cases: [string, Span[], Span[], boolean][] = [
    ['both empty', [], [], true],
    ['every span moved with the change', [span(2, 5), span(16, 20)], [span(2, 5), span(19, 23)], true],
    ['one span did not move with it', [span(2, 5), span(16, 20)], [span(2, 5), span(16, 20)], false],
    ['a span more after the change', [span(2, 5)], [span(2, 5), span(19, 23)], false],
    ['a span fewer after the change', [span(2, 5), span(16, 20)], [span(2, 5)], false],
  ];
  for (const [what, before, after, expected] of cases) {
    it(`${what}: ${expected}`, () => assert.strictEqual(sameMoved(before, after, longer, isMovedSpan), expected));
  }
});
