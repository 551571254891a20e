import type { Span } from '../../model/model';
import { shiftOf, type TextChange } from '../textChange';
import { firstStartingFrom, isShiftedSpan } from '../../model/spans';
import { markAt, mayBeMark, type MarkFamily, type OpenQuotes } from './marks';
import { turnLabelAt } from './transcript';

/** A quoted span, marks included, before kinds and speakers are decided. */
export interface QuoteSpan extends Span {
  /** 0 for a quote in the writer's text, 1 for a quote inside a quote, and so on. */
  readonly depth: number;
  /** False when the paragraph ended before a closing mark came. */
  readonly closed: boolean;
  /** For a transcript's turn, a paragraph quoted without marks: its label ("Q", "TRUMP"), which names the speaker. */
  readonly label?: Span;
}

/** `span` moved by `shift`: the fast move of the scan's thousands of spans, held equal to movedBy by a property test. */
export function moveQuoteSpan(span: QuoteSpan, shift: number): QuoteSpan {
  if (shift === 0) return span;
  const moved = { start: span.start + shift, end: span.end + shift, depth: span.depth, closed: span.closed };
  return span.label ? { ...moved, label: { start: span.label.start + shift, end: span.label.end + shift } } : moved;
}

interface OpenQuote {
  readonly start: number;
  readonly family: MarkFamily;
  readonly closers: string;
  readonly depth: number;
  /** Where the span will go in the output, so that spans come out in document order. */
  readonly slot: number;
}

/** What finding one version's quote spans keeps, so that the next version's scan can join it. */
export interface QuoteSpanMemo {
  readonly paragraphs: readonly Span[];
  readonly spans: readonly QuoteSpan[];
  /** 1 for each paragraph that a quote from the paragraph before runs on into. */
  readonly runOnInto: Uint8Array;
}

/** The paragraphs the scan read again after a change, [from, to); `oldTo` is `to` in the old version. */
export interface RescannedParagraphs {
  readonly from: number;
  readonly to: number;
  readonly oldTo: number;
}

/**
 * Quoted spans in document order, nested ones included. One pass over the text with a stack of
 * open quotes, mirrored per family so that a closer finds its opener in O(1); each open quote is
 * pushed and popped once, so 10,000 stray marks stay linear.
 *
 * A double quote still open at the end of its paragraph runs on when the next paragraph opens
 * with a mark of the same family (the news convention for a quote over several paragraphs); else
 * it ends with the paragraph. A single quote still open there was an apostrophe and is dropped.
 *
 * A paragraph that opens with a transcript's label ("Q:", "TRUMP:") is a turn: a quote from after
 * the label to the paragraph's end, holding its marked quotes one level deeper, never running on.
 */
export function findQuoteSpans(text: string, paragraphs: readonly Span[]): QuoteSpan[] {
  const scan = new QuoteScan(text, paragraphs);
  for (let p = 0; p < paragraphs.length; p++) scan.paragraph(p);
  return scan.spans();
}

/** How far before a paragraph and past its end the marks in it look (rock ’n’ roll, ’90s, ’em). */
const MARK_CONTEXT = 8;
/** How far into a paragraph the scan of the paragraph before it looks (a run-on mark, a speaker label). */
const OPENING_CONTEXT = 48;

/**
 * findQuoteSpans, given the memo of the version before `change`. Where no quote runs on from one
 * paragraph into the next the scan holds nothing, so it starts again at such a paragraph before
 * the change, and joins the old scan at the first such paragraph after it.
 */
