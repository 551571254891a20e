import type { Token } from '../tokens';
import { spansOf, OUTSIDE, LABEL_COUNT, NAME_KINDS, type LabelledSpan } from './labels';
import { SURE_OF_KIND, type EntityKind } from '../../../model/model';
import { RULES_CONFIDENCE, isClauseOpener, sureness, type ModelName, type ModelReading } from './model';
import { hasNameTag, isAcronym, isCapitalised, isCommonWord, isFirstName, isGivenName, isKnownOrganization, isOrdinaryAcronym, isParticle, isWebAddress } from '../words';
import { isPlaceName } from '../gazetteer';
import { joinBracketed } from './brackets';
import { joinsNext } from '../runs';
import { isHeadline, withoutNonNameWords } from './tidy';
import { withLowerCasePlaces } from './lowerCasePlaces';
import { withPostalStates } from './postalStates';
import { withCitedAuthors } from './citations';
import { withChambers } from './chambers';
import { withComplementedOrganizations } from './complemented';
import { joinedAcrossAnd } from './coordinated';
import { ATTACHED_ROLE_NOUNS, BUILDING_HEADS, COMPANY_SUFFIXES, EMPLOYEE_NOUNS, INSTITUTIONS, KINSHIP_NAMES, ORGANIZATION_HEADS, PARTY_LABELS, PERSON_ROLE_NOUNS, PLACE_HEADS, PLACE_PREPOSITIONS, TITLES } from '../lexicon';

/** Below this confidence a name of the model's gives way to the rules' reading of the same words, name or not (tuned likewise). */
export const UNSURE = 0.4;
/** A name of the rules' that the model passed over stands unless the model is this sure its words are in no name (tuned on the sample article and CoNLL-2003 dev). */
export const SURELY_OUTSIDE = 0.5;

/**
 * The words that may open a person's name before the model's first word, in this order, each
 * given the name before it: a first name at a sentence's start, the first half of a hyphenated
 * first name, a particle, initials.
 */
const OPENINGS: readonly ((name: ModelName, previous: ModelName | undefined, tokens: readonly Token[]) => ModelName)[] = [
  withOpeningFirstName, withHyphenatedFirstName, withOpeningParticle, withOpeningInitials,
];

/**
 * The model's names, with the rules' reading where the model is unsure: the rules were written
 * for what the training data lacks (titles, institutions, web addresses, the odd place name), and
 * they decide where the model cannot tell. A low-confidence name the rules do not see is dropped,
 * which leaves its words to the document pass: a name found surely elsewhere is found there too. Names also never run across punctuation, take in
 * the words of theirs an editor put in brackets, and leave out words that are never a name's (tidy.ts).
 */
export function combineWithRules(reading: ModelReading, ruleLabels: ArrayLike<number>, tokens: readonly Token[]): ModelName[] {
  const ruleNames = spansOf(ruleLabels);
  const kept: ModelName[] = [];
  const pieces = withoutClauseOpeners(joinBracketed(splitBeforeOwnedPerson(apartFromSeatOfGovernment(splitAtPunctuation(reading, tokens), reading, tokens), reading, ruleNames, tokens), tokens), reading, ruleLabels, tokens);
  for (const name of wholeToPlaceHead(wholeAcrossInitials(wholeOverParticle(pieces, ruleNames, tokens), ruleNames, tokens), ruleNames, tokens)) {
    if (isOrdinaryAcronymName(name, tokens)) continue;
    // "Vice-Premier He Lifeng", where the model found only "Lifeng", or another kind, and "to Prince
    // Bagration", which the model took for a place with its title: the rules' person stands.
    const titled = ruleNames.find((rule) => overlaps(rule, name) && (isSurnameSpeltAsPronoun(tokens, rule) || isTitledPerson(name, rule, tokens)));
    if (titled) {
      if (!kept.some((k) => k.first === titled.first && k.last === titled.last)) kept.push(byRules(reading, titled));
      continue;
    }
    if (name.confidence >= UNSURE) kept.push(agreesWithRules(name, ruleNames, tokens) ? { ...name, confidence: Math.max(name.confidence, RULES_CONFIDENCE) } : placeByRules(personByRules(name, reading, ruleNames, tokens), reading, ruleNames, tokens));
    else {
      const rule = ruleNames.find((r) => overlaps(r, name));
      if (rule) kept.push(byRules(reading, rule));
    }
  }
  for (const rule of ruleNames) {
    if (kept.some((k) => overlaps(k, rule))) continue;
    if (mostlyOutside(reading.probabilities, rule.first, rule.last) && !isBeyondTrainingData(tokens, rule)) continue;
    kept.push(byRules(reading, rule));
  }
  kept.sort((a, b) => a.first - b.first || b.last - a.last);
  // The word list decides the kind outright; the model's doubt was only ever about the kind.
  for (let k = 0; k < kept.length; k++) if (isKinshipName(kept[k], tokens)) kept[k] = { ...kept[k], kind: 'person', kindConfidence: 1 };
  const apart = splitPlaceBeforePerson(apartFromSeatOfGovernment(kept.filter((name, k) => k === 0 || name.first > kept[k - 1].last), reading, tokens), reading, tokens);
  const named = withoutNonNameWords(apart.map((name, k) => OPENINGS.reduce((opened, open) => open(opened, apart[k - 1], tokens), name)), reading.probabilities, tokens);
  const placed = joinedAcrossAnd(withComplementedOrganizations(withChambers(withPlaceOpenings(named, tokens), tokens), tokens), tokens).map((name) => asPlaceBeforeHead(asStateBeforeTitle(asPersonAfterRole(asEmployer(name, reading, tokens), reading, tokens), tokens), tokens));
  return withCitedAuthors(withPostalStates(withLowerCasePlaces(placed.map((name) => withRomanisedSyllable(name, tokens)), tokens), tokens), tokens);
}

