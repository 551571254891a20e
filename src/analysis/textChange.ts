/** One contiguous change to a text: the code units [start, end) of the old text became `inserted`. */
export interface TextChange {
  readonly start: number;
  readonly end: number;
  readonly inserted: string;
}

/**
 * The smallest single change that turns `before` into `after`: what lies between their common
 * prefix and their common suffix. Between two versions of a book it takes well under a
 * millisecond, where posting the whole text to another thread would copy megabytes.
 */
export function findChange(before: string, after: string): TextChange {
  const start = commonPrefix(before, after);
  const suffix = commonSuffix(before, after, Math.min(before.length, after.length) - start);
  return { start, end: before.length - suffix, inserted: after.slice(start, after.length - suffix) };
}

export function applyChange(text: string, change: TextChange): string {
  return text.slice(0, change.start) + change.inserted + text.slice(change.end);
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
