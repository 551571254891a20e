// Dossier parses with compromise faster than `nlp()` does (src/core/entities/parse.ts, sweep.ts,
// plainSentences.ts); these tests hold it to the words and tags that `nlp()` gives, and to the
// findings that tagging every sentence gives.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import nlp from 'compromise';
import { findEntityCandidates, findInParse } from '../../src/core/pipeline/entities/candidates';
import { installAsciiShortcut, installFastSweep, installPlainWordShortcut, isTestedCompromise, splitIntoTerms, TESTED_COMPROMISE_VERSION } from '../../src/core/pipeline/entities/compromiseInternals';
import { parseParagraph } from '../../src/core/pipeline/entities/parse';
import { isPlainSentence } from '../../src/core/pipeline/entities/plainSentences';
import type { RawTerm, Term } from '../../src/core/pipeline/entities/terms';
import { fastBulkMatch } from '../../src/core/pipeline/entities/sweep';
import { splitParagraphs } from '../../src/core/pipeline/paragraphs';

type BulkMatch = typeof fastBulkMatch;
type KillUnicode = (text: string, world: unknown) => string;
type SplitWhitespace = (text: string, model: unknown) => unknown;
const methods = nlp.methods() as { one: { bulkMatch: BulkMatch; killUnicode: KillUnicode; tokenize: { splitWhitespace: SplitWhitespace } } };
// The fast sweep and the ASCII shortcut are installed on the first parse, so these are still compromise's own.
const compromiseBulkMatch = methods.one.bulkMatch;
const compromiseKillUnicode = methods.one.killUnicode;
const compromiseSplitWhitespace = methods.one.tokenize.splitWhitespace;
installFastSweep();

const article = fs.readFileSync(path.resolve(__dirname, '../../../test/fixtures/xi-putin-moscow.txt'), 'utf8');
const NOVEL = [
  '"Well, Prince, so Genoa and Lucca are now just family estates of the Buonapartes. But I warn you, if you don\'t tell me that this means war, I will have nothing more to do with you."',
  'It was in July, 1805, and the speaker was the well-known Anna Pavlovna Scherer, maid of honor and favorite of the Empress Marya Fedorovna.',
  'He\'d gone, she said; they\'d have dinner at five o\'clock on Monday, and he paid two grand for a pound of tea in may.',
  'AND HE SAID: "I can\'t!" Then the old man of the house -- who had come in at 3:30 p.m. -- looked up.',
  'He looked at her, and she smiled. The old man went on talking\nabout the war, as he always did when the party leader\nAnna Kowalczyk was\nnot there. "But why?" she asked, and I said nothing.',
];
/** Sentences that reach many of compromise's match rules: tenses, modals, numbers, dates, money, questions, phrasal verbs, titles and headlines. */
const VARIED = [
  'Would you have been able to stop them if you\'d known? I wouldn\'t have, and neither would she.',
  'The 3rd-largest bank, with $4.5bn in assets, lost 12 percent on Tuesday, March 3rd, 2020, at 9 a.m.',
  'Dr. Jane Q. Public, 54, of Springfield, Ill., said she was "deeply, deeply sorry" for the U.S. Senate.',
  'Kick it out! Give up smoking now, or you will be sorry, said the Rev. Martin Luther King Jr.',
  'Twenty-two thousand seven hundred people, about two-thirds of them children, were being moved quickly.',
  'Is it true that the very tall men who were walking slowly home had been drinking all night long?',
  'PRESIDENT VOWS TO FIGHT ON AS SENATE DELAYS VOTE ON $1.2 TRILLION BILL',
  'She has never once looked back; he hasn\'t either, though they\'re both getting older and greyer.',
  'Apple Inc. and Microsoft Corp. shares fell 3% in New York after the Federal Reserve raised rates by half a point.',
  'The mayor\'s office, which had earlier denied it, confirmed that the cheaper, faster trains would run until June.',
  'Not only did she win, but she also broke the record set in 1996 by the late Florence Griffith-Joyner.',
  'Whom did the committee choose, and why would anyone have picked him over her?',
  'He took the man\'s hat and left. It\'s been a long day, and she\'s gone; the dog\'s asleep and it\'s cold.',
  'She said that what\'s done is done, and that he\'s had enough of the others\' games.',
];
const fixtureTexts = ['feature-lighthouse.txt', 'interview-harbor-mayor.txt', 'transcript-port-hearing.txt'].map((name) => fs.readFileSync(path.resolve(__dirname, '../../../test/fixtures', name), 'utf8'));
const paragraphs = [article, ...fixtureTexts].flatMap((text) => splitParagraphs(text).map((p) => text.slice(p.start, p.end))).concat(NOVEL, VARIED);

/** What `nlp()` gives: every sentence tagged. */
const fullParse = (paragraph: string): Term[][] => (nlp(paragraph) as unknown as { document: Term[][] }).document;

/** Compromise's sentences of a text, split into words but not tagged. */
const rawSentences = (text: string): RawTerm[][] => splitIntoTerms(text);

const isPlain = (text: string): boolean[] => {
  const sentences = rawSentences(text);
  return sentences.map((terms, i) => isPlainSentence(terms, sentences[i - 1]?.at(-1)));
};

