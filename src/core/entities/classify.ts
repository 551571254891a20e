import type { EntityKind } from '../model';
import type { Token } from './tokens';
import type { Run } from './runs';
import { isPlaceName } from './gazetteer';
import {
  INSTITUTIONS, NON_NAME_ACRONYMS, ORGANIZATION_HEADS, ORGANIZATION_ROLE_NOUNS, OTHER_HEADS,
  PERSON_ROLE_NOUNS, PLACE_HEADS, PLACE_PREPOSITIONS, PLACE_ROLE_NOUNS, SPEECH_VERBS,
  SURNAME_FIRST, TITLES,
} from './lexicon';
import {
  hasNameTag, isAcronym, isCommonWord, isDemonym, isFirstName, isLastName, isSentenceWord,
} from './words';

/** A name found in a run: token indices (end inclusive), its kind and the roles written with it. */
export interface NameFinding {
  readonly first: number;
  readonly last: number;
  readonly kind: EntityKind;
  /** Titles and descriptions written before the name ("Russian President", "Vice-Premier"). */
  readonly roles: readonly string[];
}

/**
 * Decide whether a run names a person, a place or an organization, and which words of it are the
 * name. Titles and demonyms before the name are not part of it; they become its roles.
 */
/** The run's words name an event, a prize or a competition ("Greater Lakeside Open"). */
export function namesAnEvent(tokens: readonly Token[], run: Run): boolean {
  return someToken(tokens, run.first, run.last, (t) => OTHER_HEADS.has(t.lower));
}

export function classifyRun(tokens: readonly Token[], run: Run, paragraph: string, coordinated?: EntityKind): NameFinding | undefined {
  let first = run.first;
  const last = run.last;
  // A capital at the start of a sentence is not by itself evidence of a name.
  while (first <= last && tokens[first].sentenceStart && isSentenceWord(tokens[first]) && !isPlaceName(span(tokens, first, last, paragraph))) {
    first++;
  }
  if (first > last) return undefined;

  const whole = span(tokens, first, last, paragraph);
  // Single letters, and dates ("August", "Friday’s"), are not names.
  if (first === last && (/^\p{L}\.?$/u.test(tokens[first].text) || tokens[first].tags.has('Date'))) return undefined;
  if (isTeamInTable(tokens, first, last) || INSTITUTIONS.has(whole.toLowerCase())) return { first, last, kind: 'organization', roles: [] };
  if (first === last && isAcronym(tokens[last]) && isPlaceName(whole) && modifiesNext(tokens, last)) return undefined;
  const placeTagged = everyToken(tokens, first, last, (t) => t.tags.has('Place') && !t.tags.has('Organization') && !isDemonym(t));
  if (isPlaceName(whole) || placeTagged && !(first < last && (isFirstName(tokens[first]) || TITLES.has(tokens[first].lower)))) {
    return { first, last, kind: 'place', roles: [] };
  }

  // An institution keeps its descriptive words: "German Foreign Ministry", "European Union".
  if (first < last && ORGANIZATION_HEADS.has(tokens[headIndex(tokens, first, last)].lower) && !OTHER_HEADS.has(tokens[last].lower)) {
    return { first, last, kind: 'organization', roles: [] };
  }
  // Titles and demonyms in front: "Russian President Vladimir Putin", "Nazi Germany".
  let nameStart = first;
  let titled = false;
  while (nameStart < last && (TITLES.has(tokens[nameStart].lower) || isDemonym(tokens[nameStart]))) {
    if (TITLES.has(tokens[nameStart].lower)) titled = true;
    nameStart++;
  }
  if (nameStart > first && !titled && !isPlaceName(span(tokens, nameStart, last, paragraph)) && !hasNameTag(tokens[nameStart])) {
    nameStart = first;
  }
  const roleBefore = describedBy(tokens, first, paragraph);
  const roles: string[] = [];
  if (titled) roles.push(span(tokens, first, nameStart - 1, paragraph));
  else if (roleBefore) roles.push(roleBefore.text);
  const kind = kindOf(tokens, nameStart, last, paragraph, titled ? 'person' : roleBefore?.kind, coordinated);
  if (!kind) return undefined;
  if (kind !== 'person') return { first: nameStart, last, kind, roles: [] };
  const appositive = appositiveAfter(tokens, last, paragraph);
  return { first: nameStart, last, kind, roles: appositive ? [...roles, appositive] : roles };
}

