import * as assert from 'assert';
import type { Span } from '../../src/core/model/model';
import { NameFinder, isWrittenInLowerCase, type KnownName } from '../../src/core/pipeline/entities/nameFinder';

/** Names known in a document, looked for again everywhere in it. */
const KNOWN: KnownName[] = [
  { text: 'Okonkwo', kind: 'person' },
  { text: 'Marta Okonkwo', kind: 'person' },
  { text: 'Nairobi', kind: 'place' },
  { text: 'Will', kind: 'person' },
  { text: 'Lee', kind: 'person' },
  { text: 'He', kind: 'person' },
  { text: 'Hill', kind: 'person' },
  { text: 'Fanny', kind: 'person', opensSentences: true },
];

/** Each occurrence as its text, in text order. */
const found = (text: string, covered: Span[] = []): string[] => new NameFinder(KNOWN).find(text, covered).map((o) => o.text);

describe('NameFinder: where a known name is found again', () => {
  const cases: { name: string; text: string; covered?: Span[]; expected: string[] }[] = [
    { name: 'the name as written', text: 'Then Okonkwo left.', expected: ['Okonkwo'] },
    { name: 'the longest known name at a word wins', text: 'Then Marta Okonkwo left.', expected: ['Marta Okonkwo'] },
    { name: 'not inside a longer word', text: 'Then Okonkwos left.', expected: [] },
    { name: 'not written in another case in running text', text: 'Then okonkwo left. Then OKONKWO left.', expected: [] },
    { name: 'in capitals on a line in capitals', text: 'OKONKWO WINS IN NAIROBI\nThe race was close.', expected: ['OKONKWO', 'NAIROBI'] },
    { name: 'not in mixed case on a line in capitals', text: 'OKONKWO WINS IN NaIROBI\nThe race was close.', expected: ['OKONKWO'] },
    { name: 'a line of three letters is too short to be a line in capitals', text: 'Then Lee left.\nLEE\nThe end.', expected: ['Lee'] },
    { name: 'a line of four capitals is one', text: 'Then Lee left.\nLEE A\nThe end.', expected: ['Lee', 'LEE'] },
    { name: 'eight capitals out of ten letters make a line in capitals', text: 'Then Okonkwo left.\nOKONKWO A bc\nThe end.', expected: ['Okonkwo', 'OKONKWO'] },
    { name: 'seven capitals out of ten letters do not', text: 'Then Okonkwo left.\nOKONKWO abc\nThe end.', expected: ['Okonkwo'] },
    { name: 'a common word opening a sentence is not the name', text: 'Will left. He said Will would come.', expected: ['Will'] },
    { name: 'a common word after a line start is not the name', text: 'Then:\n“Will you come?”', expected: [] },
    { name: 'a common word after a line break inside a sentence is the name: a book’s wrapped line', text: 'Then they met at the house by the river, and though\nWill was often mortified, he came.', expected: ['Will'] },
    { name: '…not after a line that ends a sentence', text: 'Then they met at the house by the river, as they had planned.\nWill you come?', expected: [] },
    { name: '…nor after a heading', text: 'CHAPTER THE FIRST, IN WHICH EVERYONE MEETS AGAIN\nWill you come?', expected: [] },
    { name: '…nor after a blank line', text: 'Then they met and\n\nWill you come?', expected: [] },
    { name: '…nor after a short line: a heading, chat, verse', text: 'Then Lee came\nWill you come?', expected: ['Lee'] },
    { name: 'a common word opening a sentence is a person’s name before a reporting verb', text: 'Then they met. Hill said no.', expected: ['Hill'] },
    { name: '…not a pronoun', text: 'Then they met. He said no.', expected: [] },
    { name: 'a common word the document never writes in lower case is the name opening a sentence too', text: 'Then they met. Fanny sighed.', expected: ['Fanny'] },
    { name: 'not where a span already covers the words', text: 'Then Okonkwo left.', covered: [{ start: 5, end: 9 }], expected: [] },
  ];
  for (const { name, text, covered, expected } of cases) it(name, () => assert.deepStrictEqual(found(text, covered), expected));
});

describe('isWrittenInLowerCase: whether a text writes a word in lower case', () => {
  const cases: [string, string, number | undefined, number | undefined, boolean][] = [
    ['She wore a fanny pack.', 'fanny', undefined, undefined, true],
    ['Fanny sat down.', 'fanny', undefined, undefined, false],
    ['The fannys are no word of it.', 'fanny', undefined, undefined, false],
    ['She wore a fanny pack.', 'fanny', 0, 10, false],
    ['She wore a fanny pack.', 'fanny', 11, 16, true],
    ['She wore a fanny pack.', 'fanny', 12, 22, false],
    ['fanny', 'fanny', -20, 40, true],
  ];
  for (const [text, word, from, to, expected] of cases) {
    it(`"${text}" ${from ?? 0}–${to ?? 'end'} → ${expected}`, () => assert.strictEqual(isWrittenInLowerCase(text, word, from, to), expected));
  }
});
