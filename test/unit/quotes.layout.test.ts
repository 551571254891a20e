import * as assert from 'assert';
import { splitParagraphs } from '../../src/core/pipeline/paragraphs';
import { findQuoteSpans, paragraphsOf, type QuoteSpan } from '../../src/core/pipeline/quotes/find';
import { buildLayout, QUOTED, tokenizeFrame } from '../../src/core/pipeline/quotes/layout';

const layoutOf = (text: string) => {
  const paragraphs = paragraphsOf(text, splitParagraphs(text));
  return buildLayout(text, paragraphs, findQuoteSpans(text, paragraphs));
};
const sentencesOf = (text: string): string[] => layoutOf(text).sentences.map((s) => text.slice(s.start, s.end));
const blanked = (quote: string): string => QUOTED.repeat(quote.length);

describe('layout: sentences of the writer’s text', () => {
  const cases: { name: string; text: string; expected: string[] }[] = [
    { name: 'a full stop before a capital', text: 'He left. She stayed.', expected: ['He left. ', 'She stayed.'] },
    { name: 'a question mark', text: 'Who left? She stayed.', expected: ['Who left? ', 'She stayed.'] },
    { name: 'an exclamation mark', text: 'He left! She stayed.', expected: ['He left! ', 'She stayed.'] },
    { name: 'a digit opens the next sentence', text: 'He left. 2019 was hard.', expected: ['He left. ', '2019 was hard.'] },
    { name: 'a quote opens the next sentence', text: 'He left. “Go,” she said.', expected: ['He left. ', '“Go,” she said.'] },
    { name: 'a bracket opens the next sentence', text: 'He left. (She stayed.)', expected: ['He left. ', '(She stayed.)'] },
    { name: 'a lower-case word does not', text: 'He left at 5 p.m. and she stayed.', expected: ['He left at 5 p.m. and she stayed.'] },
    { name: 'a decimal point does not end a sentence', text: 'It grew 3.5 percent. Then it fell.', expected: ['It grew 3.5 percent. ', 'Then it fell.'] },
    { name: 'a full stop with no space after it does not', text: 'He left.Then she came.', expected: ['He left.Then she came.'] },
    { name: 'a dotted word is read as an abbreviation', text: 'See dossier.example.org. Then go.', expected: ['See dossier.example.org. Then go.'] },
    { name: 'a title’s abbreviation at the text’s start', text: 'Dr. Jones left. Then Mr. Smith came.', expected: ['Dr. Jones left. ', 'Then Mr. Smith came.'] },
    { name: 'an initial', text: 'It was J. Smith. He left.', expected: ['It was J. Smith. ', 'He left.'] },
    { name: 'an abbreviation with inner full stops', text: 'The U.S. Army left. Then it came back.', expected: ['The U.S. Army left. ', 'Then it came back.'] },
    { name: 'an upper-case abbreviation', text: 'Sen. Warren spoke. Gov. Hale did not.', expected: ['Sen. Warren spoke. ', 'Gov. Hale did not.'] },
    { name: 'a word that is no abbreviation', text: 'He met the senator. Jones left.', expected: ['He met the senator. ', 'Jones left.'] },
    { name: 'a closing bracket after the mark', text: '(He left.) She stayed.', expected: ['(He left.) ', 'She stayed.'] },
    { name: 'closing marks after the mark, outside any quote', text: 'He left.) ] She stayed.', expected: ['He left.) ] She stayed.'] },
    { name: 'a one-letter sentence after a split', text: 'Who did it? I? Never.', expected: ['Who did it? ', 'I? ', 'Never.'] },
    { name: 'a paragraph ending with its full stop', text: 'He left.', expected: ['He left.'] },
    { name: 'a paragraph ending with a closing bracket', text: 'He left (at last.)', expected: ['He left (at last.)'] },
    { name: 'several spaces between sentences', text: 'He left.   She stayed.', expected: ['He left.   ', 'She stayed.'] },
    { name: 'each paragraph on its own', text: 'He left.\n\nShe stayed. It rained.', expected: ['He left.', 'She stayed. ', 'It rained.'] },
    // A quote ends a sentence when its words do: the frame blanks it, so its last marks are read in the text.
    { name: 'a quote ending with a full stop', text: 'He said “we are ready.” Then he left.', expected: ['He said “we are ready.” ', 'Then he left.'] },
    { name: 'a quote ending with a question mark', text: 'He asked “are we ready?” Then he left.', expected: ['He asked “are we ready?” ', 'Then he left.'] },
    { name: 'a quote ending with two closing marks', text: 'He said “she told me ‘go.’” Then he left.', expected: ['He said “she told me ‘go.’” ', 'Then he left.'] },
    { name: 'a quote ending with a comma', text: 'He said “we are ready,” Then he left.', expected: ['He said “we are ready,” Then he left.'] },
    { name: 'a quote with a full stop before its last word', text: 'He said “plan A. B” Then he left.', expected: ['He said “plan A. B” Then he left.'] },
    { name: 'a quote ending a sentence before a lower-case word', text: 'He said “we are ready.” and left.', expected: ['He said “we are ready.” and left.'] },
    { name: 'a quote ending with a full stop, then the paragraph', text: 'He said “we are ready.”', expected: ['He said “we are ready.”'] },
    { name: 'a quote followed by a bracket', text: '(He said “go.”) Then he left.', expected: ['(He said “go.”) ', 'Then he left.'] },
    { name: 'a quote that opens the next sentence right after one', text: 'He said “go.” “Now,” she said.', expected: ['He said “go.” ', '“Now,” she said.'] },
    { name: 'a mark inside a quote is not the writer’s', text: 'He said “we left. She stayed” today.', expected: ['He said “we left. She stayed” today.'] },
    { name: 'a straight apostrophe after a full stop, outside a quote', text: "The Joneses.' Then he left.", expected: ["The Joneses.' ", 'Then he left.'] },
    { name: 'a stray closing mark after an abbreviation, as the abbreviation alone', text: "We left at 5 p.m.' Then it rained.", expected: ["We left at 5 p.m.' Then it rained."] },
  ];
  for (const { name, text, expected } of cases) {
    it(name, () => assert.deepStrictEqual(sentencesOf(text), expected));
  }

  // A unit longer than the bound is cut mid-sentence, so what follows a paragraph is not always a space.
  const cut: { name: string; text: string; paragraph: { start: number; end: number }; expected: string[] }[] = [
    { name: 'a paragraph cut just before its full stop', text: 'He left. She stayed.', paragraph: { start: 0, end: 7 }, expected: ['He left'] },
    { name: 'a paragraph cut just before a closing bracket', text: 'He left.) She stayed.', paragraph: { start: 0, end: 8 }, expected: ['He left.'] },
  ];
  for (const { name, text, paragraph, expected } of cut) {
    it(name, () => {
      const layout = buildLayout(text, [paragraph], []);
      assert.deepStrictEqual(layout.sentences.map((s) => text.slice(s.start, s.end)), expected);
    });
  }
});