/** Contractions compromise splits only once it has tagged the sentence ("it's": is, has or a possessive; "you'd": would or had). */
const AMBIGUOUS_CONTRACTION = /['’][sd]$/i;

/**
 * An untagged (plain) sentence's words with the implicit word that `nlp()` adds after "it's" or
 * "you'd" folded back into the word before it: plain sentences keep such words whole, since only
 * the tags tell "it's" (it is) from "the council's".
 */
function foldAmbiguousContractions(terms: readonly Term[]): { pre: string; text: string; post: string }[] {
  const folded: { pre: string; text: string; post: string }[] = [];
  for (const t of terms) {
    const previous = folded.at(-1);
    if (t.text === '' && previous && AMBIGUOUS_CONTRACTION.test(previous.text)) previous.post = t.post;
    else folded.push({ pre: t.pre, text: t.text, post: t.post });
  }
  return folded;
}

/** Each word's text and spacing, and its tags where `tagged`, sentence by sentence. */
const words = (sentences: readonly (readonly Term[])[], tagged: readonly boolean[]): string[][] =>
  sentences.map((terms, n) => (tagged[n]
    ? terms.map((t) => `${t.pre}|${t.text}|${t.post}|${[...t.tags].sort().join(',')}`)
    : foldAmbiguousContractions(terms).map((t) => `${t.pre}|${t.text}|${t.post}|`)));

describe('compromise internals', () => {
  it('are trusted on the version package.json pins, and only on it', () => {
    const pinned = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../package.json'), 'utf8')).dependencies.compromise;
    assert.strictEqual(pinned, TESTED_COMPROMISE_VERSION, 'a new compromise must be tested with the fast sweep before TESTED_COMPROMISE_VERSION moves');
    assert.strictEqual(nlp.version, TESTED_COMPROMISE_VERSION);
    for (const version of ['14.17.1', '14.18.0', '15.0.0', '']) assert.ok(!isTestedCompromise(version), version);
  });

  it('refuses to patch a compromise it was not tested with, leaving its own sweep and unicode folding', () => {
    // Compared with what was installed just before: where the suites share one compromise (the tsc
    // build of npm run test:coverage), an earlier suite's parse has already installed the shortcut.
    const before = { bulkMatch: methods.one.bulkMatch, killUnicode: methods.one.killUnicode };
    assert.strictEqual(installFastSweep('14.18.0'), false);
    assert.strictEqual(methods.one.bulkMatch, before.bulkMatch);
    assert.strictEqual(installAsciiShortcut('14.18.0'), false);
    assert.strictEqual(installPlainWordShortcut('14.18.0'), false);
    assert.strictEqual(methods.one.killUnicode, before.killUnicode);
  });
});

describe('parsing with compromise', () => {
  it('folds letters to ASCII as compromise does, returning ASCII text as it is', () => {
    assert.ok(installAsciiShortcut());
    assert.notStrictEqual(methods.one.killUnicode, compromiseKillUnicode);
    const texts = ['Björk', 'naïve café', 'Pierre', '', '"quoted" i', '“curly” — dash…', 'Ærøskøbing', 'São Paulo', 'don’t', '\u00a0x'];
    for (const text of texts) assert.strictEqual(methods.one.killUnicode(text, nlp.world()), compromiseKillUnicode(text, nlp.world()), text);
  });


  it('parts a word from the marks around it as compromise does', () => {
    assert.ok(installPlainWordShortcut());
    assert.notStrictEqual(methods.one.tokenize.splitWhitespace, compromiseSplitWhitespace);
    const texts = [
      'said ', 'Pierre.\n', 'war, ', 'him!"  ', 'know?” ', 'this:\t', 'end)', 'xD ', 'XD', 'dogs\' ', 'dogs\'', 'U.S. ', 'a. ',
      '“Well, ', 'Björk ', '88% ', 'word_ ', 'x\u00a0', 'ab\uFEFF', '(him) ', 'A ', '',
    ];
    const model = nlp.model();
    for (const text of texts) assert.deepStrictEqual(methods.one.tokenize.splitWhitespace(text, model), compromiseSplitWhitespace(text, model), JSON.stringify(text));
  });

  it('finds with the fast sweep the rules compromise finds, at the same words, in the same order', () => {
    assert.notStrictEqual(compromiseBulkMatch, fastBulkMatch);
    let compared = 0;
    const spy: BulkMatch = (document, net, m, opts) => {
      const slow = compromiseBulkMatch(document, net, m, opts);
      const fast = fastBulkMatch(document, net, m, opts);
      const found = (list: ReturnType<BulkMatch>) => list.map((f) => `${f.match} @ ${f.pointer.join(',')}`);
      assert.deepStrictEqual(found(fast), found(slow));
      compared += slow.length;
      return slow;
    };
    nlp.plugin({ methods: { one: { bulkMatch: spy } } });
    try {
      for (const paragraph of paragraphs) nlp(paragraph);
    } finally {
      nlp.plugin({ methods: { one: { bulkMatch: compromiseBulkMatch } } });
    }
    assert.ok(compared > 100, `only ${compared} matches compared`);
  });

  it('gives the words that nlp() gives, and its tags outside plain sentences', () => {
    for (const paragraph of paragraphs) {
      const tagged = isPlain(paragraph).map((plain) => !plain);
      assert.deepStrictEqual(words(parseParagraph(paragraph), tagged), words(fullParse(paragraph), tagged), paragraph);
    }
  });
});

describe('plain sentences', () => {
  const cases: { name: string; text: string; plain: boolean[] }[] = [
    { name: 'no capital but the first word, a common one', text: 'He looked at her, and she smiled.', plain: [true] },
    { name: 'the pronoun I', text: 'Then she asked what I\'m to do, and I don\'t know.', plain: [true] },
    { name: 'a capital after an opening quote mark', text: 'She said, "Well, it is over."', plain: [true] },
    { name: 'a name', text: 'He looked at Natasha.', plain: [false] },
    { name: 'a capital in mid-sentence', text: 'It was the Emperor himself.', plain: [false] },
    { name: 'a title at the start', text: 'Prince looked round.', plain: [false] },
    { name: 'a number', text: 'He waited for 3 hours.', plain: [false] },
    { name: 'a month in lower case', text: 'He came back in may and stayed.', plain: [false] },
    { name: 'a word that makes a date by itself', text: 'He will come back tomorrow.', plain: [false] },
    { name: 'a currency', text: 'He lost ten roubles at cards.', plain: [false] },
    { name: 'one word', text: 'Well.', plain: [false] },
    { name: 'a role noun before a line break, read by the name on the next line', text: 'They all waited for the party leader\nAnna Kowalczyk to speak.', plain: [false, false] },
    { name: 'an abbreviated country before a line break', text: 'The deal was signed by the U.S.\nand the others waited.', plain: [false, false] },
    { name: 'a line of a wrapped paragraph', text: 'and the old man went on talking\nabout the war.', plain: [true, true] },
    { name: 'a common word before a capitalised one', text: 'Well: Rose left early.', plain: [false] },
    { name: 'a common word before a particle', text: 'So van left, he said.', plain: [false] },
    { name: 'a common word before "of"', text: 'So of course he left.', plain: [false] },
    { name: 'a common word before "&"', text: 'So & he left.', plain: [false] },
    { name: 'a common word capitalised in mid-sentence', text: 'He looked at the Rose and left.', plain: [false] },
    { name: '"as" before a line break, with a space', text: 'They all went home as \nthe night fell.', plain: [false, false] },
    { name: 'an acronym of two letters before a line break', text: 'They met the UN\nteam and the others.', plain: [false, false] },
    { name: 'an acronym without full stops before a line break', text: 'They met the USA\nteam and the others.', plain: [false, false] },
    { name: 'a capital before an exclamation mark reaches no further', text: 'It was Anna! He looked at her, and she smiled.', plain: [false, true] },
    { name: 'a capital before a full stop and two spaces reaches the next sentence', text: 'It was Anna.  He looked at her, and she smiled.', plain: [false, false] },
    { name: 'a word in lower case before a full stop reaches no further', text: 'He looked at her. She smiled at him.', plain: [true, true] },
  ];
  for (const { name, text, plain } of cases) it(name, () => assert.deepStrictEqual(isPlain(text), plain));

  /** Words and breaks of prose that reach the rules' edges: line breaks, role nouns, abbreviations, dates. */
  const WORDS = [
    'he', 'she', 'looked', 'at', 'the', 'old', 'man', 'and', 'said', 'I', "don't", 'know', 'Well', 'But', 'The',
    'Anna', 'Pavlovna', 'Prince', 'Andrew', 'Moscow', 'U.S.', 'Mr.', 'S.', 'de', 'la', 'of', 'such', 'as',
    'leader', 'outlet', 'like', 'including', 'in', 'may', 'March', 'today', 'ten', 'roubles', '1805', 'war',
  ];
  const BREAKS = [' ', ' ', ' ', ' ', ' ', '. ', ', ', ': ', '? ', '! ', ' - ', '... ', '\n', '.\n', ' "', '" ', ' “', '” ', ' (', ') '];
  const prose = fc
    .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...BREAKS)), { minLength: 1, maxLength: 40 })
    .map((pairs) => pairs.map(([word, after]) => word + after).join('').trim());

  it('leave the findings as tagging every sentence leaves them', () => {
    fc.assert(
      fc.property(prose, (paragraph) => {
        assert.deepStrictEqual(findEntityCandidates(paragraph, 7), findInParse(fullParse(paragraph), paragraph, 7));
      }),
      { numRuns: 300 },
    );
  });

  it('leave the findings of the sample article and the novel as tagging every sentence leaves them', () => {
    let plain = 0;
    for (const paragraph of paragraphs) {
      plain += isPlain(paragraph).filter(Boolean).length;
      assert.deepStrictEqual(findEntityCandidates(paragraph, 0), findInParse(fullParse(paragraph), paragraph, 0), paragraph);
    }
    assert.ok(plain >= 3, `only ${plain} plain sentences`);
  });
});
