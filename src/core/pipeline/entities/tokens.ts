import { ABBREVIATION_WORDS } from './compromiseInternals';
import type { Term } from './terms';

/** One word of a paragraph, as compromise tagged it, with offsets relative to the paragraph. */
export interface Token {
  /** The word as written, a possessive ’s included. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Compromise's tags; a word split off a hyphenated term has none. */
  readonly tags: ReadonlySet<string>;
  /** Lower case, without a possessive. */
  readonly lower: string;
  /** Punctuation and space before and after the word. */
  readonly pre: string;
  readonly post: string;
  /** The word ends in ’s / 's (or a bare ’ after s). */
  readonly possessive: boolean;
  /** The first word of a sentence, or the first word inside an opening quote mark. */
  readonly sentenceStart: boolean;
  /** The word is in a sentence written in capitals (a headline), so its case says nothing. */
  readonly capsLine: boolean;
  /** Index of the sentence (compromise's) the word belongs to. */
  readonly sentence: number;
  /** The word's line is a row of a results table: more numbers than lower-case words. */
  readonly tableRow: boolean;
}

const NO_TAGS: ReadonlySet<string> = new Set();
const OPENING_QUOTE = /[“"‘'«(\[{]/;
export const POSSESSIVE = /(?:['’]s|(?<=s)['’])$/i;

/**
 * The words of a parsed paragraph. Offsets come from walking compromise's pre/text/post, which
 * together give back the text; where they do not, the word is searched for from the cursor.
 * Hyphenated words keep their lower-case edges apart ("pro-Kremlin" gives "pro" and "Kremlin").
 */
export function tokenize(sentences: readonly (readonly Term[])[], paragraph: string): Token[] {
  const tokens: Token[] = [];
  let cursor = 0;
  sentences.forEach((terms, sentence) => {
    const capsLine = isCapsSentence(terms);
    terms.forEach((term, index) => {
      let start = cursor + term.pre.length;
      if (paragraph.slice(start, start + term.text.length) !== term.text) {
        const found = paragraph.indexOf(term.text, cursor);
        if (found < 0) return;
        start = found;
      }
      const end = start + term.text.length;
      cursor = end + term.post.length;
      const startsSentence = index === 0 || startsClause(term, tokens[tokens.length - 1]);
      for (const piece of splitWord(term.text)) {
        const text = term.text.slice(piece.start, piece.end);
        const whole = piece.start === 0 && piece.end === term.text.length;
        // Every field written out, no spread: a word is made for each word of every paragraph.
        tokens.push({
          text,
          start: start + piece.start,
          end: start + piece.end,
          tags: whole ? term.tags : NO_TAGS,
          lower: lowerForm(text),
          pre: piece.start === 0 ? term.pre : piece.pre,
          post: piece.end === term.text.length ? term.post : piece.post,
          possessive: POSSESSIVE.test(text),
          sentenceStart: piece.start === 0 ? startsSentence : piece.pre !== '-' && piece.pre !== '/',
          capsLine,
          sentence,
          tableRow: false,
        });
      }
    });
  });
  return markTableRows(tokens);
}

/** Words compromise knows as abbreviations ("mr", "gen", "st", "inc"), and "vs": a full stop after one ends no sentence. */
const ABBREVIATIONS = new Set([...ABBREVIATION_WORDS, 'vs']);

/**
 * A word inside a sentence starts a clause after an opening quote mark, or after a colon, a dash,
 * an ellipsis, or a question or exclamation mark that compromise did not take as a sentence end:
 * "1901 - In China, …", "Monsieur Pierre... Do you …", "Madame Elizabeth? Nothing!". So does a
 * full stop after a word that is neither an initial nor an abbreviation, which compromise missed
 * inside a quotation ("… this White House. So this is …"); "Mr. Smith", "J. Smith",
 * "Brown v. Board" and "U.S. Army" stay one clause.
 */
export function startsClause(term: Term, before: { readonly text: string; readonly post: string } | undefined): boolean {
  if (OPENING_QUOTE.test(term.pre)) return true;
  if (before === undefined) return false;
  if (/(?:[:—–…?!]|\s-|\.\.\.)\s*$/.test(before.post)) return true;
  return /^\.\s+$/.test(before.post) && before.text.length > 1 && /\p{Ll}/u.test(before.text) && !ABBREVIATIONS.has(before.text.toLowerCase());
}

/** A word's `lower`: lower case, without a possessive. */
export function lowerForm(text: string): string {
  return text.replace(POSSESSIVE, '').toLowerCase();
}

/** Flag the words of lines that hold two numbers or more and fewer lower-case words than numbers. */
function markTableRows(tokens: Token[]): Token[] {
  let lineStart = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (i + 1 < tokens.length && !tokens[i].post.includes('\n')) continue;
    // A line with fewer than two words that start with a digit is no table row: most lines of prose.
    if (startingWithDigit(tokens, lineStart, i) < 2) {
      lineStart = i + 1;
      continue;
    }
    let numbers = 0;
    let lower = 0;
    for (let j = lineStart; j <= i; j++) {
      if (/^\d[\d.,/-]*$/.test(tokens[j].text)) numbers++;
      else if (/^\p{Ll}/u.test(tokens[j].text)) lower++;
    }
    if (numbers >= 2 && numbers > lower) for (let j = lineStart; j <= i; j++) tokens[j] = { ...tokens[j], tableRow: true };
    lineStart = i + 1;
  }
  return tokens;
}

