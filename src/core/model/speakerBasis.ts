// How a quote's speaker was found, in words a reader can weigh: for hovers, the Quotes view and the quote sheet.
import type { Analysis, Quote, Speaker, SpeakerBasis } from './model';

/** A speaker named at the quote's own reporting verb; every other way is an inference. */
export function isInferred(speaker: Speaker): boolean {
  return speaker.how !== 'explicit';
}

/** Short names for each way, as the quote sheet's column and the Quotes view's marker show them. */
export const BASIS_LABEL: Record<SpeakerBasis, string> = {
  explicit: 'named',
  pronoun: 'pronoun',
  title: 'description',
  turn: 'turn-taking',
  continuation: 'continued',
  guess: 'guess',
};

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** The document's text from `start` to `end`; a hover reads only these pieces of a long book. */
export type TextSlice = (start: number, end: number) => string;

/** "two paragraphs earlier", "later in the paragraph": where the attribution's words lie from the quote. */
function whereFrom(slice: TextSlice, speaker: Speaker, quote: Quote): string {
  const before = speaker.end <= quote.start;
  const between = before ? slice(speaker.end, quote.start) : slice(quote.end, speaker.start);
  // A blank line, or a single line break in text that puts one paragraph on each line, separates paragraphs.
  const breaks = (between.match(/\n\s*\n/g) ?? []).length || (between.match(/\n/g) ?? []).length;
  if (breaks === 0) return before ? 'earlier in the paragraph' : 'later in the paragraph';
  const count = breaks < NUMBER_WORDS.length ? NUMBER_WORDS[breaks] : String(breaks);
  return `${count} paragraph${breaks === 1 ? '' : 's'} ${before ? 'earlier' : 'later'}`;
}

/**
 * How the speaker was found, as a phrase that follows their name in a hover: "from ‘he’",
 * "continuing ‘Putin’, one paragraph earlier", "taking turns with the last speaker". Empty for a
 * name at the quote's own verb, which needs no explaining.
 */
export function basisPhrase(slice: TextSlice, quote: Quote): string {
  const speaker = quote.speaker;
  if (!speaker || speaker.how === 'explicit') return '';
  const words = `‘${slice(speaker.start, speaker.end).replace(/\s+/g, ' ')}’`;
  // "he said" after the quote, or "he declared" before it in the same sentence, is the quote's own clause.
  const between = speaker.start >= quote.end ? slice(quote.end, speaker.start) : slice(speaker.end, quote.start);
  const inQuoteSentence = between.length < 200 && !/[.!?]\s|\n/.test(between);
  switch (speaker.how) {
    case 'pronoun':
    case 'title':
      return inQuoteSentence ? `from ${words}` : `from ${words}, ${whereFrom(slice, speaker, quote)}`;
    case 'turn':
      return `taking turns in the conversation with the speaker before: ${words}, ${whereFrom(slice, speaker, quote)}`;
    case 'continuation':
      return `continuing ${words}, ${whereFrom(slice, speaker, quote)}`;
    case 'guess':
      return `a guess from ${words}, ${whereFrom(slice, speaker, quote)}`;
  }
}

/** "75%": a confidence as the reader sees it. */
export function confidenceLabel(speaker: Speaker): string {
  return `${Math.round(speaker.confidence * 100)}%`;
}

/**
 * The analysis without the speakers found with less confidence than `minimum`: their quotes show as
 * unattributed, so a reader who wants only sure attributions sees no doubtful name.
 */
export function withSpeakersAtLeast(analysis: Analysis, minimum: number): Analysis {
  if (minimum <= 0 || !analysis.quotes.some((quote) => quote.speaker && quote.speaker.confidence < minimum)) return analysis;
  return {
    ...analysis,
    quotes: analysis.quotes.map((quote) => {
      if (!quote.speaker || quote.speaker.confidence >= minimum) return quote;
      const { start, end, text, kind } = quote;
      return { start, end, text, kind, speaker: null };
    }),
  };
}
