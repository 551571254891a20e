import * as assert from 'assert';
import { firstLetterOrDigit } from '../../src/core/pipeline/quotes/attribute';
import { QUOTED } from '../../src/core/pipeline/quotes/layout';
import { quotesOf, type Known } from './quotesOf';

describe('firstLetterOrDigit: where a sentence’s first word starts, as the pattern it stands for finds it', () => {
  const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
  const byPattern = (text: string, start: number, end: number): number => {
    const found = LETTER_OR_DIGIT.exec(text.slice(start, end));
    return found ? start + found.index : end;
  };
  // The ends of each ASCII range the scanner tests by code, other ASCII, letters and digits beyond
  // ASCII, a blanked quote, surrogate pairs that are and are not letters, and lone surrogates.
  const characters = [
    '/', '0', '9', ':', '@', 'A', 'Z', '[', '`', 'a', 'z', '{', '\x7f', ' ', '\n', '\x80', '\xa0', 'é', 'ß', '٣', '²', 'Ⅻ',
    '€', '—', '“', QUOTED, '𝐀', '😀', '\ud835', '\udc00',
    // The first and last surrogate pairs: U+10000 is a letter, U+10FFFF is not.
    '\ud800\udc00', '\udbff\udfff',
  ];
  for (const character of characters) {
    const name = [...character].map((c) => `U+${c.codePointAt(0)?.toString(16).padStart(4, '0')}`).join(' ');
    it(name, () => {
      for (const text of [character, `  ${character}`, `${character}x`, `-${character}-1`, `${QUOTED}${character}${character}`, `“${character}”`]) {
        for (let start = 0; start <= text.length; start++) {
          for (let end = start; end <= text.length; end++) {
            assert.strictEqual(firstLetterOrDigit(text, start, end), byPattern(text, start, end), `${JSON.stringify(text)} [${start}, ${end})`);
          }
        }
      }
    });
  }
});

/** The cast of the made-up texts below, as the entity recogniser would report them. */
const CAST: Known = {
  'Anna Berg': { kind: 'person', forms: ['Anna Berg', 'Anna', 'Berg'] },
  'Paul Dorn': { kind: 'person', forms: ['Paul Dorn', 'Paul', 'Dorn'] },
  'Tom Hale': { kind: 'person', forms: ['Tom Hale'] },
  Gradgrind: { kind: 'person', forms: ['Gradgrind'] },
  'Oscar Wilde': { kind: 'person', forms: ['Oscar Wilde'] },
  'Steve Jobs': { kind: 'person', forms: ['Steve Jobs'] },
  'Harbor Council': { kind: 'organization', forms: ['Harbor Council'] },
};

/** Each quote as "speaker (how confidence) at the words naming them, verb", or its kind when it has no speaker. */
function attributed(text: string): string[] {
  return quotesOf(text, CAST).map((q) =>
    q.speaker ? `${q.speaker.name} (${q.speaker.how} ${q.speaker.confidence}) at ${text.slice(q.speaker.start, q.speaker.end)}, ${q.verb}` : `- ${q.kind}`,
  );
}

const sentences = (count: number): string => 'It rained. '.repeat(count);
const apposition = (tokens: number): string => Array.from({ length: tokens }, (_, k) => `w${k}`).join(' ');

