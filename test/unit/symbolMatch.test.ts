// How Ctrl+T matches a query against the workspace's names and quotes: the query's characters in
// order, in either case, the query's spaces ignored.
import * as assert from 'assert';
import { matcher } from '../../src/core/workspace/symbolMatch';

describe('matcher', () => {
  const cases: { query: string; text: string; expected: boolean }[] = [
    { query: '', text: 'Helena Marsh', expected: true },
    { query: 'hm', text: 'Helena Marsh', expected: true },
    { query: 'HM', text: 'helena marsh', expected: true },
    { query: 'mosc', text: 'Moscow', expected: true },
    { query: 'MOSC', text: 'Moscow', expected: true },
    { query: 'helena marsh', text: 'HelenaMarsh', expected: true },
    { query: 'sm', text: 'Helena Marsh', expected: false },
    { query: 'marshh', text: 'Helena Marsh', expected: false },
    { query: 'xi', text: 'Vladimir Putin', expected: false },
    // Both cases are looked for from the same place and the earlier is taken, so that the
    // characters after it still have the rest of the text.
    { query: 'ana', text: 'Anna Adams', expected: true },
    { query: 'aaa', text: 'Ann Adams', expected: true },
    { query: 'aaaa', text: 'Ann Adams', expected: false },
    { query: 'é', text: 'Émile', expected: true },
    { query: '“th', text: '“These numbers are invented,”', expected: true },
    { query: '2', text: 'G7 summit', expected: false },
    { query: '“', text: 'said so', expected: false },
  ];
  for (const { query, text, expected } of cases) {
    it(`"${query}" ${expected ? 'matches' : 'does not match'} "${text}"`, () => assert.strictEqual(matcher(query)(text), expected));
  }
});
