// Corrections: what a reader teaches Dossier about names it got wrong, and the text each is
// anchored by. They are an input of the analysis, applied by applyCorrections as a pure pass over
// an Analysis, so the editor and the CLI get the same result.
//
// A correction is anchored by text, never by position: by the name (for entity corrections) or by
// the quote's text (for speakers). It therefore survives edits elsewhere in the document, and
// applies to every document that contains the name.

import type { EntityKind, Span } from '../model/model';

export type Correction =
  /** Every occurrence of `name` is a mention of an entity of this kind. */
  | { readonly action: 'markAs'; readonly name: string; readonly kind: EntityKind }
  /** `name` is not an entity: its mentions are dropped. */
  | { readonly action: 'notEntity'; readonly name: string }
  /** `name` is another name of the entity called `into`: its mentions join that entity. */
  | { readonly action: 'merge'; readonly name: string; readonly into: string }
  /** The quote with this text was said by `speaker` (a name), or by nobody when null. */
  | { readonly action: 'setSpeaker'; readonly quote: string; readonly speaker: string | null };

export type CorrectionAction = Correction['action'];

/** The text a correction is anchored by: a name, or a quote. */
export function anchorOf(correction: Correction): string {
  return correction.action === 'setSpeaker' ? correction.quote : correction.name;
}

/**
 * The list after adding `correction`. A later correction of the same anchor replaces the earlier
 * ones (marking a name as a place after marking it as a person leaves one correction), so the
 * file stays short and says one thing per name.
 */
export function withCorrection(list: readonly Correction[], correction: Correction): Correction[] {
  const key = anchorKey(correction);
  return [...list.filter((c) => anchorKey(c) !== key), correction];
}

function anchorKey(correction: Correction): string {
  return `${correction.action === 'setSpeaker' ? 'quote' : 'name'}\u0000${normalizeSpace(anchorOf(correction))}`;
}

/** Whitespace runs as one space, trimmed: a name or quote may wrap over lines. */
export function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Which corrections have their anchor in `text`: the name as a whole word, or the quote's text.
 * A correction anchored in none of a workspace's documents is an orphan.
 */
export function anchoredIn(text: string, corrections: readonly Correction[]): boolean[] {
  let flatText: string | undefined;
  return corrections.map((c) => {
    if (c.action !== 'setSpeaker') return occurrences(text, c.name).length > 0;
    flatText ??= normalizeSpace(text);
    return flatText.includes(normalizeSpace(c.quote));
  });
}

/** Whole-word occurrences of a name in the text; whitespace in the name matches any whitespace run. */
export function occurrences(text: string, name: string): Span[] {
  const words = normalizeSpace(name);
  if (!words) return [];
  const pattern = words.split(' ').map(escapeRegExp).join('\\s+');
  const matcher = new RegExp(`(?<![\\p{L}\\p{N}])${pattern}(?![\\p{L}\\p{N}])`, 'gu');
  return [...text.matchAll(matcher)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
