import * as assert from 'assert';
import type { QuoteKind } from '../../src/core/model/model';
import { isTitle, quoteKind, type KindContext } from '../../src/core/pipeline/quotes/kinds';

describe('quoteKind', () => {
  const base: KindContext = { quoted: '', before: 'He said ', nested: false, opensSentence: false, hasSpeaker: true };
  const cases: { name: string; context: Partial<KindContext>; expected: QuoteKind }[] = [
    { name: 'a full statement with a speaker', context: { quoted: '“China’s economy is off to a good start.”' }, expected: 'direct' },
    { name: 'a short statement that opens its sentence', context: { quoted: '“We are ready,”', opensSentence: true }, expected: 'direct' },
    { name: 'a short question', context: { quoted: '"What curfew?"' }, expected: 'direct' },
    { name: 'a lower-case phrase with a speaker', context: { quoted: '“drinking poison.”' }, expected: 'fragment' },
    { name: 'a lower-case phrase opening with brackets', context: { quoted: '“[w]e are reminded”' }, expected: 'fragment' },
    { name: 'a statement with brackets for a changed capital', context: { quoted: '“[W]e are reminded of the millions.”' }, expected: 'direct' },
    { name: 'a short term nobody said', context: { quoted: '“ceasefire”', hasSpeaker: false }, expected: 'scare' },
    { name: 'a title after a possessive, even with a speaker', context: { quoted: '“State of the Union.”', before: 'Pence said on CNN’s ' }, expected: 'scare' },
    { name: 'a title after the work it names and a comma, even with a speaker', context: { quoted: '“Make Your Kid a Millionaire,”', before: 'In his 2002 book, ' }, expected: 'scare' },
    { name: 'a statement after a comma that follows no work', context: { quoted: '“Make Your Kid a Millionaire,”', before: 'At the bank, ' }, expected: 'direct' },
    { name: 'a title nobody said', context: { quoted: '‘A Change Is Gonna Come.’', before: '', hasSpeaker: false }, expected: 'scare' },
    { name: 'a nickname a speaker used', context: { quoted: '“Crooked Hillary”', before: 'Trump, who called Clinton ' }, expected: 'fragment' },
    { name: 'a long statement nobody is credited with', context: { quoted: '“Everything changed after the war and nobody noticed.”', hasSpeaker: false }, expected: 'direct' },
    { name: 'a short quote inside a quote', context: { quoted: '‘Go home now,’', nested: true, hasSpeaker: false }, expected: 'scare' },
    { name: 'inside a quote, nobody’s quote is scare quotes however long', context: { quoted: '‘go home now, all of you,’', nested: true, hasSpeaker: false }, expected: 'scare' },
    // The scare-quote length: four words nobody said are a term, five are not.
    { name: 'four lower-case words nobody said', context: { quoted: '“go home right now”', hasSpeaker: false }, expected: 'scare' },
    { name: 'five lower-case words nobody said', context: { quoted: '“go home right now please”', hasSpeaker: false }, expected: 'fragment' },
    { name: 'four capitalised words nobody said, no sentence end', context: { quoted: '“Go home right now”', hasSpeaker: false, before: 'He waved. ' }, expected: 'scare' },
    // A statement: capitalised, and it opens its sentence, is long, or ends like a sentence.
    { name: 'a short capitalised phrase with a speaker, mid-sentence', context: { quoted: '“Go home”' }, expected: 'fragment' },
    { name: 'a short capitalised phrase with a speaker that ends a sentence', context: { quoted: '“Go home!”' }, expected: 'direct' },
    { name: 'three capitalised words with a speaker, mid-sentence', context: { quoted: '“Go home now”' }, expected: 'fragment' },
    { name: 'four capitalised words with a speaker, mid-sentence', context: { quoted: '“Go home right now”' }, expected: 'direct' },
    { name: 'an ellipsis and space before the capital', context: { quoted: '“... Then we left,”', opensSentence: true }, expected: 'direct' },
    { name: 'a bracketed ellipsis before the capital', context: { quoted: '“(…) Then we left,”', opensSentence: true }, expected: 'fragment' },
    { name: 'a title with a speaker, not after a title’s words', context: { quoted: '“Victory Parade,”', before: 'He said ' }, expected: 'fragment' },
    { name: 'a title with a speaker, after “the”', context: { quoted: '“Victory Parade,”', before: 'He praised the ' }, expected: 'scare' },
    { name: 'a title with a speaker, after “known as”', context: { quoted: '“Victory Parade,”', before: 'a march known as ' }, expected: 'scare' },
    // Only the last character ends a sentence: a title's full stop inside a short phrase does not.
    { name: 'a short phrase with an abbreviation, mid-sentence', context: { quoted: '“Dr. Dorn agreed”' }, expected: 'fragment' },
  ];
  for (const { name, context, expected } of cases) {
    it(name, () => assert.strictEqual(quoteKind({ ...base, ...context }), expected));
  }
});

describe('isTitle', () => {
  const cases: [string, boolean][] = [
    ['“Victory Parade,”', true],
    ["'Coal Isn't the Villain.'", true],
    ['“Make Your Kid a Millionaire,”', true],
    ['“ceasefire”', false],
    ['“One Two Three Four Five Six”', true],
    ['“One Two Three Four Five Six Seven”', false],
    ['“Top 10 Songs of the Year”', true],
    ['“Songs of the wild Year”', false],
    ['“Ode to Joy. Encore”', false],
    ['“Ode to Joy!”', true],
    ['“A day or two.”', false],
    // One word with a question or exclamation mark is a line of dialogue; a longer title may end with one.
    ['“Papa?”', false],
    ['“Detained!”', false],
    ['“Who Framed Roger Rabbit?”', true],
    ['“Up”', true],
    ['“Up in Arms”', true],
    // A title's words start with a capital or a digit; a capital inside a word does not count.
    ['“Best of eBay”', false],
    ['“(Victory Parade)”', false],
    ['“”', false],
    ['“We are ready. We will win.”', false],
    ['“This responds to the call of our time for protecting international justice,”', false],
  ];
  for (const [quoted, expected] of cases) it(`${quoted} → ${expected}`, () => assert.strictEqual(isTitle(quoted), expected));
});
