import type { EntityKind } from '../../model/model';
import type { Token } from './tokens';
import type { Run } from './runs';
import { isPlaceName } from './gazetteer';
import {
  ATTACHED_ROLE_NOUNS, HONORIFICS, INSTITUTIONS, ORGANIZATION_HEADS, ORGANIZATION_ROLE_NOUNS, OTHER_HEADS,
  AMBIGUOUS_PREPOSITIONS, BUILDING_HEADS, PARTY_LABELS, PERSON_ROLE_NOUNS, PLACE_HEADS, PLACE_OPENINGS, PLACE_OPENINGS_BEFORE_PARTICLE, PLACE_PREPOSITIONS, PLACE_QUALIFIERS,
  PLACE_ROLE_NOUNS, RELATIVE_WORDS, SPEECH_VERBS, SURNAME_FIRST, TITLE_COMPLEMENTS, TITLES,
} from './lexicon';
import {
  hasNameTag, isAcronym, isCommonWord, isDemonym, isFirstName, isLastName, isOrdinaryAcronym, isParticle, isSentenceWord, isWebAddress,
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
export function classifyRun(tokens: readonly Token[], run: Run, paragraph: string, coordinated?: EntityKind): NameFinding[] {
  let first = run.first;
  let last = run.last;
  // A date after a name is not part of it: "the Chicago Purchasing Managers August index".
  while (last > first && tokens[last].tags.has('Date') && !/\d/.test(tokens[last].text)) last--;
  // A capital at the start of a sentence is not by itself evidence of a name.
  while (first <= last && tokens[first].sentenceStart && isSentenceWord(tokens[first]) && !startsAPlace(tokens, first, last, paragraph)) {
    first++;
  }
  // A month or a role written before a first name is not part of the name: "March Kaczmarek",
  // "Fullback Andre Joubert", "Democrat Walter Mondale".
  const roleWord = first < last && isFirstName(tokens[first + 1]) && (PARTY_LABELS.has(tokens[first].lower) || PERSON_ROLE_NOUNS.has(tokens[first].lower) || /(back|keeper|fielder|rounder)$/.test(tokens[first].lower));
  if (first < last && tokens[first].tags.has('Date') && !ORGANIZATION_HEADS.has(tokens[last].lower) || roleWord) {
    const rest = classifyRun(tokens, { first: first + 1, last }, paragraph, coordinated);
    return roleWord ? rest.map((f) => (f.kind === 'person' ? { ...f, roles: [tokens[first].text, ...f.roles] } : f)) : rest;
  }
  if (first > last) return [];

  const whole = span(tokens, first, last, paragraph);
  // Titles alone ("the Emperor’s room") and single letters and dates ("August", "Friday’s") are not names.
  if (everyToken(tokens, first, last, (t) => TITLES.has(t.lower))) return [];
  if (first === last && (/^\p{L}\.?$/u.test(tokens[first].text) || tokens[first].tags.has('Date'))) return [];
  if (isTeamInTable(tokens, first, last) || INSTITUTIONS.has(whole.toLowerCase())) return [{ first, last, kind: 'organization', roles: [] }];
  const placeTagged = everyToken(tokens, first, last, (t) => t.tags.has('Place') && !t.tags.has('Organization') && !isDemonym(t));
  if (isPlaceName(whole) || placeTagged && !(first < last && (isFirstName(tokens[first]) || TITLES.has(tokens[first].lower))) || opensAPlace(tokens, first, last)) {
    return [{ first, last, kind: 'place', roles: [] }];
  }

  // An institution keeps its descriptive words: "German Foreign Ministry", "European Union".
  if (first < last && ORGANIZATION_HEADS.has(tokens[headIndex(tokens, first, last)].lower) && !OTHER_HEADS.has(tokens[last].lower)) {
    return [{ first, last, kind: 'organization', roles: [] }];
  }
  // Titles and demonyms in front: "Russian President Vladimir Putin", "Nazi Germany", and the
  // institution a title belongs to: "House Speaker Paul Ryan".
  let nameStart = first;
  let titled = false;
  while (nameStart < last && (TITLES.has(tokens[nameStart].lower) || isDemonym(tokens[nameStart]) || (titled && TITLE_COMPLEMENTS.has(tokens[nameStart].lower)))) {
    if (TITLES.has(tokens[nameStart].lower)) titled = true;
    nameStart++;
  }
  if (!titled) {
    const title = titleInside(tokens, first, last);
    if (title > first) {
      titled = true;
      nameStart = title + 1;
    }
  }
  if (nameStart > first && !titled && !isPlaceName(span(tokens, nameStart, last, paragraph)) && !hasNameTag(tokens[nameStart])) {
    nameStart = first;
  }
  // "Queen City": what a title leaves must be a name, not an ordinary word; nor a word the title
  // owns ("the Queen's Speech", "the King's Road"), unless the name lists know it.
  const rest = tokens[nameStart];
  const owned = tokens[nameStart - 1]?.possessive === true;
  if (titled && nameStart === last && (isCommonWord(rest.lower) || owned) && !isFirstName(rest) && !isLastName(rest)) return [];
  // "the White House press secretary, Lena Ortiz, said": the description may stand before the name, set off by commas.
  const roleBefore = describedBy(tokens, first, paragraph) ?? (/^,\s/.test(tokens[last].post) ? describedBy(tokens, first, paragraph, true) : undefined);
  const roles: string[] = [];
  // An honorific alone ("Mrs", "Mr.") says nothing a name does not: it is no role.
  if (titled && !everyToken(tokens, first, nameStart - 1, (t) => HONORIFICS.has(t.lower))) roles.push(span(tokens, first, nameStart - 1, paragraph));
  else if (roleBefore) roles.push(roleBefore.text);
  const kind = kindOf(tokens, nameStart, last, paragraph, titled ? 'person' : roleBefore?.kind, coordinated);
  if (!kind) return namesAnEvent(tokens, first, last) ? [] : placesInRun(tokens, first, last);
  if (kind !== 'person') return [{ first: nameStart, last, kind, roles: [] }];
  const appositive = appositiveAfter(tokens, last, paragraph);
  return [{ first: nameStart, last, kind, roles: appositive ? [...roles, appositive] : roles }];
}

/**
 * The index of a title inside the run that follows only ordinary capitalised words and comes
 * before a name ("House Speaker Paul Ryan", "Defence Secretary Ana Ruiz"), or -1.
 */
function titleInside(tokens: readonly Token[], first: number, last: number): number {
  for (let i = first + 1; i < last; i++) {
    if (!TITLES.has(tokens[i].lower)) {
      if (!isCommonWord(tokens[i].lower) && !ORGANIZATION_HEADS.has(tokens[i].lower) && !isDemonym(tokens[i])) return -1;
      continue;
    }
    return TITLES.has(tokens[i + 1].lower) ? -1 : i;
  }
  return -1;
}

/** The run, from `first`, begins with a place name of one to three words ("New York Energy Desk"). */
function startsAPlace(tokens: readonly Token[], first: number, last: number, paragraph: string): boolean {
  for (let end = first; end <= last && end < first + 3; end++) if (isPlaceName(span(tokens, first, end, paragraph))) return true;
  return false;
}

/**
 * A run that names nothing as a whole but holds a known place: with only ordinary words beside
 * the place it names an organization ("Air France", "Bangladesh Lamps"); beside other names it is
 * two names side by side ("Okafor Nairobi plan"), and only the place is taken.
 */
function placesInRun(tokens: readonly Token[], first: number, last: number): NameFinding[] {
  const places: NameFinding[] = [];
  for (let i = first; i <= last; i++) if (isPlaceName(tokens[i].text)) places.push({ first: i, last: i, kind: 'place', roles: [] });
  if (places.length === 0 || first === last) return [];
  const beside = tokens.slice(first, last + 1).filter((t) => !isPlaceName(t.text));
  if (beside.every((t) => PLACE_QUALIFIERS.has(t.lower))) return [{ first, last, kind: 'place', roles: [] }];
  if (beside.every((t) => isCommonWord(t.lower) && !isDemonym(t))) return [{ first, last, kind: 'organization', roles: [] }];
  return places;
}

/** The words name an event, a prize or a competition ("Greater Lakeside Open"). */
function namesAnEvent(tokens: readonly Token[], first: number, last: number): boolean {
  return someToken(tokens, first, last, (t) => OTHER_HEADS.has(t.lower));
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
  if (everyToken(tokens, first, last, (t) => isDemonym(t) || TITLES.has(t.lower))) return undefined;
  // A title or a role noun outweighs the gazetteer: "President Clinton", "territories like Kursk".
  if (described) return described;
  if (isPlaceName(name)) return 'place';
  if (OTHER_HEADS.has(head.lower.split('-').pop() ?? '')) return undefined;
  // "World War II": an event with a number after its head.
  if (/^[IVX]+$/.test(head.text) && someToken(tokens, first, last, (t) => OTHER_HEADS.has(t.lower))) return undefined;
  if (!single && ORGANIZATION_HEADS.has(head.lower)) return 'organization';
  if (!single && PLACE_HEADS.has(head.lower)) return 'place';
  if (!single && BUILDING_HEADS.has(head.lower)) return 'organization';
  if (single && isWebAddress(head)) return 'organization';
  // "NO", "ALL" written in capitals for emphasis are words, not acronyms.
  if (single && isAcronym(head)) return isOrdinaryAcronym(head) || isCommonWord(head.lower) ? undefined : 'organization';
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
  // A town and a plural: a team ("Charlotte Panthers", "Minnesota Vikings").
  if (!single && isPlaceName(start.text) && /[^s]s$/.test(tokens[last].lower) && !isLastName(tokens[last]) && !isPlaceName(name)) return 'organization';
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

const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'their', 'its', 'my', 'our', 'your']);