/**
 * "a New Hampshire Democrat", "the New Hampshire Democratic Party": a capitalised word that opens a
 * place the gazetteer knows with the name's first words ("New", an adjective to compromise) is the
 * name's, where the model left it out or read it as a name of its own. The name keeps its kind and
 * how sure it was: the word list, not the model, decides the word.
 */
function withPlaceOpenings(names: readonly ModelName[], tokens: readonly Token[]): ModelName[] {
  const joined: ModelName[] = [];
  for (const name of names) {
    const at = name.first - 1;
    const before = joined.at(-1);
    const alone = before !== undefined && before.first === at && before.last === at;
    const word = tokens[at];
    if (!word || !isCapitalised(word) || (before && before.last >= at && !alone) || !joinsNext(tokens, at) || !opensPlace(tokens, at, name)) {
      joined.push(name);
      continue;
    }
    if (alone) joined.pop();
    joined.push({ ...name, first: at });
  }
  return joined;
}

/** The lower-case words that end an English compound after a name: "New York-based", "Obama-era", "White House-led". */
const COMPOUND_ENDINGS = new Set(['based', 'led', 'run', 'era', 'born', 'bred', 'like', 'made', 'held', 'style', 'owned', 'wide', 'free', 'bound', 'type', 'sized', 'proof', 'only', 'class', 'level', 'area', 'zone', 'ish', 'ite', 'esque']);

/**
 * A given name romanised from Korean or Chinese keeps its second syllable, which is written in
 * lower case after a hyphen: "Bong Joon-ho", "Moon Jae-in", "Kim Jong-un", "Chiang Kai-shek".
 * The model and the rules end a name at a word in lower case ("Bong Joon"). Only after a surname
 * in the name, and not an English compound's ending ("Hong Kong-based"). Such a name is a
 * person's, whatever kind the model gave the unknown surname ("Tsai Ing-wen").
 */
function withRomanisedSyllable(name: ModelName, tokens: readonly Token[]): ModelName {
  const syllable = tokens[name.last + 1];
  if (name.first === name.last || tokens[name.last].post !== '-' || !syllable || !/^\p{Lu}\p{Ll}{1,4}$/u.test(tokens[name.last].text)) return name;
  // "the Islamic State-as-Nazis analogy": a compound that goes on is no given name.
  if (!/^\p{Ll}{1,5}$/u.test(syllable.text) || COMPOUND_ENDINGS.has(syllable.text) || syllable.post === '-') return name;
  return { ...name, last: name.last + 1, kind: 'person', kindConfidence: name.kind === 'person' ? name.kindConfidence : 1 };
}

/**
 * "Kraków Główny station", "Kennedy airport": a name before one of these words in lower case names
 * the place, not a person (the model read the unknown word as a surname). Not "mountain" or
 * "hotel": "some Grizzly Adams mountain man", "the Trump hotel".
 */
const PLACE_AFTER_NAME = new Set(['station', 'airport', 'street', 'avenue', 'square', 'bridge', 'river', 'stadium']);

function asPlaceBeforeHead(name: ModelName, tokens: readonly Token[]): ModelName {
  const next = tokens[name.last + 1];
  if (name.kind !== 'person' || !next || next.text !== next.lower || !/^\s+$/.test(tokens[name.last].post)) return name;
  return PLACE_AFTER_NAME.has(next.lower) ? { ...name, kind: 'place', kindConfidence: 1 } : name;
}

/**
 * "Republican Indiana Gov. Mike Pence", "Democratic Ohio Sen. Sherrod Brown": a party and a state
 * before a title describe the person who follows; the state is a place, the party's word no name.
 */
function asStateBeforeTitle(name: ModelName, tokens: readonly Token[]): ModelName {
  const party = tokens[name.first].lower;
  const next = tokens[name.last + 1];
  if (name.first === name.last || !isPartyWord(party) || !next || !TITLES.has(next.lower)) return name;
  return namesPlace(tokens, name.first + 1, name.last) ? { ...name, first: name.first + 1, kind: 'place', kindConfidence: 1 } : name;
}

/** A party's label, or "Democratic", which names the party as an adjective ("a Democratic senator"). */
function isPartyWord(lower: string): boolean {
  return PARTY_LABELS.has(lower) || lower === 'democratic';
}

/** Whether the word at `at` and the first one to three words of the name are a place the gazetteer knows. */
function opensPlace(tokens: readonly Token[], at: number, name: ModelName): boolean {
  for (let end = name.first; end <= name.last && end <= name.first + 2; end++) if (namesPlace(tokens, at, end)) return true;
  return false;
}

