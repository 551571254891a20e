import type { Span } from './model';

// The span toolkit: searching lists of spans kept in document order, telling whether spans
// overlap, and moving what holds offsets by a shift. Every binary search and overlap test of the
// code base is one of these, so each is written (and tested) once.

/** The number of leading items for which `before` holds; it must hold for a prefix only. A binary search. */
export function countWhile<T>(items: readonly T[], before: (item: T) => boolean): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (before(items[middle])) low = middle + 1;
    else high = middle;
  }
  return low;
}

// The searches below are countWhile over `start` or `end`, written out: they run inside the
// pipeline's inner loops, where a call through a predicate for each step is measurable.

/** The index of the first span starting at or after `position`, in spans sorted by start; the length if none. */
export function firstStartingFrom(spans: readonly Span[], position: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (spans[middle].start < position) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The index of the last span starting before `position`, in spans sorted by start; -1 if none. */
export function lastStartingBefore(spans: readonly Span[], position: number): number {
  return firstStartingFrom(spans, position) - 1;
}

/** The index of the first span ending after `offset`, in sorted spans that do not overlap; the length if none. */
export function firstEndingAfter(spans: readonly Span[], offset: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (spans[middle].end <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The index of the span containing `position` (its end excluded), in sorted spans that do not overlap; -1 if none. */
export function spanIndexAt(spans: readonly Span[], position: number): number {
  const index = firstEndingAfter(spans, position);
  return index < spans.length && spans[index].start <= position ? index : -1;
}

/** Whether two spans share at least one character. */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Whether `span` shares a character with any of `spans`, which are sorted and do not overlap each other. */
export function overlapsAny(spans: readonly Span[], span: Span): boolean {
  const first = firstEndingAfter(spans, span.start);
  return first < spans.length && spans[first].start < span.end;
}

/** The spans that overlap [start, end), from spans sorted by start that do not overlap each other. */
export function spansWithin<T extends Span>(spans: readonly T[], start: number, end: number): readonly T[] {
  const first = firstEndingAfter(spans, start);
  const last = firstStartingFrom(spans, end);
  return spans.slice(first, Math.max(first, last));
}

/** `span` moved by `shift`: the fast move of a plain span, for lists of thousands (paragraphs, sentences). */
export function shiftSpan(span: Span, shift: number): Span {
  return shift === 0 ? span : { start: span.start + shift, end: span.end + shift };
}

/** Whether `after` is `before` moved by `shift`: the fast comparison of plain spans. */
export function isShiftedSpan(before: Span, after: Span, shift: number): boolean {
  return after.start === before.start + shift && after.end === before.end + shift;
}

/**
 * A copy of `value` with every `start` and `end` in it, however deep, moved by `shift`. The
 * generic move: each type that moves often has a faster one of its own beside it, which a
 * property test holds equal to this.
 */
export function movedBy<T>(value: T, shift: number): T {
  if (shift === 0 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item: unknown) => movedBy(item, shift)) as T;
  const copy = { ...value } as Record<string, unknown>;
  for (const key in copy) {
    const field = copy[key];
    if (typeof field === 'number') {
      if (key === 'start' || key === 'end') copy[key] = field + shift;
    } else if (field !== null && typeof field === 'object') copy[key] = movedBy(field, shift);
  }
  return copy as T;
}

/** Whether `after` equals movedBy(`before`, `shift`), fields named in `skipped` aside (at the top level only). */
export function isMovedCopy(before: unknown, after: unknown, shift: number, skipped?: ReadonlySet<string>): boolean {
  if (before === after && shift === 0) return true;
  if (typeof before !== 'object' || typeof after !== 'object' || before === null || after === null) return before === after;
  if (Array.isArray(before) !== Array.isArray(after)) return false;
  if (Array.isArray(before)) {
    const list = after as unknown[];
    if (before.length !== list.length) return false;
    for (let i = 0; i < before.length; i++) if (!isMovedCopy(before[i], list[i], shift)) return false;
    return true;
  }
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  let keys = 0;
  for (const key in a) {
    if (skipped?.has(key)) continue;
    keys++;
    const value = a[key];
    const other = b[key];
    if (typeof value === 'number' && (key === 'start' || key === 'end')) {
      if (other !== value + shift) return false;
    } else if (value === other) {
      if (value === undefined && !(key in b)) return false;
      if (shift !== 0 && value !== null && typeof value === 'object' && !isMovedCopy(value, other, shift)) return false;
    } else if (!isMovedCopy(value, other, shift)) return false;
  }
  for (const key in b) if (!skipped?.has(key)) keys--;
  return keys === 0;
}
