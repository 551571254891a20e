// One vocabulary for quotes wherever they are counted or credited (status bar, hovers, views, CLI):
// "quotes" are the words someone is credited with, direct quotes and quoted phrases alike; scare
// quotes are nobody's words and are counted apart, never in the same number.
import type { Analysis, Quote } from './model';
import { entityById } from './navigation';

export interface QuoteCounts {
  /** Direct quotes and quoted phrases. */
  readonly quotes: number;
  readonly scareQuotes: number;
}

export function countQuotes(analysis: Analysis): QuoteCounts {
  let scareQuotes = 0;
  for (const quote of analysis.quotes) if (quote.kind === 'scare') scareQuotes++;
  return { quotes: analysis.quotes.length - scareQuotes, scareQuotes };
}

/** "12 quotes and 2 scare quotes", "1 quote", "no quotes". */
export function describeQuoteCounts({ quotes, scareQuotes }: QuoteCounts): string {
  const counted = quotes === 0 ? 'no quotes' : `${quotes} ${quotes === 1 ? 'quote' : 'quotes'}`;
  return scareQuotes === 0 ? counted : `${counted} and ${scareQuotes} scare ${scareQuotes === 1 ? 'quote' : 'quotes'}`;
}

/** Where a quote stands among those it is counted with: quote 3 of 12, or scare quote 1 of 2. */
export function quoteNumber(analysis: Analysis, quote: Quote): { readonly number: number; readonly of: number } {
  const scare = quote.kind === 'scare';
  let number = 0;
  let of = 0;
  for (const other of analysis.quotes) {
    if ((other.kind === 'scare') !== scare) continue;
    of++;
    if (other.start <= quote.start) number = of;
  }
  return { number, of };
}

/** The speaker's canonical name (their entity's fullest name), or undefined when nobody is credited. */
export function speakerName(analysis: Analysis, quote: Quote): string | undefined {
  if (!quote.speaker) return undefined;
  const entity = quote.speaker.entityId ? entityById(analysis, quote.speaker.entityId) : undefined;
  return entity?.name ?? quote.speaker.name;
}