/**
 * A person's name with the first name that opens the sentence before it: "Jeb Bush said", "Rand
 * Paul", "Mark Zuckerberg". The model, having learnt that a capital at a sentence's start says
 * little, leaves out such a first name where it rarely saw it. Only a first name that is no
 * ordinary word: the name lists also hold "Will", "Given", "Young", "Not" and "My" ("Will Trump
 * sign the bill?", "Young Sanders supporters"), so "Christian Estrosi" and "Rose Byrne" opening a
 * sentence still lose their first name.
 */
export function withOpeningFirstName(name: ModelName, previous: ModelName | undefined, tokens: readonly Token[]): ModelName {
  const at = name.first - 1;
  const word = tokens[at];
  if (name.kind !== 'person' || !word?.sentenceStart || word.capsLine || (previous && previous.last >= at)) return name;
  const givenName = (isGivenName(word, tokens[name.first]) && !isCommonWord(word.lower)) || (name.first === name.last && isFirstNameSpeltAsVerb(tokens, at));
  if (!givenName || !joinsNext(tokens, at)) return name;
  return { ...name, first: at };
}

/**
 * A person's name with the first half of a hyphenated first name before it: compromise reads
 * "Jean-Luc" as two words, and the model, or the rules at a sentence's start, may begin the name
 * at "Luc". Both halves must be first names the word lists know.
 */
export function withHyphenatedFirstName(name: ModelName, previous: ModelName | undefined, tokens: readonly Token[]): ModelName {
  let first = name.first;
  // Both halves first names: not "Anti-Donald Trump", "Rubio-Bush" or "Pro-Clinton".
  while (name.kind === 'person' && first > 0 && tokens[first - 1].post === '-' && isGivenName(tokens[first - 1], tokens[first]) && isGivenName(tokens[first], tokens[first + 1]) && !(previous && previous.last >= first - 1)) first--;
  return first === name.first ? name : { ...name, first };
}

/**
 * The particles that may open a person's name alone. Not "la", "le", "du" or "da", which are the
 * articles of French and Italian passages ("something a la Louis XV").
 */
const OPENING_PARTICLES = new Set(['al', 'bin', 'bint', 'de', 'dos', 'el', 'ibn', 'van', 'von']);

/**
 * A person's name with the initials before it: "nominated A. Noel Anketell Kramer", where the model
 * read "A." as the article and began the name after it. A capital letter alone with its full stop
 * is an initial; not one that opens the sentence.
 */
export function withOpeningInitials(name: ModelName, previous: ModelName | undefined, tokens: readonly Token[]): ModelName {
  // A name that opens its sentence has no initial before it.
  if (name.kind !== 'person' || tokens[name.first].sentenceStart || tokens[name.first].pre !== '') return name;
  let first = name.first;
  // "I" is an initial only before another ("I. M. Pei"): "said I. Lal Chowdar shook" ends a sentence with the pronoun.
  while (first > 0 && isInitial(tokens[first - 1]) && (tokens[first - 1].text !== 'I' || first < name.first) && !tokens[first - 1].sentenceStart && !(previous && previous.last >= first - 1)) first--;
  // "Samuel A. Alito Jr.", where the model parted the first name: a middle initial is left to the
  // rules' whole name (wholeAcrossInitials), not given to the surname.
  const before = tokens[first - 1];
  if (first === name.first || (before && before.post === ' ' && isCapitalised(before))) return name;
  return { ...name, first };
}

/** One capital letter and a full stop: "A. Noel", "Franklin D. Roosevelt". */
function isInitial(token: Token): boolean {
  return /^\p{Lu}$/u.test(token.text) && /^\.\s/.test(token.post);
}

/** The Arabic article, the one particle a hyphen joins to the name: "al-Sadr", "el-Sisi". */
const ARABIC_ARTICLE = new Set(['al', 'el']);

/**
 * A person's name with the particle in lower case that opens it: "bin Laden", "de Gaulle", "van
 * Gogh", "al-Sadr". The training text writes such names after a first name ("Osama bin Laden");
 * alone, the model leaves the particle out. Not after a capitalised word (the model parted those
 * names for a reason of its own), nor after a noun, an adjective or a determiner, where the word is
 * an ordinary one: "a rubbish bin Tom found". A hyphen joins only the Arabic article: the police
 * "de-Giuliani-ized" no one.
 */
export function withOpeningParticle(name: ModelName, previous: ModelName | undefined, tokens: readonly Token[]): ModelName {
  const at = name.first - 1;
  const particle = tokens[at];
  if (name.kind !== 'person' || !particle || !OPENING_PARTICLES.has(particle.text) || !(particle.post === ' ' || (particle.post === '-' && ARABIC_ARTICLE.has(particle.lower))) || (previous && previous.last >= at)) return name;
  const before = tokens[at - 1];
  if (before && /^\s+$/.test(before.post) && (isCapitalised(before) || before.tags.has('Noun') || before.tags.has('Adjective') || before.tags.has('Determiner'))) return name;
  return { ...name, first: at };
}

/**
 * A person's name with a middle initial or a particle, whole as the rules read it: "Franklin D.
 * Roosevelt", "Robert S. Mueller III", "Erik ten Hag". The training data has few such names, and
 * the model starts a name at the initial ("D. Roosevelt") or leaves it out ("John", "Kennedy"), or
 * stops before a particle it never saw ("Erik"); the rules join a name's words across an initial's
 * full stop and a particle (runs.ts), so where the model found part of such a name, the rules'
 * whole name stands in for the model's pieces, as sure as the surest of them.
 */
