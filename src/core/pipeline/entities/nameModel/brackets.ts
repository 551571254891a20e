import type { Token } from '../tokens';
import { TITLES } from '../lexicon';
import { isDemonym } from '../words';
import type { ModelName } from './model';

/** A word's text is followed by a closing bracket and then space: "Vladimir]" in "[… Vladimir] Putin". */
const CLOSES_BRACKET = /^\]\s+$/;

/**
 * Editors put words they add to a quotation in square brackets: "[Russian President Vladimir]
 * Putin". The words in the brackets that belong to the name join it: a name the model found just
 * before the bracket, or a capitalised word that is neither a title nor a demonym (those are
 * roles, not part of the name).
 */
export function joinBracketed(names: readonly ModelName[], tokens: readonly Token[]): ModelName[] {
  const joined: ModelName[] = [];
  for (const name of names) {
    const before = tokens[name.first - 1];
    if (!before || !CLOSES_BRACKET.test(before.post) || before.sentence !== tokens[name.first].sentence) {
      joined.push(name);
      continue;
    }
    const previous = joined.at(-1);
    if (previous && previous.last === name.first - 1) {
      joined[joined.length - 1] = {
        ...name,
        first: previous.first,
        confidence: Math.min(previous.confidence, name.confidence),
        kindConfidence: Math.min(previous.kindConfidence, name.kindConfidence),
      };
    } else if (/^\p{Lu}/u.test(before.text) && !TITLES.has(before.lower) && !isDemonym(before)) {
      joined.push({ ...name, first: name.first - 1 });
    } else joined.push(name);
  }
  return joined;
}
