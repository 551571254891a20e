import type { Span } from '../model/model';

/**
 * Where two versions of a text differ: [start, oldEnd) of the old text became [start, newEnd) of
 * the new one; before `start` and after the ends the two are the same.
 */
export interface TextChange {
  readonly start: number;
  readonly oldEnd: number;
  readonly newEnd: number;
}

/**
 * The new text, from the old one and what the change put in its place: another thread holding the
 * old text is sent the change and `inserted` instead of a book's whole text.
 */
export function applyChange(before: string, change: TextChange, inserted: string): string {
  return before.slice(0, change.start) + inserted + before.slice(change.oldEnd);
}

/** How much the old text after the change moved. */
export function shiftOf(change: TextChange): number {
  return change.newEnd - change.oldEnd;
}

/**
 * The smallest single change that turns `before` into `after`: what lies between their common
 * prefix and their common suffix. Between two versions of a book it takes well under a
 * millisecond.
 */
export function changeBetween(before: string, after: string): TextChange {
  const start = commonPrefix(before, after);
  const same = commonSuffix(before, after, Math.min(before.length, after.length) - start);
  return { start, oldEnd: before.length - same, newEnd: after.length - same };
}

/**
 * The length of the common prefix, found by comparing ever smaller slices (binary search): a few
 * dozen native string comparisons instead of one JavaScript step per character.
 */
function commonPrefix(a: string, b: string): number {
  let same = 0;
  let limit = Math.min(a.length, b.length);
  while (same < limit) {
    const middle = same + Math.ceil((limit - same) / 2);
    if (a.slice(same, middle) === b.slice(same, middle)) same = middle;
    else limit = middle - 1;
  }
  return same;
}

/** The length of the common suffix, at most `limit` (so that it never overlaps the prefix). */
function commonSuffix(a: string, b: string, limit: number): number {
  let same = 0;
  while (same < limit) {
    const middle = same + Math.ceil((limit - same) / 2);
    if (a.slice(a.length - middle, a.length - same) === b.slice(b.length - middle, b.length - same)) same = middle;
    else limit = middle - 1;
  }
  return same;
}

/** Whether the new span is the old one, moved as the change moved the text around it. */
export function isMovedSpan(change: TextChange, before: Span, after: Span): boolean {
  if (before.end <= change.start && before.start < change.start) return after.start === before.start && after.end === before.end;
  if (before.start >= change.oldEnd) {
    const delta = shiftOf(change);
    return after.start === before.start + delta && after.end === before.end + delta;
  }
  return false;
}