export function wholeAcrossInitials(names: readonly ModelName[], ruleNames: readonly LabelledSpan[], tokens: readonly Token[]): ModelName[] {
  let result = [...names];
  for (const rule of ruleNames) {
    if (rule.kind !== 'person' || !hasMiddleInitialOrParticle(tokens, rule)) continue;
    const parts = result.filter((name) => overlaps(name, rule));
    if (parts.length === 0) continue;
    const whole: ModelName = {
      first: Math.min(rule.first, ...parts.map((p) => p.first)),
      last: Math.max(rule.last, ...parts.map((p) => p.last)),
      kind: 'person',
      confidence: Math.max(...parts.map((p) => p.confidence)),
      kindConfidence: Math.max(...parts.map((p) => (p.kind === 'person' ? p.kindConfidence : 0))),
    };
    result = [...result.filter((name) => !parts.includes(name)), whole].sort((a, b) => a.first - b.first);
  }
  return result;
}

/**
 * "the Place de la Concorde": a name the model ended on a particle, which never ends one, is the
 * name the rules read from the same word on, of the rules' kind.
 */
export function wholeOverParticle(names: readonly ModelName[], ruleNames: readonly LabelledSpan[], tokens: readonly Token[]): ModelName[] {
  return names.map((name) => {
    if (!isParticle(tokens[name.last])) return name;
    const rule = ruleNames.find((r) => r.first === name.first && r.last > name.last);
    return rule ? { ...name, last: rule.last, kind: rule.kind } : name;
  });
}

/**
 * "Kraków John Paul II International Airport", "Ronald Reagan Washington National Airport": a place
 * named after a person, or with words the model never saw, that the model cut short ("Kraków John
 * Paul"). Where the rules read the name on to a place's or a building's head word, and the model's
 * pieces begin where it begins and stop short of its head, the rules' whole place stands, as sure
 * as the surest piece.
 */
export function wholeToPlaceHead(names: readonly ModelName[], ruleNames: readonly LabelledSpan[], tokens: readonly Token[]): ModelName[] {
  let result = [...names];
  for (const rule of ruleNames) {
    const head = tokens[rule.last];
    if (rule.kind !== 'place' || !isCapitalised(head) || !(PLACE_HEADS.has(head.lower) || BUILDING_HEADS.has(head.lower))) continue;
    const parts = result.filter((name) => overlaps(name, rule));
    if (parts.length === 0 || parts[0].first !== rule.first || parts.some((p) => p.last >= rule.last)) continue;
    const whole: ModelName = { first: rule.first, last: rule.last, kind: 'place', confidence: Math.max(...parts.map((p) => p.confidence)), kindConfidence: 1 };
    result = [...result.filter((name) => !parts.includes(name)), whole].sort((a, b) => a.first - b.first);
  }
  return result;
}

/** An initial inside the name, or a particle after a first name ("Erik ten Hag"; not "Casa de Campo"). */
function hasMiddleInitialOrParticle(tokens: readonly Token[], name: LabelledSpan): boolean {
  for (let i = name.first + 1; i < name.last; i++) if (isInitial(tokens[i]) || (isParticle(tokens[i]) && isFirstName(tokens[i - 1]))) return true;
  return false;
}

function byRules(reading: ModelReading, rule: LabelledSpan): ModelName {
  const model = sureness(reading.probabilities, rule.first, rule.last, rule.kind);
  return { ...rule, confidence: Math.max(model.confidence, RULES_CONFIDENCE), kindConfidence: model.kindConfidence };
}

/**
 * A name cut where its words do not join as the rules join a name's words (runs.ts): at a comma,
 * a colon, a bracket, a quote mark, a line break, or a full stop that is not an abbreviation's:
 * "Mary John, Russell Dyk" is two people, "Marta... Do" is "Marta". A company's legal form is
 * the organization's across a comma and ends it: "Google, Inc." (not "Google, Inc. of Mountain View").
 */
export function splitAtPunctuation({ names, probabilities }: ModelReading, tokens: readonly Token[]): ModelName[] {
  const pieces: ModelName[] = [];
  // A piece cut from a longer name is as sure as its own words are.
  const piece = (name: ModelName, first: number, last: number): ModelName => ({ first, last, kind: name.kind, ...sureness(probabilities, first, last, name.kind) });
  for (const name of names) {
    let first = name.first;
    for (let i = name.first; i < name.last; i++) {
      if (endsPiece(name, first, i, tokens)) {
        pieces.push(piece(name, first, i));
        first = i + 1;
      }
    }
    pieces.push(first === name.first ? name : piece(name, first, name.last));
  }
  return pieces;
}

/** Whether the name's word at `at` ends the piece that began at `first`. */
function endsPiece(name: ModelName, first: number, at: number, tokens: readonly Token[]): boolean {
  if (name.kind === 'organization') {
    if (COMPANY_SUFFIXES.has(tokens[at].lower) && at > first) return true;
    if (/^,\s+$/.test(tokens[at].post) && COMPANY_SUFFIXES.has(tokens[at + 1].lower)) return false;
  }
  return !joinsNext(tokens, at) && !joinsInCapsLine(tokens, at);
}

/** Prepositions of place before which a town and a person may stand with no comma between. */
const PLACE_BEFORE_PERSON = new Set(['in', 'at', 'from', 'near', 'reaching']);

