import type { Token } from '../tokens';
import { HOLIDAYS, NAME_PARTICLES, PARTY_LABELS, SPEECH_VERBS, STYLES_OF_ADDRESS, TITLES } from '../lexicon';
import { hasNameTag, isCommonWord, isFirstName, isFunctionWord, isInterjection, isKnownFirstName, isKnownLastName, isPresentVerb } from '../words';
import { sureness, type ModelName } from './model';

// The training data is news wire and web text; novels and long stories bring words the model
// never saw there and that it reads as names. Each rule below removes a kind of word that cannot
// be a name (or the edge of one) whatever the model read, so it holds in any genre.

/**
 * The names without the words that are never a name's: a person's name loses lower-case words at
 * its edges ("as Anatole", "marry Bourienne", "Sonya sat"; a particle such as "de" may open it),
 * a function word that opens the sentence ("Which Louisa"), a nationality before it ("Dutchman Max Verstappen") and a reporting verb that a headline's
 * capitals joined to it, with whatever follows ("Lindsey Graham Says", "Glenn Beck Says Trump"); a name is dropped when what is
 * left is only a book's heading words ("CHAPTER"), titles and forms of address ("Mr", "His Highness"),
 * a contraction ("Don't"), an interjection ("Heh", "Wow"), a holiday ("Christmas"), a currency ("Euros"), a letter alone ("Z"), a nationality ("the Frenchman"), a party's member ("Democrat"), an ordinary word in lower case ("room"), or a
 * plural noun that opens the sentence and that compromise knows as no name ("Sources said").
 */
export function withoutNonNameWords(names: readonly ModelName[], probabilities: Float64Array, tokens: readonly Token[]): ModelName[] {
  const kept: ModelName[] = [];
  for (const name of names) {
    const trimmed = name.kind === 'person' ? withoutLowerCaseEdges(name, probabilities, tokens) : name;
    if (trimmed && !isNoName(trimmed, tokens)) kept.push(trimmed);
  }
  return kept;
}

function withoutLowerCaseEdges(name: ModelName, probabilities: Float64Array, tokens: readonly Token[]): ModelName | undefined {
  let { first, last } = name;
  while (first <= last && (isLowerCase(tokens[first]) ? !NAME_PARTICLES.has(tokens[first].lower) : opensClauseOnly(tokens[first]) || isOpeningInterjection(tokens, first, last) || (first < last && NATIONALITY_NOUN.test(tokens[first].lower)))) first++;
  // "Campaign for Trump Says He Will Release Tax Returns": a headline's reporting verb ends the name, whatever capitals follow it.
  for (let k = first + 1; k <= last; k++) if (isReportingVerb(tokens[k])) last = k - 1;
  while (last >= first && (isLowerCase(tokens[last]) || (last > first && isHeadlineVerb(tokens, first, last)))) last--;
  if (first > last) return undefined;
  if (first === name.first && last === name.last) return name;
  return { first, last, kind: name.kind, ...sureness(probabilities, first, last, name.kind) };
}

/** A word that opens a sentence as a function word ("Which Louisa"): never the start of a person's name. */
function opensClauseOnly(token: Token): boolean {
  return token.sentenceStart && (isFunctionWord(token) || (token.tags.has('QuestionWord') && isCommonWord(token.lower)));
}

/** "O Rachael!", "Oh Tom": an interjection before the name called, not an initial (which has its full stop: "O. Henry"). */
function isOpeningInterjection(tokens: readonly Token[], k: number, last: number): boolean {
  return k < last && /^(?:O|Oh|Ah)$/.test(tokens[k].text) && !tokens[k].post.startsWith('.');
}

/** "Dutchman Max Verstappen", "a Frenchman Tikhon was chasing": the nationality describes the person, and is no part of the name. */
const NATIONALITY_NOUN = /^(?:french|english|dutch|scots|irish|welsh|norse|cornish|manx)(?:wo)?m[ae]n$/;