function startingWithDigit(tokens: readonly Token[], first: number, last: number): number {
  let count = 0;
  for (let j = first; j <= last; j++) {
    const code = tokens[j].text.charCodeAt(0);
    if (code >= 48 && code <= 57) count++;
  }
  return count;
}

/**
 * A dash written without spaces, as novels do ("Pierre--Natasha", "him—Anna"), or a comma or an
 * ellipsis between letters that lost its space ("Marta Okonkwo,the deputy", "Hayes Street
 * Grill....another plus"), a colon before a word or a number ("Price:3,40 Euros"), or a slash
 * between words ("AP Photo/Nasser Nasser", "Google-Mozilla/Firefox"; not between capitals, as in
 * "AC/DC"): it parts two words, and no name runs over it.
 */
const INNER_BREAK = /--+|—|(?<=\p{L})(?:,|\.{2,}|…)(?=\p{L})|(?<=\p{L}):(?=[\p{L}\d])|(?<=\p{Ll}\p{Ll})\/(?=\p{L})|(?<=\p{L})\/(?=\p{Lu}\p{Ll})/gu;

/** An address, whose slashes and colons part no words: "http://example.com/News/Story". */
const ADDRESS = /:\/\/|^www\.|\.[a-z]{2,4}\//i;

/**
 * The pieces of a term: apart at a dash written without spaces (the piece after it starts a
 * clause), then at hyphens as splitHyphenated says; `pre` and `post` are the marks between pieces.
 */
function splitWord(word: string): { start: number; end: number; pre: string; post: string }[] {
  // Most words hold no dash, hyphen, comma, ellipsis, colon or slash: one piece, found without the regular expressions below.
  if (!/[-—,…:/]|\.\./.test(word) || ADDRESS.test(word)) return [{ start: 0, end: word.length, pre: '', post: '' }];
  const pieces: { start: number; end: number; pre: string; post: string }[] = [];
  let at = 0;
  let pre = '';
  for (const dash of [...word.matchAll(INNER_BREAK), undefined]) {
    const end = dash ? dash.index : word.length;
    const post = dash ? dash[0] : '';
    if (end > at) {
      const hyphenated = splitHyphenated(word.slice(at, end));
      hyphenated.forEach((h, k) => pieces.push({
        start: at + h.start, end: at + h.end, pre: k === 0 ? pre : '-', post: k === hyphenated.length - 1 ? post : '-',
      }));
    }
    if (dash) {
      at = dash.index + dash[0].length;
      pre = dash[0];
    }
  }
  return pieces.length ? pieces : [{ start: 0, end: word.length, pre: '', post: '' }];
}

/** "pro-Kremlin" → "pro", "Kremlin"; "Mercedes-Benz" and "Chester-le-Street" stay whole. */
function splitHyphenated(word: string): { start: number; end: number }[] {
  const parts = word.split('-');
  if (parts.length < 2 || parts.some((p) => p === '')) return [{ start: 0, end: word.length }];
  const capital = parts.map((p) => /^\p{Lu}/u.test(p));
  if (capital.every(Boolean) || !capital.some(Boolean)) return [{ start: 0, end: word.length }];
  const firstCapital = capital.indexOf(true);
  const lastCapital = capital.lastIndexOf(true);
  const pieces: { start: number; end: number }[] = [];
  let at = 0;
  const offsets = parts.map((p) => {
    const o = { start: at, end: at + p.length };
    at += p.length + 1;
    return o;
  });
  for (let i = 0; i < firstCapital; i++) pieces.push(offsets[i]);
  pieces.push({ start: offsets[firstCapital].start, end: offsets[lastCapital].end });
  for (let i = lastCapital + 1; i < parts.length; i++) pieces.push(offsets[i]);
  return pieces;
}

/**
 * A sentence written in capitals, like a headline or a dateline ("LONDON 1996-08-30"): most of its
 * words are upper case and it is not just an acronym or two ("RT said", "NATO").
 */
function isCapsSentence(terms: readonly Term[]): boolean {
  let upper = 0;
  let words = 0;
  let long = false;
  for (const term of terms) {
    if (!/\p{L}{2}/u.test(term.text)) continue;
    words++;
    if (term.text !== term.text.toUpperCase()) continue;
    upper++;
    if (/\p{L}{5}/u.test(term.text)) long = true;
  }
  return words > 0 && upper / words >= 0.8 && (words >= 3 || long);
}