/**
 * A name cut after the town that opens it, where a preposition of place stands before: "In Kiev
 * Pierre found some people he knew", "On reaching Petersburg Pierre did not" are a place and a
 * person, which novels write without a comma after the place. The model reads such a pair as one
 * person, or as one place when the person is named by a first name. Only a town the gazetteer
 * knows ("in Washington Irving's story" would be cut too, but is rarer than the novel's usage).
 */
export function splitPlaceBeforePerson(names: readonly ModelName[], { probabilities }: ModelReading, tokens: readonly Token[]): ModelName[] {
  const pieces: ModelName[] = [];
  for (const name of names) {
    const before = tokens[name.first - 1];
    const twoNames = name.last > name.first && (name.kind === 'person' || (name.kind === 'place' && isFirstName(tokens[name.first + 1])));
    // "in St Louis", "in St. Louis": an abbreviation opens a town's own name.
    const town = tokens[name.first];
    if (!twoNames || !before || !PLACE_BEFORE_PERSON.has(before.lower) || !isPlaceName(town.text) || town.text.length < 3 || town.post.startsWith('.')) {
      pieces.push(name);
      continue;
    }
    // Both parts are as sure to be names as the whole was: the model doubted no word, only the cut.
    const part = (first: number, last: number, kind: EntityKind): ModelName => ({ first, last, kind, confidence: name.confidence, kindConfidence: sureness(probabilities, first, last, kind).kindConfidence });
    pieces.push(part(name.first, name.first, 'place'), part(name.first + 1, name.last, 'person'));
  }
  return pieces;
}

/**
 * "An analyst at Bernstein", "a fellow at Brookings": after a job and "at", a name is the employer,
 * an organization, though "at" reads as a place's preposition to the rules and the model. Not a
 * place the gazetteer knows ("a professor at Oxford" may be the town).
 */
function asEmployer(name: ModelName, { probabilities }: ModelReading, tokens: readonly Token[]): ModelName {
  const [at, job] = [tokens[name.first - 1], tokens[name.first - 2]];
  if (name.kind === 'organization' || at?.lower !== 'at' || !job || !EMPLOYEE_NOUNS.has(job.lower) || /\S/.test(job.post)) return name;
  if (namesPlace(tokens, name.first, name.last)) return name;
  return withKind(name, 'organization', probabilities);
}

/**
 * "His spokesperson, Ellen Park, later said", "Tesla founder Elon Musk": a first name and another
 * word right after a person's role, or set off after it by a comma, are a person, where the model
 * read a place's head word ("Park", "Hill") or an organization after the company's name. The role
 * says who it is.
 */
function asPersonAfterRole(name: ModelName, { probabilities }: ModelReading, tokens: readonly Token[]): ModelName {
  if (name.kind === 'person' || name.first === name.last || !isGivenName(tokens[name.first], tokens[name.first + 1])) return name;
  // "activist Chicago Teachers Union members": a town or a body's head word says it is no person.
  if (isPlaceName(tokens[name.first].text) || ORGANIZATION_HEADS.has(tokens[name.last].lower)) return name;
  const before = tokens[name.first - 1];
  if (!before || !(PERSON_ROLE_NOUNS.has(before.lower) || ATTACHED_ROLE_NOUNS.has(before.lower)) || !/^,?\s+$/.test(before.post)) return name;
  return withKind(name, 'person', probabilities);
}

/** The seats that stand for a government, written after its leader's name or party ("the Obama White House"). */
const SEATS_OF_GOVERNMENT: readonly (readonly string[])[] = [['white', 'house'], ['kremlin'], ['downing', 'street']];

/**
 * "The Obama White House", "a Democratic White House contender": a seat of government after the
 * name or party of whoever holds it is an organization of its own, and the words before it are a
 * person of their own (a place when the gazetteer says so) or no name (an adjective: "Democratic",
 * "Russian"). The rules read "Obama White House" as one place, the model "A Democratic White" as a
 * person; both readings are cut. A name that goes on past the seat ("White House Correspondents'
 * Association") stays whole.
 */
export function apartFromSeatOfGovernment(names: readonly ModelName[], { probabilities }: ModelReading, tokens: readonly Token[]): ModelName[] {
  const pieces: ModelName[] = [];
  for (const name of names) {
    const seat = seatEndingAt(tokens, name);
    if (!seat) {
      pieces.push(name);
      continue;
    }
    let first = name.first;
    while (first < seat.first && isNoHolder(tokens[first])) first++;
    if (first < seat.first) {
      // Whoever holds the seat: a person ("Obama"), unless the words name a place ("the Moscow
      // Kremlin"); several words, what the model makes of them ("Fox News Channel").
      const kind = namesPlace(tokens, first, seat.first - 1) ? 'place' : first === seat.first - 1 ? 'person' : likeliestKind(probabilities, first, seat.first - 1);
      pieces.push({ first, last: seat.first - 1, kind, confidence: name.confidence, kindConfidence: sureness(probabilities, first, seat.first - 1, kind).kindConfidence });
    }
    if (!pieces.some((piece) => piece.first === seat.first)) pieces.push({ ...seat, kind: 'organization', confidence: Math.max(name.confidence, RULES_CONFIDENCE), kindConfidence: 1 });
  }
  return pieces;
}

/** A word before a seat of government that names no one: "the", "Democratic", "Russian". */
function isNoHolder(token: Token): boolean {
  return ['Determiner', 'Adjective', 'Demonym'].some((tag) => token.tags.has(tag)) || isPartyWord(token.lower);
}

