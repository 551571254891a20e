import type { Span } from '../../model/model';
import { firstStartingFrom, shiftSpan } from '../../model/spans';
import type { QuoteSpan, RescannedParagraphs } from './find';

/** Stands for every character of a quote in the writer's-text frame, so patterns never match inside quotes. */
export const QUOTED = '\uE000';

/** A word or a punctuation mark of the frame. */
export interface FrameToken extends Span {
  readonly text: string;
  readonly isWord: boolean;
}

/**
 * The document seen as the writer's own words: the text with each outermost quote blanked out,
 * cut into paragraphs and sentences. Built once per document, in linear time.
 */
export interface Layout {
  readonly text: string;
  readonly frame: string;
  readonly paragraphs: readonly Span[];
  readonly sentences: readonly Span[];
}

const ABBREVIATIONS = new Set(
  [
    'mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'sgt', 'capt', 'cmdr', 'adm', 'maj', 'st', 'jr', 'sr',
    'inc', 'corp', 'co', 'ltd', 'no', 'vs', 'prof', 'rev', 'hon', 'atty', 'del', 'pres', 'supt', 'jan', 'feb', 'mar', 'apr',
    'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mt', 'ft', 'e.g', 'i.e', 'a.m', 'p.m', 'approx', 'est',
    // French titles in translated fiction: "said Mlle. Blanche", "Mme. de Cominges".
    'mlle', 'mme', 'mm',
  ],
);

export function buildLayout(text: string, paragraphs: readonly Span[], quotes: readonly QuoteSpan[]): Layout {
  const frame = framed(text, quotes, 0, text.length);
  const sentences: Span[] = [];
  for (const paragraph of paragraphs) splitSentences(text, frame, paragraph, sentences);
  return { text, frame, paragraphs, sentences };
}

/** text[from, to) with each outermost quote in it blanked out; no quote may cross `from` or `to`. */
function framed(text: string, quotes: readonly QuoteSpan[], from: number, to: number): string {
  const parts: string[] = [];
  let at = from;
  for (let k = firstStartingFrom(quotes, from); k < quotes.length && quotes[k].start < to; k++) {
    const quote = quotes[k];
    if (quote.depth > 0 || quote.start < at) continue;
    parts.push(text.slice(at, quote.start), QUOTED.repeat(quote.end - quote.start));
    at = quote.end;
  }
  parts.push(text.slice(at, to));
  return parts.join('');
}

/**
 * The layout after a change, from the one before it: `rescanned` says which paragraphs the quote
 * scan read again. No quote crosses their bounds, so the frame and the sentences before them are
 * the old ones, and after them the old ones moved.
 */
export function layoutAfterChange(text: string, paragraphs: readonly Span[], quotes: readonly QuoteSpan[], old: Layout, rescanned: RescannedParagraphs): Layout {
  const from = paragraphs[rescanned.from].start;
  const to = rescanned.to < paragraphs.length ? paragraphs[rescanned.to].start : text.length;
  const oldTo = rescanned.oldTo < old.paragraphs.length ? old.paragraphs[rescanned.oldTo].start : old.text.length;
  const delta = to - oldTo;
  const frame = old.frame.slice(0, from) + framed(text, quotes, from, to) + old.frame.slice(oldTo);
  const sentences: Span[] = old.sentences.slice(0, firstStartingFrom(old.sentences, from));
  for (let p = rescanned.from; p < rescanned.to; p++) splitSentences(text, frame, paragraphs[p], sentences);
  for (let k = firstStartingFrom(old.sentences, oldTo); k < old.sentences.length; k++) sentences.push(shiftSpan(old.sentences[k], delta));
  return { text, frame, paragraphs, sentences };
}

const DOT = 0x2e;
const QUESTION = 0x3f;
const EXCLAMATION = 0x21;
const QUOTED_CODE = QUOTED.charCodeAt(0);