describe('layout: the frame blanks out each outermost quote', () => {
  it('blanks a quote and its nested quote as one run, keeping every offset', () => {
    const text = 'He said “she told me ‘go’ twice” and left.';
    const layout = layoutOf(text);
    assert.strictEqual(layout.frame, `He said ${blanked('“she told me ‘go’ twice”')} and left.`);
    assert.strictEqual(layout.frame.length, text.length);
  });
  it('blanks two quotes, one holding a nested quote, and keeps the text between them', () => {
    const text = 'A “b ‘c’ d” e “f” g';
    const quotes: QuoteSpan[] = [
      { start: 2, end: 11, depth: 0, closed: true },
      { start: 5, end: 8, depth: 1, closed: true },
      { start: 14, end: 17, depth: 0, closed: true },
    ];
    const layout = buildLayout(text, [{ start: 0, end: text.length }], quotes);
    assert.strictEqual(layout.frame, `A ${blanked('“b ‘c’ d”')} e ${blanked('“f”')} g`);
  });
});

/** The reading tokenizeFrame promises, by the pattern it is written to match. */
function byPattern(frame: string, start: number, end: number) {
  const pattern = /[\p{L}\p{N}]+(?:[’'.&-][\p{L}\p{N}]+)*|\uE000+|[^\s\p{L}\p{N}]/gu;
  pattern.lastIndex = start;
  const tokens: { start: number; end: number; text: string; isWord: boolean }[] = [];
  for (let match = pattern.exec(frame); match && match.index < end; match = pattern.exec(frame)) {
    const text = match[0];
    tokens.push({ start: match.index, end: Math.min(end, match.index + text.length), text, isWord: /[\p{L}\p{N}]/u.test(text[0]) });
  }
  return tokens;
}

describe('tokenizeFrame reads as its pattern does', () => {
  const frames: { name: string; frame: string }[] = [
    { name: 'plain words and marks', frame: 'He said, today: we are ready!' },
    { name: 'joined words', frame: 'it’s U.S. AT&T pro-Kremlin don\'t e.g. a.b.c' },
    { name: 'joiners not before a letter', frame: 'end- x--y a.\'b U.S.. rock & roll it’ ’tis' },
    { name: 'a joiner at the end', frame: 'pro-' },
    { name: 'digits and their ASCII neighbours', frame: '/0 9: @A Z[ `a z{ 09az AZ 0/9 9:0 A@Z Z[A a`z z{a' },
    { name: 'digits and letters beyond ASCII', frame: 'café ٣٤ Ελλάδα 東京 naïve' },
    { name: 'every kind of space', frame: 'a\tb\nc\vd\fe\rf g\u00a0h\u2028i\u3000j' },
    { name: 'control characters that are no space', frame: 'a\x08b\x0ec\x1fd\x7fe\x80f' },
    { name: 'a blanked quote', frame: `He said ${QUOTED.repeat(5)} and ${QUOTED}.` },
    { name: 'a blanked quote against a word', frame: `x${QUOTED.repeat(3)}y` },
    { name: 'letters and symbols beyond the basic plane', frame: 'a 𝐀𝐁 b 😀 c 𝟙𝟚 d𝐀 😀😀' },
    { name: 'a lone high surrogate before a letter', frame: 'a \ud835b c' },
    { name: 'a lone high surrogate at the end', frame: 'a b\ud835' },
    { name: 'a lone low surrogate', frame: 'a \udc00 b' },
    { name: 'a lone low surrogate after a letter, a symbol and another', frame: 'é\udc00 €\udc00 \udc00\udc00' },
    { name: 'the first and last pairs of surrogates', frame: '\ud800\udc00 \udbff\udfff x' },
    { name: 'an empty frame', frame: '' },
    { name: 'only spaces', frame: '   ' },
  ];
  for (const { name, frame } of frames) {
    it(`${name}, whole`, () => assert.deepStrictEqual(tokenizeFrame(frame, 0, frame.length), byPattern(frame, 0, frame.length)));
    it(`${name}, at every start and end`, () => {
      // Not from inside a surrogate pair, where the pattern's u flag moves back to the pair's start.
      const insidePair = (i: number) => i > 0 && /[\ud800-\udbff]/.test(frame[i - 1]) && /[\udc00-\udfff]/.test(frame[i] ?? '');
      for (let start = 0; start <= frame.length; start++) {
        if (insidePair(start)) continue;
        for (let end = start; end <= frame.length; end++) {
          assert.deepStrictEqual(tokenizeFrame(frame, start, end), byPattern(frame, start, end), `[${start}, ${end})`);
        }
      }
    });
  }
  it('gives the last token its whole text when it runs past the end', () => {
    assert.deepStrictEqual(tokenizeFrame('one two three', 0, 6), [
      { start: 0, end: 3, text: 'one', isWord: true },
      { start: 4, end: 6, text: 'two', isWord: true },
    ]);
  });
});
