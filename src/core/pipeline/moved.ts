import type { TextChange } from './textChange';

/**
 * Whether two lists, from the versions of a text before and after `change`, hold the same items
 * but for the move (`same` decides for one pair).
 */
export function sameMoved<T>(before: readonly T[], after: readonly T[], change: TextChange, same: (change: TextChange, before: T, after: T) => boolean): boolean {
  if (before.length !== after.length) return false;
  for (let k = 0; k < before.length; k++) if (!same(change, before[k], after[k])) return false;
  return true;
}