/** A sentence ends at . ? ! (not after an abbreviation or an initial), or at a quote that ends with one, before a capital. */
function splitSentences(text: string, frame: string, paragraph: Span, into: Span[]): void {
  let start = paragraph.start;
  // Char codes, not characters: reading frame[i] builds a string for each blanked quote character.
  for (let i = paragraph.start; i < paragraph.end; i++) {
    const code = frame.charCodeAt(i);
    let endsSentence = false;
    if (code === DOT || code === QUESTION || code === EXCLAMATION) endsSentence = code !== DOT || !isAbbreviation(frame, i);
    else if (code === QUOTED_CODE && frame.charCodeAt(i + 1) !== QUOTED_CODE) endsSentence = /[.?!]["”’'»]*$/.test(text.slice(Math.max(0, i - 3), i + 1));
    if (!endsSentence) continue;
    let next = i + 1;
    while (next < paragraph.end && /["”’')\]»]/.test(frame[next])) next++;
    if (next < paragraph.end && !/\s/.test(frame[next])) continue;
    while (next < paragraph.end && /\s/.test(frame[next])) next++;
    if (next < paragraph.end && !/[\p{Lu}\p{N}“"‘«(\uE000]/u.test(frame[next])) continue;
    into.push({ start, end: next });
    start = next;
    i = next - 1;
  }
  if (start < paragraph.end) into.push({ start, end: paragraph.end });
}

function isAbbreviation(frame: string, dot: number): boolean {
  let s = dot;
  while (s > 0 && /[\p{L}.]/u.test(frame[s - 1])) s--;
  const word = frame.slice(s, dot).toLowerCase();
  return word.length === 1 || word.includes('.') || ABBREVIATIONS.has(word);
}

/**
 * The words and marks of frame[start, end). A blanked quote is one token.
 *
 * Read by hand as the pattern /[\p{L}\p{N}]+(?:[’'.&-][\p{L}\p{N}]+)*|\uE000+|[^\s\p{L}\p{N}]/gu
 * would read it (the last token may run past `end`; its text is whole), because the attribution
 * passes tokenize most of a long book's sentences and the Unicode pattern was the larger part of that.
 */
export function tokenizeFrame(frame: string, start: number, end: number): FrameToken[] {
  const tokens: FrameToken[] = [];
  let i = start;
  for (;;) {
    while (i < frame.length && isSpace(frame.charCodeAt(i), frame[i])) i++;
    if (i >= frame.length || i >= end) break;
    const tokenStart = i;
    if (isLetterOrDigitAt(frame, i)) {
      i = afterLettersAndDigits(frame, i);
      // Joined words: "it’s", "U.S", "AT&T", "pro-Kremlin"; a joiner counts only before a letter or digit.
      while (i + 1 < frame.length && isWordJoiner(frame.charCodeAt(i)) && isLetterOrDigitAt(frame, i + 1)) i = afterLettersAndDigits(frame, i + 1);
    } else if (frame.charCodeAt(i) === QUOTED_CODE) {
      while (frame.charCodeAt(i) === QUOTED_CODE) i++;
    } else {
      i += codePointLength(frame, i);
    }
    const text = frame.slice(tokenStart, i);
    tokens.push({ start: tokenStart, end: Math.min(end, i), text, isWord: isWordStart(text.charCodeAt(0), text[0]) });
  }
  return tokens;
}

/** ’ ' . & -, which join two runs of letters into one word. */
function isWordJoiner(code: number): boolean {
  return code === 0x2019 || code === 0x27 || code === 0x2e || code === 0x26 || code === 0x2d;
}

/** `\s` for one code unit (every space character is a single one). */
function isSpace(code: number, ch: string): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return /\s/.test(ch);
}

function codePointLength(text: string, i: number): number {
  const code = text.charCodeAt(i);
  return code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
}

/** The code point at `i` is a letter or a digit (`[\p{L}\p{N}]` with the u flag). */
function isLetterOrDigitAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return /[\p{L}\p{N}]/u.test(text.slice(i, i + codePointLength(text, i)));
}

/** The end of the run of letters and digits starting at `i`. */
function afterLettersAndDigits(text: string, i: number): number {
  while (i < text.length && isLetterOrDigitAt(text, i)) i += codePointLength(text, i);
  return i;
}

/** `/[\p{L}\p{N}]/u.test(first)` for a token's first code unit, without the pattern for ASCII, which most tokens start with. */
function isWordStart(code: number, first: string): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return /[\p{L}\p{N}]/u.test(first);
}
