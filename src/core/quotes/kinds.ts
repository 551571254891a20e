// Direct quote, quoted fragment or scare quotes: decided from the quote's shape and its neighbours.
import type { QuoteKind } from '../model';

/** Words before a quoted title or name: "the country’s “Victory Parade”", "on CNN’s “State of the Union”". */
const BEFORE_A_TITLE = /(?:['’]s|\b(?:the|a|an|on|in|of|at|to|from|for|by|its|his|her|their|our|so-called|titled|entitled|known as))\s*$/i;
const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;
/** A quote this short, with nobody saying it, marks a term rather than a statement. */
const MAX_SCARE_WORDS = 4;

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
  const words = content.match(WORD) ?? [];
  const startsUpper = /^\p{Lu}/u.test(content.replace(/^[[(…. ]+/, ''));
  const statement = startsUpper && (opensSentence || words.length >= MAX_SCARE_WORDS || /[.?!]$/.test(content));
  const title = isTitle(quoted);
  if (title && (!hasSpeaker || BEFORE_A_TITLE.test(before))) return 'scare';
  if (!hasSpeaker && (nested || words.length <= MAX_SCARE_WORDS)) return 'scare';
  return statement ? 'direct' : 'fragment';
}

/** Words in title case, at most six, one sentence at most: “Victory Parade”, 'Coal Isn't the Villain.' */
export function isTitle(quoted: string): boolean {
  const content = contentOf(quoted);
  const words = content.match(WORD) ?? [];
  return words.length > 0 && words.length <= 6 && /^\p{Lu}/u.test(content) && words.every((w) => w.length <= 3 || /^[\p{Lu}\p{N}]/u.test(w)) && !/[.?!]./.test(content);
}

function contentOf(quoted: string): string {
  return quoted.replace(/^[\s"“”„‘’'«»‹›‚]+/, '').replace(/[\s"“”„‘’'«»‹›‚]+$/, '');
}
