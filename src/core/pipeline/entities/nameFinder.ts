import type { EntityKind, Span } from '../../model/model';
import { firstStartingFrom } from '../../model/spans';
import { isMovedSpan, shiftOf, type TextChange } from '../textChange';
import { SPEECH_VERBS } from './lexicon';
import { isClosedClassWord, isCommonWord } from './words';

/** A surface form known in the document, looked for everywhere in it. */
export interface KnownName {
  readonly text: string;
  readonly kind: EntityKind;
  /**
   * An ordinary word that the document never writes in lower case ("Fanny" in Mansfield Park,
   * never "fanny"): the name is taken where a sentence starts with it too.
   */
  readonly opensSentences?: boolean;
}

export interface Occurrence extends Span {
  readonly text: string;
  readonly kind: EntityKind;
}

/** `occurrence` moved by `shift`: the fast move of a book's thousands, held equal to movedBy by a property test. */
export function moveOccurrence(occurrence: Occurrence, shift: number): Occurrence {
  return { start: occurrence.start + shift, end: occurrence.end + shift, text: occurrence.text, kind: occurrence.kind };
}

/** Whether `after` is `before` moved as the change moved the text around it; held equal to the generic comparison by a property test. */
export function isMovedOccurrence(change: TextChange, before: Occurrence, after: Occurrence): boolean {
  return isMovedSpan(change, before, after) && before.text === after.text && before.kind === after.kind;
}

/** A run of letters, combining marks and digits: names are looked up by their first word. */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

interface IndexedName extends KnownName {
  readonly lower: string;
}

/**
 * Finds every occurrence of the known names in the text that no found mention already covers: a name
 * recognised once is recognised everywhere. Matching is exact except in lines written in capitals,
 * where case says nothing. A name that is also an ordinary word ("He", of He Lifeng) is taken only
 * where a sentence does not start with it, since there its capital would be the sentence's, or
 * for a person, where a reporting verb follows it ("Hill said", after "Adrian Hill"; not a
 * pronoun: "He said" is not He Lanqing), or where the document never writes the word in lower
 * case (`opensSentences`).
 *
 * The text is read once, word by word; at each word only the names that start with it are tried,
 * so the pass stays linear in the text however many names the document has. A name ends where a
 * word does: "Kremlin" is found in "pro-Kremlin" and "Trump’s", not in "Kremlinology".
 *
 * The known names are indexed for the scan once, and kept while the names stay the same.
 */
export class NameFinder {
  private readonly byFirstWord: Map<string, IndexedName[]>;
  private readonly asciiFirstWords: AsciiFirstWords;
  /** The longest name: how far past its first word a match reads. */
  private readonly longest: number;

  constructor(names: readonly KnownName[]) {
    this.byFirstWord = indexByFirstWord(names);
    this.asciiFirstWords = new AsciiFirstWords(this.byFirstWord);
    let longest = 0;
    for (const list of this.byFirstWord.values()) for (const name of list) longest = Math.max(longest, name.lower.length);
    this.longest = longest;
  }

  /** The occurrences in the whole text. */
  find(text: string, covered: readonly Span[]): Occurrence[] {
    const occurrences: Occurrence[] = [];
    if (this.byFirstWord.size > 0) this.scan(text, sortedSpans(covered), new WordScanner(text), Infinity, occurrences);
    return occurrences;
  }

  /**
   * The occurrences in the text after `change`, given those of the text before it (`previous`)
   * and `covered` spans that moved with the change. Whether a name is taken at a word depends on
   * the text from the start of the line before it to the name's end, so only the lines near the
   * change are read again; the scan joins the old one at a line start after the change that no
   * occurrence, old or new, runs over.
   */
  findAfterChange(text: string, covered: readonly Span[], previous: readonly Occurrence[], change: TextChange): Occurrence[] {
    if (this.byFirstWord.size === 0) return [];
    const delta = shiftOf(change);
    // A word starting before this line start reads at most `longest` + 1 characters, all before the change.
    // (lastIndexOf reads a negative position as 0, where a text's opening line break would wrongly count.)
    const lookBack = change.start - this.longest - 2;
    const from = lookBack < 0 ? 0 : text.lastIndexOf('\n', lookBack) + 1;
    const occurrences: Occurrence[] = previous.slice(0, firstStartingFrom(previous, from));
    let old = occurrences.length;
    const words = new WordScanner(text);
    words.resumeAt(Math.max(from, occurrences[occurrences.length - 1]?.end ?? 0));
    const sorted = sortedSpans(covered);
    // Whether a name opens a sentence at a line's start depends on the line before it (startsSentence):
    // the line after the change's is read again too.
    let until = lineStartAfter(text, lineStartAfter(text, change.newEnd));
    for (;;) {
      this.scan(text, sorted, words, until, occurrences);
      if (until >= text.length) return occurrences;
      while (old < previous.length && previous[old].end <= until - delta) old++;
      const oldRunsOver = old < previous.length && previous[old].start < until - delta;
      // The scanner is past `until` only when a new occurrence runs over it.
      if (!oldRunsOver && words.position <= until) break;
      until = lineStartAfter(text, Math.max(until, words.position, oldRunsOver ? previous[old].end + delta : 0));
    }
    for (; old < previous.length; old++) occurrences.push(moveOccurrence(previous[old], delta));
    return occurrences;
  }

