import * as assert from 'assert';
import { analyze } from '../../src/core/pipeline/analyze';
import { countQuotes, describeQuoteCounts, quoteNumber, speakerName } from '../../src/core/model/quoteLabels';
import type { Analysis, Entity, Quote } from '../../src/core/model/model';

describe('quote labels: one way to count and credit quotes', () => {
  const cases: { quotes: number; scareQuotes: number; said: string }[] = [
    { quotes: 0, scareQuotes: 0, said: 'no quotes' },
    { quotes: 1, scareQuotes: 0, said: '1 quote' },
    { quotes: 12, scareQuotes: 0, said: '12 quotes' },
    { quotes: 12, scareQuotes: 1, said: '12 quotes and 1 scare quote' },
    { quotes: 12, scareQuotes: 2, said: '12 quotes and 2 scare quotes' },
    { quotes: 0, scareQuotes: 2, said: 'no quotes and 2 scare quotes' },
  ];
  for (const { quotes, scareQuotes, said } of cases) {
    it(`${quotes} and ${scareQuotes} scare: "${said}"`, () => assert.strictEqual(describeQuoteCounts({ quotes, scareQuotes }), said));
  }

  const text = 'Angela Merkel met Emmanuel Macron. “We agree on every point,” Merkel said. It was a “historic” day. Macron called it “a fresh start.” Nobody mentioned the “reset.”';
  const analysis = analyze(text);

  it('counts scare quotes apart from the quotes', () => {
    assert.deepStrictEqual(analysis.quotes.map((q) => q.kind), ['direct', 'scare', 'fragment', 'scare']);
    assert.deepStrictEqual(countQuotes(analysis), { quotes: 2, scareQuotes: 2 });
  });

  it('numbers each quote among those it is counted with', () => {
    assert.deepStrictEqual(analysis.quotes.map((q) => quoteNumber(analysis, q)), [
      { number: 1, of: 2 }, { number: 1, of: 2 }, { number: 2, of: 2 }, { number: 2, of: 2 },
    ]);
  });

  it('credits the speaker by the full name, however the attribution wrote it', () => {
    assert.deepStrictEqual(analysis.quotes.map((q) => speakerName(analysis, q)), ['Angela Merkel', undefined, 'Emmanuel Macron', undefined]);
  });
});

describe('quote labels on a hand-made analysis with more quotes than scare quotes', () => {
  const quote = (start: number, kind: Quote['kind'], speaker: Quote['speaker'] = null): Quote => ({ start, end: start + 5, text: '“abc”', kind, speaker });
  const merkel: Entity = {
    id: 'e1', kind: 'person', name: 'Angela Merkel', aliases: ['Merkel'], roles: [],
    mentions: [{ start: 0, end: 6, entityId: 'e1', text: 'Merkel' }], firstMention: { start: 0, end: 6, entityId: 'e1', text: 'Merkel' },
  };
  const saidByMerkel = { name: 'Merkel', entityId: 'e1', start: 0, end: 6, how: 'explicit' as const, confidence: 0.9 };
  const analysis: Analysis = {
    textLength: 60, entities: [merkel], mentions: merkel.mentions, values: [],
    quotes: [quote(10, 'scare'), quote(20, 'direct', saidByMerkel), quote(30, 'direct'), quote(40, 'fragment', { ...saidByMerkel, entityId: undefined })],
  };

  it('counts three quotes and one scare quote', () => assert.deepStrictEqual(countQuotes(analysis), { quotes: 3, scareQuotes: 1 }));

  it('numbers the scare quote among scare quotes only, and the others among themselves', () => {
    assert.deepStrictEqual(analysis.quotes.map((q) => quoteNumber(analysis, q)), [
      { number: 1, of: 1 }, { number: 1, of: 3 }, { number: 2, of: 3 }, { number: 3, of: 3 },
    ]);
  });

  it("credits the entity's full name where the speaker has an entity, and the written name where not", () => {
    assert.deepStrictEqual(analysis.quotes.map((q) => speakerName(analysis, q)), [undefined, 'Angela Merkel', undefined, 'Merkel']);
  });
});
