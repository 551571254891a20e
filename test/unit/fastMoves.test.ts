// The fast moves and "same but moved" comparisons that the pipeline writes out for its own types,
// each held equal to the generic one: movedBy and isMovedCopy (core/model/spans.ts), over random
// values. A move by a change is the generic move by the change's shift for what lies after the
// change, and no move for what lies before it, so the values are drawn on one side of a change.
import * as assert from 'assert';
import fc from 'fast-check';
import type { EntityKind, Mention, Quote, Span } from '../../src/core/model/model';
import { isMovedCopy, isShiftedSpan, movedBy, shiftSpan } from '../../src/core/model/spans';
import { analyzeParagraph, moveFindings } from '../../src/core/pipeline/analyze';
import type { EntityCandidate } from '../../src/core/pipeline/entities/candidates';
import { isMovedOccurrence, moveOccurrence, type Occurrence } from '../../src/core/pipeline/entities/nameFinder';
import { isMovedCandidate, movedEntities } from '../../src/core/pipeline/entities/resolve';
import type { LastAttribution } from '../../src/core/pipeline/quotes/attribute';
import type { Attribution } from '../../src/core/pipeline/quotes/clauses';
import { moveQuoteSpan, type QuoteSpan } from '../../src/core/pipeline/quotes/find';
import type { SpeakerPhrase } from '../../src/core/pipeline/quotes/phrases';
import { Mover, sameMovedLast, sameMovedPerson, sameMovedPhrase } from '../../src/core/pipeline/quotes/reattribute';
import type { PersonAt } from '../../src/core/pipeline/quotes/speakers';
import { shiftOf, type TextChange } from '../../src/core/pipeline/textChange';

const RUNS = { numRuns: 300 };

/** Values lie in [FIRST, LAST]; a change lies wholly before FIRST or at or after LAST. */
const FIRST = 100;
const LAST = 200;
const position = fc.integer({ min: FIRST, max: LAST - 1 });
const span = position.chain((start) => fc.integer({ min: start, max: LAST }).map((end): Span => ({ start, end })));
const text = fc.constantFrom('Xi', 'Putin', 'he', 'who', 'said', 'Reuters');
const kind = fc.constantFrom<EntityKind>('person', 'place', 'organization');
const shift = fc.integer({ min: -50, max: 5000 });

/**
 * A change and the shift it gives the values: 0 when they lie before it. A change after the values
 * may start where the last of them ends; one before them ends a character before the first, since
 * text inserted at a value's very position leaves the value where it was (the change is after it).
 */
const sidedChange = fc.record({ valuesBefore: fc.boolean(), gap: fc.nat(5), removed: fc.nat(20), inserted: fc.nat(20) }).map(({ valuesBefore, gap, removed, inserted }) => {
  const start = valuesBefore ? LAST + gap : FIRST - 1 - gap - removed;
  const change: TextChange = { start, oldEnd: start + removed, newEnd: start + inserted };
  return { change, shift: valuesBefore ? 0 : shiftOf(change) };
});