/**
 * A lower-case role noun right before the run ("leader Xi Jinping", "outlet Tass", "territories
 * like Kursk"), with the words that describe it ("Chinese Communist leader"); or, with
 * `setOffByCommas`, before the comma of an apposition ("the group's spokeswoman, Ana Ruiz,").
 */
function describedBy(tokens: readonly Token[], first: number, paragraph: string, setOffByCommas = false): { kind: EntityKind; text: string } | undefined {
  let at = first - 1;
  if (at >= 0 && /^(like|including|of)$/.test(tokens[at].lower) && /^\s*$/.test(tokens[at].post)) at--;
  if (at >= 0 && tokens[at].lower === 'as' && tokens[at - 1]?.lower === 'such') at -= 2;
  const noun = tokens[at];
  if (!noun || noun.text !== noun.lower || (setOffByCommas ? !/^,\s+$/.test(noun.post) : /[^\s]/.test(noun.post))) return undefined;
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
    if (word.tags.has('Determiner') || word.tags.has('Preposition') || word.tags.has('Verb') || word.possessive || POSSESSIVE_DETERMINERS.has(word.lower) || AMBIGUOUS_PREPOSITIONS.has(word.lower)) break;
    // Set off by commas, the description is whole and may hold nouns ("the White House press secretary, Lena Ortiz,").
    if (!isDemonym(word) && !word.tags.has('Adjective') && !word.tags.has('ProperNoun') && !/^\p{Lu}/u.test(word.text) && !(setOffByCommas && word.tags.has('Noun'))) break;
    from--;
  }
  // Set off by commas, it opens with an article or an owner ("the campaign's manager, Ana Ruiz,",
  // "His attorney, David Chen,"): "your sister, Mr. Tom," and "Thy little sister, Rachael," call
  // someone in dialogue.
  const opener = tokens[from - 1];
  if (setOffByCommas && !(opener && (/^(?:the|a|an|his|her|their|its)$/.test(opener.lower) || opener.possessive))) return undefined;
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

