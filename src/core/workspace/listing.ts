// Which of a kind's entities the Workspace view lists: a folder of ten thousand articles has tens
// of thousands of names, and handing the view every one at each update of the index stalls the
// editor. The view lists the first (the index puts the most named first) and counts the rest.
export interface Listing<T> {
  readonly shown: readonly T[];
  /** How many are left out. */
  readonly more: number;
}

/** The first `max` entities, and `revealedId` after them when it is one of the others (a hover's link to it). */
export function listing<T extends { readonly id: string }>(entities: readonly T[], max: number, revealedId?: string): Listing<T> {
  const shown = entities.slice(0, max);
  const revealed = revealedId === undefined ? undefined : entities.find((e, rank) => rank >= max && e.id === revealedId);
  if (revealed) shown.push(revealed);
  return { shown, more: entities.length - shown.length };
}
