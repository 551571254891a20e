import * as assert from 'assert';
import { findEntityCandidates, labelsOfNames } from '../../src/core/pipeline/entities/candidates';
import type { Token } from '../../src/core/pipeline/entities/tokens';

// A paragraph's names, by the rules alone (the fallback when the model's weights cannot load) and
// with the model, at document offsets: datelines, lines in capitals and results tables, names
// listed together, the span of a name, and what the rules settle over the model.

const OFFSET = 10;

/** The names as "kind:text@start", the paragraph starting at OFFSET in its document. */
function names(paragraph: string, reader: 'rules' | 'model'): string[] {
  return findEntityCandidates(paragraph, OFFSET, reader === 'rules' ? null : undefined).candidates.map((c) => `${c.kind}:${c.text}@${c.start}`);
}

describe('entities: a paragraph’s names, by the rules and with the model', () => {
  // [name, paragraph, the rules' names, the model's names (when they differ)]
  // A null column is not checked: the rules alone read "@Anna Berg" as "Berg".
  const table: [string, string, string[] | null, string[]?][] = [
    ['a dateline with a date', 'NAIROBI 2024-05-01', ['place:NAIROBI@10']],
    ['a dateline with a region', 'MAHALA, Bosnia 2024-05-01', ['place:MAHALA@10'], ['place:MAHALA@10', 'place:Bosnia@18']],
    ['a dateline before an agency', 'LIMA (Reuters) - Peru voted.', ['place:LIMA@10', 'organization:Reuters@16', 'place:Peru@27']],
    ['a dateline with a region and a dash', 'BREST, France — The keeper left.', ['place:BREST@10', 'place:France@17']],
    ['…with two hyphens for the dash', 'SAN MARCOS, Texas -- The keeper left.', ['place:SAN MARCOS@10', 'place:Texas@22']],
    ['not a word in capitals and a dash without a region', 'BREAKING — The keeper left.', []],
    ['a town the gazetteer knows alone before a dash, whatever the model reads after it', 'PARIS — Jean-Luc Moreau died.', null, ['place:PARIS@10', 'person:Jean-Luc Moreau@18']],
    ['a dateline of two words with a date', 'NEW YORK, May 3 (Reuters) - Stocks fell.', ['place:NEW YORK@10', 'organization:Reuters@27']],
    // The model with GloVe clusters reads two of the countries as places (nothing reads a results table's layout).
    ['a line of a results table names teams', 'Results:\nKENYA 3 UGANDA 1\nBRAZIL 2 CHILE 2',
      ['organization:KENYA@19', 'organization:UGANDA@27', 'organization:BRAZIL@36', 'organization:CHILE@45'],
      ['place:KENYA@19', 'organization:UGANDA@27', 'place:BRAZIL@36', 'organization:CHILE@45']],
    // The model learnt English counties and towns as cricket and football teams from Reuters' sports pages.
    ['a county the model reads as a team is the place outside sport', 'The family moved to Northamptonshire and then to Surrey.',
      ['place:Northamptonshire@30', 'place:Surrey@59'], ['place:Northamptonshire@30', 'place:Surrey@59']],
    ['…and the team in a sports report', 'Leicestershire beat Somerset by an innings and 39 runs.',
      ['place:Leicestershire@10', 'place:Somerset@30'], ['organization:Leicestershire@10', 'organization:Somerset@30']],
    ['…or where a word of sport says so', 'Surrey all-rounder Adam Hollioake made his debut.', ['place:Surrey@10', 'person:Adam Hollioake@29'], ['organization:Surrey@10', 'person:Adam Hollioake@29']],
    ['a headline in capitals names the places it knows', 'FLIGHTS TO NEW YORK AND LOS ANGELES RESUME\nThe vote was delayed.',
      ['place:NEW YORK@21', 'place:LOS ANGELES@34'], ['place:NEW YORK@21', 'place:LOS ANGELES@34']],
    ['names listed with commas and "and" take the kind of the first', 'They flew to Paris, Zorvansk and Kelmora.', ['place:Paris@23', 'place:Zorvansk@30', 'place:Kelmora@43']],
    ['with "or"', 'They flew to Paris or Zorvansk.', ['place:Paris@23', 'place:Zorvansk@32']],
    ['with a comma and "and"', 'They flew to Paris, and Zorvansk.', ['place:Paris@23', 'place:Zorvansk@34']],
    ['not across a semicolon', 'They flew to Paris; Zorvansk too.', ['place:Paris@23']],
    ['not across another word', 'They flew to Paris with Zorvansk.', ['place:Paris@23'], ['place:Paris@23', 'person:Zorvansk@34']],
    ['a name’s span leaves out quote marks and a possessive', '“Anna Berg’s” book and the U.S. Army’s plan.', ['person:Anna Berg@11', 'organization:U.S. Army@37']],
    ['an abbreviation keeps its last full stop', 'They met in the U.S. today, and in the U.S.', ['place:U.S.@26', 'place:U.S.@49']],
    ['a title before a person is no part of the name', 'The Kremlin said Mr. Putin met Gov. Anna Berg in Mabel Creek, Texas.',
      ['organization:Kremlin@14', 'person:Putin@31', 'person:Anna Berg@46', 'person:Mabel Creek@59', 'place:Texas@72'],
      ['organization:Kremlin@14', 'person:Putin@31', 'person:Anna Berg@46', 'place:Mabel Creek@59', 'place:Texas@72']],
    ['a party and state is no name', 'Jeff Merkley (D-Ore.) and Pete King, R-N.Y., voted.', ['person:Jeff Merkley@10', 'person:Pete@36'], ['person:Jeff Merkley@10', 'person:Pete King@36']],
    ['nor between commas', 'Jeff Merkley, D-Ore, voted.', ['person:Jeff Merkley@10']],
    ['a headline’s place before the names of the sentence after it', 'FLIGHTS TO KENYA RESUME\nThen Anna Berg came.', ['place:KENYA@21', 'person:Anna Berg@39']],
    ['a headline’s place as its last word', 'FLIGHTS RESUME TO KENYA', ['place:KENYA@28']],
    ['a number after a headline’s place makes no team', 'FLIGHTS TO KENYA 3 TIMES', ['place:KENYA@21']],
    ['scores of two digits', 'Results:\nKENYA 10 UGANDA 12\nBRAZIL 2 CHILE 2',
      ['organization:KENYA@19', 'organization:UGANDA@28', 'organization:BRAZIL@38', 'organization:CHILE@47'],
      ['place:KENYA@19', 'place:UGANDA@28', 'place:BRAZIL@38', 'organization:CHILE@47']],
    ['a dateline of one letter is none', 'X 2024-05-01', []],
    ['names listed after a comma and two spaces', 'They flew to Paris,  Zorvansk and Kelmora.', ['place:Paris@23', 'place:Zorvansk@31', 'place:Kelmora@44']],
    // The model reads the unknown capitalised word as a person of its own, not as a place listed with Paris.
    ['not after a word that ends in "and"', 'They flew to Paris band Zorvansk.', ['place:Paris@23'], ['place:Paris@23', 'person:Zorvansk@34']],
    ['nor one that starts with it', 'They flew to Paris andor Zorvansk.', ['place:Paris@23'], ['place:Paris@23', 'person:Zorvansk@35']],
    ['nor after a semicolon and a comma', 'They flew to Paris;, Zorvansk.', ['place:Paris@23']],
    ['a full stop after a name that ends in an abbreviation’s letters stays out', 'They met the U.S. Army.', ['organization:U.S. Army@23']],
    ['a mark written on a name’s first word stays out', 'Then @Anna Berg came.', null, ['person:Anna Berg@16']],
  ];
  for (const [name, paragraph, rules, model] of table) {
    if (rules) it(`${name}: by the rules`, () => assert.deepStrictEqual(names(paragraph, 'rules'), rules));
    it(`${name}: with the model`, () => assert.deepStrictEqual(names(paragraph, 'model'), model ?? rules));
  }

  it('a name labels the words it overlaps, not the words that end where it starts or start where it ends', () => {
    const tokens = [{ start: 0, end: 4 }, { start: 4, end: 8 }, { start: 8, end: 12 }, { start: 13, end: 15 }] as Token[];
    assert.deepStrictEqual([...labelsOfNames(tokens, [{ start: 4, end: 8, kind: 'person' }])], [0, 1, 0, 0]);
    assert.deepStrictEqual([...labelsOfNames(tokens, [{ start: 4, end: 12, kind: 'place' }, { start: 13, end: 15, kind: 'organization' }])], [0, 3, 4, 5]);
  });

  it('a role written with a name, and the words read as no name, at document offsets', () => {
    const { candidates, notNames } = findEntityCandidates('Gov. Anna Berg met Jeff Merkley (D-Ore.) today.', OFFSET);
    assert.deepStrictEqual([candidates.map((c) => c.roles), notNames], [[['Gov'], []], [{ start: 43, end: 48 }]]);
  });

  it('names the rules alone find are sure, and sure of their kind', () => {
    const [candidate] = findEntityCandidates('Then Anna Berg left.', OFFSET, null).candidates;
    assert.deepStrictEqual([candidate.confidence, candidate.kindConfidence], [1, 1]);
  });

  it('a kind Dossier’s conventions settle is sure', () => {
    const kremlin = findEntityCandidates('The Kremlin said so.', OFFSET).candidates.find((c) => c.text === 'Kremlin');
    assert.deepStrictEqual([kremlin?.kind, kremlin?.kindConfidence], ['organization', 1]);
  });
});
