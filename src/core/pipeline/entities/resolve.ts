import type { Entity, EntityKind, Mention, Span } from '../../model/model';
import type { EntityCandidate } from './candidates';
import { isPlaceName } from './gazetteer';
import { NAME_PARTICLES, ORGANIZATION_HEADS, PLACE_HEADS, SPEECH_VERBS, SURNAME_FIRST, TITLES } from './lexicon';
import { NameFinder, isMovedOccurrence, isWrittenInLowerCase, type KnownName, type Occurrence } from './nameFinder';
import { isMovedSpan, shiftOf, type TextChange } from '../textChange';
import { sameMoved } from '../moved';
import { isAcronymText, isClosedClassWord, isCommonWord, isKnownDemonym, isKnownFirstName, isKnownLastName } from './words';
import { genderFromFirstName, genderFromTitle } from '../quotes/gender';

export interface ResolvedEntities {
  readonly entities: Entity[];
  readonly mentions: Mention[];
}

/** A mention before it is given its entity: where it is, how it is written, what it names. */
interface Found extends Span {
  readonly text: string;
  /** The text in lower case, worked out once per mention. */
  readonly lower: string;
  readonly kind: EntityKind;
  readonly roles: readonly string[];
  readonly confidence: number;
  /** The model's confidence in the kind; only for the mentions the paragraph pass found. */
  readonly kindConfidence?: number;
}

interface Group {
  readonly kind: EntityKind;
  readonly found: Found[];
}

/** What the candidates teach about the document's names; the same candidates teach the same. */
interface Vocabulary {
  readonly kinds: Map<string, EntityKind>;
  /** Each surface form's (lower case) surest confidence, which the mentions found by the document pass take. */
  readonly confidences: Map<string, number>;
  readonly shortForms: Map<string, ShortForm>;
  /** Short forms (lower case) that two full names or more offer, with every offer. */
  readonly shared: Map<string, ShortForm[]>;
  readonly finder: NameFinder;
  /** The known people's names that are ordinary words ("fanny", "will"): where a change writes one in lower case, the vocabulary is built again. */
  readonly ordinaryNames: readonly string[];
}

/** What resolving one version of a document keeps, so that the next version can reuse it. */
export interface EntityMemo {
  readonly text: string;
  readonly candidates: readonly EntityCandidate[];
  readonly notNames: readonly Span[];
  readonly vocabulary: Vocabulary;
  readonly occurrences: readonly Occurrence[];
  readonly resolved: ResolvedEntities;
}

/**
 * The document-level passes: each surface form takes the kind most of its mentions have; every
 * occurrence of a known name becomes a mention; short forms join the full name they stand for
 * ("Xi" → "Xi Jinping", "Trump" → "Donald Trump", "SDA" → "Party of Democratic Action"); each
 * entity is named by its fullest form and collects the roles written with its mentions.
 */
export function resolveEntities(text: string, candidates: readonly EntityCandidate[], notNames: readonly Span[]): ResolvedEntities {
  return resolveEntitiesAfterChange(text, candidates, notNames).memo.resolved;
}

/**
 * resolveEntities, reusing the memo of the version before `change` where the change cannot have
 * altered the result. When the candidates are the same but for the move, the names, kinds and
 * short forms are too, and only the lines around the change are searched for names again; when
 * those give the same mentions, the entities are the old ones with their mentions moved, and
 * `moved` says so.
 */
export function resolveEntitiesAfterChange(
  text: string,
  candidates: readonly EntityCandidate[],
  notNames: readonly Span[],
  previous?: { readonly memo: EntityMemo; readonly change: TextChange },
): { memo: EntityMemo; moved: boolean } {
  const covered = [...candidates, ...notNames];
  if (previous && sameCandidates(text, candidates, notNames, previous.memo, previous.change)) {
    const { memo, change } = previous;
    const occurrences = memo.vocabulary.finder.findAfterChange(text, covered, memo.occurrences, change);
    const moved = sameMoved(memo.occurrences, occurrences, change, isMovedOccurrence)
      && !mayRetitle(change, candidates, occurrences, memo.vocabulary.shared);
    const resolved = moved ? movedEntities(memo.resolved, change) : grouped(text, candidates, occurrences, memo.vocabulary);
    return { memo: { text, candidates, notNames, vocabulary: memo.vocabulary, occurrences, resolved }, moved };
  }
  const vocabulary = vocabularyOf(text, candidates);
  const occurrences = vocabulary.finder.find(text, covered);
  return { memo: { text, candidates, notNames, vocabulary, occurrences, resolved: grouped(text, candidates, occurrences, vocabulary) }, moved: false };
}