/**
 * The seat of government that ends the name, or that the name's last word opens and the words
 * after it finish ("A Democratic White" before "House"), when words come before it in the name.
 */
function seatEndingAt(tokens: readonly Token[], name: ModelName): { first: number; last: number } | undefined {
  for (const seat of SEATS_OF_GOVERNMENT) {
    for (let first = name.first + 1; first <= name.last; first++) {
      const last = first + seat.length - 1;
      const reachesEnd = last === name.last || (last > name.last && first <= name.last);
      if (reachesEnd && seat.every((word, k) => tokens[first + k]?.lower === word && (k === 0 || tokens[first + k - 1].post === ' '))) return { first, last };
    }
  }
  return undefined;
}

/**
 * A name cut after a possessive that another name follows: "NFL Network’s Rich Eisen" is the
 * network and its presenter, as "ABC’s Martha Raddatz" is, and "China’s Huawei" and "Beijing’s
 * Ministry of Commerce" are a place and an organization. The news the model learnt from writes
 * such pairs rarely, and it reads them as one name (the first a person). A name whose possessive
 * is followed by any other word ("Martha’s Vineyard", "St. John’s University") stays whole. The
 * part before the possessive takes the kind the rules give the same words, or else the one the
 * model finds likeliest.
 */
export function splitBeforeOwnedPerson(names: readonly ModelName[], { probabilities }: ModelReading, ruleNames: readonly LabelledSpan[], tokens: readonly Token[]): ModelName[] {
  const pieces: ModelName[] = [];
  for (const name of names) {
    const owned = ownedName(name, ruleNames, tokens);
    if (!owned) {
      pieces.push(name);
      continue;
    }
    const { at, kind } = owned;
    // Both parts are as sure to be names as the whole was: the model doubted no word, only the cut.
    const part = (first: number, last: number, kind: EntityKind): ModelName => ({ first, last, kind, confidence: name.confidence, kindConfidence: sureness(probabilities, first, last, kind).kindConfidence });
    const rule = ruleNames.find((r) => r.first === name.first && r.last === at);
    pieces.push(part(name.first, at, rule?.kind ?? likeliestKind(probabilities, name.first, at)), part(at + 1, name.last, kind));
  }
  return pieces;
}

/**
 * Where the name's owner ends and what the owned name is: a person's whole name after any
 * possessive, or after a place's possessive the name the rules read in the words that follow.
 */
function ownedName(name: ModelName, ruleNames: readonly LabelledSpan[], tokens: readonly Token[]): { at: number; kind: EntityKind } | undefined {
  for (let i = name.first; i < name.last; i++) {
    if (!tokens[i].possessive) continue;
    const owned = ruleNames.find((r) => r.first === i + 1 && r.last === name.last);
    // What the rules read there says its kind: "Oxford's Jenner Institute" opens with a given name.
    if (i < name.last - 1 && isGivenName(tokens[i + 1], tokens[i + 2])) return { at: i, kind: owned?.kind ?? 'person' };
    if (owned && namesPlace(tokens, name.first, i)) return { at: i, kind: owned.kind };
  }
  return undefined;
}

/** The name as one of another kind, as sure of that kind as the model is. */
function withKind(name: ModelName, kind: EntityKind, probabilities: Float64Array): ModelName {
  return { ...name, kind, kindConfidence: sureness(probabilities, name.first, name.last, kind).kindConfidence };
}

/** Whether the words first..last, as written, are a place the gazetteer knows. */
function namesPlace(tokens: readonly Token[], first: number, last: number): boolean {
  return isPlaceName(tokens.slice(first, last + 1).map((t) => t.text).join(' '));
}

function likeliestKind(probabilities: Float64Array, first: number, last: number): EntityKind {
  let best: EntityKind = 'organization';
  let bestScore = -1;
  for (const kind of NAME_KINDS) {
    const { kindConfidence } = sureness(probabilities, first, last, kind);
    if (kindConfidence > bestScore) [best, bestScore] = [kind, kindConfidence];
  }
  return best;
}

/**
 * Two words of one line in capitals with only spaces between them ("KANSAS CITY", "JAKARTA
 * POST"): the rules never join words of such a line (a headline's capitals say nothing of names),
 * but the model reads headlines and tables in capitals, and its name there is whole.
 */
function joinsInCapsLine(tokens: readonly Token[], at: number): boolean {
  const here = tokens[at];
  const next = tokens[at + 1];
  return here.capsLine && next !== undefined && next.capsLine && /^[ \t]+$/.test(here.post) && next.pre === '';
}

/**
 * The model's names without an ordinary word that starts the sentence and that compromise reads
 * as no noun ("Though Xi", "Behind Kutuzov", "Listen"): capitalised by its place, not as a name,
 * unless the rules read it in one or it is a known first name. A name of such words alone is
 * dropped. Nouns stay: they begin organizations ("Union Bank") as often as they open sentences.
 */
