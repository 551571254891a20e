import * as assert from 'assert';
import type { Analysis, Entity, Mention, Quote, Span } from '../../src/core/model/model';
import { definingMention, entityAt, excerpt, lineOf, quotesBy, spanAt, speakerLabel, step } from '../../src/core/model/navigation';
import { spansWithin } from '../../src/core/model/spans';

const spans: Span[] = [{ start: 10, end: 15 }, { start: 30, end: 40 }, { start: 50, end: 52 }];

describe('spanAt', () => {
  const cases: { offset: number; expected: Span | undefined }[] = [
    { offset: 0, expected: undefined },
    { offset: 10, expected: spans[0] },
    { offset: 15, expected: spans[0] }, // a cursor just after the word still points at it
    { offset: 16, expected: undefined },
    { offset: 35, expected: spans[1] },
    { offset: 53, expected: undefined },
  ];
  for (const { offset, expected } of cases) it(`at ${offset}`, () => assert.deepStrictEqual(spanAt(spans, offset), expected));
  it('finds nothing in an empty list', () => assert.strictEqual(spanAt([], 3), undefined));
});

describe('spansWithin', () => {
  const cases: { start: number; end: number; expected: Span[] }[] = [
    { start: 0, end: 10, expected: [] },
    { start: 0, end: 11, expected: [spans[0]] },
    { start: 14, end: 31, expected: [spans[0], spans[1]] },
    { start: 15, end: 30, expected: [] },
    { start: 39, end: 100, expected: [spans[1], spans[2]] },
    { start: 52, end: 100, expected: [] },
  ];
  for (const { start, end, expected } of cases) it(`[${start}, ${end})`, () => assert.deepStrictEqual(spansWithin(spans, start, end), expected));
});

describe('step', () => {
  const cases: { name: string; offset: number; direction: 'next' | 'previous'; index: number; wrapped: boolean }[] = [
    { name: 'next from before the first', offset: 0, direction: 'next', index: 0, wrapped: false },
    { name: 'next from the start of a span skips that span', offset: 10, direction: 'next', index: 1, wrapped: false },
    { name: 'next from inside a span', offset: 12, direction: 'next', index: 1, wrapped: false },
    { name: 'next from the last wraps to the first', offset: 50, direction: 'next', index: 0, wrapped: true },
    { name: 'previous from after the last', offset: 60, direction: 'previous', index: 2, wrapped: false },
    { name: 'previous from the start of a span', offset: 30, direction: 'previous', index: 0, wrapped: false },
    { name: 'previous from inside a span skips that span', offset: 35, direction: 'previous', index: 0, wrapped: false },
    { name: 'previous from the very end of a span (just after the name) skips that span', offset: 40, direction: 'previous', index: 0, wrapped: false },
    { name: 'next from the very end of a span', offset: 15, direction: 'next', index: 1, wrapped: false },
    { name: 'previous from the first wraps to the last', offset: 10, direction: 'previous', index: 2, wrapped: true },
  ];
  for (const { name, offset, direction, index, wrapped } of cases) {
    it(name, () => {
      const result = step(spans, offset, direction);
      assert.deepStrictEqual(result && { index: result.index, wrapped: result.wrapped, target: result.target }, { index, wrapped, target: spans[index] });
    });
  }
  it('has nowhere to go in an empty list', () => assert.strictEqual(step([], 0, 'next'), undefined));
});