/**
 * The document pass looks for other mentions only of names the model is at least this sure of
 * somewhere: one doubtful reading ("Paragraph 0:" as an organization) must not spread to every
 * occurrence of the word.
 */
const SURE_ENOUGH_TO_SPREAD = 0.7;
const SHORT_FORM_SURE_ENOUGH = 0.5;

function vocabularyOf(text: string, candidates: readonly EntityCandidate[]): Vocabulary {
  const kinds = majorityKinds(candidates);
  const { shortForms, shared } = shortFormsOf(text, candidates, kinds);
  const surfaces = surfaceForms(candidates);
  surnamesOfSeveralArePeople(kinds, shared, surfaces);
  namesSpokenOfAsPeople(text, candidates, kinds, surfaces);
  familiesArePeople(text, candidates, kinds, shortForms, shared);
  const confidences = new Map<string, number>();
  for (const c of candidates) {
    const lower = c.text.toLowerCase();
    confidences.set(lower, Math.max(c.confidence, confidences.get(lower) ?? 0));
  }
  addressedPeopleAreSure(text, candidates, kinds, confidences);
  // A short form is as sure as its full name, even where the model doubted it alone ("Oakley told reporters").
  for (const [lower, full] of shortForms) confidences.set(lower, Math.max(confidences.get(lower) ?? 0, confidences.get(full.lower) ?? 0));
  const known: KnownName[] = [];
  for (const [lower, kind] of kinds) if ((confidences.get(lower) ?? 0) >= SURE_ENOUGH_TO_SPREAD) known.push({ text: surfaces.get(lower) ?? lower, kind });
  // A short form stands for a name already found: even odds for the full name are enough.
  for (const [lower, full] of shortForms) if (!kinds.has(lower) && (confidences.get(lower) ?? 0) >= SHORT_FORM_SURE_ENOUGH) known.push({ text: full.short, kind: full.kind });
  const ordinaryNames = known.filter(isOrdinaryPersonName).map((name) => name.text.toLowerCase());
  const opening = new Set(ordinaryNames.filter((lower) => !isWrittenInLowerCase(text, lower)));
  const finder = new NameFinder(known.map((name) => (opening.has(name.text.toLowerCase()) ? { ...name, opensSentences: true } : name)));
  return { kinds, confidences, shortForms, shared, finder, ordinaryNames };
}

/** A person's name of one word that is also an ordinary word, and no pronoun or other closed-class word ("Fanny", "Will"; not "He"). */
function isOrdinaryPersonName(name: KnownName): boolean {
  const lower = name.text.toLowerCase();
  return name.kind === 'person' && !lower.includes(' ') && isCommonWord(lower) && !isClosedClassWord(lower);
}

/**
 * Whether the candidates and rejected names are the old ones, moved with the change, so that they
 * teach the same vocabulary: the acronyms read after organisations' names must be unchanged too.
 */
function sameCandidates(text: string, candidates: readonly EntityCandidate[], notNames: readonly Span[], memo: EntityMemo, change: TextChange): boolean {
  if (!sameMoved(memo.candidates, candidates, change, isMovedCandidate) || !sameMoved(memo.notNames, notNames, change, isMovedSpan)) return false;
  // An ordinary word named in the document, written in lower case or no longer, may start to open sentences as a name or stop.
  for (const lower of memo.vocabulary.ordinaryNames) {
    if (isWrittenInLowerCase(memo.text, lower, change.start - WORD_WINDOW, change.oldEnd + WORD_WINDOW) || isWrittenInLowerCase(text, lower, change.start - WORD_WINDOW, change.newEnd + WORD_WINDOW)) return false;
  }
  for (const c of memo.candidates) {
    if (c.end <= change.start && c.end + ACRONYM_WINDOW > change.start && acronymAfter(memo.text, c) !== acronymAfter(text, c)) return false;
  }
  // The words beside a name say whether it is a person (namesSpokenOfAsPeople): a title or a reporting verb written or taken away;
  // and the marks beside it whether the dialogue calls it out (addressedPeopleAreSure).
  for (let i = 0; i < candidates.length; i++) {
    const [before, after] = [memo.candidates[i], candidates[i]];
    if (before.start >= change.oldEnd + WORD_WINDOW || before.end + WORD_WINDOW <= change.start) continue;
    if (personCue(memo.text, before) !== personCue(text, after) || isCalledOut(memo.text, before) !== isCalledOut(text, after)) return false;
  }
  return true;
}