const words = fc.tuple(span, text).map(([at, written]) => ({ ...at, text: written }));
const phraseFields = { start: position, end: fc.constant(LAST), text, name: words, pronoun: fc.constantFrom('he', 'she', 'who') };
const required: ('start' | 'end' | 'text')[] = ['start', 'end', 'text'];
/** A speaker phrase, some with a relative "who"'s antecedent. */
const phrase: fc.Arbitrary<SpeakerPhrase> = fc.record({ ...phraseFields, antecedent: fc.record(phraseFields, { requiredKeys: required }) }, { requiredKeys: required });
const attribution = fc.record(
  { speaker: phrase, verb: words, reportedBy: phrase, consumedTo: position, subordinate: fc.boolean() },
  { requiredKeys: ['speaker', 'verb'] },
) as fc.Arbitrary<Attribution>;
const lastAttribution = fc.record(
  { at: position, attribution: fc.record({ speaker: phrase, verb: words, reportedBy: phrase }, { requiredKeys: ['speaker', 'verb'] }), speaker: text },
  { requiredKeys: ['at', 'attribution'] },
) as fc.Arbitrary<LastAttribution>;
const person = fc.record({ start: position, end: fc.constant(LAST), name: text, entityId: fc.constantFrom('e1', 'e2') }, { requiredKeys: ['start', 'end', 'name'] }) as fc.Arbitrary<PersonAt>;
const occurrence: fc.Arbitrary<Occurrence> = fc.tuple(words, kind).map(([at, named]) => ({ ...at, kind: named }));
const candidate: fc.Arbitrary<EntityCandidate> = fc.record({
  at: words, kind, roles: fc.array(text, { maxLength: 2 }), confidence: fc.double({ min: 0, max: 1, noNaN: true }), kindConfidence: fc.double({ min: 0, max: 1, noNaN: true }),
}).map(({ at, ...rest }) => ({ ...at, ...rest }));
const speaker = fc.record(
  { start: position, end: fc.constant(LAST), name: text, entityId: fc.constantFrom('e1', 'e2'), how: fc.constantFrom('clause', 'turn-taking'), confidence: fc.double({ min: 0, max: 1, noNaN: true }) },
  { requiredKeys: ['start', 'end', 'name', 'how', 'confidence'] },
);
// A quote with no speaker has no verb or outlet either.
const quote = fc.tuple(words, fc.option(fc.record({ speaker, verb: text, reportedBy: text }, { requiredKeys: ['speaker'] }), { nil: undefined })).map(
  ([at, credited]) => ({ ...at, kind: 'direct', speaker: null, ...credited }) as Quote,
);
const quoteSpan: fc.Arbitrary<QuoteSpan> = fc
  .record({ at: span, depth: fc.nat(2), closed: fc.boolean(), label: fc.option(span, { nil: undefined }) })
  .map(({ at, label, ...rest }) => (label ? { ...at, ...rest, label } : { ...at, ...rest }));

/** Entities over random mentions, as resolve builds them: each entity's mentions are the document's, in order. */
const resolved = fc.array(fc.tuple(span, fc.constantFrom('e1', 'e2', 'e3')), { minLength: 1, maxLength: 8 }).map((found) => {
  const mentions: Mention[] = found.map(([at, entityId]) => ({ ...at, entityId, text: 'Xi', confidence: 0.9 })).sort((a, b) => a.start - b.start);
  const ids = [...new Set(mentions.map((m) => m.entityId))];
  const entities = ids.map((id) => {
    const own = mentions.filter((m) => m.entityId === id);
    return { id, kind: 'person' as const, name: 'Xi', aliases: [], roles: [], mentions: own, firstMention: own[0], confidence: 0.9 };
  });
  return { entities, mentions };
});

/**
 * `value` with one leaf changed, the `pick`-th (depth first, wrapping round): a number by one, a
 * string lengthened, a flag flipped, or, for odd `how`, the field dropped.
 */
function withLeafChanged<T>(value: T, pick: number, how: number): T {
  let left = pick % Math.max(1, leafCount(value));
  const change = (node: unknown): unknown => {
    if (node === null || typeof node !== 'object') return node;
    const copy = (Array.isArray(node) ? [...node] : { ...node }) as Record<string, unknown>;
    for (const key of Object.keys(copy)) {
      const field = copy[key];
      if (field !== null && typeof field === 'object') {
        copy[key] = change(field);
      } else if (field !== undefined && left-- === 0) {
        if (how % 2 === 1 && !Array.isArray(copy)) delete copy[key];
        else copy[key] = typeof field === 'number' ? field + 1 : typeof field === 'string' ? `${field}x` : !field;
      }
    }
    return copy;
  };
  return change(value) as T;
}

function leafCount(value: unknown): number {
  if (value === undefined) return 0;
  if (value === null || typeof value !== 'object') return 1;
  return Object.values(value).reduce((sum: number, field) => sum + leafCount(field), 0);
}

/** The after-value a comparison is asked about: the generic move of `before`, or that with one leaf changed. */
const alteration = fc.option(fc.tuple(fc.nat(), fc.nat()), { nil: undefined, freq: 2 });
function after<T>(before: T, by: number, altered: [number, number] | undefined): T {
  const moved = movedBy(before, by);
  return altered ? withLeafChanged(moved, ...altered) : moved;
}

/** Equal as data: absent and undefined fields alike, as the JSON the CLI prints and the host receives. */
function assertSameData(actual: unknown, expected: unknown): void {
  assert.deepStrictEqual(JSON.parse(JSON.stringify(actual)), JSON.parse(JSON.stringify(expected)));
}

