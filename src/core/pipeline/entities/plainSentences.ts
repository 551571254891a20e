import { isPlaceName } from './gazetteer';
import { NAME_PARTICLES, ORGANIZATION_ROLE_NOUNS, PERSON_ROLE_NOUNS, PLACE_ROLE_NOUNS, TITLES } from './lexicon';
import { lowerForm, startsClause } from './tokens';
import { LEXICON } from './compromiseInternals';
import { isCommonWord } from './words';
import type { RawTerm } from './terms';

// Most sentences of a novel hold no name and no value: "He looked at her, and she smiled." Tagging
// them is most of compromise's work. A plain sentence, as defined here, is one in which Dossier
// finds nothing whatever compromise tags its words, and whose tags Dossier never reads from
// outside it, so its words can go untagged and the findings stay the same. The conditions follow
// what the entity rules (runs.ts, classify.ts, values.ts) read; a rule that reads further must
// come with a change here.

/** Compromise's tags for words that may start a date, a sum of money or a percentage. */
const VALUE_TAGS = new Set(['Month', 'WeekDay', 'Date', 'Holiday', 'Currency', 'Money', 'Percent']);
/**
 * Words compromise tags so from context ("in may", "on sat", "two grand"), words that make a date
 * by themselves in values.ts, and first names that are also months ("april", switched by context).
 */
const CONTEXT_VALUE_WORDS = `may march sat sun wed grand buck bucks pound pounds percent pct
  today tonight tomorrow yesterday april august avril jan january june sep`;

let valueWords: ReadonlySet<string> | undefined;

function isValueWord(lower: string): boolean {
  valueWords ??= new Set([
    ...Object.entries(LEXICON).filter(([, tags]) => [tags].flat().some((t) => VALUE_TAGS.has(t))).map(([word]) => word),
    ...CONTEXT_VALUE_WORDS.split(/\s+/),
  ]);
  return valueWords.has(lower);
}

/** "I", "I'm", "I'll", "I've", "I'd": capitalised, never a name (a single letter, or a contraction). */
const PRONOUN_I = /^I(?:['’](?:m|ll|ve|d))?$/;
/** A capitalised word, with at most a possessive or a contraction after it: "The", "He's". */
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}*(?:['’]\p{Ll}+)?$/u;

/**
 * Whether `terms`, a sentence of compromise's tokenizer, is plain; `before` is the last word of
 * the sentence before it in the paragraph, if any.
 */
export function isPlainSentence(terms: readonly RawTerm[], before: RawTerm | undefined): boolean {
  // A sentence of one word would be both the start and the end of a name's run.
  if (terms.length < 2) return false;
  // Names and the words read around them never cross into or out of the sentence.
  if ((before && mayReachAcross(before)) || mayReachAcross(terms[terms.length - 1])) return false;
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i];
    if (/[\p{N}\p{Sc}%]/u.test(term.pre + term.text + term.post)) return false;
    if (isValueWord(lowerForm(term.text)) || isValueWord(term.normal)) return false;
    if (!/\p{Lu}/u.test(term.text)) continue;
    if (!PRONOUN_I.test(term.text) && !startsWithCommonWord(terms, i)) return false;
    // A capital is a run of its own: nothing after it may join it to another word.
    const next = terms[i + 1];
    if (next && (/^\p{Lu}/u.test(next.text) || NAME_PARTICLES.has(lowerForm(next.text)) || next.normal === 'of' || next.text === '&')) return false;
  }
  return true;
}

/**
 * A capitalised word only because it starts the sentence or a clause in it, and one that is
 * dropped as such whatever its tags: a common word, not a title or a place.
 */
function startsWithCommonWord(terms: readonly RawTerm[], i: number): boolean {
  const term = terms[i];
  if (i > 0 && !startsClause(term, terms[i - 1])) return false;
  const lower = lowerForm(term.text);
  return CAPITALISED_WORD.test(term.text) && isCommonWord(lower) && !TITLES.has(lower) && !isPlaceName(term.text);
}

/** Words before a name that make it a role's ("leader", "outlet", "such as"), read from the word before the name on. */
const ROLE_WORDS = new Set([...PERSON_ROLE_NOUNS, ...ORGANIZATION_ROLE_NOUNS, ...PLACE_ROLE_NOUNS, 'like', 'including', 'of', 'as']);

/**
 * Whether the last word of a sentence may be read with the first of the next: compromise also
 * ends a sentence at a line break, and the rules look across those. A run goes on past a full
 * stop after an abbreviation or an initial ("Mr.", "S.", "de."); a role noun before a name
 * describes it ("the party leader\nAnna Kowalczyk"); an abbreviated country ("U.S.\ntrade")
 * reads the tags of the word after it.
 */
function mayReachAcross(term: RawTerm): boolean {
  const lower = lowerForm(term.text);
  if (/^\s*$/.test(term.post)) return ROLE_WORDS.has(lower) || /\p{Lu}.*\p{Lu}/u.test(term.text);
  if (!/^\.\s+$/.test(term.post)) return lower === 'as';
  return /^\p{Lu}/u.test(term.text) || NAME_PARTICLES.has(lower) || lower === 'of' || term.text === '&' || lower === 'as';
}
