import type { Span } from '../model';

/** A quoted span, marks included, before kinds and speakers are decided. */
export type QuoteSpan = Span;

const PAIRS: Record<string, string> = { '“': '”', '"': '"', '«': '»', '„': '“' };

/** Quoted spans in document order. A mark left open is closed at the end of its paragraph. */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open = -1;
  let closer = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (open >= 0) {
      if (ch === closer) {
        spans.push({ start: open, end: i + 1 });
        open = -1;
      } else if (ch === '\n') open = -1;
    } else if (ch in PAIRS) {
      open = i;
      closer = PAIRS[ch];
    }
  }
  return spans;
}