describe('fast moves equal the generic one', () => {
  it('moveFindings is movedBy for a paragraph\'s findings', () => {
    const parts = fc.array(fc.constantFrom('Angela Merkel', 'met', 'US officials', 'Paris', 'the United Nations', '$5 million', 'on Monday', 'said', '.', ' ', '"', '12%'), { maxLength: 30 });
    fc.assert(fc.property(parts, shift, (pieces, by) => {
      const paragraph = pieces.join(' ');
      const findings = analyzeParagraph(paragraph, { start: 0, end: paragraph.length });
      assert.deepStrictEqual(moveFindings(findings, findings.start + by), movedBy(findings, by));
    }), { numRuns: 60 });
  });

  const byShift: [string, fc.Arbitrary<Span>, (value: never, by: number) => unknown][] = [
    ['shiftSpan', span, shiftSpan],
    ['moveQuoteSpan', quoteSpan, moveQuoteSpan],
    ['moveOccurrence', occurrence, moveOccurrence],
  ];
  for (const [name, values, move] of byShift) {
    it(`${name} is movedBy`, () => fc.assert(fc.property(values, shift, (value, by) => assert.deepStrictEqual(move(value as never, by), movedBy(value, by))), RUNS));
  }

  it('isShiftedSpan is isMovedCopy for plain spans', () => {
    fc.assert(fc.property(span, shift, alteration, (before, by, altered) => {
      const moved = after(before, by, altered);
      assert.strictEqual(isShiftedSpan(before, moved, by), isMovedCopy(before, moved, by));
    }), RUNS);
  });

  it('movedEntities is movedBy for entities and their mentions', () => {
    fc.assert(fc.property(resolved, sidedChange, (value, { change, shift: by }) => assertSameData(movedEntities(value, change), movedBy(value, by))), RUNS);
  });

  const byChange: [string, fc.Arbitrary<unknown>, (mover: Mover, value: never) => unknown][] = [
    ['Mover.quote', quote, (mover, value: Quote) => mover.quote(value)],
    ['Mover.person', person, (mover, value: PersonAt) => mover.person(value)],
  ];
  for (const [name, values, move] of byChange) {
    it(`${name} is movedBy`, () => fc.assert(fc.property(values, sidedChange, (value, { change, shift: by }) => assertSameData(move(new Mover(change), value as never), movedBy(value, by))), RUNS));
  }

  it('Mover.attribution is movedBy, with the position its clause was read to moved alike', () => {
    fc.assert(fc.property(attribution, sidedChange, (value, { change, shift: by }) => {
      const consumedTo = value.consumedTo === undefined ? undefined : value.consumedTo + by;
      assertSameData(new Mover(change).attribution(value), { ...movedBy(value, by), consumedTo });
    }), RUNS);
  });
});

describe('fast "same but moved" comparisons equal the generic one', () => {
  const comparisons: [string, fc.Arbitrary<unknown>, (change: TextChange, before: never, after: never) => boolean][] = [
    ['isMovedOccurrence', occurrence, isMovedOccurrence],
    ['isMovedCandidate', candidate, isMovedCandidate],
    ['sameMovedPhrase', phrase, sameMovedPhrase],
    ['sameMovedPerson', person, sameMovedPerson],
  ];
  for (const [name, values, same] of comparisons) {
    it(`${name} is isMovedCopy by the change's shift`, () => {
      fc.assert(fc.property(values, sidedChange, alteration, (before, { change, shift: by }, altered) => {
        const moved = after(before, by, altered);
        assert.strictEqual(same(change, before as never, moved as never), isMovedCopy(before, moved, by));
      }), RUNS);
    });
  }

  it('sameMovedLast is isMovedCopy by the change\'s shift, with the position the quote ends at moved alike', () => {
    fc.assert(fc.property(lastAttribution, sidedChange, alteration, (before, { change, shift: by }, altered) => {
      const moved = after({ ...before, at: { start: before.at, end: before.at } }, by, altered);
      const at = (moved.at as unknown as Span | undefined)?.start ?? Number.NaN;
      const generic = isMovedCopy(before, moved, by, new Set(['at'])) && at === before.at + by;
      assert.strictEqual(sameMovedLast(change, before, { ...moved, at }), generic);
    }), RUNS);
  });
});
