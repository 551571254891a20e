// Direct quote, quoted fragment or scare quotes: decided from the quote's shape and its neighbours.
import type { QuoteKind } from '../../model/model';

/**
 * Words before a quoted title or name: "the country’s “Victory Parade”", "on CNN’s “State of the
 * Union”", "in his 2002 book, “Make Your Kid a Millionaire,”".
 */
const BEFORE_A_TITLE = /(?:['’]s|\b(?:the|a|an|on|in|of|at|to|from|for|by|its|his|her|their|our|so-called|titled|entitled|known as)|\b(?:book|novel|memoir|film|movie|documentary|song|album|play|poem|essay|column|op-ed|series|show|podcast),)\s*$/i;
const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;
/** A quote this short, with nobody saying it, marks a term rather than a statement. */
const MAX_SCARE_WORDS = 4;
const MAX_TITLE_WORDS = 6;
/** One more word than any rule here counts up to: a long quote's kind is settled by its first words. */
const WORDS_COUNTED = Math.max(MAX_SCARE_WORDS, MAX_TITLE_WORDS) + 1;
/** Space and quotation marks, which contentOf trims from both ends. */
const QUOTE_EDGE = /[\s"“”„‘’'«»‹›‚]/;

export interface KindContext {
  /** The quote's text, marks included. */
  readonly quoted: string;
  /** The writer's text just before the opening mark (a few dozen characters are enough). */
  readonly before: string;
  /** Inside another quote. */
  readonly nested: boolean;
  /** Nothing of the writer's sentence comes before it: “We are ready,” he said. */
  readonly opensSentence: boolean;
  readonly hasSpeaker: boolean;
}

export function quoteKind({ quoted, before, nested, opensSentence, hasSpeaker }: KindContext): QuoteKind {
  const content = contentOf(quoted);
  const words = leadingWords(content);
  const startsUpper = /^\p{Lu}/u.test(content.replace(/^[[(…. ]+/, ''));
  const statement = startsUpper && (opensSentence || words.length >= MAX_SCARE_WORDS || /[.?!]/.test(content.slice(-1)));
  const title = isTitleContent(content, words);
  if (title && (!hasSpeaker || BEFORE_A_TITLE.test(before))) return 'scare';
  if (!hasSpeaker && (nested || words.length <= MAX_SCARE_WORDS)) return 'scare';
  return statement ? 'direct' : 'fragment';
}

/** Words in title case, at most six, one sentence at most: “Victory Parade”, 'Coal Isn't the Villain.' */
export function isTitle(quoted: string): boolean {
  const content = contentOf(quoted);
  return isTitleContent(content, leadingWords(content));
}

const isCapitalisedWord = (word: string): boolean => /^[\p{Lu}\p{N}]/u.test(word);

function isTitleContent(content: string, words: readonly string[]): boolean {
  return (
    words.length > 0 &&
    words.length <= MAX_TITLE_WORDS &&
    /^\p{Lu}/u.test(content) &&
    words.every((w) => w.length <= 3 || isCapitalisedWord(w)) &&
    // A title capitalises a word after its first: “A day or two.” is a short sentence of short words.
    (words.length === 1 || words.slice(1).some(isCapitalisedWord)) &&
    // One word with a question or exclamation mark is a line of dialogue: “Papa?”, “Detained!”.
    !(words.length === 1 && /[?!]$/.test(content)) &&
    !/[.?!]./.test(content)
  );
}

/**
 * The content's first WORDS_COUNTED words: the rules compare word counts only up to there, and
 * reading every word of a page-long quote (three times per quote) was most of deciding its kind.
 */
function leadingWords(content: string): string[] {
  const words: string[] = [];
  WORD.lastIndex = 0; // shared pattern, as tokenizeFrame's; compiling one per quote cost more than the words
  for (let match = WORD.exec(content); match; match = words.length < WORDS_COUNTED ? WORD.exec(content) : null) words.push(match[0]);
  return words;
}

/** The quote without the space and marks at its ends; trimmed by hand, as an end-anchored pattern tries every position. */
function contentOf(quoted: string): string {
  let start = 0;
  let end = quoted.length;
  while (start < end && QUOTE_EDGE.test(quoted[start])) start++;
  while (end > start && QUOTE_EDGE.test(quoted[end - 1])) end--;
  return quoted.slice(start, end);
}
