// How Ctrl+T matches a query against the workspace's names and quotes: the query's characters in
// order, in either case, the query's spaces ignored.
import * as assert from 'assert';
import { lettersOf, matcher } from '../../src/core/workspace/symbolMatch';

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

describe('matcher', () => {
  for (const { query, text, expected } of cases) {
    it(`"${query}" ${expected ? 'matches' : 'does not match'} "${text}"`, () => assert.strictEqual(matcher(query)(text), expected));
  }
});

describe('lettersOf', () => {
  const has = (query: string, text: string): boolean => (lettersOf(text) & lettersOf(query)) === lettersOf(query);
  // The letters rule a text out before the matcher is asked: never one the matcher would match.
  for (const { query, text } of cases.filter((c) => c.expected)) {
    it(`keeps "${text}" for "${query}"`, () => assert.ok(has(query, text)));
  }
  const ruledOut: { query: string; text: string }[] = [
    { query: 'xi', text: 'Vladimir Putin' },
    { query: 'Z', text: 'Moscow' },
    { query: 'g7', text: 'Group of Seven' },
  ];
  for (const { query, text } of ruledOut) it(`rules "${text}" out for "${query}"`, () => assert.ok(!has(query, text)));
  const same: { name: string; a: string; b: string }[] = [
    { name: 'either case', a: 'MOSCOW', b: 'moscow' },
    { name: 'any digit', a: 'G7', b: 'g1' },
    { name: 'no other character', a: 'É “a”', b: 'a' },
  ];
  for (const { name, a, b } of same) it(`gives "${a}" and "${b}" the same letters: ${name}`, () => assert.strictEqual(lettersOf(a), lettersOf(b)));
});
