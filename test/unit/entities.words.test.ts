import * as assert from 'assert';
import { parseParagraph } from '../../src/core/pipeline/entities/parse';
import { tokenize, type Token } from '../../src/core/pipeline/entities/tokens';
import { isPlaceName } from '../../src/core/pipeline/entities/gazetteer';
import {
  hasNameTag, isAcronymText, isCommonWord, isDemonym, isFirstName, isFollowedByState, isFunctionWord, isGivenName, isKnownDemonym,
  isLastName, isOrdinaryAcronym, isParticle, isPartyAffiliation, isSentenceWord, isWebAddress,
} from '../../src/core/pipeline/entities/words';

// What the word lists and compromise's lexicon say of a word, as the rules and the model ask.

/** The words of a sentence as the pipeline reads them. */
const tokensOf = (sentence: string): Token[] => tokenize(parseParagraph(sentence), sentence);

/** The word `word` of `sentence`, tagged in its context. */
function wordIn(sentence: string, word: string): Token {
  const token = tokensOf(sentence).find((t) => t.text === word);
  assert.ok(token, `no word "${word}" in "${sentence}"`);
  return token;
}

/** [predicate, cases: [word, sentence it stands in, expected]] */
const TOKEN_TABLE: [string, (t: Token) => boolean, [string, string, boolean][]][] = [
  ['a web address', isWebAddress, [
    ['Matzav.com', 'Read Matzav.com today.', true], ['www.enron.com', 'See www.enron.com now.', true], ['BBC.co.uk', 'See BBC.co.uk now.', true],
    ['rob@aol.com', 'Write to rob@aol.com now.', false], ['Putin', 'Then Putin left.', false],
  ]],
  ['an ordinary acronym', isOrdinaryAcronym, [
    ['GDP', 'The GDP fell.', true], ['CEO', 'The CEO left.', true], ['NATO', 'The NATO chief left.', false],
  ]],
  ['a function word', isFunctionWord, [
    ['On', 'Voters Share Views On Taxes', true], ['Their', 'Voters Share Their Views', true], ['Abandon', 'Abandon Ship Now, Voters Say', true],
    ['Putin', 'Voters Back Putin', false], ['Voters', 'Voters Back Putin', false],
  ]],
  ['a word capitalised only because it opens the sentence', isSentenceWord, [
    ['The', 'The vote was close.', true], ['Quickly', 'Quickly, he left.', true],
    ['President', 'President Putin left.', false], ['Russian', 'Russian troops left.', false], ['Putin', 'Putin left.', false],
  ]],
  ['a word tagged as part of a name', hasNameTag, [
    ['Putin', 'Then Putin left.', true], ['Paris', 'He left Paris.', true], ['Mr', 'Then Mr. Smith left.', true], ['left', 'Then Putin left.', false],
  ]],
  ['a demonym', isDemonym, [
    ['Chinese', 'The Chinese side agreed.', true], ['Russians', 'The Russians agreed.', true], ['Kurdish', 'The Kurdish side agreed.', true],
    ['Zairean', 'The Zairean side agreed.', true], ['Nazi', 'The Nazi side lost.', true], ['Kurds', 'The Kurds agreed.', true],
    ['Brian', 'Then Brian agreed.', false], ['Trump’s', 'Then Trump’s aide agreed.', false], ['Paris', 'He left Paris.', false],
    ['Swiss', 'The Swiss side agreed.', true], ['Parisian’s', 'The Parisian’s view won.', true], ['Parisianism', 'The Parisianism won.', false],
  ]],
  ['a first name', isFirstName, [['Joe', 'Then Joe left.', true], ['Putin', 'Then Putin left.', false]]],
  ['a surname', isLastName, [['Smith', 'Then Anna Smith left.', true], ['left', 'Then Anna Smith left.', false]]],
  ['a name particle', isParticle, [['de', 'Then Charles de Gaulle left.', true], ['van', 'Then Vincent van Gogh left.', true], ['the', 'Then the man left.', false], ['De', 'Then Charles De Gaulle left.', false]]],
];

describe('entities: words, in their sentence', () => {
  for (const [what, predicate, cases] of TOKEN_TABLE) {
    for (const [word, sentence, expected] of cases) {
      it(`${word} in "${sentence}" is ${expected ? '' : 'not '}${what}`, () => assert.strictEqual(predicate(wordIn(sentence, word)), expected));
    }
  }

  const given: [string, string, string, boolean][] = [
    ['Ask Rich Eisen now.', 'Rich', 'Eisen', true],
    ['Ask Martha Raddatz now.', 'Martha', 'Raddatz', true],
    ['Ask Rich people now.', 'Rich', 'people', false],
    ['Ask Table Bay now.', 'Table', 'Bay', false],
  ];
  for (const [sentence, word, next, expected] of given) {
    it(`${word} before ${next} is ${expected ? '' : 'not '}a given name`, () => assert.strictEqual(isGivenName(wordIn(sentence, word), wordIn(sentence, next)), expected));
  }
  it('a word at the end of its paragraph is no given name', () => assert.strictEqual(isGivenName(wordIn('Ask Rich', 'Rich'), undefined), false));
});