/** The most words an appositive description may have. */
const MAX_APPOSITIVE_WORDS = 8;

/** Words that may join a role noun to the name it belongs to ("aide to Hillary Clinton"). */
const ROLE_LINKS = new Set(['to', 'of', 'for', 'at', 'the']);

/**
 * A description set off by commas after a person's name, naming a role: "Marta Okonkwo, the
 * party's deputy leader, said" gives "party's deputy leader", and "Huma Abedin, a top aide to
 * Hillary Clinton," gives "top aide to Hillary Clinton". The role stops before an honorific or a
 * relative clause ("a top aide to Mrs. Clinton" gives "top aide"); a clause that only starts with
 * a preposition or a relative word ("for whom Mr. Jones works") is no role.
 */
function appositiveAfter(tokens: readonly Token[], last: number, paragraph: string): string | undefined {
  if (!/^,\s+$/.test(tokens[last].post)) return undefined;
  let from = last + 1;
  // ", as leader of the party,": the role is what follows "as".
  if (tokens[from]?.lower === 'as') from++;
  if (/^(the|a|an)$/.test(tokens[from]?.lower ?? '')) from++;
  // ", but Sen. Ruth Kell", ", and her daughter": what opens with a conjunction adds to the sentence, and describes nobody.
  if (/^(?:and|but|or|nor|yet)$/.test(tokens[from]?.lower ?? '')) return undefined;
  let roleEnd = -1;
  for (let to = from; to < tokens.length && to < from + MAX_APPOSITIVE_WORDS; to++) {
    const word = tokens[to];
    if (word.sentence !== tokens[last].sentence) return undefined;
    // "Sen." before a name is that name's title, as an honorific is: the role stops before it.
    if (HONORIFICS.has(word.lower) || RELATIVE_WORDS.has(word.lower) || isTitleBeforeName(tokens, to)) return roleUpTo(tokens, from, roleEnd, to, paragraph);
    if (word.tags.has('Verb') && !word.tags.has('Noun')) return undefined;
    if (isRoleNoun(word.lower)) roleEnd = to;
    if (/^\s+$/.test(word.post)) continue;
    if (!/^[,.;]/.test(word.post) || roleEnd < 0) return undefined;
    // The description ends here: at its role noun, or at the name the role noun is linked to.
    if (roleEnd === to || linksToName(tokens, roleEnd, to)) return paragraph.slice(tokens[from].start, word.end);
    return undefined;
  }
  return undefined;
}

