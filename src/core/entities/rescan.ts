import type { EntityKind, Span } from '../model';
import { isCommonWord } from './words';

/** A surface form known in the document, looked for everywhere in it. */
export interface KnownName {
  readonly text: string;
  readonly kind: EntityKind;
}

export interface Occurrence extends Span {
  readonly text: string;
  readonly kind: EntityKind;
}

/**
 * Every occurrence of the known names in the text that no found mention already covers: a name
 * recognised once is recognised everywhere. Matching is exact except in lines written in capitals,
 * where case says nothing. A name that is also an ordinary word ("He", of He Lifeng) is taken only
 * where a sentence does not start with it, since there its capital would be the sentence's.
 */
export function findOccurrences(text: string, names: readonly KnownName[], covered: readonly Span[]): Occurrence[] {
  if (names.length === 0) return [];
  const byLower = new Map<string, KnownName>();
  for (const name of names) if (!byLower.has(name.text.toLowerCase())) byLower.set(name.text.toLowerCase(), name);
  const alternatives = [...byLower.values()]
    .map((n) => n.text)
    .sort((a, b) => b.length - a.length)
    .map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  const sorted = [...covered].sort((a, b) => a.start - b.start);
  const occurrences: Occurrence[] = [];
  let cover = 0;
  for (const match of text.matchAll(pattern)) {
    const start = match.index;
    const end = start + match[0].length;
    while (cover < sorted.length && sorted[cover].end <= start) cover++;
    if (cover < sorted.length && sorted[cover].start < end) continue;
    const name = byLower.get(match[0].toLowerCase());
    if (!name) continue;
    if (match[0] !== name.text && !(match[0] === match[0].toUpperCase() && inCapsLine(text, start))) continue;
    if (isCommonWord(name.text.toLowerCase()) && startsSentence(text, start)) continue;
    occurrences.push({ start, end, text: match[0], kind: name.kind });
  }
  return occurrences;
}

/** Nothing but space and opening marks lies between the position and a sentence end or line start. */
function startsSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && /[\s“"‘'«(\[{—–-]/.test(text[i]) && text[i] !== '\n') i--;
  return i < 0 || text[i] === '\n' || /[.!?:]/.test(text[i]);
}

/** The line holding the position is written in capitals. */
function inCapsLine(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at) + 1;
  let end = text.indexOf('\n', at);
  if (end < 0) end = text.length;
  const line = text.slice(start, end);
  const letters = line.replace(/[^\p{L}]/gu, '');
  const upper = letters.replace(/[^\p{Lu}]/gu, '');
  return letters.length >= 4 && upper.length / letters.length >= 0.8;
}