export function findQuoteSpansAfterChange(
  text: string,
  paragraphs: readonly Span[],
  previous?: { readonly memo: QuoteSpanMemo; readonly change: TextChange },
): { memo: QuoteSpanMemo; rescanned: RescannedParagraphs } {
  const scan = new QuoteScan(text, paragraphs);
  const whole = (): { memo: QuoteSpanMemo; rescanned: RescannedParagraphs } => {
    for (let p = 0; p < paragraphs.length; p++) scan.paragraph(p);
    return { memo: scan.memo(), rescanned: { from: 0, to: paragraphs.length, oldTo: previous?.memo.paragraphs.length ?? 0 } };
  };
  if (!previous) return whole();
  const { memo, change } = previous;
  const delta = shiftOf(change);
  const old = memo.paragraphs;
  // The last paragraph before the change that the scan entered with nothing open, every paragraph up to it unchanged.
  let from = 0;
  while (from + 1 < paragraphs.length && from + 1 < old.length && paragraphs[from + 1].start + OPENING_CONTEXT <= change.start && isShiftedSpan(old[from + 1], paragraphs[from + 1], 0)) from++;
  while (from > 0 && memo.runOnInto[from]) from--;
  if (from === 0) return whole();
  scan.startAt(from, memo);
  const movedFrom = firstOfMovedRest(paragraphs, old, delta);
  for (let p = from; p < paragraphs.length; p++) {
    // Join the old scan at a paragraph well after the change, entered with nothing open in both scans, when the rest is the old rest moved.
    if (paragraphs[p].start - MARK_CONTEXT >= change.newEnd && scan.isEmpty()) {
      const oldP = p + old.length - paragraphs.length;
      if (p >= movedFrom && oldP > 0 && !memo.runOnInto[oldP]) {
        return { memo: scan.joined(memo, p, oldP, delta), rescanned: { from, to: p, oldTo: oldP } };
      }
    }
    scan.paragraph(p);
  }
  return { memo: scan.memo(), rescanned: { from, to: paragraphs.length, oldTo: old.length } };
}

/** The first index from which paragraphs[] are the last paragraphs of old[] moved by `delta`; worked out once, from the end. */
function firstOfMovedRest(paragraphs: readonly Span[], old: readonly Span[], delta: number): number {
  let k = 1;
  while (k <= paragraphs.length && k <= old.length && isShiftedSpan(old[old.length - k], paragraphs[paragraphs.length - k], delta)) k++;
  return paragraphs.length - k + 1;
}

class QuoteScan {
  private readonly slots: (QuoteSpan | undefined)[] = [];
  private readonly stack: OpenQuote[] = [];
  private readonly byFamily: Record<MarkFamily, OpenQuote[]> = { double: [], single: [], guillemet: [] };
  private readonly open: OpenQuotes = { closersOf: (family) => this.innermost(family)?.closers };
  private readonly runOnInto: Uint8Array;
  /** The transcript turn of the paragraph being scanned: its slot and label, and where its words start. */
  private turn: { readonly slot: number; readonly label: Span; readonly from: number } | undefined;

  constructor(private readonly text: string, private readonly paragraphs: readonly Span[]) {
    this.runOnInto = new Uint8Array(paragraphs.length);
  }

  /** Start at paragraph `from`, entered with nothing open, after the old scan's spans before it. */
  startAt(from: number, old: QuoteSpanMemo): void {
    this.runOnInto.set(old.runOnInto.subarray(0, from));
    const start = this.paragraphs[from].start;
    for (const span of old.spans) {
      if (span.start >= start) break;
      this.slots.push(span);
    }
  }

  isEmpty(): boolean {
    return this.stack.length === 0;
  }

  paragraph(p: number): void {
    const { text } = this;
    const { start, end } = this.paragraphs[p];
    let i = start;
    if (this.stack.length) {
      this.runOnInto[p] = 1;
      // Only a run-on quote survives a paragraph end; it consumes this paragraph's opening mark.
      const role = markAt(text, start, this.open);
      i += role?.length ?? 0;
    } else {
      const turn = turnLabelAt(text, start, OPENING_CONTEXT);
      if (turn) {
        this.turn = { ...turn, slot: this.slots.length };
        this.slots.push(undefined);
      }
    }
    while (i < end) {
      // Most characters are not marks; stepping over them without markAt keeps the book's scan cheap.
      const role = mayBeMark(text.charCodeAt(i)) ? markAt(text, i, this.open) : null;
      if (!role) {
        i++;
        continue;
      }
      const openOne = this.innermost(role.family);
      if (role.role === 'close') {
        if (openOne) this.close(role.family, i + role.length, true);
      } else if (role.role === 'toggle') {
        if (openOne?.closers.includes(text[i])) this.close(role.family, i + role.length, true);
        else if (!openOne && !/\p{N}/u.test(text[i - 1] ?? '')) this.push(i, role.family, role.closers); // not 12" (inches)
      } else {
        // A second “ while one is open means the first one's closer is missing.
        if (openOne && role.family === 'double' && text[i] === '“') this.close('double', i, false);
        this.push(i, role.family, role.closers);
      }
      i += role.length;
    }
    this.endParagraph(p);
  }