  /** Scans words from where `words` is, until one starts at or after `until`, adding what it finds. */
  private scan(text: string, sorted: readonly Span[], words: WordScanner, until: number, occurrences: Occurrence[]): void {
    const { byFirstWord, asciiFirstWords } = this;
    let cover = 0;
    while (words.next(until)) {
      // An ASCII word can only be one of the ASCII first words, and those it can be compared with
      // in place: over a whole book, a lower-case string per word was most of this pass.
      const tried = words.ascii ? asciiFirstWords.namesAt(text, words) : byFirstWord.get(text.slice(words.start, words.end).toLowerCase());
      if (!tried) continue;
      const start = words.start;
      for (const name of tried) {
        const end = start + name.lower.length;
        if (isWordUnit(text, end, words.wordChars) || !lowerCaseMatchesAt(text, start, name.lower)) continue;
        const written = text.slice(start, end);
        while (cover < sorted.length && sorted[cover].end <= start) cover++;
        if (cover < sorted.length && sorted[cover].start < end) break;
        if (written !== name.text && !(isUpperCase(written) && inCapsLine(text, start))) continue;
        if (isCommonWord(name.lower) && !name.opensSentences && startsSentence(text, start) && !(name.kind === 'person' && !isClosedClassWord(name.lower) && speaksNext(text, end))) continue;
        occurrences.push({ start, end, text: written, kind: name.kind });
        words.resumeAt(end);
        break;
      }
    }
  }
}

/**
 * Whether the text between `from` and `to` writes the word (lower case, one word) in lower case as
 * a word of its own: "fanny" is no word of "Fanny's" or "fannys".
 */
export function isWrittenInLowerCase(text: string, lower: string, from = 0, to = text.length): boolean {
  // A window is searched in a copy of it (with a character either side, for the word's edges):
  // indexOf on the whole text would read on to its end wherever the word is not written.
  const start = Math.max(0, from - 1);
  const end = Math.min(text.length, to + 1);
  const window = start === 0 && end === text.length ? text : text.slice(start, end);
  for (let at = window.indexOf(lower); at >= 0; at = window.indexOf(lower, at + 1)) {
    if (start + at < from || start + at + lower.length > to) continue;
    if (!WORD_CHAR.test(window[at - 1] ?? ' ') && !WORD_CHAR.test(window[at + lower.length] ?? ' ')) return true;
  }
  return false;
}

/** "Hill said": a reporting verb right after the name, which makes a known person of an ordinary word at a sentence's start. */
function speaksNext(text: string, end: number): boolean {
  const next = /^ +(\p{Ll}+)/u.exec(text.slice(end, end + 20));
  return next !== null && SPEECH_VERBS.has(next[1]);
}

function sortedSpans(spans: readonly Span[]): Span[] {
  return [...spans].sort((a, b) => a.start - b.start);
}

/** The start of the line after the one holding `position`, or the text's end. */
function lineStartAfter(text: string, position: number): number {
  const newline = text.indexOf('\n', position);
  return newline < 0 ? text.length : newline + 1;
}

/**
 * Reads the text's words (runs of WORD_CHAR) one after another, as `WORD` would with `exec`, but
 * without building a string per word: over a whole book the regular expression and the strings
 * were most of this pass. ASCII is classified by char code; other code points go through
 * WORD_CHAR once each and are remembered for the rest of the scan.
 */
class WordScanner {
  start = 0;
  end = 0;
  /** The word is all ASCII, and `hash` is asciiLowerHash of it. */
  ascii = true;
  hash = 0;
  readonly wordChars = new Map<number, boolean>();
  private at = 0;

  constructor(private readonly text: string) {}

  /** Where the scan goes on from. */
  get position(): number {
    return this.at;
  }

  /** Moves to the next word; false at the end of the text, or when the next word starts at or after `until`. */
  next(until = Infinity): boolean {
    const { text } = this;
    let i = this.at;
    for (; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code < 128 ? isAsciiWordCode(code) : isWordChar(text, i, this.wordChars)) break;
      if (code >= 128) i += codePointLength(text, i) - 1;
    }
    if (i >= text.length || i >= until) return false;
    this.start = i;
    let ascii = true;
    let hash = 0;
    for (; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code < 128) {
        if (!isAsciiWordCode(code)) break;
        hash = nextHash(hash, code);
      } else {
        if (!isWordChar(text, i, this.wordChars)) break;
        ascii = false;
        i += codePointLength(text, i) - 1;
      }
    }
    this.end = this.at = i;
    this.ascii = ascii;
    this.hash = hash;
    return true;
  }

  /** Continue after a name that ends at `position`, as setting `lastIndex` would. */
  resumeAt(position: number): void {
    this.at = position;
  }
}