describe('entities and quotes', () => {
  const text = 'Ann Lee spoke. Lee said “we go” and “we stay.” Bo said “no.”';
  const mention = (entityId: string, start: number, end: number): Mention => ({ entityId, start, end, text: text.slice(start, end) });
  const entity = (id: string, kind: Entity['kind'], name: string, aliases: string[], mentions: Mention[]): Entity => ({ id, kind, name, aliases, roles: [], mentions, firstMention: mentions[0] });
  const ann = entity('e1', 'person', 'Ann Lee', ['Lee'], [mention('e1', 0, 7), mention('e1', 15, 18)]);
  const bo = entity('e2', 'person', 'Bo', [], [mention('e2', 47, 49)]);
  const quote = (start: number, end: number, speaker: Quote['speaker']): Quote => ({ start, end, kind: 'direct', text: text.slice(start, end), speaker });
  const analysis: Analysis = {
    textLength: text.length,
    entities: [ann, bo],
    mentions: [...ann.mentions, ...bo.mentions],
    quotes: [
      quote(24, 31, { name: 'Ann Lee', entityId: 'e1', start: 15, end: 18, how: 'explicit', confidence: 0.95 }),
      quote(36, 45, { name: 'Ann Lee', entityId: 'e1', start: 15, end: 18, how: 'explicit', confidence: 0.95 }),
      quote(55, 60, { name: 'Bo', entityId: 'e2', start: 47, end: 49, how: 'explicit', confidence: 0.95 }),
    ],
    values: [],
  };

  it('finds the entity under an alias', () => assert.strictEqual(entityAt(analysis, 16)?.id, 'e1'));
  it('finds no entity between names', () => assert.strictEqual(entityAt(analysis, 11), undefined));
  it('lists the quotes credited to an entity', () => assert.deepStrictEqual(quotesBy(analysis, ann).map((q) => q.start), [24, 36]));
  it('credits a quote whose speaker is only named to the entity of that name, not to a namesake entity', () => {
    const named: Quote = { ...analysis.quotes[2], speaker: { name: 'Bo', start: 47, end: 49, how: 'explicit', confidence: 0.95 } };
    const otherBo: Quote = { ...analysis.quotes[2], speaker: { name: 'Bo', entityId: 'e9', start: 47, end: 49, how: 'explicit', confidence: 0.95 } };
    const someoneElse: Quote = { ...analysis.quotes[2], speaker: { name: 'Someone Else', start: 47, end: 49, how: 'explicit', confidence: 0.95 } };
    const quotes = quotesBy({ ...analysis, quotes: [named, otherBo, someoneElse] }, bo);
    assert.deepStrictEqual(quotes, [named]);
  });
  it('labels a speaker by the shortest of their names the text uses', () => {
    const agency = entity('e3', 'organization', 'Tass News Agency', [], [mention('e3', 0, 3)]);
    const withAgency: Analysis = { ...analysis, entities: [...analysis.entities, agency] };
    const byAgency: Quote = { ...analysis.quotes[2], speaker: { name: 'Tass News Agency', entityId: 'e3', start: 0, end: 1, how: 'explicit', confidence: 0.95 } };
    const unresolved: Quote = { ...analysis.quotes[2], speaker: { name: 'Some One', start: 0, end: 1, how: 'explicit', confidence: 0.95 } };
    assert.deepStrictEqual(
      [analysis.quotes[0], byAgency, unresolved, { ...byAgency, speaker: null }].map((q) => speakerLabel(withAgency, q)),
      ['Lee', 'Tass News Agency', 'Some One', undefined],
    );
    const xi = entity('e4', 'person', 'Xi Jinping', ['Xi', 'Chinese leader'], [mention('e4', 0, 2)]);
    const byXi: Quote = { ...analysis.quotes[2], speaker: { name: 'Xi Jinping', entityId: 'e4', start: 0, end: 2, how: 'explicit', confidence: 0.95 } };
    assert.deepStrictEqual(
      [byXi, { ...byXi, speaker: { name: 'Bo', entityId: 'e2', start: 0, end: 1, how: 'explicit' as const, confidence: 0.95 } }].map((q) => speakerLabel({ ...analysis, entities: [...analysis.entities, xi] }, q)),
      ['Xi', 'Bo'],
    );
  });

  it('labels a speaker by a short name only when it is one of the words of the whole name', () => {
    const putin = entity('e6', 'person', 'Vladimir Putin', ['Vova', 'Putin'], [mention('e6', 0, 2)]);
    const lee = entity('e7', 'person', 'Ann Marie Lee', ['Marie', 'Lee'], [mention('e7', 0, 2)]);
    const by = (id: string, name: string): Quote => ({ ...analysis.quotes[2], speaker: { name, entityId: id, start: 0, end: 2, how: 'explicit', confidence: 0.95 } });
    const withBoth: Analysis = { ...analysis, entities: [...analysis.entities, putin, lee] };
    assert.deepStrictEqual([speakerLabel(withBoth, by('e6', 'Vladimir Putin')), speakerLabel(withBoth, by('e7', 'Ann Marie Lee'))], ['Putin', 'Lee']);
  });

  it('labels a speaker whose short name reads as a pronoun by the whole name', () => {
    const he = entity('e5', 'person', 'He Lifeng', ['He'], [mention('e5', 0, 2)]);
    const byHe: Quote = { ...analysis.quotes[2], speaker: { name: 'He Lifeng', entityId: 'e5', start: 0, end: 2, how: 'explicit', confidence: 0.95 } };
    assert.strictEqual(speakerLabel({ ...analysis, entities: [...analysis.entities, he] }, byHe), 'He Lifeng');
  });

  it('defines an entity by its first full-name mention', () => {
    assert.strictEqual(definingMention(ann).start, 0);
    const aliasFirst: Entity = { ...ann, mentions: [mention('e1', 15, 18), mention('e1', 0, 7)] };
    assert.strictEqual(definingMention(aliasFirst).start, 0);
  });
});