  spans(): QuoteSpan[] {
    this.clear();
    return this.slots.filter((span): span is QuoteSpan => span !== undefined);
  }

  memo(): QuoteSpanMemo {
    return { paragraphs: this.paragraphs, spans: this.spans(), runOnInto: this.runOnInto };
  }

  /** The memo after joining the old scan at paragraph p (oldP in the old version): the old rest, moved. */
  joined(old: QuoteSpanMemo, p: number, oldP: number, delta: number): QuoteSpanMemo {
    const spans = this.spans();
    const oldStart = old.paragraphs[oldP].start;
    const firstOld = firstStartingFrom(old.spans, oldStart);
    let k = spans.length;
    spans.length = k + old.spans.length - firstOld;
    for (let j = firstOld; j < old.spans.length; j++) spans[k++] = moveQuoteSpan(old.spans[j], delta);
    this.runOnInto.set(old.runOnInto.subarray(oldP), p);
    return { paragraphs: this.paragraphs, spans, runOnInto: this.runOnInto };
  }

  private innermost(family: MarkFamily): OpenQuote | undefined {
    const list = this.byFamily[family];
    return list[list.length - 1];
  }

  private push(start: number, family: MarkFamily, closers: string): void {
    const quote = { start, family, closers, depth: this.stack.length + (this.turn ? 1 : 0), slot: this.slots.length };
    this.stack.push(quote);
    this.byFamily[family].push(quote);
    this.slots.push(undefined);
  }

  private pop(): OpenQuote {
    const quote = this.stack.pop() as OpenQuote;
    this.byFamily[quote.family].pop();
    return quote;
  }

  /** Close the innermost quote of `family` at `end`; quotes opened inside it and never closed are dropped. */
  private close(family: MarkFamily, end: number, closed: boolean): void {
    for (;;) {
      const quote = this.pop();
      if (quote.family !== family) continue;
      const last = closed ? end : trimmedEnd(this.text, quote.start, end);
      this.slots[quote.slot] = { start: quote.start, end: last, depth: quote.depth, closed };
      return;
    }
  }

  private clear(): void {
    while (this.stack.length) this.pop();
  }

  private endParagraph(p: number): void {
    const { text, stack } = this;
    const { end } = this.paragraphs[p];
    while (stack.length > 1) this.pop();
    const outer = stack[0];
    if (this.turn) {
      // A turn ends with its paragraph, and so does a quote left open in it.
      if (outer?.family === 'single') this.clear();
      else if (outer) this.close(outer.family, end, false);
      const { slot, label, from } = this.turn;
      this.slots[slot] = { start: from, end: trimmedEnd(text, from, end), depth: 0, closed: true, label };
      this.turn = undefined;
      return;
    }
    if (!outer) return;
    if (outer.family === 'single' || isStageDirection(text, this.paragraphs[p])) {
      this.clear();
      return;
    }
    const next = this.paragraphs[p + 1];
    const nextRole = next ? markAt(text, next.start, { closersOf: () => undefined }) : null;
    const runsOn =
      nextRole !== null && nextRole.role !== 'close' && nextRole.family === outer.family && !opensWithSpeakerLabel(text, next) && !isStageDirection(text, next);
    if (!runsOn) this.close(outer.family, end, false);
  }
}