/** The code point at `i` is a letter, combining mark or digit, as WORD_CHAR says. */
function isWordChar(text: string, i: number, known: Map<number, boolean>): boolean {
  if (i >= text.length) return false;
  const code = text.charCodeAt(i);
  if (code < 128) return isAsciiWordCode(code);
  const point = text.codePointAt(i) as number;
  let is = known.get(point);
  if (is === undefined) known.set(point, (is = WORD_CHAR.test(String.fromCodePoint(point))));
  return is;
}

/** The code unit at `i` on its own is a WORD_CHAR: half a surrogate pair is not. */
function isWordUnit(text: string, i: number, known: Map<number, boolean>): boolean {
  const code = text.charCodeAt(i);
  return !(code >= 0xd800 && code <= 0xdfff) && isWordChar(text, i, known);
}

function isAsciiWordCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

interface HashedFirstWord {
  readonly first: string;
  readonly names: IndexedName[];
}

/**
 * The ASCII first words in a table indexed by the low bits of asciiLowerHash, so an ASCII word of
 * the text is looked up without a string, and with an array read rather than a Map look-up.
 */
class AsciiFirstWords {
  private readonly buckets: (HashedFirstWord[] | undefined)[];
  private readonly mask: number;

  constructor(byFirstWord: Map<string, IndexedName[]>) {
    let size = 16;
    while (size < byFirstWord.size * 4) size *= 2;
    this.mask = size - 1;
    this.buckets = new Array<HashedFirstWord[] | undefined>(size).fill(undefined);
    for (const [first, names] of byFirstWord) {
      if (!isAscii(first)) continue;
      const slot = asciiLowerHash(first, 0, first.length) & this.mask;
      (this.buckets[slot] ??= []).push({ first, names });
    }
  }

  /** byFirstWord.get(word.toLowerCase()) for the scanner's current word, which is ASCII, so lower-casing keeps its length. */
  namesAt(text: string, word: WordScanner): IndexedName[] | undefined {
    const bucket = this.buckets[word.hash & this.mask];
    if (!bucket) return undefined;
    const length = word.end - word.start;
    for (const { first, names } of bucket) if (first.length === length && lowerCaseMatchesAt(text, word.start, first)) return names;
    return undefined;
  }
}

function codePointLength(text: string, i: number): number {
  const code = text.charCodeAt(i);
  return code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
}

function nextHash(hash: number, asciiCode: number): number {
  const lower = asciiCode >= 65 && asciiCode <= 90 ? asciiCode + 32 : asciiCode;
  return (Math.imul(hash, 31) + lower) | 0;
}

/** A hash of the lower case of text[start, end), which must be ASCII. */
function asciiLowerHash(text: string, start: number, end: number): number {
  let hash = 0;
  for (let i = start; i < end; i++) hash = nextHash(hash, text.charCodeAt(i));
  return hash;
}

/** `value === value.toUpperCase()`, settled without a copy when an ASCII lower-case letter shows it is not. */
function isUpperCase(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code >= 97 && code <= 122) return false;
  }
  return value === value.toUpperCase();
}

function isAscii(value: string): boolean {
  for (let i = 0; i < value.length; i++) if (value.charCodeAt(i) >= 128) return false;
  return true;
}

/**
 * `text.slice(start, start + lower.length).toLowerCase() === lower`, without building strings
 * while the text is ASCII: an ASCII character lower-cases to one ASCII character on its own, so
 * the first mismatch there decides. Past the first other character, the exact comparison.
 */
function lowerCaseMatchesAt(text: string, start: number, lower: string): boolean {
  if (start + lower.length > text.length) return text.slice(start, start + lower.length).toLowerCase() === lower;
  for (let k = 0; k < lower.length; k++) {
    const code = text.charCodeAt(start + k);
    if (code >= 128) return text.slice(start, start + lower.length).toLowerCase() === lower;
    if ((code >= 65 && code <= 90 ? code + 32 : code) !== lower.charCodeAt(k)) return false;
  }
  return true;
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

/** A line at least this long that ends without a sentence's end is a paragraph wrapped at a fixed width. */
const WRAPPED_LINE = 40;

/**
 * Nothing but space and opening marks lies between the position and a sentence's end, a line
 * break after a short line (a heading, a line of chat or verse) or a line without a lower-case
 * letter. A line break inside a sentence does not start one: books wrap their paragraphs at a
 * fixed width ("and though\nFanny was often mortified").
 */
function startsSentence(text: string, at: number): boolean {
  let i = at - 1;
  for (;;) {
    while (i >= 0 && /[\s“"‘'«(\[{—–-]/.test(text[i]) && text[i] !== '\n') i--;
    if (i < 0) return true;
    if (text[i] !== '\n') return /[.!?:]/.test(text[i]);
    const line = text.slice(text.lastIndexOf('\n', i - 1) + 1, i);
    if (line.length < WRAPPED_LINE || !/\p{Ll}/u.test(line)) return true;
    i--;
  }
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
