import * as assert from 'assert';
import { readsLikeSport } from '../../src/core/pipeline/entities/sport';

// Whether a paragraph reads like a sports report, where a town's name is as often its team.
describe('entities: a paragraph that reads like sport', () => {
  const table: [string, string, boolean][] = [
    ['a word of sport', 'Leicestershire beat Somerset by an innings.', true],
    ['a score', 'Portsmouth drew 2-2 at home.', true],
    ['a results table’s line', 'New York 6 CALIFORNIA 2', true],
    ['"v" between two sides', 'May 17 v Northampton', true],
    ['a word of sport in capitals', 'SOCCER - ROTOR FANS LOCKED OUT', true],
    ['not a town in a story', 'The family moved to Northamptonshire in 1812.', false],
    ['not one number and a year', 'In 1990 the 4 brothers left Surrey.', false],
    ['not a word that holds a word of sport', 'The matchmaker from Texas had a teammate-free life.', false],
  ];
  for (const [name, paragraph, expected] of table) it(name, () => assert.strictEqual(readsLikeSport(paragraph), expected));
});
