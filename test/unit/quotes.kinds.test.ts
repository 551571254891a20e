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
    { name: 'a title nobody said', context: { quoted: '‘A Change Is Gonna Come.’', before: '', hasSpeaker: false }, expected: 'scare' },
    { name: 'a nickname a speaker used', context: { quoted: '“Crooked Hillary”', before: 'Trump, who called Clinton ' }, expected: 'fragment' },
    { name: 'a long statement nobody is credited with', context: { quoted: '“Everything changed after the war and nobody noticed.”', hasSpeaker: false }, expected: 'direct' },
    { name: 'a short quote inside a quote', context: { quoted: '‘Go home now,’', nested: true, hasSpeaker: false }, expected: 'scare' },
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
    ['“We are ready. We will win.”', false],
    ['“This responds to the call of our time for protecting international justice,”', false],
  ];
  for (const [quoted, expected] of cases) it(`${quoted} → ${expected}`, () => assert.strictEqual(isTitle(quoted), expected));
});
