import { changeBetween, type TextChange } from '../core/pipeline/textChange';

/**
 * A change as the host posts it to the worker: the code units [start, end) of the worker's copy
 * became `inserted`. Posting this instead of a book's whole text saves copying megabytes.
 */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly inserted: string;
}

/** The edit that turns `before` into `after`, found as the smallest single change between them. */
export function findChange(before: string, after: string): TextEdit {
  const { start, oldEnd, newEnd } = changeBetween(before, after);
  return { start, end: oldEnd, inserted: after.slice(start, newEnd) };
}

export function applyChange(text: string, change: TextEdit): string {
  return text.slice(0, change.start) + change.inserted + text.slice(change.end);
}

/** The edit as the core describes a change; an edit from findChange is the smallest, so this is changeBetween's answer. */
export function textChangeOf(edit: TextEdit): TextChange {
  return { start: edit.start, oldEnd: edit.end, newEnd: edit.start + edit.inserted.length };
}
