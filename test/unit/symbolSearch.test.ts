// What Go to Symbol in Workspace (Ctrl+T) finds in a merged folder: the entities whose name or an
// alias matches, in the index's order, then the quotes that match, entity by entity.
import * as assert from 'assert';
import type { EntityQuote, WorkspaceEntity } from '../../src/core/workspace/merge';
import { matchingSymbols, symbolTable, symbolTableInSteps } from '../../src/core/workspace/symbolSearch';

const quote = (text: string): EntityQuote => ({ file: 'a.txt', start: 0, end: text.length, text });
const entity = (name: string, aliases: string[], quotes: string[] = []): WorkspaceEntity => ({
  id: `person/${name}`, kind: 'person', name, aliases, roles: [], files: [], quotes: quotes.map(quote), mentionCount: 1,
});
const entities = [
  entity('Helena Marsh', ['Marsh'], ['“The port stays open,”', '“We said no to Moscow.”']),
  entity('Xi Jinping', ['Xi', 'President Xi'], ['“Friends for ever.”']),
  entity('Moscow', []),
  entity('Anna Adams', [], ['“G7 talks resume in 2026.”']),
];
const found = (query: string): string[] => [...matchingSymbols(symbolTable(entities), query)].map(({ entity: e, quote: q }) => (q ? `${e.name}: ${q.text}` : e.name));

describe('matchingSymbols', () => {
  const cases: { query: string; expected: string[] }[] = [
    { query: 'mosc', expected: ['Moscow', 'Helena Marsh: “We said no to Moscow.”'] },
    { query: 'president', expected: ['Xi Jinping'] },
    { query: 'HM', expected: ['Helena Marsh'] },
    { query: 'g7', expected: ['Anna Adams: “G7 talks resume in 2026.”'] },
    { query: '2026', expected: ['Anna Adams: “G7 talks resume in 2026.”'] },
    { query: 'friends', expected: ['Xi Jinping: “Friends for ever.”'] },
    { query: 'zz', expected: [] },
    { query: '“', expected: ['Helena Marsh: “The port stays open,”', 'Helena Marsh: “We said no to Moscow.”', 'Xi Jinping: “Friends for ever.”', 'Anna Adams: “G7 talks resume in 2026.”'] },
  ];
  for (const { query, expected } of cases) it(`finds ${JSON.stringify(expected)} for "${query}"`, () => assert.deepStrictEqual(found(query), expected));

  it('finds everything for an empty query, entities first', () => assert.strictEqual(found('').length, entities.length + 4));
});

describe('symbolTableInSteps', () => {
  it('pauses on a large folder and builds the same table as at once', () => {
    const many = Array.from({ length: 3_000 }, (_, i) => entity(`Name ${i}`, [], [`“Quote ${i}”`]));
    const steps = symbolTableInSteps(many);
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses++;
    assert.ok(pauses > 0);
    assert.deepStrictEqual(step.value, symbolTable(many));
  });
});