describe('entities: words as written', () => {
  const acronyms: [string, boolean][] = [
    ['NATO', true], ['RT', true], ['U.N.', true], ['NATO’s', true], ["NATO's", true], ['AT&T', true], ['ABCDEFGH', true],
    ['ABCDEFGHI', false], ['A', false], ['U.', false], ['Nato', false], ['nATO', false],
  ];
  for (const [word, expected] of acronyms) it(`${word} is ${expected ? '' : 'not '}an acronym`, () => assert.strictEqual(isAcronymText(word), expected));

  const common: [string, boolean][] = [['rose', true], ['the', true], ['putin', false], ['paris', false], ['xyzzyq', false]];
  for (const [word, expected] of common) it(`${word} is ${expected ? '' : 'not '}a common word`, () => assert.strictEqual(isCommonWord(word), expected));

  const peoples: [string, boolean][] = [['russian', true], ['russians', true], ['swiss', true], ['kurds', true], ['soviet', true], ['putin', false], ['paris', false]];
  for (const [word, expected] of peoples) it(`${word} is ${expected ? '' : 'not '}a people's word`, () => assert.strictEqual(isKnownDemonym(word), expected));

  const places: [string, boolean][] = [
    ['Paris', true], ['PARIS', true], ['Paris’s', true], ["Paris's", true], ['New  York', true], ['New\nYork', true], ['Europe', true],
    ['Britain', true], ['Gaza Strip', true], ['Nairobi', true], ['Narnia', false], ['Parisian', false], ['Paris Hilton', false],
  ];
  for (const [name, expected] of places) it(`${JSON.stringify(name)} is ${expected ? '' : 'not '}a place the gazetteer knows`, () => assert.strictEqual(isPlaceName(name), expected));

  const parties: [string, boolean][] = [
    ['D-Ore', true], ['D-Ore.', true], ['R-N.Y.', true], ['I-VT', true], ['R-NY', true],
    ['D-Day', false], ['X-Ore', false], ['D-Xyz', false], ['DR-Ore', false], ['D-V', false], ['D-VTX', false],
  ];
  for (const [word, expected] of parties) it(`${word} is ${expected ? '' : 'not '}a party and state`, () => assert.strictEqual(isPartyAffiliation(word), expected));
  const partiesInAside: [string, boolean][] = [['R-Oxford', true], ['R-Wisc', true], ['D-Loudoun.', true], ['D-Day', false], ['R-Ox', false], ['X-Oxford', false]];
  for (const [word, expected] of partiesInAside) {
    it(`in brackets or after a comma, ${word} is ${expected ? '' : 'not '}a party and home`, () => assert.strictEqual(isPartyAffiliation(word, true), expected));
  }
  it('R-Oxford is no party and home elsewhere', () => assert.strictEqual(isPartyAffiliation('R-Oxford'), false));
});

describe('entities: a US state after a town', () => {
  const table: [string, string, boolean][] = [
    ['They met in Eau Claire, Wis. today.', 'Claire', true],
    ['They met in Dayton, Ohio today.', 'Dayton', true],
    ['They met in Albany, N.Y. today.', 'Albany', true],
    ['They met in Trenton, New Jersey today.', 'Trenton', true],
    ['They met in Reno, Nev. today.', 'Reno', true],
    ['They met Okonkwo, Wisconsin’s senator, today.', 'Okonkwo', false],
    ['They met in Paris, France today.', 'Paris', false],
    ['They met in Dayton Ohio today.', 'Dayton', false],
    ['They met in Reno, Nev today.', 'Reno', false],
    ['They met in Reno, Ore today.', 'Reno', false],
    ['They met in Dayton.', 'Dayton', false],
    ['They met in Reno, Ohio ', 'Reno', true],
    ['They met in Dayton , Ohio today.', 'Dayton', false],
    ['They met in Dayton,  Ohio today.', 'Dayton', true],
  ];
  for (const [sentence, town, expected] of table) {
    it(`${sentence} → ${town} is ${expected ? '' : 'not '}followed by a state`, () => {
      const tokens = tokensOf(sentence);
      assert.strictEqual(isFollowedByState(tokens, tokens.findIndex((t) => t.text === town)), expected);
    });
  }
});