describe('excerpt', () => {
  const cases: { name: string; text: string; span: Span; radius?: number; expected: string }[] = [
    { name: 'the sentence around the name', text: 'First one. Then Ann came home. Last one.', span: { start: 16, end: 19 }, expected: 'Then [Ann] came home.' },
    { name: 'stops at the line', text: 'Above\nAnn came\nBelow', span: { start: 6, end: 9 }, expected: '[Ann] came' },
    { name: 'keeps the closing quote mark after the sentence end', text: 'Ann called it “a gift.” Then left.', span: { start: 0, end: 3 }, expected: '[Ann] called it “a gift.”' },
    { name: 'keeps a straight closing quote too', text: 'Ann said "yes." Then left.', span: { start: 0, end: 3 }, expected: '[Ann] said "yes."' },
    {
      name: 'cuts a long sentence at word bounds with ellipses',
      text: `${'word '.repeat(30)}Ann ${'more '.repeat(30)}`,
      span: { start: 150, end: 153 },
      expected: `…${'word '.repeat(10).trim()} [Ann] ${'more '.repeat(10).trim()}…`,
    },
    {
      name: 'moves a cut that falls inside a word to the word bound',
      text: `${'word '.repeat(30)}Ann ${'more '.repeat(30)}`,
      span: { start: 150, end: 153 },
      radius: 48,
      expected: `…${'word '.repeat(9).trim()} [Ann] ${'more '.repeat(9).trim()}…`,
    },
    { name: 'starts after a sentence that ends in a closing quote mark', text: 'He said “Go.” Then Ann left.', span: { start: 19, end: 22 }, expected: 'Then [Ann] left.' },
    { name: 'ends after the closing quote mark of a quote', text: 'Ann said “we will go.” Then more.', span: { start: 0, end: 3 }, expected: '[Ann] said “we will go.”' },
    { name: 'ends after nested closing marks', text: 'Ann said “he told me ‘no.’” Then more.', span: { start: 0, end: 3 }, expected: '[Ann] said “he told me ‘no.’”' },
    { name: 'keeps a closing mark that the radius would have cut', text: 'Ann said “go.” Then more.', span: { start: 0, end: 3 }, radius: 10, expected: '[Ann] said “go.”' },
    { name: 'ends after the closing mark at the end of the line', text: 'Ann said “go!”\nNext line.', span: { start: 0, end: 3 }, expected: '[Ann] said “go!”' },
    { name: 'squashes runs of white space', text: 'Then  Ann\tcame  home.', span: { start: 6, end: 9 }, expected: 'Then [Ann] came home.' },
    { name: 'ends at a full stop that the radius reaches exactly', text: 'Ann came home. More words here.', span: { start: 0, end: 3 }, radius: 11, expected: '[Ann] came home.' },
    { name: 'keeps the whole start of the text when it is within reach', text: 'Big Ann came.', span: { start: 4, end: 7 }, expected: 'Big [Ann] came.' },
    { name: 'keeps the whole end of the text when it is within reach', text: 'Ann came home', span: { start: 0, end: 3 }, expected: '[Ann] came home' },
  ];
  for (const { name, text, span, radius, expected } of cases) {
    it(name, () => {
      const { before, match, after } = excerpt(text, span, radius ?? 50);
      assert.strictEqual(`${before}[${match}]${after}`, expected);
    });
  }
});

describe('lineOf', () => {
  it('counts lines from 0 at each offset', () => {
    const line = lineOf('ab\ncd\n\nef');
    assert.deepStrictEqual([0, 2, 3, 5, 6, 7, 8].map(line), [0, 0, 1, 1, 2, 3, 3]);
  });
});