/** Whether `after` is `before` moved as the change moved the text around it; held equal to the generic comparison by a property test. */
export function isMovedCandidate(change: TextChange, before: EntityCandidate, after: EntityCandidate): boolean {
  return isMovedSpan(change, before, after) && before.text === after.text && before.kind === after.kind && sameStrings(before.roles, after.roles)
    && before.confidence === after.confidence && before.kindConfidence === after.kindConfidence;
}

function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

/** The mentions found and given their kinds, grouped into entities. */
function grouped(
  text: string,
  candidates: readonly EntityCandidate[],
  occurrences: readonly Occurrence[],
  { kinds, confidences, shortForms, shared }: Vocabulary,
): ResolvedEntities {
  const found: Found[] = [];
  for (const c of candidates) {
    const lower = c.text.toLowerCase();
    const kind = shortForms.get(lower)?.kind ?? kinds.get(lower) ?? c.kind;
    found.push({ start: c.start, end: c.end, text: c.text, lower, kind, roles: c.roles, confidence: c.confidence, kindConfidence: c.kindConfidence });
  }
  for (const o of occurrences) {
    const lower = o.text.toLowerCase();
    found.push({ start: o.start, end: o.end, text: o.text, lower, kind: o.kind, roles: [], confidence: confidences.get(lower) ?? 1 });
  }
  found.sort((a, b) => a.start - b.start);

  // Groups by kind, then by lower-case name: nested maps spare a joined key string per mention.
  const groups: Group[] = [];
  const byKind = new Map<EntityKind, Map<string, Group>>();
  const firstTitled = new Map<string, number>();
  for (const mention of found) {
    const full = ownerByTitle(text, mention, shared, firstTitled) ?? shortForms.get(mention.lower);
    const kind = full?.kind ?? mention.kind;
    const name = full ? full.lower : mention.lower;
    if (STORM.test(name)) continue;
    let byName = byKind.get(kind);
    if (!byName) byKind.set(kind, (byName = new Map()));
    let group = byName.get(name);
    if (!group) {
      byName.set(name, (group = { kind, found: [] }));
      groups.push(group);
    }
    group.found.push(mention);
  }
  return toEntities(groups);
}

/**
 * A storm named as people are ("Hurricane Rita", and "Rita" after it) is no person, place or
 * organization: the model, seeing the given name, reads a person.
 */
const STORM = /^(?:hurricane|typhoon|cyclone|superstorm|(?:tropical )?storm) /;

/**
 * The same entities with their mentions moved by the change, which none of them meets; literals,
 * not spread copies, as there are thousands. A property test holds it equal to the generic move.
 */
export function movedEntities({ entities, mentions }: ResolvedEntities, change: TextChange): ResolvedEntities {
  const delta = shiftOf(change);
  if (delta === 0) return { entities, mentions };
  const moved: Mention[] = mentions.map((m) => (m.start >= change.oldEnd ? { start: m.start + delta, end: m.end + delta, entityId: m.entityId, text: m.text, confidence: m.confidence } : m));
  // Each entity's mentions are the document's mentions of it, in the same order.
  const own = new Map<string, Mention[]>();
  for (const entity of entities) own.set(entity.id, []);
  for (const mention of moved) own.get(mention.entityId)?.push(mention);
  return {
    entities: entities.map(({ id, kind, name, aliases, roles, confidence, kindConfidence }) => {
      const list = own.get(id) ?? [];
      return { id, kind, name, aliases, roles, mentions: list, firstMention: list[0], confidence, kindConfidence };
    }),
    mentions: moved,
  };
}