export function withoutClauseOpeners(names: readonly ModelName[], { probabilities }: ModelReading, ruleLabels: ArrayLike<number>, tokens: readonly Token[]): ModelName[] {
  const kept: ModelName[] = [];
  for (const name of names) {
    const opener = tokens[name.first];
    const keepsOpener = ruleLabels[name.first] !== OUTSIDE || isFirstName(opener) || (name.kind === 'person' && name.last === name.first + 1 && isFirstNameSpeltAsVerb(tokens, name.first));
    if (!(isClauseOpener(opener) || isImperative(opener, tokens[name.first + 1])) || !isNoNoun(opener) || keepsOpener) kept.push(name);
    else if (name.first < name.last) kept.push({ first: name.first + 1, last: name.last, kind: name.kind, ...sureness(probabilities, name.first + 1, name.last, name.kind) });
  }
  return kept;
}

/**
 * A verb in its base form opening a sentence before a word in lower case, an order ("Eliminate
 * all other factors"), that compromise reads as such though its lexicon lacks the word.
 */
function isImperative(token: Token, next: Token | undefined): boolean {
  return token.sentenceStart && token.tags.has('Infinitive') && !hasNameTag(token) && /^\p{Lu}\p{Ll}+$/u.test(token.text) && next !== undefined && /^\p{Ll}/u.test(next.text);
}

/**
 * "Hope Hicks, a spokeswoman for the campaign, said": a first name of the name lists, spelt as a
 * verb in its base form, opening a sentence before a surname, the two a person's whole name. Not a
 * modal ("Will Trump sign?"), nor an order, which a lower-case word follows ("Tell Natasha to
 * come"): the name goes on to a comma, a verb or the sentence's end.
 */
function isFirstNameSpeltAsVerb(tokens: readonly Token[], at: number): boolean {
  const [opener, surname, after] = [tokens[at], tokens[at + 1], tokens[at + 2]];
  if (!opener.sentenceStart || !opener.tags.has('Infinitive') || opener.tags.has('Modal') || opener.tags.has('Auxiliary')) return false;
  if (surname === undefined || !isGivenName(opener, surname) || surname.sentenceStart || !/^\p{Lu}\p{Ll}+$/u.test(surname.text)) return false;
  return after === undefined || /[,;:]/.test(surname.post) || after.tags.has('Verb');
}

/** Tags of words that open a sentence without naming anything. */
const NO_NOUN_TAGS = ['Conjunction', 'Preposition', 'Determiner', 'Adverb', 'Pronoun', 'Verb', 'Adjective'];

function isNoNoun(token: Token): boolean {
  return !token.tags.has('Noun') && NO_NOUN_TAGS.some((tag) => token.tags.has(tag));
}

/**
 * A one-word name of the rules' that the training data hardly teaches, so the model's doubt
 * counts for little: a web address ("Matzav.com" names the site's publisher), a place the
 * gazetteer knows written with a capital in mid-sentence ("seized Crimea"), an organization
 * compromise's lexicon knows, likewise ("wonder if Google can survive": the news the model learnt
 * from is older than Google), an acronym in running text ("as quoted by RT"), an author cited
 * with "et al." ("the findings of Smith et al. (2019)": news has no citations).
 */
function isBeyondTrainingData(tokens: readonly Token[], name: LabelledSpan): boolean {
  if (name.kind === 'person' && tokens[name.last + 1]?.lower === 'et' && /^al\.?$/.test(tokens[name.last + 2]?.lower ?? '')) return true;
  if (name.first !== name.last) return isSurnameSpeltAsPronoun(tokens, name) || isHeadedOrganization(tokens, name);
  const token = tokens[name.first];
  if (isWebAddress(token)) return true;
  if (token.capsLine || token.sentenceStart) return false;
  return (name.kind === 'place' && isPlaceName(token.text)) || (name.kind === 'organization' && isKnownOrganization(token.lower)) || isAcronym(token);
}

/**
 * "the next Federal Open Market Committee meeting", "The Sunday Telegraph quoted": an organization
 * the rules read whole, in capitals inside a sentence and ending with its head word. The model
 * passes over such a name where its words are new to it (or read as a modifier, before
 * "meeting"); the head word says what it is. Not in a headline, whose capitals say nothing.
 */
function isHeadedOrganization(tokens: readonly Token[], name: LabelledSpan): boolean {
  if (name.kind !== 'organization' || !ORGANIZATION_HEADS.has(tokens[name.last].lower) || tokens[name.first].sentenceStart || tokens[name.first].capsLine) return false;
  // "the Democratic Senate", "a GOP Senate": a party's majority in an institution, not its name.
  if (name.last === name.first + 1 && (isPartyWord(tokens[name.first].lower) || tokens[name.first].lower === 'gop') && INSTITUTIONS.has(tokens[name.last].lower)) return false;
  for (let i = name.first; i <= name.last; i++) if (!isCapitalised(tokens[i])) return false;
  return !isHeadline(tokens, name.first);
}

/**
 * "Vice-Premier He Lifeng": a person after a title whose first word is spelt as a pronoun. The
 * training data knows "He" only as the pronoun, and the model is sure no name starts there; a
 * pronoun never follows a title, so the rules' name stands.
 */
const PRONOUN_SPELT_SURNAMES = new Set(['He', 'She']);

function isSurnameSpeltAsPronoun(tokens: readonly Token[], name: LabelledSpan): boolean {
  const first = tokens[name.first];
  return name.kind === 'person' && name.first > 0 && TITLES.has(tokens[name.first - 1].lower) && PRONOUN_SPELT_SURNAMES.has(first.text);
}

