// Step two of reading a paragraph's words, after tokens.ts: the middle initials that are also words.
import type { Token } from './tokens';
import { isClosedClassWord } from './words';

/** The tags compromise gives an initial written with a full stop ("Kevin B. Boone"). */
const INITIAL_TAGS: ReadonlySet<string> = new Set(['Acronym', 'Noun', 'Singular', 'ProperNoun', 'Person']);

/** Compromise's tags for the words a name never runs on to. */
const CLAUSE_WORD_TAGS = ['Conjunction', 'Preposition', 'Determiner', 'Pronoun', 'Adverb', 'Verb', 'QuestionWord'];

/**
 * "Kevin A. Boone", "John I. Smith": compromise reads the initials that are also words as the
 * article and the pronoun, and the name falls apart around them. Between a capitalised word and
 * another in the same sentence, with its full stop, "A" and "I" are tagged as any initial is.
 */
export function markMiddleInitials(tokens: Token[]): Token[] {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const token = tokens[i];
    if ((token.text !== 'A' && token.text !== 'I') || !/^\.[^\S\n]+$/.test(token.post)) continue;
    const before = tokens[i - 1];
    const after = tokens[i + 1];
    if (before.sentence !== token.sentence || after.sentence !== token.sentence || after.sentenceStart || token.sentenceStart) continue;
    if (!/^\p{Lu}\p{Ll}+$/u.test(before.text) || !/^[^\S\n]+$/.test(before.post) || !/^\p{Lu}\p{Ll}/u.test(after.text)) continue;
    // "Brother A. Though I am unworthy": a word that opens a clause ends the name there.
    if (isClosedClassWord(after.lower) || CLAUSE_WORD_TAGS.some((tag) => after.tags.has(tag))) continue;
    tokens[i] = { ...token, tags: INITIAL_TAGS };
  }
  return tokens;
}
