// Which words of a reporting clause name the speaker: never a function word, an empty "it", or a
// place that only modifies the noun the speaker is described by.
import * as assert from 'assert';
import { analyze } from '../../src/core/pipeline/analyze';
import { quotesOf, type Known } from './quotesOf';

const CAST: Known = {
  'Anna Berg': { kind: 'person', forms: ['Anna Berg', 'Ms. Berg', 'Berg'] },
  'Paul Dorn': { kind: 'person', forms: ['Paul Dorn', 'Mr. Dorn', 'Dorn'], roles: ['senator'] },
  Vermont: { kind: 'place', forms: ['Vermont'] },
  'New York': { kind: 'place', forms: ['New York'] },
  'Tomas Hale': { kind: 'person', forms: ['Tomas Hale', 'Hale'] },
  'Ursula von der Leyen': { kind: 'person', forms: ['Ursula von der Leyen'] },
};

/** Each quote as "speaker (how)", or null when it has none. */
const speakersOf = (text: string): (string | null)[] => quotesOf(text, CAST).map((q) => (q.speaker ? `${q.speaker.name} (${q.speaker.how})` : null));

describe('speakers: the subject of the reporting clause', () => {
  const cases: { name: string; text: string; expected: (string | null)[] }[] = [
    {
      name: 'an adverb opening the sentence is not the subject before a colon',
      text: 'Ever since the vote, Ms. Berg has toured the state with one message: “Do not give up!”',
      expected: ['Anna Berg (explicit)'],
    },
    {
      name: 'a preposition opening the sentence is not the subject before a colon',
      text: 'Around noon, Mr. Dorn gave the crowd his answer: “We stay.”',
      expected: ['Paul Dorn (explicit)'],
    },
    {
      name: 'an empty "it" leaves the -ing verb to the clause nearer to it',
      text: 'It was a strong reply, as Ms. Berg echoed the charge, saying Dorn “has no plan at all” and left.',
      expected: ['Anna Berg (explicit)'],
    },
    {
      name: 'a referring "it" stays the subject when no clause comes between',
      text: 'The council met on Monday. It rejected the plan, saying “the cost is too high.”',
      expected: ['It (pronoun)'],
    },
    {
      name: 'a place between an article and a noun is not the speaker: the description is',
      text: 'Paul Dorn spoke in Vermont.\n\n“We will win,” said the Vermont senator.',
      expected: ['Paul Dorn (title)'],
    },
    {
      name: 'a description of nobody recorded stays a description, not the place in it',
      text: '“We will win,” said the New York businessman, who campaigned on Monday.',
      expected: ['the New York businessman (title)'],
    },
    {
      name: 'a name after an article and a longer phrase is still the speaker of its verb',
      text: 'After a short pause Paul Dorn began again. “We stay.”',
      expected: ['Paul Dorn (guess)'],
    },
    {
      name: 'a contracted pronoun is the pronoun, not a name',
      text: 'Paul Dorn spoke on Monday.\n\nHe’s claiming that the plan is “a big, big problem” for the town.',
      expected: ['Paul Dorn (pronoun)'],
    },
    {
      name: 'a name after an article that ends the phrase is still the speaker',
      text: '“We will win,” said the senator Paul Dorn.',
      expected: ['Paul Dorn (explicit)'],
    },
    {
      name: 'a particle inside a name after the verb is kept, with no entity to go by',
      text: '“We will go,” said Paul de Witt.',
      expected: ['Paul de Witt (explicit)'],
    },
    {
      name: 'particles inside a name before the verb are kept, and the speaker is the entity',
      text: 'Ursula von der Leyen said: “We will go.”',
      expected: ['Ursula von der Leyen (explicit)'],
    },
    {
      name: 'a run of particles after the verb is kept too',
      text: '“We will go,” said Ursula von der Leyen.',
      expected: ['Ursula von der Leyen (explicit)'],
    },
    {
      name: 'a possessive name owns the speaker: the description is the speaker, not the name',
      text: '“We will appeal,” said Tomas Hale’s lawyer.',
      expected: ['Tomas Hale’s lawyer (title)'],
    },
    {
      name: 'a possessive name with an adjective and a noun after it',
      text: '“He was tired,” said Hale’s old friend.',
      expected: ['Hale’s old friend (title)'],
    },
  ];
  for (const { name, text, expected } of cases) it(name, () => assert.deepStrictEqual(speakersOf(text), expected));
});

describe('speakers: the words that name the speaker keep the particles of a name', () => {
  const cases: { text: string; expected: string }[] = [
    { text: 'Ursula von der Leyen said: “We will go.”', expected: 'Ursula von der Leyen' },
    { text: '“We will go,” said Ursula von der Leyen.', expected: 'Ursula von der Leyen' },
    { text: '“We will go,” said Paul de Witt.', expected: 'Paul de Witt' },
    { text: 'Ali ibn Hamad said: “We will go.”', expected: 'Ali ibn Hamad' },
  ];
  for (const { text, expected } of cases) {
    it(text, () => {
      const speaker = quotesOf(text, CAST)[0].speaker;
      assert.strictEqual(speaker && text.slice(speaker.start, speaker.end), expected);
    });
  }
});

describe('speakers: a narration sentence that opens with a lower-case "of"', () => {
  // Text run together by an edit: the subject reader met "of" as the sentence's first word and
  // looked at the word before it, which does not exist.
  it('is read without failing', () => {
    const text = 'of Democratic Action (SDA)todaySDA«agreedParty of Democratic Action (SDA)—';
    assert.doesNotThrow(() => analyze(text));
  });
});