/**
 * A name of the model's of another kind that opens with a title, where the rules read the words
 * after the title as a person: a title is a person's ("Prince Bagration", "Archduke Ferdinand").
 */
function isTitledPerson(name: ModelName, rule: LabelledSpan, tokens: readonly Token[]): boolean {
  return name.kind !== 'person' && rule.kind === 'person' && rule.first === name.first + 1 && rule.last <= name.last && TITLES.has(tokens[name.first].lower);
}

/** "Papa", "Mamma", "Granddad": a family's name for one of its own, which the news the model learnt from hardly uses. */
function isKinshipName(name: ModelName, tokens: readonly Token[]): boolean {
  return name.kind !== 'person' && name.first === name.last && KINSHIP_NAMES.has(tokens[name.first].lower);
}

/** A name of one acronym the word lists know names nothing ("after WWII ended", "the CEO"): the model sees too few of them to learn it. */
function isOrdinaryAcronymName(name: ModelName, tokens: readonly Token[]): boolean {
  return name.first === name.last && isAcronym(tokens[name.first]) && isOrdinaryAcronym(tokens[name.first]);
}

/**
 * "MELBOURNE, Australia (AP) — Naomi Osaka came back": after a dateline the model read the tennis
 * player as an organization, 67% sure of the kind. Where the model doubts the kind of a name the
 * rules read as a person over the same words, and the name opens with a first name compromise
 * knows or a person's role is set off after it ("Kemi Badenoch, the Conservative leader,"), it is
 * the person.
 */
function personByRules(name: ModelName, { probabilities }: ModelReading, ruleNames: readonly LabelledSpan[], tokens: readonly Token[]): ModelName {
  if (name.kind === 'person' || name.kindConfidence >= SURE_OF_KIND || name.first === name.last) return name;
  if (!isFirstName(tokens[name.first]) && !describedAsPersonAfter(tokens, name.last)) return name;
  if (!ruleNames.some((r) => r.first === name.first && r.last === name.last && r.kind === 'person')) return name;
  // Not a place or an institution named after someone: "the Kara Tepe refugee camp", "the James Martin Center".
  const last = tokens[name.last].lower;
  if (tokens[name.first - 1]?.lower === 'the' || ORGANIZATION_HEADS.has(last) || PLACE_HEADS.has(last) || BUILDING_HEADS.has(last)) return name;
  return withKind(name, 'person', probabilities);
}

/**
 * "died at his home in Lyon": the model, which learnt Lyon as a football club, read an
 * organization, 72% sure of the kind. Where it doubts the kind of a name after a preposition of
 * place ("in", "at", "near") that the rules read as a place over the same words and the gazetteer
 * knows, it is the place. Not after "to" or "from": "transferred to Milan" is the club.
 */
function placeByRules(name: ModelName, { probabilities }: ModelReading, ruleNames: readonly LabelledSpan[], tokens: readonly Token[]): ModelName {
  if (name.kind === 'place' || name.kindConfidence >= SURE_OF_KIND || !PLACE_PREPOSITIONS.has(tokens[name.first - 1]?.lower ?? '')) return name;
  if (!ruleNames.some((r) => r.first === name.first && r.last === name.last && r.kind === 'place')) return name;
  if (!namesPlace(tokens, name.first, name.last)) return name;
  return withKind(name, 'place', probabilities);
}

/** "Kemi Badenoch, the Conservative leader,": a person's role set off after the name, within three words of its article. */
function describedAsPersonAfter(tokens: readonly Token[], last: number): boolean {
  if (!/^,\s+$/.test(tokens[last].post) || !/^(?:the|a|an)$/.test(tokens[last + 1]?.lower ?? '')) return false;
  for (let i = last + 2; i <= last + 4 && i < tokens.length; i++) {
    if (PERSON_ROLE_NOUNS.has(tokens[i].lower) || ATTACHED_ROLE_NOUNS.has(tokens[i].lower)) return /^,/.test(tokens[i].post) || /^\s+$/.test(tokens[i].post) && tokens[i + 1]?.lower === 'of';
    if (/\S/.test(tokens[i].post)) return false;
  }
  return false;
}

/**
 * The rules read the same words as a name of the same kind, or as the pieces of one organization
 * that runs across "and" (the rules end names there: "London School of Economics" and "Political
 * Science"): the name is at least as sure as one the rules decide alone.
 */
function agreesWithRules(name: ModelName, ruleNames: readonly LabelledSpan[], tokens: readonly Token[]): boolean {
  if (ruleNames.some((r) => r.first === name.first && r.last === name.last && r.kind === name.kind)) return true;
  if (name.kind !== 'organization') return false;
  const pieces = ruleNames.filter((r) => r.first >= name.first && r.last <= name.last).map((r) => ({ ...r, confidence: RULES_CONFIDENCE, kindConfidence: 1 }));
  const whole = pieces.length > 1 ? joinedAcrossAnd(pieces, tokens) : [];
  return whole.length === 1 && whole[0].first === name.first && whole[0].last === name.last;
}

function overlaps(a: { first: number; last: number }, b: { first: number; last: number }): boolean {
  return a.first <= b.last && b.first <= a.last;
}

function mostlyOutside(probabilities: Float64Array, first: number, last: number): boolean {
  for (let i = first; i <= last; i++) if (probabilities[i * LABEL_COUNT + OUTSIDE] < SURELY_OUTSIDE) return false;
  return true;
}
