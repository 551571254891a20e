import type { Token } from './tokens';
import { ORGANIZATION_HEADS, PLACE_HEADS, SURNAME_FIRST, TITLES } from './lexicon';
import { isAcronym, isCapitalised, isCommonWord, isDemonym, isFunctionWord, isGivenName, isParticle } from './words';

/** A name-shaped stretch of a sentence: indices into the token list, end exclusive. */
export interface Run {
  readonly first: number;
  readonly last: number;
}

/**
 * Runs of capitalised words that may be names, in order. A run stops at punctuation (but not at
 * the full stop of "Mr." or an initial), at a quote mark, at the end of a sentence and after a
 * possessive ("Trump’s trade", but "People’s Liberation Army"; "the Network’s Rich Eisen" is two
 * names again) and at a capitalised function word,
 * as title-case headlines have them ("Voters Speak Out On Tax Plan"). "of" and "&" join two parts when
 * the first ends in an institutional head ("Bank of England", "Bear Stearns & Co"); particles
 * join the parts of a person's name ("Ludwig van Beethoven").
 */
export function findRuns(tokens: readonly Token[]): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (tokens[i].capsLine || !isCapitalised(tokens[i]) || separates(tokens[i]) && !tokens[i].sentenceStart) {
      i++;
      continue;
    }
    let last = i;
    while (last + 1 < tokens.length) {
      const next = continuation(tokens, last);
      if (next < 0) break;
      last = next;
    }
    runs.push({ first: i, last });
    i = last + 1;
  }
  return runs;
}

/**
 * A title after a name starts another name: "the Emperor Alexander Prince Vasili" is two people.
 * Titles follow titles and demonyms ("Russian Prime Minister"), and "Prince" follows "Crown".
 */
function startsATitledName(here: Token, next: Token): boolean {
  return TITLES.has(next.lower) && !TITLES.has(here.lower) && !isDemonym(here) && !isCommonWord(here.lower) && !ORGANIZATION_HEADS.has(here.lower);
}

/** A capitalised function word, unless it is also a surname written first ("He" of He Lifeng). */
function separates(token: Token): boolean {
  return isFunctionWord(token) && !SURNAME_FIRST.has(token.lower);
}

/** The index of the run's next word after tokens[at], or -1 where the run ends. */
function continuation(tokens: readonly Token[], at: number): number {
  const here = tokens[at];
  if (!joinsNext(tokens, at)) return -1;
  const next = tokens[at + 1];
  if (here.possessive) return isCommonWord(here.lower) && isCapitalised(next) && !isGivenName(next, tokens[at + 2]) ? at + 1 : -1;
  if (isCapitalised(next)) return separates(next) || startsATitledName(here, next) ? -1 : at + 1;
  const after = tokens[at + 2];
  if (!after || !joinsNext(tokens, at + 1)) return -1;
  if (!isCapitalised(after)) {
    const third = tokens[at + 3];
    return isParticle(next) && isParticle(after) && third && isCapitalised(third) && joinsNext(tokens, at + 2) ? at + 3 : -1;
  }
  if (isParticle(next) && !ORGANIZATION_HEADS.has(here.lower)) return at + 2;
  const institutional = ORGANIZATION_HEADS.has(here.lower) || PLACE_HEADS.has(here.lower) || /^(republic|kingdom|states|duke|prince|princess|bank|university)$/.test(here.lower);
  if ((next.lower === 'of' || next.text === '&') && institutional) return at + 2;
  if (next.text === '&' && !isAcronym(here)) return at + 2;
  return -1;
}

/** Nothing but space, or a joining hyphen, lies between tokens[at] and the next one. */
export function joinsNext(tokens: readonly Token[], at: number): boolean {
  const here = tokens[at];
  const next = tokens[at + 1];
  if (!next || next.capsLine || /[^\s]/.test(next.pre) && next.pre !== '-') return false;
  const post = here.post;
  if (post.includes('\n')) return false;
  // The full stop of an abbreviation or an initial does not end a name, even where compromise
  // took it for the end of a sentence: "Mr. Smith", "Gov. Pence", "S. Watkin".
  if (/^\.\s+$/.test(post)) return here.tags.has('Abbreviation') || /^\p{Lu}$/u.test(here.text) || TITLES.has(here.lower);
  return next.sentence === here.sentence && (/^\s*$/.test(post) || post === '-');
}