function kindOf(
  tokens: readonly Token[], first: number, last: number, paragraph: string,
  described: EntityKind | undefined, coordinated: EntityKind | undefined,
): EntityKind | undefined {
  const name = span(tokens, first, last, paragraph);
  // The head of "Bank of Lusitania" is "Bank".
  const head = tokens[headIndex(tokens, first, last)];
  const single = first === last;
  const start = tokens[first];
  if (single && /['’](ve|re|ll|d|m|t)$/i.test(start.text)) return undefined;
  // A title or a role noun outweighs the gazetteer: "President Clinton", "territories like Kursk".
  if (described) return described;
  if (isPlaceName(name)) return 'place';
  if (OTHER_HEADS.has(head.lower.split('-').pop() ?? '')) return undefined;
  if (everyToken(tokens, first, last, (t) => isDemonym(t) || TITLES.has(t.lower))) return undefined;
  if (!single && (OTHER_HEADS.has(head.lower) || /^[IVX]+$/.test(head.text) && someToken(tokens, first, last, (t) => OTHER_HEADS.has(t.lower)))) return undefined;
  if (!single && ORGANIZATION_HEADS.has(head.lower)) return 'organization';
  if (!single && PLACE_HEADS.has(head.lower)) return 'place';
  if (single && (head.tags.has('Url') || /\.(com|org|net|co\.uk)$/i.test(head.text))) return 'organization';
  if (single && isAcronym(head)) return NON_NAME_ACRONYMS.has(head.lower.replace(/\./g, '')) ? undefined : 'organization';
  // "Aides said": a plural at the start of a sentence is a common noun, even before "said".
  if (speaks(tokens, first, last) && !(single && start.sentenceStart && start.tags.has('Plural'))) return 'person';
  // An initial before a surname: "M. Okafor".
  if (!single && /^\p{Lu}$/u.test(start.text) && start.post.startsWith('.')) return 'person';
  // A single name after "v" or "vs" in a fixture list is a team.
  if (single && /^(v|vs|versus)$/.test(tokens[first - 1]?.lower ?? '')) return 'organization';
  // "in Bosnia": compromise's person tag from context is weaker than the preposition.
  if (single && PLACE_PREPOSITIONS.has(tokens[first - 1]?.lower ?? '') && !isCommonWord(start.lower) && !isFirstName(start) && !isLastName(start)) return 'place';
  // "Williamsburg, Virginia": a name listed with a place is a place, though also a first name.
  // A first name after a bare comma is more likely someone addressed ("America, Chris.").
  if (single && coordinated && !isLastName(start) && (!isFirstName(start) || /^\s*,/.test(start.post))) return coordinated;
  if (!single && SURNAME_FIRST.has(start.lower) && !isCommonWord(tokens[first + 1].lower)) return 'person';
  if (isFirstName(start) && !single || someToken(tokens, first, last, (t) => t.tags.has('Person') || t.tags.has('Honorific')) || single && isLastName(start)) return 'person';
  // Compromise spreads an organization tag over a whole noun phrase ("Friday’s military"); trust
  // it only on words that are not dates or possessives.
  if (someToken(tokens, first, last, (t) => t.tags.has('Organization') && !t.tags.has('Date') && !t.possessive)) return 'organization';
  if (everyToken(tokens, first, last, (t) => t.tags.has('Place'))) return 'place';
  if (coordinated) return coordinated;
  if (single && start.sentenceStart) return undefined;
  if (single && isCommonWord(start.lower)) return undefined;
  // Two names side by side in a headline ("Lebed Chechnya plan") are not one person's name.
  // A capitalised phrase in quote marks is a title or a slogan (“Shark Tank”), not a person.
  if (!single && everyToken(tokens, first, last, (t) => !isCommonWord(t.lower) && !isPlaceName(t.text)) && !quoted(tokens, first, last)) return 'person';
  return undefined;
}

/**
 * A lower-case role noun right before the run ("leader Xi Jinping", "outlet Tass", "territories
 * like Kursk"), with the words that describe it ("Chinese Communist leader").
 */
function describedBy(tokens: readonly Token[], first: number, paragraph: string): { kind: EntityKind; text: string } | undefined {
  let at = first - 1;
  if (at >= 0 && /^(like|including|of)$/.test(tokens[at].lower) && /^\s*$/.test(tokens[at].post)) at--;
  if (at >= 0 && tokens[at].lower === 'as' && tokens[at - 1]?.lower === 'such') at -= 2;
  const noun = tokens[at];
  if (!noun || noun.text !== noun.lower || /[^\s]/.test(noun.post)) return undefined;
  const kind: EntityKind | undefined = PERSON_ROLE_NOUNS.has(noun.lower)
    ? 'person'
    : ORGANIZATION_ROLE_NOUNS.has(noun.lower)
      ? 'organization'
      : PLACE_ROLE_NOUNS.has(noun.lower)
        ? 'place'
        : undefined;
  if (!kind) return undefined;
  // Take in the describing words before the noun, up to a determiner or punctuation.
  let from = at;
  while (from > 0 && !/[^\s-]/.test(tokens[from - 1].post) && tokens[from - 1].sentence === noun.sentence) {
    const word = tokens[from - 1];
    if (word.tags.has('Determiner') || word.tags.has('Preposition') || word.tags.has('Verb') || word.possessive) break;
    if (!isDemonym(word) && !word.tags.has('Adjective') && !word.tags.has('ProperNoun') && !/^\p{Lu}/u.test(word.text)) break;
    from--;
  }
  return { kind, text: paragraph.slice(tokens[from].start, noun.end) };
}

/**
 * In a row of a results table ("Bury 4 Bristol City 0", "Surrey 22 points") a name followed by a
 * number is a team, even when it is a town or county; people there are written with first names
 * or initials, and a country in brackets is a competitor's nationality.
 */
function isTeamInTable(tokens: readonly Token[], first: number, last: number): boolean {
  const next = tokens[last + 1];
  if (!tokens[first].tableRow || !next || !/^\d[\d.,-]*$/.test(next.text) || tokens[last].post.includes('\n')) return false;
  if (/[(\[]/.test(tokens[first].pre) || tokens[first - 1]?.post.includes('(')) return false;
  if (isFirstName(tokens[first]) && first < last || /^\p{Lu}$/u.test(tokens[first].text)) return false;
  return !someToken(tokens, first, last, (t) => t.tags.has('Person') || isDemonym(t));
}

/**
 * An abbreviated country name used as a modifier ("U.S. interests", "UK trade") names the country
 * no more than "American" does.
 */
function modifiesNext(tokens: readonly Token[], at: number): boolean {
  const next = tokens[at + 1];
  if (!next || !/^\s+$/.test(tokens[at].post) || next.text !== next.lower || !/^\p{L}/u.test(next.text)) return false;
  if (SPEECH_VERBS.has(next.lower)) return false;
  return !['PastTense', 'Auxiliary', 'Modal', 'Adverb', 'Copula', 'Preposition', 'Conjunction', 'Determiner'].some((t) => next.tags.has(t));
}

/** The most words an appositive description may have. */
const MAX_APPOSITIVE_WORDS = 7;

/**
 * A description set off by commas after a person's name, naming a role: "Marta Okonkwo, the
 * party's deputy leader, said" gives "party's deputy leader".
 */
function appositiveAfter(tokens: readonly Token[], last: number, paragraph: string): string | undefined {
  if (!/^,\s+$/.test(tokens[last].post)) return undefined;
  let from = last + 1;
  if (/^(the|a|an)$/.test(tokens[from]?.lower ?? '')) from++;
  for (let to = from; to < tokens.length && to < from + MAX_APPOSITIVE_WORDS; to++) {
    const word = tokens[to];
    if (word.sentence !== tokens[last].sentence || word.tags.has('Verb') && !word.tags.has('Noun')) return undefined;
    if (/^\s+$/.test(word.post)) continue;
    if (!/^[,.;]/.test(word.post) || !(PERSON_ROLE_NOUNS.has(word.lower) || TITLES.has(word.lower))) return undefined;
    return paragraph.slice(tokens[from].start, word.end);
  }
  return undefined;
}

/** "Xi said", "said Dudayeva", "according to Lee". */
function speaks(tokens: readonly Token[], first: number, last: number): boolean {
  const after = tokens[last + 1];
  const before = tokens[first - 1];
  if (after && /^\s*$/.test(tokens[last].post) && SPEECH_VERBS.has(after.lower)) return true;
  if (before && /^\s*$/.test(before.post) && SPEECH_VERBS.has(before.lower)) return true;
  return before?.lower === 'to' && tokens[first - 2]?.lower === 'according';
}

function headIndex(tokens: readonly Token[], first: number, last: number): number {
  for (let i = first + 1; i < last; i++) if (tokens[i].lower === 'of') return i - 1;
  return last;
}

function quoted(tokens: readonly Token[], first: number, last: number): boolean {
  return /[“"‘«]/.test(tokens[first].pre) && /^[.,!?;:]*[”"’»]/.test(tokens[last].post);
}

function span(tokens: readonly Token[], first: number, last: number, paragraph: string): string {
  return paragraph.slice(tokens[first].start, tokens[last].end).replace(/['’]s$|(?<=s)['’]$/i, '');
}

function everyToken(tokens: readonly Token[], first: number, last: number, test: (t: Token) => boolean): boolean {
  for (let i = first; i <= last; i++) if (!test(tokens[i])) return false;
  return true;
}

function someToken(tokens: readonly Token[], first: number, last: number, test: (t: Token) => boolean): boolean {
  for (let i = first; i <= last; i++) if (test(tokens[i])) return true;
  return false;
}
