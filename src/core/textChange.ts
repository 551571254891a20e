import type { Span } from './model';

/**
 * Where two versions of a text differ: [start, oldEnd) of the old text became [start, newEnd) of
 * the new one; before `start` and after the ends the two are the same.
 */
export interface TextChange {
  readonly start: number;
  readonly oldEnd: number;
  readonly newEnd: number;
}

/** How much the old text after the change moved. */
export function shiftOf(change: TextChange): number {
  return change.newEnd - change.oldEnd;
}

/** Strings compared a chunk at a time: a flat compare of a few kilobytes is far cheaper than a loop over its characters. */
const CHUNK = 4096;

/** The smallest change that turns `before` into `after`. */
export function changeBetween(before: string, after: string): TextChange {
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (start + CHUNK <= shorter && before.slice(start, start + CHUNK) === after.slice(start, start + CHUNK)) start += CHUNK;
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  // The common end may not reach into the common start.
  const room = shorter - start;
  let same = 0;
  while (same + CHUNK <= room && before.slice(before.length - same - CHUNK, before.length - same) === after.slice(after.length - same - CHUNK, after.length - same)) same += CHUNK;
  while (same < room && before.charCodeAt(before.length - same - 1) === after.charCodeAt(after.length - same - 1)) same++;
  return { start, oldEnd: before.length - same, newEnd: after.length - same };
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
