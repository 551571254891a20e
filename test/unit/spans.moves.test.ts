// The generic move and its comparison, case by case: each row is one way a copy can differ from
// (or match) the moved original, so that every branch of isMovedCopy and movedBy has a case that
// fails when that branch answers the other way.
import * as assert from 'assert';
import { isMovedCopy, movedBy } from '../../src/core/model/spans';

describe('isMovedCopy, case by case', () => {
  const shared = { start: 1, end: 2 };
  const cases: { name: string; before: unknown; after: unknown; shift: number; skipped?: string[]; expected: boolean }[] = [
    { name: 'the same object, not moved', before: shared, after: shared, shift: 0, expected: true },
    { name: 'the same object cannot be a moved copy of itself', before: shared, after: shared, shift: 3, expected: false },
    { name: 'equal numbers outside a span', before: 7, after: 7, shift: 3, expected: true },
    { name: 'different strings', before: 'a', after: 'b', shift: 0, expected: false },
    { name: 'null against an object', before: null, after: { start: 1 }, shift: 0, expected: false },
    { name: 'an object against null', before: { start: 1 }, after: null, shift: 0, expected: false },
    { name: 'a list against an object', before: [], after: {}, shift: 0, expected: false },
    { name: 'an object against a list', before: {}, after: [], shift: 0, expected: false },
    { name: 'lists of different lengths', before: [{ start: 1, end: 2 }], after: [], shift: 0, expected: false },
    { name: 'a list whose items all moved', before: [{ start: 1, end: 2 }, { start: 5, end: 6 }], after: [{ start: 4, end: 5 }, { start: 8, end: 9 }], shift: 3, expected: true },
    { name: 'a list whose last item did not move', before: [{ start: 1, end: 2 }, { start: 5, end: 6 }], after: [{ start: 4, end: 5 }, { start: 5, end: 6 }], shift: 3, expected: false },
    { name: 'an end that did not move', before: { start: 1, end: 2 }, after: { start: 4, end: 2 }, shift: 3, expected: false },
    { name: 'a start that is not a number is not moved', before: { start: 'x', end: 2 }, after: { start: 'x', end: 5 }, shift: 3, expected: true },
    { name: 'another number field must stay equal', before: { start: 1, count: 2 }, after: { start: 4, count: 5 }, shift: 3, expected: false },
    { name: 'a field left undefined is kept', before: { start: 1, verb: undefined }, after: { start: 4, verb: undefined }, shift: 3, expected: true },
    { name: 'a field undefined before and missing after', before: { start: 1, verb: undefined }, after: { start: 4 }, shift: 3, expected: false },
    { name: 'a field the copy adds', before: { start: 1 }, after: { start: 4, verb: 'said' }, shift: 3, expected: false },
    { name: 'a field the copy drops', before: { start: 1, verb: 'said' }, after: { start: 4 }, shift: 3, expected: false },
    { name: 'a nested object shared, not moved, under a shift', before: { speaker: shared }, after: { speaker: shared }, shift: 3, expected: false },
    { name: 'a nested object shared, with no shift', before: { speaker: shared }, after: { speaker: shared }, shift: 0, expected: true },
    { name: 'a nested object moved', before: { speaker: { start: 1, end: 2 } }, after: { speaker: { start: 4, end: 5 } }, shift: 3, expected: true },
    { name: 'a nested object not moved', before: { speaker: { start: 1, end: 2 } }, after: { speaker: { start: 1, end: 2 } }, shift: 3, expected: false },
    { name: 'a nested null kept', before: { start: 1, speaker: null }, after: { start: 4, speaker: null }, shift: 3, expected: true },
    { name: 'a skipped field may differ', before: { start: 1, count: 2 }, after: { start: 4, count: 9 }, shift: 3, skipped: ['count'], expected: true },
    { name: 'a skipped field may be missing', before: { start: 1, count: 2 }, after: { start: 4 }, shift: 3, skipped: ['count'], expected: true },
    { name: 'a skipped field may be added', before: { start: 1 }, after: { start: 4, count: 2 }, shift: 3, skipped: ['count'], expected: true },
    { name: 'fields are skipped at the top level only', before: { speaker: { start: 1, count: 2 } }, after: { speaker: { start: 4, count: 9 } }, shift: 3, skipped: ['count'], expected: false },
  ];
  for (const c of cases) {
    it(`${c.name}: ${c.expected}`, () => assert.strictEqual(isMovedCopy(c.before, c.after, c.shift, c.skipped && new Set(c.skipped)), c.expected));
  }
});

describe('movedBy, case by case', () => {
  it('returns the value itself when the shift is 0', () => {
    const value = { start: 1, end: 2 };
    assert.strictEqual(movedBy(value, 0), value);
  });
  const cases: { name: string; value: unknown; moved: unknown }[] = [
    { name: 'null stays null', value: null, moved: null },
    { name: 'a number alone is not a span', value: 5, moved: 5 },
    { name: 'a list of spans', value: [{ start: 1, end: 2 }], moved: [{ start: 4, end: 5 }] },
    { name: 'only start and end move', value: { start: 1, end: 2, length: 1, id: 'a' }, moved: { start: 4, end: 5, length: 1, id: 'a' } },
    { name: 'a start that is not a number stays', value: { start: '1', end: 2 }, moved: { start: '1', end: 5 } },
    { name: 'a nested null stays', value: { start: 1, speaker: null }, moved: { start: 4, speaker: null } },
    { name: 'spans inside lists inside objects', value: { quotes: [{ speaker: { start: 1, end: 2 } }] }, moved: { quotes: [{ speaker: { start: 4, end: 5 } }] } },
  ];
  for (const c of cases) it(c.name, () => assert.deepStrictEqual(movedBy(c.value, 3), c.moved));
});