/** "PENCE: …" after the mark: a transcript turns to a new speaker, so the quote before it does not run on. */
function opensWithSpeakerLabel(text: string, paragraph: Span): boolean {
  return /^.{1,2}\p{Lu}[\p{Lu}.'’ -]*\p{Lu}:\s/u.test(text.slice(paragraph.start, paragraph.start + 40));
}

/**
 * "(CROSSTALK.)", "(APPLAUSE)": a transcript's note of what happened, a paragraph of capitals in
 * brackets after its mark. Nobody says it, and the quote before it does not run on into it.
 */
function isStageDirection(text: string, paragraph: Span): boolean {
  return /^\s*["“”]?\(\p{Lu}[\p{Lu} ,.'’-]*\)\W*$/u.test(text.slice(paragraph.start, Math.min(paragraph.end, paragraph.start + 60)));
}

function trimmedEnd(text: string, start: number, end: number): number {
  while (end > start + 1 && /\s/.test(text[end - 1])) end--;
  return end;
}

/** How long a line of hard-wrapped prose is: books and plain-text mail wrap at 60 to 80 columns. */
const WRAPPED_LINE = { min: 55, max: 90 };
/** How near a blank line must follow for the text to be read as wrapped paragraphs that blank lines end. */
const WRAPPED_PARAGRAPH_REACH = 3000;
/** Lines that open a structure of their own (Markdown headings, lists, quotes and tables), never a wrapped line's continuation. */
const OPENS_BLOCK = /^\s*(?:[#>|*+-]|\d+[.)]\s)/;

/**
 * Paragraphs for the quote scan from the analysis units: units cut from one over-long line are
 * joined again, because only a line break ends a paragraph; and so are units cut where a line of
 * hard-wrapped prose happened to end a sentence ("…the ordeal.⏎But you look weary."), in text
 * whose paragraphs blank lines end. A short line, or text without blank lines nearby (news with
 * one paragraph on each line), keeps line breaks as paragraph ends.
 */
export function paragraphsOf(text: string, units: readonly Span[]): Span[] {
  const paragraphs: Span[] = [];
  const blankLines = new BlankLines(text);
  for (const unit of units) {
    const last = paragraphs[paragraphs.length - 1];
    if (last && (!hasLineBreak(text, last.end, unit.start) || continuesWrappedLine(text, last.end, unit.start, blankLines))) {
      paragraphs[paragraphs.length - 1] = { start: last.start, end: unit.end };
    } else paragraphs.push(unit); // read only as a span; not copied, as a book has thousands
  }
  return paragraphs;
}

/** Whether the unit at `next` goes on the wrapped line that ends at `end`: one line break between, a line of wrapping width before, and a blank line not far on. */
function continuesWrappedLine(text: string, end: number, next: number, blankLines: BlankLines): boolean {
  let breaks = 0;
  for (let i = end; i < next; i++) if (text.charCodeAt(i) === 0x0a) breaks++;
  if (breaks !== 1) return false;
  const length = end - (text.lastIndexOf('\n', end - 1) + 1);
  if (length < WRAPPED_LINE.min || length > WRAPPED_LINE.max || OPENS_BLOCK.test(text.slice(next, next + 4))) return false;
  return blankLines.firstFrom(next) - next <= WRAPPED_PARAGRAPH_REACH;
}

/** The blank lines of a text, asked for in increasing positions: each search starts where the last one found, so all of them cost one pass. */
class BlankLines {
  /** The last blank line found by each way of writing one, Unix and Windows line ends. */
  private readonly found = new Map<string, number>([
    ['\n\n', -1],
    ['\r\n\r\n', -1],
  ]);

  constructor(private readonly text: string) {}

  /** Where the first blank line at or after `position` starts (a line break followed by another), or Infinity. */
  firstFrom(position: number): number {
    let first = Infinity;
    for (const [mark, at] of this.found) {
      let next = at;
      if (at !== Infinity && at < position) {
        const index = this.text.indexOf(mark, position);
        next = index < 0 ? Infinity : index;
        this.found.set(mark, next);
      }
      first = Math.min(first, next);
    }
    return first;
  }
}

/** Whether text[start, end) holds a \r or \n; read in place, as this runs between every two units of a book. */
function hasLineBreak(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0a || code === 0x0d) return true;
  }
  return false;
}
