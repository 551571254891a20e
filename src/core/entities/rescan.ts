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

/** A run of letters, combining marks and digits: names are looked up by their first word. */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

interface IndexedName extends KnownName {
  readonly lower: string;
}

/**
 * Every occurrence of the known names in the text that no found mention already covers: a name
 * recognised once is recognised everywhere. Matching is exact except in lines written in capitals,
 * where case says nothing. A name that is also an ordinary word ("He", of He Lifeng) is taken only
 * where a sentence does not start with it, since there its capital would be the sentence's.
 *
 * The text is read once, word by word; at each word only the names that start with it are tried,
 * so the pass stays linear in the text however many names the document has. A name ends where a
 * word does: "Kremlin" is found in "pro-Kremlin" and "Trump’s", not in "Kremlinology".
 */
export function findOccurrences(text: string, names: readonly KnownName[], covered: readonly Span[]): Occurrence[] {
  const byFirstWord = indexByFirstWord(names);
  if (byFirstWord.size === 0) return [];
  const sorted = [...covered].sort((a, b) => a.start - b.start);
  const occurrences: Occurrence[] = [];
  const word = new RegExp(WORD.source, 'gu');
  let cover = 0;
  for (let match = word.exec(text); match; match = word.exec(text)) {
    const tried = byFirstWord.get(match[0].toLowerCase());
    if (!tried) continue;
    const start = match.index;
    for (const name of tried) {
      const end = start + name.lower.length;
      const written = text.slice(start, end);
      if (written.toLowerCase() !== name.lower || WORD_CHAR.test(text[end] ?? '')) continue;
      while (cover < sorted.length && sorted[cover].end <= start) cover++;
      if (cover < sorted.length && sorted[cover].start < end) break;
      if (written !== name.text && !(written === written.toUpperCase() && inCapsLine(text, start))) continue;
      if (isCommonWord(name.lower) && startsSentence(text, start)) continue;
      occurrences.push({ start, end, text: written, kind: name.kind });
      word.lastIndex = end;
      break;
    }
  }
  return occurrences;
}

/** Names by the lower case of their first word, longest first; the first spelling of each wins. */
function indexByFirstWord(names: readonly KnownName[]): Map<string, IndexedName[]> {
  const index = new Map<string, IndexedName[]>();
  const seen = new Set<string>();
  for (const name of names) {
    const lower = name.text.toLowerCase();
    const words = lower.match(WORD);
    if (!words || seen.has(lower)) continue;
    seen.add(lower);
    let list = index.get(words[0]);
    if (!list) index.set(words[0], (list = []));
    list.push({ ...name, lower });
  }
  for (const list of index.values()) list.sort((a, b) => b.lower.length - a.lower.length);
  return index;
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
