import * as assert from 'assert';
import type { Analysis, Quote, Speaker, SpeakerBasis } from '../../src/core/model/model';
import { basisPhrase, isInferred, withSpeakersAtLeast } from '../../src/core/model/speakerBasis';

/** A quote of `text` whose speaker is named by `words` (the n-th occurrence), found as `how` says. */
function quoteIn(text: string, quoted: string, words: string, how: SpeakerBasis, occurrence = 0): Quote {
  let at = -1;
  for (let k = 0; k <= occurrence; k++) at = text.indexOf(words, at + 1);
  const speaker: Speaker = { start: at, end: at + words.length, name: 'Vladimir Putin', how, confidence: 0.7 };
  const start = text.indexOf(quoted);
  return { start, end: start + quoted.length, text: quoted, kind: 'direct', speaker };
}

describe('basisPhrase', () => {
  const slice = (text: string) => (start: number, end: number) => text.slice(start, end);
  const cases: { name: string; text: string; quoted: string; words: string; how: SpeakerBasis; expected: string }[] = [
    { name: 'a name at the verb needs no words', text: '“We are ready,” Putin said.', quoted: '“We are ready,”', words: 'Putin', how: 'explicit', expected: '' },
    { name: 'a pronoun at the quote', text: 'Putin arrived. “We are ready,” he said.', quoted: '“We are ready,”', words: 'he', how: 'pronoun', expected: 'from ‘he’' },
    {
      name: 'a pronoun earlier in the quote’s sentence',
      text: 'Putin arrived, and in a long speech to the assembled guests he declared “a new era” open.',
      quoted: '“a new era”',
      words: 'he',
      how: 'pronoun',
      expected: 'from ‘he’',
    },
    { name: 'a description at the quote', text: '“We are ready,” the president said.', quoted: '“We are ready,”', words: 'the president', how: 'title', expected: 'from ‘the president’' },
    {
      name: 'a speaker continued from the paragraph before',
      text: 'Putin said the talks went well.\n\n“We are ready.”',
      quoted: '“We are ready.”',
      words: 'Putin',
      how: 'continuation',
      expected: 'continuing ‘Putin’, one paragraph earlier',
    },
    {
      name: 'a turn in a conversation, two paragraphs on',
      text: '“Ready?” asked Putin.\n\n“Yes,” said Xi.\n\n“Then go.”',
      quoted: '“Then go.”',
      words: 'Putin',
      how: 'turn',
      expected: 'taking turns in the conversation with the speaker before: ‘Putin’, two paragraphs earlier',
    },
    { name: 'a guess from later in the paragraph', text: '“Yes.” Later that day, Putin said more.', quoted: '“Yes.”', words: 'Putin', how: 'guess', expected: 'a guess from ‘Putin’, later in the paragraph' },
    {
      name: 'one paragraph on each line: each line break is a paragraph',
      text: 'Putin spoke.\nThe hall was full.\n“We are ready.”',
      quoted: '“We are ready.”',
      words: 'Putin',
      how: 'continuation',
      expected: 'continuing ‘Putin’, two paragraphs earlier',
    },
    {
      name: 'blank lines between paragraphs: the lines inside them are not counted',
      text: 'Putin spoke.\n\nThe hall\nwas full.\n\n“We are ready.”',
      quoted: '“We are ready.”',
      words: 'Putin',
      how: 'continuation',
      expected: 'continuing ‘Putin’, two paragraphs earlier',
    },
    {
      name: 'ten paragraphs in words, eleven in figures',
      text: `Putin spoke.${'\n\nMore.'.repeat(10)}\n\n“We are ready.”`,
      quoted: '“We are ready.”',
      words: 'Putin',
      how: 'continuation',
      expected: 'continuing ‘Putin’, 11 paragraphs earlier',
    },
    {
      name: 'ten paragraphs, in words',
      text: `Putin spoke.${'\n\nMore.'.repeat(9)}\n\n“We are ready.”`,
      quoted: '“We are ready.”',
      words: 'Putin',
      how: 'continuation',
      expected: 'continuing ‘Putin’, ten paragraphs earlier',
    },
    { name: 'a pronoun a paragraph later', text: '“We are ready.”\n\nHe left.', quoted: '“We are ready.”', words: 'He', how: 'pronoun', expected: 'from ‘He’, one paragraph later' },
    { name: 'a description in the sentence before', text: 'The president arrived. “We are ready.”', quoted: '“We are ready.”', words: 'The president', how: 'title', expected: 'from ‘The president’, earlier in the paragraph' },
    { name: 'a description after the quote’s sentence', text: '“We are ready.” He paused. Then the president left.', quoted: '“We are ready.”', words: 'the president', how: 'title', expected: 'from ‘the president’, later in the paragraph' },
    {
      name: 'a pronoun 200 characters before the quote is not in its sentence',
      text: `He spoke ${'at length '.repeat(20)}“We are ready.”`,
      quoted: '“We are ready.”',
      words: 'He',
      how: 'pronoun',
      expected: 'from ‘He’, earlier in the paragraph',
    },
    { name: 'the speaker’s words on one line', text: '“We are ready,” the\npresident said.', quoted: '“We are ready,”', words: 'the\npresident', how: 'title', expected: 'from ‘the president’' },
  ];
  for (const c of cases) {
    it(c.name, () => assert.strictEqual(basisPhrase(slice(c.text), quoteIn(c.text, c.quoted, c.words, c.how)), c.expected));
  }
});

describe('isInferred', () => {
  for (const [how, inferred] of [['explicit', false], ['pronoun', true], ['title', true], ['turn', true], ['continuation', true], ['guess', true]] as const) {
    it(`${how} → ${inferred}`, () => assert.strictEqual(isInferred({ start: 0, end: 1, name: 'A', how, confidence: 0.5 }), inferred));
  }
});

describe('withSpeakersAtLeast', () => {
  const text = '“One,” Ann said. “Two,” she said.';
  const analysis: Analysis = {
    textLength: text.length,
    entities: [],
    mentions: [],
    quotes: [
      { start: 0, end: 6, text: '“One,”', kind: 'direct', verb: 'said', speaker: { start: 7, end: 10, name: 'Ann', how: 'explicit', confidence: 0.85 } },
      { start: 17, end: 23, text: '“Two,”', kind: 'direct', verb: 'said', speaker: { start: 24, end: 27, name: 'Ann', how: 'pronoun', confidence: 0.68 } },
    ],
    values: [],
  };
  const cases: { minimum: number; speakers: (string | null)[] }[] = [
    { minimum: 0, speakers: ['Ann', 'Ann'] },
    { minimum: 0.68, speakers: ['Ann', 'Ann'] },
    { minimum: 0.7, speakers: ['Ann', null] },
    { minimum: 0.85, speakers: ['Ann', null] },
    { minimum: 0.9, speakers: [null, null] },
  ];
  for (const { minimum, speakers } of cases) {
    it(`hides speakers below ${minimum}`, () => {
      const shown = withSpeakersAtLeast(analysis, minimum);
      assert.deepStrictEqual(shown.quotes.map((q) => q.speaker?.name ?? null), speakers);
      assert.ok(shown.quotes.every((q) => q.speaker || q.verb === undefined), 'a hidden speaker takes its verb along');
    });
  }
  it('returns the same analysis when nothing is hidden', () => assert.strictEqual(withSpeakersAtLeast(analysis, 0.5), analysis));
});
