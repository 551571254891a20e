import type { Span } from '../model';
import { markAt, mayBeMark, type MarkFamily, type OpenQuotes } from './marks';

/** A quoted span, marks included, before kinds and speakers are decided. */
export interface QuoteSpan extends Span {
  /** 0 for a quote in the writer's text, 1 for a quote inside a quote, and so on. */
  readonly depth: number;
  /** False when the paragraph ended before a closing mark came. */
  readonly closed: boolean;
}

interface OpenQuote {
  readonly start: number;
  readonly family: MarkFamily;
  readonly closers: string;
  readonly depth: number;
  /** Where the span will go in the output, so that spans come out in document order. */
  readonly slot: number;
}

/**
 * Quoted spans in document order, nested ones included. One pass over the text with a stack of
 * open quotes, mirrored per family so that a closer finds its opener in O(1); each open quote is
 * pushed and popped once, so 10,000 stray marks stay linear.
 *
 * A double quote still open at the end of its paragraph runs on when the next paragraph opens
 * with a mark of the same family (the news convention for a quote over several paragraphs); else
 * it ends with the paragraph. A single quote still open there was an apostrophe and is dropped.
 */
export function findQuoteSpans(text: string, paragraphs: readonly Span[]): QuoteSpan[] {
  const slots: (QuoteSpan | undefined)[] = [];
  const stack: OpenQuote[] = [];
  const byFamily: Record<MarkFamily, OpenQuote[]> = { double: [], single: [], guillemet: [] };
  const innermost = (family: MarkFamily): OpenQuote | undefined => byFamily[family][byFamily[family].length - 1];
  const open: OpenQuotes = { closersOf: (family) => innermost(family)?.closers };
  const push = (start: number, family: MarkFamily, closers: string): void => {
    const quote = { start, family, closers, depth: stack.length, slot: slots.length };
    stack.push(quote);
    byFamily[family].push(quote);
    slots.push(undefined);
  };
  const pop = (): OpenQuote => {
    const quote = stack.pop() as OpenQuote;
    byFamily[quote.family].pop();
    return quote;
  };
  /** Close the innermost quote of `family` at `end`; quotes opened inside it and never closed are dropped. */
  const close = (family: MarkFamily, end: number, closed: boolean): void => {
    for (;;) {
      const quote = pop();
      if (quote.family !== family) continue;
      const last = closed ? end : trimmedEnd(text, quote.start, end);
      slots[quote.slot] = { start: quote.start, end: last, depth: quote.depth, closed };
      return;
    }
  };
  const clear = (): void => {
    while (stack.length) pop();
  };

  for (let p = 0; p < paragraphs.length; p++) {
    const { start, end } = paragraphs[p];
    let i = start;
    if (stack.length) {
      // Only a run-on quote survives a paragraph end; it consumes this paragraph's opening mark.
      const role = markAt(text, start, open);
      i += role?.length ?? 0;
    }
    while (i < end) {
      // Most characters are not marks; stepping over them without markAt keeps the book's scan cheap.
      const role = mayBeMark(text.charCodeAt(i)) ? markAt(text, i, open) : null;
      if (!role) {
        i++;
        continue;
      }
      const openOne = innermost(role.family);
      if (role.role === 'close') {
        if (openOne) close(role.family, i + role.length, true);
      } else if (role.role === 'toggle') {
        if (openOne?.closers.includes(text[i])) close(role.family, i + role.length, true);
        else if (!openOne && !/\p{N}/u.test(text[i - 1] ?? '')) push(i, role.family, role.closers); // not 12" (inches)
      } else {
        // A second “ while one is open means the first one's closer is missing.
        if (openOne && role.family === 'double' && text[i] === '“') close('double', i, false);
        push(i, role.family, role.closers);
      }
      i += role.length;
    }
    endParagraph(p);
  }
  clear();
  return slots.filter((span): span is QuoteSpan => span !== undefined);

  function endParagraph(p: number): void {
    const { end } = paragraphs[p];
    while (stack.length > 1) pop();
    const outer = stack[0];
    if (!outer) return;
    if (outer.family === 'single') {
      clear();
      return;
    }
    const next = paragraphs[p + 1];
    const nextRole = next ? markAt(text, next.start, { closersOf: () => undefined }) : null;
    const runsOn = nextRole !== null && nextRole.role !== 'close' && nextRole.family === outer.family && !opensWithSpeakerLabel(text, next);
    if (!runsOn) close(outer.family, end, false);
  }
}

/** "PENCE: …" after the mark: a transcript turns to a new speaker, so the quote before it does not run on. */
function opensWithSpeakerLabel(text: string, paragraph: Span): boolean {
  return /^.{1,2}\p{Lu}[\p{Lu}.'’ -]*\p{Lu}:\s/u.test(text.slice(paragraph.start, paragraph.start + 40));
}

function trimmedEnd(text: string, start: number, end: number): number {
  while (end > start + 1 && /\s/.test(text[end - 1])) end--;
  return end;
}

/**
 * Paragraphs for the quote scan from the analysis units: units cut from one over-long line are
 * joined again, because only a line break ends a paragraph.
 */
export function paragraphsOf(text: string, units: readonly Span[]): Span[] {
  const paragraphs: Span[] = [];
  for (const unit of units) {
    const last = paragraphs[paragraphs.length - 1];
    if (last && !/[\r\n]/.test(text.slice(last.end, unit.start))) paragraphs[paragraphs.length - 1] = { start: last.start, end: unit.end };
    else paragraphs.push({ start: unit.start, end: unit.end });
  }
  return paragraphs;
}