describe('attributeQuotes: edges of each way to a speaker', () => {
  const cases: { name: string; text: string; expected: string[] }[] = [
    // How sure: a continuation of a pronoun, and of the paragraph before, is less sure than of a name in the same paragraph.
    { name: 'a continuation of a pronoun', text: 'Paul Dorn came in. “The road is closed,” he said. “We must wait.”', expected: ['Paul Dorn (pronoun 0.75) at he, said', 'Paul Dorn (continuation 0.63) at he, said'] },
    { name: 'a continuation of the paragraph before', text: '“The road is closed,” said Anna Berg.\n\n“We must wait.”', expected: ['Anna Berg (explicit 0.95) at Anna Berg, said', 'Anna Berg (continuation 0.63) at Anna Berg, said'] },
    { name: 'a guess from the paragraph of narration before', text: 'Anna Berg giggled.\n\n“Last time you told me otherwise.”', expected: ['Anna Berg (guess 0.36) at Anna Berg, giggled'] },
    // The same speaker through a "he" at the next quote's own verb.
    { name: 'a description before, a pronoun after', text: '“We ride at dawn,” said the General. Then he added, “Be ready.”', expected: ['General (explicit 0.86) at General, said', 'General (pronoun 0.68) at he, added'] },
    { name: 'a description without an article is not carried', text: '“We ride at dawn,” said a soldier. Then he added, “Be ready.”', expected: ['a soldier (title 0.72) at a soldier, said', 'he (pronoun 0.38) at he, added'] },
    { name: 'a pronoun of the other gender is not carried', text: '“We ride at dawn,” said Anna Berg. Then he added, “Be ready.”', expected: ['Anna Berg (explicit 0.95) at Anna Berg, said', 'he (pronoun 0.38) at he, added'] },
    { name: 'someone else named between', text: '“We ride at dawn,” said the General. Paul Dorn nodded, and he added, “Be ready.”', expected: ['General (explicit 0.86) at General, said', 'Paul Dorn (pronoun 0.75) at he, added'] },
    { name: 'the same person named between', text: '“We ride at dawn,” said Mr. Gradgrind. Gradgrind smiled, and he added, “Be ready.”', expected: ['Mr. Gradgrind (explicit 0.95) at Gradgrind, said', 'Mr. Gradgrind (pronoun 0.75) at he, added'] },
    { name: 'a pronoun for nobody is not carried', text: '“We ride at dawn,” he said. Then he added, “Be ready.”', expected: ['he (pronoun 0.38) at he, said', 'he (pronoun 0.38) at he, added'] },
    // A quote inside a sentence with no reporting verb goes to the sentence's subject before it.
    { name: 'the subject before the quote', text: 'Paul Dorn is again doubting the plan and wants it to be “on the up and up and fully above board.”', expected: ['Paul Dorn (guess 0.4) at Paul Dorn, is'] },
    { name: 'not a subject after the quote', text: 'With “the entire plan and all of its many parts and details” in ruins, Paul Dorn left.', expected: ['- fragment'] },
    // The attribution after a quote.
    { name: 'a clause after the quote that introduces the next one', text: 'Paul Dorn said “the plan is sound,” Anna Berg said “it is not.”', expected: ['Paul Dorn (explicit 0.95) at Paul Dorn, said', 'Anna Berg (explicit 0.95) at Anna Berg, said'] },
    { name: 'an organisation after "The"', text: '“The plan is sound,” The Harbor Council said.', expected: ['Harbor Council (explicit 0.95) at Harbor Council, said'] },
    { name: 'a comma outside the marks', text: '“The plan is sound”, Paul Dorn said.', expected: ['Paul Dorn (explicit 0.95) at Paul Dorn, said'] },
    { name: 'a question’s attribution after it', text: '“What curfew?” Paul Dorn asked.', expected: ['Paul Dorn (explicit 0.95) at Paul Dorn, asked'] },
    { name: 'a question ending in two marks', text: '“Did he say ‘what curfew?’” Paul Dorn asked.', expected: ['Paul Dorn (explicit 0.95) at Paul Dorn, asked', '- scare'] },
    { name: 'a statement’s next sentence is not its attribution', text: '“We are ready.” Paul Dorn said so.', expected: ['Paul Dorn (continuation 0.7) at Paul Dorn, said'] },
    { name: 'a question’s attribution is not in the next paragraph', text: '“What curfew?”\n\nPaul Dorn said the curfew ended.', expected: ['- scare'] },
    { name: 'a headline’s label in a later paragraph', text: 'Tuesday, 4 May\n\nDorn: council is “ready for anything that comes”\n\nPaul Dorn spoke on Monday.', expected: ['Paul Dorn (explicit 0.95) at Dorn, :'] },
    // Signed lines.
    { name: 'a signature ends each line', text: '“Be yourself; everyone else is taken.” ― Oscar Wilde\n“Stay hungry, stay foolish.” ― Steve Jobs\n', expected: ['Oscar Wilde (explicit 0.95) at Oscar Wilde, ―', 'Steve Jobs (explicit 0.95) at Steve Jobs, ―'] },
    { name: 'the last line needs no line break', text: '“Be yourself; everyone else is taken.” ― Oscar Wilde\n“Stay hungry, stay foolish.” ― Steve Jobs', expected: ['Oscar Wilde (explicit 0.95) at Oscar Wilde, ―', 'Steve Jobs (explicit 0.95) at Steve Jobs, ―'] },
    { name: 'a line without a signature is not signed by the next', text: '“Be yourself; everyone else is taken.”\n“Stay hungry, stay foolish.” ― Steve Jobs', expected: ['- direct', 'Steve Jobs (explicit 0.95) at Steve Jobs, ―'] },
    // A colon before the quote.
    { name: 'a clause ending in a colon', text: 'Paul Dorn made the following comment: “The plan is sound.”', expected: ['Paul Dorn (explicit 0.95) at Paul Dorn, :'] },
    { name: 'a clause after a semicolon ending in a colon', text: 'The council met at noon; Paul Dorn made the following comment: “The plan is sound.”', expected: ['Paul Dorn (explicit 0.95) at Paul Dorn, :'] },
    // Turns.
    { name: 'the narrator answers a line spoken to “you”', text: 'I found Paul Dorn in the library.\n\n“I waited for you,” he said.\n\n“The roads were flooded.”', expected: ['Paul Dorn (pronoun 0.75) at he, said', 'the narrator (turn 0.49) at I, said'] },
    { name: 'the narrator does not answer a statement', text: 'I asked if you were there. I found Paul Dorn in the library.\n\n“The roads are flooded,” he said.\n\n“We should wait.”', expected: ['Paul Dorn (pronoun 0.75) at he, said', 'Paul Dorn (continuation 0.57) at he, said'] },
    { name: '“It” is not the narrator', text: 'It was late. Paul Dorn came in.\n\n“Where were you?” he asked.\n\n“Out in the rain, if you must know.”', expected: ['Paul Dorn (pronoun 0.75) at he, asked', 'Paul Dorn (continuation 0.57) at he, asked'] },
    { name: 'the one addressed answers', text: '“Are you sure, Anna?” said Paul Dorn.\n\n“Quite sure.”', expected: ['Paul Dorn (explicit 0.95) at Paul Dorn, said', 'Anna Berg (turn 0.6) at Anna, said'] },
    { name: 'the one addressed answers an indented line', text: '“Are you sure, Anna?” said Paul Dorn.\n\n   “Quite sure.”', expected: ['Paul Dorn (explicit 0.95) at Paul Dorn, said', 'Anna Berg (turn 0.6) at Anna, said'] },
    { name: 'the one addressed answers past narration naming nobody', text: '“Are you sure, Anna?” said Paul Dorn.\n\nHe let go of her arm.\n\n“Quite sure.”', expected: ['Paul Dorn (explicit 0.95) at Paul Dorn, said', 'Anna Berg (turn 0.6) at Anna, said'] },
    { name: 'not past narration naming someone', text: '“Are you sure, Anna?” said Paul Dorn.\n\nTom Hale came in.\n\n“Quite sure.”', expected: ['Paul Dorn (explicit 0.95) at Paul Dorn, said', 'Tom Hale (guess 0.36) at Tom Hale, came'] },
    // Continuing, and the attribution after.
    { name: 'the next sentence’s attribution continues', text: 'Anna Berg came.\n\n“The plan is sound.” Paul Dorn said so later.', expected: ['Paul Dorn (continuation 0.7) at Paul Dorn, said'] },
    { name: 'an attribution two sentences on is a guess', text: 'Anna Berg came.\n\n“The plan is sound.” It rained. Paul Dorn said so later.', expected: ['Paul Dorn (guess 0.4) at Paul Dorn, said'] },
    { name: 'eight sentences on', text: `Anna Berg came.\n\n“The plan is sound.” ${sentences(7)}Paul Dorn said so later.`, expected: ['Paul Dorn (guess 0.4) at Paul Dorn, said'] },
    { name: 'not nine', text: `Anna Berg came.\n\n“The plan is sound.” ${sentences(8)}Paul Dorn said so later.`, expected: ['Anna Berg (guess 0.36) at Anna Berg, came'] },
    { name: 'not in the next paragraph', text: 'Anna Berg came.\n\n“The plan is sound.” It rained.\n\nPaul Dorn said so.', expected: ['Anna Berg (guess 0.36) at Anna Berg, came'] },
    { name: 'an attribution eight sentences back continues', text: `Paul Dorn said the plan was sound. ${sentences(7)}“The vote will stand.”`, expected: ['Paul Dorn (continuation 0.7) at Paul Dorn, said'] },
    { name: 'not nine back', text: `Paul Dorn said the plan was sound. ${sentences(8)}“The vote will stand.”`, expected: ['- scare'] },
    { name: 'the beat after a line', text: '“We are ready.” Paul Dorn smiled.', expected: ['Paul Dorn (guess 0.4) at Paul Dorn, smiled'] },
    { name: 'not a beat in the next paragraph', text: 'It rained.\n\n“We are ready.”\n\nPaul Dorn smiled.', expected: ['- scare'] },
    // The subject of narration.
    { name: '“She” opening the sentence before', text: 'Anna Berg came in. She smiled. “We are late.”', expected: ['Anna Berg (guess 0.36) at She, smiled'] },
    { name: '“They” is nobody’s', text: 'Paul Dorn came in. They smiled. “We are late.”', expected: ['- scare'] },
    { name: 'a subject and a short apposition', text: `Paul Dorn, ${apposition(28)}, smiled. “We are late.”`, expected: ['Paul Dorn (guess 0.4) at Paul Dorn, smiled'] },
    { name: 'a subject and an apposition too long to follow', text: `Paul Dorn, ${apposition(29)}, smiled. “We are late.”`, expected: ['- scare'] },
    { name: '“He” opening the sentence before', text: 'Paul Dorn came in. He smiled. “We are late.”', expected: ['Paul Dorn (guess 0.36) at He, smiled'] },
    { name: '“I” opening the sentence before', text: 'I smiled. “We are late.”', expected: ['the narrator (guess 0.32) at I, smiled'] },
    { name: 'a short phrase nobody said is no one’s words', text: 'Paul Dorn wants it “all fine” again.', expected: ['- scare'] },
    { name: 'a transcript’s label inside the marks, after a paragraph', text: 'It began.\n\n“PENCE: Well, look, it is fine.”', expected: ['PENCE (explicit 0.86) at PENCE, :'] },
    {
      name: 'a headline’s label after a long paragraph',
      text: `${'The paper came out on Tuesday morning with the usual stories about the weather and the harbor. '.repeat(3)}\n\nDorn: council is “ready for anything that comes”\n\nPaul Dorn spoke on Monday.`,
      expected: ['Paul Dorn (explicit 0.95) at Dorn, :'],
    },
    {
      name: 'a signature names every quote on its line, with more text after',
      text: `“Be yourself,” and “everyone else is taken.” ― Oscar Wilde\n“Stay hungry, stay foolish.” ― Steve Jobs\n${'Collected over many years from letters, speeches and notebooks. '.repeat(6)}`,
      expected: ['Oscar Wilde (explicit 0.95) at Oscar Wilde, ―', 'Oscar Wilde (explicit 0.95) at Oscar Wilde, ―', 'Steve Jobs (explicit 0.95) at Steve Jobs, ―'],
    },
    { name: 'a clause after a semicolon', text: 'Nike holds a stake; Goldman holds more, and the report says the company “is doing well in every market.”', expected: ['the report (title 0.72) at the report, says'] },
    {
      name: 'a transcript’s labels',
      text: 'Our reporter Tom Hale spoke to Anna Berg.\n\nHALE: Are you well these days?\n\nBERG: Quite well, thanks, and busy.',
      expected: ['Tom Hale (explicit 0.95) at HALE, :', 'Anna Berg (explicit 0.95) at BERG, :'],
    },
    { name: 'a quote inside a quote is nobody’s, however long', text: '“He told me, ‘Go home now, all of you, before the storm,’ and left,” said Anna Berg.', expected: ['Anna Berg (explicit 0.95) at Anna Berg, said', '- scare'] },
  ];
  for (const { name, text, expected } of cases) it(name, () => assert.deepStrictEqual(attributed(text), expected));
});