/** "Price: 3,40 Euros": a currency is no name. Not "pound" or "yuan", which are also surnames. */
const CURRENCY = /^(?:euros?|dollars|rupees?|pesos|rubles|roubles|francs|kroner|kronor|dinars|dirhams|shekels|bitcoins?)$/;

/** A book's headings ("CHAPTER", "Book", "PART"): the line names no organization. */
const HEADING_WORDS = /^(?:chapter|book|part|volume|epilogue|prologue|preface|contents)$/;

function isNoName(name: ModelName, tokens: readonly Token[]): boolean {
  const words = tokens.slice(name.first, name.last + 1);
  if (words.every((t) => HEADING_WORDS.test(t.lower))) return true;
  if (words.every((t) => TITLES.has(t.lower) || STYLES_OF_ADDRESS.has(t.lower) || /^(?:his|her|your|their)$/.test(t.lower))) return true;
  if (words.some((t) => CONTRACTION.test(t.text))) return true;
  if (words.length > 1) return false;
  const [word] = words;
  if (HOLIDAYS.has(word.lower) || NATIONALITY_NOUN.test(word.lower) || CURRENCY.test(word.lower) || isInterjection(word.lower) || (isLowerCase(word) && isCommonWord(word.lower))) return true;
  // "Z happens after X": a letter alone, without the full stop of an initial, names no one.
  if (/^\p{Lu}$/u.test(word.text) && !word.post.startsWith('.')) return true;
  // "Mark Halvorsen, Democrat of Minnesota": a party's member is a description, not a person's name.
  if (name.kind === 'person' && PARTY_LABELS.has(word.lower)) return true;
  return name.kind === 'person' && word.sentenceStart && word.tags.has('Plural') && !hasNameTag(word);
}

/**
 * A reporting verb in the present ("Says", "Warns"), which a title-case headline writes with a
 * capital after the speaker's name. "Said" is left: it is also a surname (Edward Said).
 */
function isReportingVerb(token: Token): boolean {
  return token.lower.endsWith('s') && SPEECH_VERBS.has(token.lower);
}

/**
 * A verb in the present that a title-case headline writes with a capital after its subject's name
 * ("Clinton Breaks With Obama On Lawsuit Bill", "Sanders Vows To Eliminate Tax Breaks"); not a
 * surname after a first name ("Steve Jobs", "Tyra Banks Returns").
 */
function isHeadlineVerb(tokens: readonly Token[], first: number, last: number): boolean {
  const word = tokens[last];
  // The lexicon's names, not compromise's tags in context: a headline's capitals make it tag verbs as people.
  if (!isPresentVerb(word) || isKnownLastName(word.lower) || isKnownFirstName(word.lower) || (last === first + 1 && isFirstName(tokens[first]))) return false;
  return isHeadline(tokens, last);
}

/** The longest word a title-case headline leaves in lower case: "a", "of", "for", "the". */
const HEADLINE_LOWER_CASE = 3;

/**
 * Whether the word's sentence is written as a title-case headline: at least two ordinary words
 * capitalised after its first, and no lower-case word longer than "for" or "the" (prose has them).
 */
export function isHeadline(tokens: readonly Token[], at: number): boolean {
  const sentence = tokens[at].sentence;
  let start = at;
  while (start > 0 && tokens[start - 1].sentence === sentence) start--;
  let capitalised = 0;
  for (let i = start + 1; i < tokens.length && tokens[i].sentence === sentence; i++) {
    const token = tokens[i];
    if (!/\p{L}/u.test(token.text)) continue;
    if (isLowerCase(token)) {
      if (token.text.length > HEADLINE_LOWER_CASE) return false;
    } else if (isCommonWord(token.lower) && !hasNameTag(token)) capitalised++;
  }
  return capitalised >= 2;
}

/** A word with no capital letter. */
function isLowerCase(token: Token): boolean {
  return !/\p{Lu}/u.test(token.text);
}

/** "Don't", "Can't", "I'll", "We've", "They're": a verb's contraction, which no name ends with. */
const CONTRACTION = /(?:n['’]t|['’](?:ll|re|ve|m))$/i;