/** The kind each surface form (lower case) is given in most of its mentions; ties go to the first. */
function majorityKinds(candidates: readonly EntityCandidate[]): Map<string, EntityKind> {
  const votes = new Map<string, Map<EntityKind, number>>();
  for (const c of candidates) {
    const lower = c.text.toLowerCase();
    let byKind = votes.get(lower);
    if (!byKind) votes.set(lower, (byKind = new Map()));
    byKind.set(c.kind, (byKind.get(c.kind) ?? 0) + 1);
  }
  const kinds = new Map<string, EntityKind>();
  for (const [lower, byKind] of votes) {
    let best: EntityKind | undefined;
    for (const [kind, count] of byKind) if (best === undefined || count > (byKind.get(best) ?? 0)) best = kind;
    if (best) kinds.set(lower, best);
  }
  return kinds;
}

/**
 * A word that several people of the document have as their surname ("Rostov" of Nicholas, Ilya
 * and Petya Rostov), read alone as a place, is a person, unless the gazetteer knows the place
 * ("Washington"): word clusters learnt from news put a surname that is also a town's name among
 * the towns, and the model then reads it so wherever it stands alone. The surname of one full
 * name needs no rule: it joins that name.
 */
function surnamesOfSeveralArePeople(kinds: Map<string, EntityKind>, shared: ReadonlyMap<string, readonly ShortForm[]>, surfaces: ReadonlyMap<string, string>): void {
  for (const [lower, offers] of shared) {
    if (kinds.get(lower) !== 'place' || !offers.every((offer) => offer.kind === 'person')) continue;
    if (!isPlaceName(surfaces.get(lower) ?? offers[0].short)) kinds.set(lower, 'person');
  }
}

/**
 * A name read as a place or an organization in most of its mentions is a person when the writer
 * says so: a person's title before one of its mentions ("Count Rostov", "Mr. Chester"), or, for a
 * place, a reporting verb beside two of them ("said Rostov", "Rostov replied"; organizations
 * speak in the news every day, places hardly). Word clusters put a surname that is also a town's
 * name among the towns, and the model then reads it as the town wherever it stands alone ("Rostov
 * felt…"). Not a name the gazetteer knows as a place ("General Washington" beside the city,
 * "Moscow said").
 */
function namesSpokenOfAsPeople(text: string, candidates: readonly EntityCandidate[], kinds: Map<string, EntityKind>, surfaces: ReadonlyMap<string, string>): void {
  const titled = new Set<string>();
  const speaking = new Map<string, number>();
  for (const c of candidates) {
    const lower = c.text.toLowerCase();
    const kind = kinds.get(lower);
    // "ESPN said", "King Solomon Missionary Baptist Church": an acronym or a name with an institution's or a place's head word is no person.
    if (kind === undefined || kind === 'person' || isAcronymText(c.text) || hasInstitutionHead(lower)) continue;
    const cue = personCue(text, c);
    if (cue === 'title') titled.add(lower);
    else if (cue === 'reportingVerb' && kind === 'place') speaking.set(lower, (speaking.get(lower) ?? 0) + 1);
  }
  const people = [...titled, ...[...speaking].filter(([, count]) => count >= 2).map(([lower]) => lower)];
  for (const lower of people) if (!isPlaceName(surfaces.get(lower) ?? lower)) kinds.set(lower, 'person');
}

/**
 * "the Crawfords", "the Khans", "the Obamas": a family named by the plural of a surname the
 * document gives a person is people, whatever the model read (an organization, as a plural of
 * capitalised words mostly is in the news it learnt from). Only after "the", in one mention at
 * least: "Phillips" beside a "Phillip" is no family.
 */
function familiesArePeople(
  text: string,
  candidates: readonly EntityCandidate[],
  kinds: Map<string, EntityKind>,
  shortForms: ReadonlyMap<string, ShortForm>,
  shared: ReadonlyMap<string, readonly ShortForm[]>,
): void {
  const isSurname = (lower: string): boolean => shortForms.get(lower)?.kind === 'person' || (shared.get(lower)?.every((offer) => offer.kind === 'person') ?? false);
  for (const c of candidates) {
    const lower = c.text.toLowerCase();
    if (kinds.get(lower) === 'person' || !/^\p{Lu}\p{Ll}+s$/u.test(c.text) || !/\bthe\s+$/i.test(text.slice(Math.max(0, c.start - 5), c.start))) continue;
    if (isSurname(lower.slice(0, -1))) kinds.set(lower, 'person');
  }
}

