// The span toolkit: each search against a table of cases, then against a plain scan for random
// sorted spans; the fast moves of the types that move often against the generic movedBy.
import * as assert from 'assert';
import fc from 'fast-check';
import type { Span } from '../../src/core/model/model';
import {
  countWhile, firstEndingAfter, firstStartingFrom, isMovedCopy, lastStartingBefore, movedBy, overlaps, overlapsAny, spanIndexAt, spansWithin,
} from '../../src/core/model/spans';
import { analyzeParagraph, moveFindings } from '../../src/core/pipeline/analyze';

const span = (start: number, end: number): Span => ({ start, end });
/** [0,2) [4,6) [6,9) [12,12) [15,20): sorted, not overlapping, two touching, one empty. */
const SPANS = [span(0, 2), span(4, 6), span(6, 9), span(12, 12), span(15, 20)];

describe('span toolkit', () => {
  const searches: { name: string; search: (spans: readonly Span[], at: number) => number; cases: [number, number][] }[] = [
    { name: 'firstStartingFrom', search: firstStartingFrom, cases: [[-1, 0], [0, 0], [1, 1], [4, 1], [5, 2], [6, 2], [12, 3], [13, 4], [20, 5], [99, 5]] },
    { name: 'lastStartingBefore', search: lastStartingBefore, cases: [[0, -1], [1, 0], [4, 0], [5, 1], [7, 2], [12, 2], [13, 3], [99, 4]] },
    { name: 'firstEndingAfter', search: firstEndingAfter, cases: [[-1, 0], [1, 0], [2, 1], [5, 1], [6, 2], [9, 3], [12, 4], [19, 4], [20, 5]] },
    { name: 'spanIndexAt', search: spanIndexAt, cases: [[-1, -1], [0, 0], [1, 0], [2, -1], [3, -1], [4, 1], [6, 2], [8, 2], [9, -1], [12, -1], [15, 4], [19, 4], [20, -1]] },
  ];
  for (const { name, search, cases } of searches) {
    for (const [at, expected] of cases) it(`${name}(${at}) is ${expected}`, () => assert.strictEqual(search(SPANS, at), expected));
    it(`${name} of no spans`, () => assert.strictEqual(search([], 3), name === 'firstStartingFrom' || name === 'firstEndingAfter' ? 0 : -1));
  }

  const overlapCases: [Span, boolean][] = [[span(2, 4), false], [span(1, 3), true], [span(9, 12), false], [span(8, 10), true], [span(11, 16), true], [span(20, 30), false], [span(5, 5), true], [span(9, 9), false]];
  for (const [probe, expected] of overlapCases) {
    it(`overlapsAny([${probe.start}, ${probe.end})) is ${expected}`, () => assert.strictEqual(overlapsAny(SPANS, probe), expected));
  }
  const pairs: [Span, Span, boolean][] = [[span(0, 2), span(2, 4), false], [span(0, 3), span(2, 4), true], [span(2, 4), span(0, 9), true], [span(3, 3), span(0, 9), true], [span(3, 3), span(3, 3), false]];
  for (const [a, b, expected] of pairs) it(`overlaps([${a.start}, ${a.end}), [${b.start}, ${b.end})) is ${expected}`, () => assert.strictEqual(overlaps(a, b), expected));

  it('spansWithin keeps the spans that overlap the window', () => {
    assert.deepStrictEqual(spansWithin(SPANS, 5, 13), [span(4, 6), span(6, 9), span(12, 12)]);
    assert.deepStrictEqual(spansWithin(SPANS, 9, 12), []);
  });

  it('countWhile counts the prefix a predicate holds for', () => {
    assert.strictEqual(countWhile([1, 2, 3, 10, 11], (n) => n < 5), 3);
    assert.strictEqual(countWhile([], () => true), 0);
  });

  /** Random sorted spans that do not overlap (some touch, some are empty), and a position around them. */
  const sortedSpans = fc.array(fc.tuple(fc.nat(5), fc.nat(5)), { maxLength: 30 }).map((gaps) => {
    const spans: Span[] = [];
    let at = 0;
    for (const [gap, length] of gaps) {
      spans.push(span(at + gap, at + gap + length));
      at += gap + length;
    }
    return spans;
  });

  it('every search agrees with a plain scan', () => {
    fc.assert(fc.property(sortedSpans, fc.integer({ min: -2, max: 200 }), fc.nat(8), (spans, at, length) => {
      const probe = span(at, at + length);
      const scan = (holds: (s: Span) => boolean): number => {
        const index = spans.findIndex(holds);
        return index === -1 ? spans.length : index;
      };
      assert.strictEqual(firstStartingFrom(spans, at), scan((s) => s.start >= at));
      assert.strictEqual(firstEndingAfter(spans, at), scan((s) => s.end > at));
      assert.strictEqual(spanIndexAt(spans, at), spans.findIndex((s) => s.start <= at && at < s.end));
      assert.strictEqual(overlapsAny(spans, probe), spans.some((s) => overlaps(s, probe)));
    }));
  });

  it('movedBy moves every start and end, however deep, and isMovedCopy recognises the copy', () => {
    const before = { start: 3, end: 5, text: 'ab', speaker: { start: 7, end: 9, name: 'X' }, list: [{ start: 1, end: 2 }], count: 4 };
    const after = movedBy(before, 10);
    assert.deepStrictEqual(after, { start: 13, end: 15, text: 'ab', speaker: { start: 17, end: 19, name: 'X' }, list: [{ start: 11, end: 12 }], count: 4 });
    assert.deepStrictEqual(before.speaker, { start: 7, end: 9, name: 'X' });
    assert.ok(isMovedCopy(before, after, 10));
    assert.ok(!isMovedCopy(before, after, 9));
    assert.ok(!isMovedCopy(before, { ...after, count: 5 }, 10));
    assert.ok(isMovedCopy(before, { ...after, count: 5 }, 10, new Set(['count'])));
  });
});

describe('fast moves equal the generic one', () => {
  const words = fc.array(fc.constantFrom('Angela Merkel', 'met', 'US officials', 'Paris', 'the United Nations', '$5 million', 'on Monday', 'said', '.', ' ', '"', '12%'), { maxLength: 30 });
  it('moveFindings is movedBy for a paragraph\'s findings', () => {
    fc.assert(fc.property(words, fc.integer({ min: -50, max: 5000 }), (parts, shift) => {
      const text = parts.join(' ');
      const findings = analyzeParagraph(text, { start: 0, end: text.length });
      assert.deepStrictEqual(moveFindings(findings, findings.start + shift), movedBy(findings, shift));
    }), { numRuns: 60 });
  });
});
