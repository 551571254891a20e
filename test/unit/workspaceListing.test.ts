// Which entities of a kind the Workspace view lists: the first ones, the revealed one after them,
// and a count of the rest.
import * as assert from 'assert';
import { listing } from '../../src/core/workspace/listing';
import type { WorkspaceEntity } from '../../src/core/workspace/merge';

const entity = (name: string): WorkspaceEntity => ({ id: `person/${name}`, kind: 'person', name, aliases: [], roles: [], files: [], quotes: [], mentionCount: 1 });
const five = ['Ann', 'Bo', 'Cy', 'Di', 'Ed'].map(entity);
const names = (max: number, revealedId?: string): [string[], number] => {
  const { shown, more } = listing(five, max, revealedId);
  return [shown.map((e) => e.name), more];
};

describe('listing', () => {
  const cases: { name: string; max: number; revealedId?: string; expected: [string[], number] }[] = [
    { name: 'all of them when they are no more than the limit', max: 5, expected: [['Ann', 'Bo', 'Cy', 'Di', 'Ed'], 0] },
    { name: 'the first ones, and counts the rest', max: 2, expected: [['Ann', 'Bo'], 3] },
    { name: 'a revealed entity past the limit after the first ones', max: 2, revealedId: 'person/Di', expected: [['Ann', 'Bo', 'Di'], 2] },
    { name: 'a revealed entity just past the limit', max: 2, revealedId: 'person/Cy', expected: [['Ann', 'Bo', 'Cy'], 2] },
    { name: 'a revealed entity within the limit once, in its place', max: 2, revealedId: 'person/Ann', expected: [['Ann', 'Bo'], 3] },
    { name: 'nothing more for a revealed id it does not have', max: 2, revealedId: 'person/Zed', expected: [['Ann', 'Bo'], 3] },
    { name: 'none at a limit of 0, but the revealed one', max: 0, revealedId: 'person/Cy', expected: [['Cy'], 4] },
  ];
  for (const { name, max, revealedId, expected } of cases) it(`lists ${name}`, () => assert.deepStrictEqual(names(max, revealedId), expected));
});