/** How sure a person the dialogue addresses by name twice is, at least: sure enough to be found everywhere. */
const ADDRESSED_SURE = SURE_ENOUGH_TO_SPREAD;
/** Before a name called out in dialogue: a comma ("How do you do, Prascovia?") or an opening quotation mark. */
const BEFORE_VOCATIVE = /(?:,|[“"])\s*$/u;
/** After it: a question or an exclamation mark, or a comma or full stop that a closing quotation mark follows. */
const AFTER_VOCATIVE = /^(?:[?!]|[,.]\s*[”"])/u;

/** The name is called out in dialogue: a comma or an opening quotation mark before it, and the marks after it that end a call. */
function isCalledOut(text: string, name: Span): boolean {
  return BEFORE_VOCATIVE.test(text.slice(Math.max(0, name.start - 3), name.start)) && AFTER_VOCATIVE.test(text.slice(name.end, name.end + 3));
}

/**
 * A name the model read as a person's, but doubted, that the dialogue calls out at least twice
 * ("How do you do, Prascovia?", "“Prascovia,” began the Grandmother") is a person the model did
 * not know, and is found wherever the document writes it: a novel's characters with names no
 * news wire taught the model.
 */
function addressedPeopleAreSure(text: string, candidates: readonly EntityCandidate[], kinds: ReadonlyMap<string, EntityKind>, confidences: Map<string, number>): void {
  const calls = new Map<string, number>();
  for (const c of candidates) {
    const lower = c.text.toLowerCase();
    if (kinds.get(lower) !== 'person' || (confidences.get(lower) ?? 0) >= ADDRESSED_SURE || !isCalledOut(text, c)) continue;
    const count = (calls.get(lower) ?? 0) + 1;
    calls.set(lower, count);
    if (count >= 2) confidences.set(lower, ADDRESSED_SURE);
  }
}

function hasInstitutionHead(lower: string): boolean {
  const head = lower.slice(lower.lastIndexOf(' ') + 1);
  return ORGANIZATION_HEADS.has(head) || PLACE_HEADS.has(head);
}

/** How far before or after a name personCue looks. */
const WORD_WINDOW = 20;

/**
 * What the words right beside a name say of it: a title written as one before it ("Count Rostov",
 * "Mr. Chester"; not the adjective of "major Hamas leaders"), or a reporting verb right before or
 * after it ("said Rostov", "Rostov replied").
 */
function personCue(text: string, name: Span): 'title' | 'reportingVerb' | undefined {
  const before = /(\p{L}+)\.?\s+$/u.exec(text.slice(Math.max(0, name.start - WORD_WINDOW), name.start))?.[1];
  if (before !== undefined && /^\p{Lu}/u.test(before) && TITLES.has(before.toLowerCase())) return 'title';
  const after = /^\s+(\p{L}+)/u.exec(text.slice(name.end, name.end + WORD_WINDOW))?.[1];
  return (before !== undefined && SPEECH_VERBS.has(before.toLowerCase())) || (after !== undefined && SPEECH_VERBS.has(after.toLowerCase())) ? 'reportingVerb' : undefined;
}

/** How each surface form (lower case) is written, preferring a form not in capitals. */
function surfaceForms(candidates: readonly EntityCandidate[]): Map<string, string> {
  const forms = new Map<string, string>();
  for (const c of candidates) {
    const lower = c.text.toLowerCase();
    const seen = forms.get(lower);
    if (seen === undefined || seen === seen.toUpperCase() && c.text !== c.text.toUpperCase()) forms.set(lower, c.text);
  }
  return forms;
}

interface ShortForm {
  readonly short: string;
  readonly name: string;
  /** The name in lower case. */
  readonly lower: string;
  readonly kind: EntityKind;
  /** Where the mention of the name that offers it starts. */
  readonly start: number;
}

/**
 * Short forms (lower case) of the document's longer names: a person's surname ("Trump"), or the
 * first word of a name written surname first ("Xi Jinping" → "Xi"); an organization's acronym
 * given in brackets after it ("Party of Democratic Action (SDA)") or its initials ("WTO", "W.T.O."). A short form that two different
 * full names share stands for neither.
 */
function shortFormsOf(
  text: string,
  candidates: readonly EntityCandidate[],
  kinds: Map<string, EntityKind>,
): { shortForms: Map<string, ShortForm>; shared: Map<string, ShortForm[]> } {
  const offers = new Map<string, ShortForm[]>();
  const offer = (short: string, { text: name, start }: EntityCandidate, kind: EntityKind): void => {
    const lower = short.toLowerCase();
    const nameLower = name.toLowerCase();
    if (lower === nameLower || !(isNameWord(short) || DOTTED_INITIALS.test(short))) return;
    const list = offers.get(lower);
    if (list) list.push({ short, name, lower: nameLower, kind, start });
    else offers.set(lower, [{ short, name, lower: nameLower, kind, start }]);
  };
  // First names the document itself reads alone as a person's ("husband Bill"): one the lexicon
  // knows as an ordinary word may stand for a full name only where it was found so, and only where
  // it is no one's surname ("Obama" of a headline's "Obama Just Pulled").
  const namedAlone = new Set<string>();
  const surnames = new Set<string>();
  for (const c of candidates) {
    if ((kinds.get(c.text.toLowerCase()) ?? c.kind) !== 'person') continue;
    const words = c.text.toLowerCase().split(/\s+/);
    if (words.length === 1) namedAlone.add(words[0]);
    else surnames.add(words[words.length - 1]);
  }
  const mayBeFirstName = (word: string): boolean => {
    const lower = word.toLowerCase();
    return isKnownFirstName(lower) || (namedAlone.has(lower) && !surnames.has(lower) && !isKnownLastName(lower) && genderFromFirstName(word) !== null);
  };
  for (const c of candidates) {
    const kind = kinds.get(c.text.toLowerCase()) ?? c.kind;
    if (kind === 'person') {
      const words = withoutGeneration(c.text.split(/\s+/));
      if (words.length < 2) continue;
      const surnameFirst = SURNAME_FIRST.has(words[0].toLowerCase()) && words.length <= 3;
      offer(surnameFirst ? words[0] : words[words.length - 1], c, kind);
      // "He Lifeng said" at a sentence's start, where "He" reads as a pronoun and only "Lifeng" was found.
      if (surnameFirst && words.length === 2) offer(words[1], c, kind);
      if (words.length > 2 && !surnameFirst) {
        offer(`${words[0]} ${words[words.length - 1]}`, c, kind);
        // A surname of two words: "Mr. Peña Nieto" is Enrique Peña Nieto.
        offer(words.slice(-2).join(' '), c, kind);
      }
      // A known first name on its own ("Joe") stands for the one person the document gives it to;
      // so does one the lexicon knows as a word ("Bill"), where the document reads it alone as a person.
      if (!surnameFirst && mayBeFirstName(words[0])) offer(words[0], c, kind);
    } else if (kind === 'organization') {
      const acronym = acronymAfter(text, c);
      if (acronym !== undefined && c.text.includes(' ')) offer(acronym, c, kind);
      const initials = initialsOf(c.text);
      if (initials) for (const form of initials) offer(form, c, kind);
    } else {
      const initials = dottedInitials(c.text);
      if (initials) offer(initials, c, kind);
    }
  }
  const shortForms = new Map<string, ShortForm>();
  const shared = new Map<string, ShortForm[]>();
  for (const [lower, list] of offers) {
    const owner = ownerOf(list);
    if (owner) shortForms.set(lower, owner);
    if (list.some((offer) => offer.lower !== list[0].lower)) shared.set(lower, list);
  }
  return { shortForms, shared };
}

/** How far before a mention its title is looked for: "Mademoiselle " and a space or two. */
const TITLE_WINDOW = 16;

/**
 * The one full name a shared short form stands for when a title says the gender and only one of
 * the names written before it has a first name of that gender: with Bill and Hillary Clinton in
 * the story, "Mrs. Clinton" is Hillary Clinton and "Mr. Clinton" is Bill, whichever "Clinton"
 * alone stands for. Only names written before the first such titled mention count: news gives
 * the full name first, while a novel's "Mrs. Gradgrind" is a woman whose given name it never
 * tells, not the daughter "Jane Gradgrind" named chapters later. `firstTitled` keeps where each
 * gender's titled form first comes, for mentions given in order.
 */
function ownerByTitle(text: string, mention: Found, shared: Map<string, ShortForm[]>, firstTitled: Map<string, number>): ShortForm | undefined {
  const offers = shared.get(mention.lower);
  if (!offers) return undefined;
  const gender = genderFromTitle(text.slice(Math.max(0, mention.start - TITLE_WINDOW), mention.start));
  if (!gender) return undefined;
  const key = `${gender} ${mention.lower}`;
  const first = firstTitled.get(key) ?? mention.start;
  firstTitled.set(key, first);
  const earlier = offers.filter((offer) => offer.start < first);
  const ofGender = widestNames(earlier).filter((offer) => genderFromFirstName(offer.name) === gender);
  return ofGender.length === 1 ? ofGender[0] : undefined;
}

/**
 * Whether a change may have written or rewritten the title before a shared short form, which
 * then may join another name ("Mr." → "Mrs. Clinton"), though every mention only moved.
 */
function mayRetitle(
  change: TextChange,
  candidates: readonly EntityCandidate[],
  occurrences: readonly Occurrence[],
  shared: Map<string, ShortForm[]>,
): boolean {
  if (shared.size === 0) return false;
  const near = (m: { start: number; text: string }): boolean =>
    m.start >= change.start && m.start <= change.newEnd + TITLE_WINDOW && shared.has(m.text.toLowerCase());
  return candidates.some(near) || occurrences.some(near);
}

/**
 * Whether a short form can stand for a name on its own: it starts with a capital and has two
 * letters or more (an apostrophe may follow the capital: "O'Malley"), and is no people's word. A doubtful name that ends in a lower-case word, a
 * numeral or a demonym ("speaking Russian", "Alexander I") would otherwise make every "her", "I" or
 * "Russian" of a novel a person.
 */
function isNameWord(short: string): boolean {
  // A surname may open with a particle in lower case: "de Blasio" of "Bill de Blasio".
  const space = short.indexOf(' ');
  const word = space > 0 && NAME_PARTICLES.has(short.slice(0, space)) ? short.slice(space + 1) : short;
  return /^\p{Lu}['’]?\p{L}/u.test(word) && !isKnownDemonym(short.toLowerCase());
}

/**
 * A place's initials with full stops, which stand for it: "United States" → "U.S.", "Los
 * Angeles" → "L.A.". Only the dotted form: "US" is also a word, in a line of capitals.
 */
function dottedInitials(name: string): string | undefined {
  const words = name.split(/\s+/);
  const letters = words.length <= 3 ? firstLetters(words) : undefined;
  return letters && withFullStops(letters);
}

/** The first letters of two or more words that each start with a capital and go on in lower case. */
function firstLetters(words: readonly string[]): string[] | undefined {
  return words.length >= 2 && words.every((w) => /^\p{Lu}\p{Ll}/u.test(w)) ? words.map((w) => w[0]) : undefined;
}

const withFullStops = (letters: readonly string[]): string => letters.map((l) => `${l}.`).join('');

const DOTTED_INITIALS = /^(?:\p{Lu}\.){2,6}$/u;

/** Words an organization's acronym leaves out: "Federal Bureau of Investigation" is the FBI. */
const UNABBREVIATED = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'at', 'to', '&']);

/**
 * An organization's initials, as news writes them after its name without defining them:
 * "World Trade Organization" is the WTO and, in some house styles, the W.T.O.
 */
function initialsOf(name: string): [string, string] | undefined {
  const words = name.split(/\s+/).filter((w) => !UNABBREVIATED.has(w.toLowerCase()));
  const letters = words.length <= 6 ? firstLetters(words) : undefined;
  return letters && [letters.join(''), withFullStops(letters)];
}

/** "Jr", "Sr", "III" after a surname: part of the full name, never a short form of it. */
const GENERATION = /^(?:jr|sr|ii|iii|iv)\.?$/i;

function withoutGeneration(words: readonly string[]): string[] {
  return words.length > 2 && GENERATION.test(words[words.length - 1]) ? words.slice(0, -1) : [...words];
}

/** How far after a name its acronym in brackets is looked for. */
const ACRONYM_WINDOW = 16;

/** The acronym given in brackets right after a name: "Party of Democratic Action (SDA)". */
function acronymAfter(text: string, name: Span): string | undefined {
  return /^\s*\(\s*(\p{Lu}[\p{Lu}&.]{1,7})\s*\)/u.exec(text.slice(name.end, name.end + ACRONYM_WINDOW))?.[1];
}

/**
 * The one full name a short form stands for, or undefined when the document gives it to two
 * people. A longer name that contains the other wins ("Donald John Trump" over "Donald Trump");
 * then a name that starts with a known first name wins over one that does not, so a stray
 * capitalised word ("Team Clinton", "Can Sanders") does not take "Clinton" from Hillary Clinton.
 */
function ownerOf(offers: readonly ShortForm[]): ShortForm | undefined {
  const widest = widestNames(offers);
  if (widest.length === 1) return widest[0];
  const withFirstName = widest.filter((o) => isKnownFirstName(o.name.split(/\s+/)[0].toLowerCase()));
  return withFirstName.length === 1 ? withFirstName[0] : undefined;
}

/**
 * One offer per full name, leaving out a name that a longer one contains ("Trump" in "Donald
 * Trump") or shortens ("Donald Trump" of "Donald J. Trump": same first and last word).
 */
function widestNames(offers: readonly ShortForm[]): ShortForm[] {
  const byName = new Map<string, ShortForm>();
  for (const offer of offers) if (!byName.has(offer.lower)) byName.set(offer.lower, offer);
  const names = [...byName.keys()];
  return [...byName.values()].filter((o) => !names.some((n) => n !== o.lower && (n.includes(o.lower) || shortens(o.lower, n))));
}

/** Whether `short` is `long` without its middle words: "donald trump" of "donald j. trump". */
function shortens(short: string, long: string): boolean {
  const s = short.split(' ');
  const l = long.split(' ');
  return s.length === 2 && l.length > 2 && s[0] === l[0] && s[1] === l[l.length - 1];
}

function toEntities(groups: readonly Group[]): ResolvedEntities {
  const ordered = [...groups].sort((a, b) => a.found[0].start - b.found[0].start);
  const entities: Entity[] = [];
  const mentions: Mention[] = [];
  for (const group of ordered) {
    const id = `e${entities.length + 1}`;
    const own: Mention[] = group.found.map((f) => ({ start: f.start, end: f.end, entityId: id, text: f.text, confidence: f.confidence }));
    const name = fullestForm(group.found.map((f) => f.text)).replace(EDITOR_BRACKETS, '');
    const aliases = distinct(group.found.map((f) => f.text)).filter((t) => t !== name);
    const roles = distinct(rolesOf(group.found));
    entities.push({ id, kind: group.kind, name, aliases, roles, mentions: own, firstMention: own[0], ...sureness(group.found) });
    for (const mention of own) mentions.push(mention);
  }
  mentions.sort((a, b) => a.start - b.start);
  return { entities, mentions };
}

/** The brackets an editor put in a name ("Vladimir] Putin"), which the entity's name leaves out. */
const EDITOR_BRACKETS = /[[\]]/g;

/** An entity's confidence (its surest mention's) and its kind confidence (the mean of its mentions'). */
function sureness(found: readonly Found[]): { confidence: number; kindConfidence: number } {
  let confidence = 0;
  let kindTotal = 0;
  let kindCount = 0;
  for (const f of found) {
    confidence = Math.max(confidence, f.confidence);
    if (f.kindConfidence === undefined) continue;
    kindTotal += f.kindConfidence;
    kindCount++;
  }
  return { confidence, kindConfidence: kindCount ? Math.round((kindTotal / kindCount) * 1000) / 1000 : 1 };
}

/** The roles of all the mentions, in order; a loop, as most mentions have none and flatMap is slow over thousands. */
function rolesOf(found: readonly Found[]): string[] {
  const roles: string[] = [];
  for (const f of found) for (const role of f.roles) roles.push(role);
  return roles;
}

/** The form with the most words, then the longest, preferring ordinary case over capitals; the first of equals. */
function fullestForm(forms: readonly string[]): string {
  const score = (t: string): number => t.split(/\s+/).length * 1000 + t.length * 2 + (t === t.toUpperCase() ? 0 : 1);
  let best = forms[0];
  let bestScore = score(best);
  for (let k = 1; k < forms.length; k++) {
    // A form the same as the best so far scores the same; most mentions repeat the common form.
    if (forms[k] === best) continue;
    const formScore = score(forms[k]);
    if (formScore > bestScore) {
      best = forms[k];
      bestScore = formScore;
    }
  }
  return best;
}

/** Distinct strings, case-insensitively, in first-seen order. */
function distinct(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const v of values) {
    const key = v.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(v);
  }
  return out;
}