/** An abbreviated title with its full stop, and a capitalised word after it in the same sentence: "Sen. Ruth". */
function isTitleBeforeName(tokens: readonly Token[], at: number): boolean {
  const next = tokens[at + 1];
  return TITLES.has(tokens[at].lower) && /^\.\s/.test(tokens[at].post) && next !== undefined && next.sentence === tokens[at].sentence && /^\p{Lu}/u.test(next.text);
}

function isRoleNoun(lower: string): boolean {
  return PERSON_ROLE_NOUNS.has(lower) || ATTACHED_ROLE_NOUNS.has(lower) || TITLES.has(lower) && !HONORIFICS.has(lower);
}

/** The role from `from` to its last role noun, when only linking words stand between it and `stop`. */
function roleUpTo(tokens: readonly Token[], from: number, roleEnd: number, stop: number, paragraph: string): string | undefined {
  if (roleEnd < from) return undefined;
  for (let i = roleEnd + 1; i < stop; i++) if (!ROLE_LINKS.has(tokens[i].lower)) return undefined;
  return paragraph.slice(tokens[from].start, tokens[roleEnd].end);
}

/** After the role noun at `roleEnd`: a linking word, then capitalised words up to `end` ("to Hillary Clinton"). */
function linksToName(tokens: readonly Token[], roleEnd: number, end: number): boolean {
  let i = roleEnd + 1;
  if (i >= end || !ROLE_LINKS.has(tokens[i].lower) || tokens[i].lower === 'the') return false;
  i++;
  if (tokens[i]?.lower === 'the') i++;
  if (i > end) return false;
  for (; i <= end; i++) if (!/^\p{Lu}/u.test(tokens[i].text)) return false;
  return true;
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

/** "Rua Augusta", "Campo de Ourique": a word that opens a place's name in a Romance language. */
function opensAPlace(tokens: readonly Token[], first: number, last: number): boolean {
  if (first === last) return false;
  const opening = tokens[first].lower;
  return PLACE_OPENINGS.has(opening) || (PLACE_OPENINGS_BEFORE_PARTICLE.has(opening) && isParticle(tokens[first + 1]));
}
