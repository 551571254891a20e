import type { Entity, Mention, Quote } from '../model';
import type { QuoteSpan } from './find';

export interface AttributionContext {
  readonly text: string;
  readonly entities: readonly Entity[];
  readonly mentions: readonly Mention[];
}

/** Decide each quote's kind and speaker. */
export function attributeQuotes(spans: readonly QuoteSpan[], context: AttributionContext): Quote[] {
  return spans.map((span) => {
    const text = context.text.slice(span.start, span.end);
    const words = text.split(/\s+/).length;
    return { ...span, text, kind: words <= 3 ? 'scare' : 'direct', speaker: null };
  });
}
