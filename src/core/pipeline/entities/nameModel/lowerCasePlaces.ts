// Places written in lower case, which the name model never saw (its training text capitalises
// them) and the rules skip: web text, reviews and e-mail often write "moved from chicago to
// california" or "a man from brittany france". Only in a sentence its writer began in lower case:
// edited prose writes "a game of boston" and "a morocco cushion" in lower case, and means no place;
// a country that edited prose never writes in lower case ("living in malaysia") is one anywhere.
import { isLowerCaseCountry, isLowerCasePlace } from '../gazetteer';
import type { Token } from '../tokens';
import { RULES_CONFIDENCE, type ModelName } from './model';

/**
 * What ends a sentence: a full stop, question or exclamation mark, and a space or line break. Not
 * a line break alone, which wraps a sentence as often as it ends one ("His\nfavorite occupation").
 */
const SENTENCE_END = /[.!?]["”’)]*\s+$/u;

/** The names with the places in lower case that no name covers, in the order of the text. */
export function withLowerCasePlaces(names: readonly ModelName[], tokens: readonly Token[]): ModelName[] {
  const added: ModelName[] = [];
  let covered = 0;
  let casual = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    // Most words are followed by one space, which ends no sentence: no expression to test for them.
    const post = i === 0 ? '' : tokens[i - 1].post;
    if (i === 0 || (post !== ' ' && SENTENCE_END.test(post))) casual = /^\p{Ll}/u.test(token.text) && !/["“‘'(]/u.test(token.pre);
    while (covered < names.length && names[covered].last < i) covered++;
    if (covered < names.length && names[covered].first <= i) continue;
    if (!/^\p{Ll}+$/u.test(token.text)) continue;
    if (!casual) {
      if (isLowerCaseCountry(token.lower)) added.push({ first: i, last: i, kind: 'place', confidence: RULES_CONFIDENCE, kindConfidence: 1 });
      continue;
    }
    // Two words first ("new york", "san francisco"), when both are free and on one line.
    const next = tokens[i + 1];
    const two = next && token.post === ' ' && /^\p{Ll}+$/u.test(next.text) && !(covered < names.length && names[covered].first === i + 1);
    const last = two && isLowerCasePlace(`${token.lower} ${next.lower}`) ? i + 1 : isLowerCasePlace(token.lower) ? i : -1;
    if (last < 0) continue;
    added.push({ first: i, last, kind: 'place', confidence: RULES_CONFIDENCE, kindConfidence: 1 });
    i = last;
  }
  return added.length === 0 ? [...names] : [...names, ...added].sort((a, b) => a.first - b.first);
}

