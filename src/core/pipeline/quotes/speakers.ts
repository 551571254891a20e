// From the words that name a speaker ("Putin", "he", "the Kremlin spokesman") to the entity they mean.
import type { Entity, Mention, Span, Speaker } from '../../model/model';
import { lastStartingBefore, overlaps, spanIndexAt } from '../../model/spans';
import { genderFromFirstName, genderFromTitle, type Gender } from './gender';
import { QUOTED, type Layout } from './layout';
import { mayBeMark } from './marks';
import type { SpeakerPhrase } from './phrases';

/** A speaker as the words at an attribution name it, before how it was found is known. */
export interface ResolvedSpeaker {
  readonly speaker: Omit<Speaker, 'how' | 'confidence'>;
  /** What the words are: a name, a pronoun or a description ("the senator"). */
  readonly words: 'explicit' | 'pronoun' | 'title';
  /** A pronoun that found no person it stands for ("they", or "he" with nobody named before). */
  readonly unresolvedPronoun: boolean;
}

/** The speaker that a first-person "I" at an attribution stands for. */
export const NARRATOR = 'the narrator';

/** How many people back a "he" or "she" looks past people of the other gender. */
const MAX_PEOPLE_SKIPPED = 12;

/** A place in the text where someone who can be "he" or "she" was named. */
export interface PersonAt extends Span {
  readonly name: string;
  readonly entityId?: string;
}

const PREPOSITION_BEFORE = /\b(?:with|to|by|from|for|of|against|about|and|than|like|at|on|in|between|toward|towards|among|including)\s+(?:[^\s,]+\s+){0,3}$/i;
/** Words that end the names of organisations, not people, when a name has no entity to say which it is. */
const ORGANISATION_WORDS = /\b(?:Agency|News|Party|Committee|Department|Ministry|Times|Post|Journal|Campaign|Council|Association|Institute|University|Office|House|Court|Inc|Corp|Group|Network|Service|Bureau|Administration|Commission|Senate|Congress|Union|Foundation|Center|Centre|Press|Media|Company|Bank|Fund|Board|Organization|Organisation|Republicans|Democrats|Police|Government|Caucus|Coalition)$/;

/** Words that make someone the one asking in an interview: "POLITICO senior writer Michael Grunwald". */
const JOURNALIST = /\b(?:reporter|writer|correspondent|editor|journalist|columnist|interviewer|host|anchor|moderator|contributor)s?\b/i;
const JOURNALIST_BEFORE = new RegExp(`${JOURNALIST.source}\\s*,?\\s*$`, 'i');
/** How many people named before a transcript's turn are weighed as its interviewer and interviewee. */
const INTERVIEW_PEOPLE = 40;

/**
 * A name spoken to opens the quote, after "O" or a greeting or not ("“O Anna, …”", "“Hi Anna!”"),
 * or follows a comma ("“…, Anna?”"), and ends at punctuation or the quote's end.
 */
const VOCATIVE_AT_OPENING = /^[“"‘']?\s*(?:(?:O|Oh|Hi|Hello|Hey|Dear|Thanks|Thank you|Good (?:morning|evening|night|day|bye)|Goodbye|Farewell)\s+)?$/u;
const VOCATIVE_AFTER_COMMA = /,\s*(?:O\s+)?$/u;
const VOCATIVE_AFTER = /^\s*(?:[,?!.;]|[”"’']|$)/u;
/** How many characters before a vocative these look at: "“O " and ", O " are four, "“Good morning " fourteen. */
const VOCATIVE_REACH = 4;
const GREETING_REACH = 14;

const COLON = 0x3a;
const TURN_AFTER_LABEL = new RegExp(`^:[ \\t]+${QUOTED}`);

/** How many closing characters of a role index it; shorter roles ("MP") are too vague to name anyone. */
const ROLE_TAIL = 4;

export class SpeakerResolver {
  private readonly entityById = new Map<string, Entity>();
  /** Entities by each word of their names, for "Putin" → Vladimir Putin. */
  private readonly entitiesByWord = new Map<string, Entity[]>();
  /**
   * Entities (by their order) under the last ROLE_TAIL characters of each role long enough to name
   * them, lower-cased: a description can only end with a role that ends as it does, so each quote
   * tries a handful of entities rather than every entity with a role.
   */
  private readonly entitiesByRoleTail = new Map<string, number[]>();
  private readonly entitiesInOrder: readonly Entity[];
  /** Person mentions, in text order. */
  private readonly persons: PersonAt[];
  /** Organization mentions outside quotes, in text order: whom a "they", "we" or "it" at an attribution may mean. */
  private readonly organizations: PersonAt[];
  /** Speakers named where the recogniser found no person, in text order, so that a later "he" can still find them. */
  private readonly unrecognised: PersonAt[];

  private readonly sentences: readonly Span[];
  /** The text with quotes blanked: a preposition inside a quote does not govern a name after it. */
  private readonly frame: string;
  /** Each entity's name as a speaker (see spokenName), worked out once. */
  private readonly spokenNames = new Map<string, string>();
  /** Each person entity's gender, worked out once: a title before a mention, else the first name. */
  private readonly genderOfEntity = new Map<string, Gender | null>();
  /** The same for the people named where the recogniser found nobody. */
  private readonly genderOfUnrecognised = new WeakMap<PersonAt, Gender | null>();

  constructor(
    private readonly text: string,
    entities: readonly Entity[],
    private readonly mentions: readonly Mention[],
    layout: Pick<Layout, 'frame' | 'sentences'>,
    /** The unrecognised speakers that quotes before the first one to resolve named. */
    remembered: readonly PersonAt[] = [],
  ) {
    this.sentences = layout.sentences;
    this.frame = layout.frame;
    this.unrecognised = [...remembered];
    for (const entity of entities) {
      this.entityById.set(entity.id, entity);
      const words = new Set([entity.name, ...entity.aliases].flatMap((n) => n.split(/\s+/)));
      for (const word of words) {
        const list = this.entitiesByWord.get(word);
        if (list) list.push(entity);
        else this.entitiesByWord.set(word, [entity]);
      }
    }
    this.entitiesInOrder = entities;
    entities.forEach((entity, order) => {
      for (const role of entity.roles) {
        if (role.length < ROLE_TAIL) continue;
        const tail = role.toLowerCase().slice(-ROLE_TAIL);
        const list = this.entitiesByRoleTail.get(tail);
        if (!list) this.entitiesByRoleTail.set(tail, [order]);
        else if (list[list.length - 1] !== order) list.push(order);
      }
    });
    // One loop and one look-up per mention: a book has tens of thousands. A name inside a quote is
    // someone spoken to or about, never whom a "he" at the attribution means; nor is a transcript's
    // label ("Q:" read as a name), which the narration does not mention.
    this.persons = [];
    this.organizations = [];
    for (const m of mentions) {
      const entity = this.entityById.get(m.entityId);
      if (!entity || layout.frame[m.start] === QUOTED) continue;
      const at = { start: m.start, end: m.end, name: this.spokenName(entity), entityId: m.entityId };
      if (entity.kind === 'person' && !isTurnLabel(text, layout.frame, m.end)) this.persons.push(at);
      else if (entity.kind === 'organization') this.organizations.push(at);
    }
  }

  /** The unrecognised speakers remembered so far, in text order. */
  get remembered(): readonly PersonAt[] {
    return this.unrecognised;
  }

  /** The speaker a phrase names, resolved to an entity where one fits. */
  resolve(phrase: SpeakerPhrase): ResolvedSpeaker {
    if (!phrase.pronoun) return { speaker: this.resolveNamed(phrase), words: phrase.name ? 'explicit' : 'title', unresolvedPronoun: false };
    // "On Wednesday, He claimed": a capitalised "He" inside a sentence is the surname of He Lifeng.
    if (phrase.text === 'He' && !this.startsSentence(phrase.start)) {
      const surname = this.entityNamed('He', phrase.start);
      if (surname) return { speaker: { start: phrase.start, end: phrase.end, name: surname.name, entityId: surname.id }, words: 'explicit', unresolvedPronoun: false };
    }
    const speaker = this.resolvePronoun(phrase);
    return { speaker, words: 'pronoun', unresolvedPronoun: speaker.name === phrase.text };
  }

  private resolveNamed(phrase: SpeakerPhrase): Omit<Speaker, 'how' | 'confidence'> {
    const named = phrase.name ?? phrase;
    // A description names its speaker only through its head ("the Republican nominee" is not the Republican Party).
    const found = phrase.name
      ? (this.entityOverlapping(named) ?? this.entityNamed(phrase.name.text, phrase.start) ?? this.entityNamedInCapitals(phrase.name.text, phrase.start))
      : (this.entityHeading(phrase) ?? this.entityWithRole(phrase.text, phrase.start));
    const entity = found && !this.titleDeniesEntity(phrase, found) ? (this.familyMemberTitled(phrase, found) ?? found) : undefined;
    const speaker = entity
      ? { start: named.start, end: named.end, name: titledSurname(phrase, entity.name) ?? this.spokenName(entity), entityId: entity.id }
      : { start: named.start, end: named.end, name: titledSurname(phrase, named.text) ?? named.text };
    if (!entity && phrase.name && looksLikePerson(phrase.name.text)) this.remember({ start: named.start, end: named.end, name: named.text });
    return speaker;
  }

  /**
   * "Mr. Crawford", where the surname alone was joined into one entity: the only person of that
   * family whose first name has the title's gender (Henry Crawford, not his sister Mary), as "Mr."
   * and "Miss" go with; "Mrs." names a wife, known by the surname.
   */
  private familyMemberTitled(phrase: SpeakerPhrase, surname: Entity): Entity | undefined {
    if (!phrase.name || phrase.name.text !== surname.name || /\s/.test(surname.name)) return undefined;
    // "Mrs. Gradgrind" is the wife known by the surname, not her daughter Jane.
    const title = phrase.text.slice(0, phrase.name.start - phrase.start);
    const gender = /\bMrs\b/.test(title) ? null : genderFromTitle(title);
    if (!gender) return undefined;
    const members = (this.entitiesByWord.get(surname.name) ?? []).filter(
      (entity) => entity.kind === 'person' && entity.name.endsWith(` ${surname.name}`) && genderFromFirstName(entity.name) === gender,
    );
    return members.length === 1 ? members[0] : undefined;
  }

  /**
   * "Mr. Sleary" is not Josephine Sleary: a surname with a title of the other gender than the first
   * name of the person it was joined to names someone else of that family, unless that person is
   * called so elsewhere too ("Mrs. Cecil Forrester", known by her husband's name).
   */
  private titleDeniesEntity(phrase: SpeakerPhrase, entity: Entity): boolean {
    if (!phrase.name || /\s/.test(phrase.name.text) || !/\s/.test(entity.name)) return false;
    const titleGender = genderFromTitle(phrase.text.slice(0, phrase.name.start - phrase.start));
    const nameGender = titleGender && genderFromFirstName(entity.name);
    if (nameGender === null || nameGender === titleGender) return false;
    return !entity.mentions.some((mention) => mention.text.includes(' ') && genderFromTitle(this.text.slice(Math.max(0, mention.start - 14), mention.start)) === titleGender);
  }

  /**
   * The people a quote speaks to by name, its vocatives: a name set off by a comma or the quote's
   * own marks ("…, Prince?", "Anna, look"). Whoever is addressed is not the one speaking.
   */
  addressedIn(quote: Span): Set<string> {
    return new Set(this.vocativesIn(quote).map((mention) => this.nameOf(mention) as string));
  }

  /** The name of the entity a mention is of. */
  nameOf(mention: Mention): string | undefined {
    const entity = this.entityById.get(mention.entityId);
    return entity && this.spokenName(entity);
  }

  /**
   * The name a person goes by: "Sir Thomas" for Thomas Bertram when most of his mentions are a
   * title of rank and his first name, which in fiction tells him from the son who is also Thomas.
   */
  private spokenName(entity: Entity): string {
    let name = this.spokenNames.get(entity.id);
    if (name !== undefined) return name;
    name = entity.name;
    const first = entity.name.split(' ')[0];
    if (entity.kind === 'person' && first !== entity.name) {
      const titles = new Map<string, number>();
      for (const mention of entity.mentions) {
        const written = RANKED.exec(mention.text);
        const title = mention.text === first ? RANK_BEFORE.exec(this.text.slice(Math.max(0, mention.start - 8), mention.start))?.[1] : written?.[2] === first ? written[1] : undefined;
        if (title) titles.set(title, (titles.get(title) ?? 0) + 1);
      }
      for (const [title, count] of titles) if (count * 2 >= entity.mentions.length) name = `${title} ${first}`;
    }
    this.spokenNames.set(entity.id, name);
    return name;
  }

  /** The mentions of the people a quote addresses by name (see addressedIn), in text order. */
  vocativesIn(quote: Span): Mention[] {
    const vocatives: Mention[] = [];
    for (let k = lastStartingBefore(this.mentions, quote.start) + 1; k < this.mentions.length && this.mentions[k].start < quote.end; k++) {
      const mention = this.mentions[k];
      const entity = this.entityById.get(mention.entityId);
      if (entity?.kind !== 'person' || mention.end > quote.end) continue;
      const after = this.text.slice(mention.end, Math.min(quote.end, mention.end + 2));
      if (!VOCATIVE_AFTER.test(after)) continue;
      const opening = mention.start - quote.start <= GREETING_REACH && VOCATIVE_AT_OPENING.test(this.text.slice(quote.start, mention.start));
      if (opening || VOCATIVE_AFTER_COMMA.test(this.text.slice(Math.max(quote.start, mention.start - VOCATIVE_REACH), mention.start))) vocatives.push(mention);
    }
    return vocatives;
  }

  /** Whether narration in `span` (outside its quotes) names a person whom `isKnown` does not take. */
  namesSomeoneBut(span: Span, isKnown: (person: PersonAt) => boolean): boolean {
    for (let k = lastStartingBefore(this.persons, span.end); k >= 0 && this.persons[k].start >= span.start; k--) {
      if (!isKnown(this.persons[k])) return true;
    }
    return false;
  }

  /**
   * Whether a "he" or "she" may stand for the speaker that `phrase` named: the same pronoun, or a
   * person whose gender, as a title or first name gives it, is the pronoun's or unknown.
   */
  mayBeCalled(pronoun: 'he' | 'she', phrase: SpeakerPhrase, speaker: { readonly name: string; readonly entityId?: string }): boolean {
    if (phrase.pronoun) return phrase.pronoun === pronoun;
    const named = phrase.name ?? phrase;
    return this.fits({ start: named.start, end: named.end, name: speaker.name, ...(speaker.entityId !== undefined && { entityId: speaker.entityId }) }, pronoun === 'he' ? 'male' : 'female');
  }

  /** Whether the latest person the narration in `span` names is `name` (as their entity is named, or with the title before them). */
  lastNamedIs(span: Span, name: string): boolean {
    const person = this.persons[lastStartingBefore(this.persons, span.end)];
    if (!person || person.start < span.start) return false;
    return person.name === name || titledName(this.text.slice(Math.max(0, person.start - 14), person.start), person.name) === name;
  }

  /** Whether the narration names a person in `span`. */
  namesPersonIn(span: Span): boolean {
    const person = this.persons[lastStartingBefore(this.persons, span.end)];
    return person !== undefined && overlaps(person, span);
  }

  /** The latest person the narration in `span` names who is not `but`, as the words that name them (a title included). */
  latestPersonBut(but: string, span: Span): SpeakerPhrase | undefined {
    for (let k = lastStartingBefore(this.persons, span.end); k >= 0 && this.persons[k].start >= span.start; k--) {
      const person = this.persons[k];
      const title = FAMILY_TITLE.exec(this.text.slice(Math.max(span.start, person.start - 14), person.start));
      const name = { start: person.start, end: person.end, text: this.text.slice(person.start, person.end) };
      const start = title ? person.start - title[0].trimStart().length : person.start;
      const phrase = { start, end: person.end, text: this.text.slice(start, person.end), name };
      if (person.name !== but && (titledSurname(phrase, person.name) ?? person.name) !== but) return phrase;
    }
    return undefined;
  }

  /**
   * Who asks and who answers in an interview transcript before `position`, as the narration of it
   * names them: the interviewer is a journalist ("our reporter, Tom Becker"), the one interviewed
   * whoever else is named most (the earlier on a tie). Each at their latest mention.
   */
  interviewParties(position: number): { interviewer?: PersonAt; interviewee?: PersonAt } {
    const tally = new Map<string, { latest: PersonAt; count: number; first: number; journalist: boolean }>();
    for (let k = lastStartingBefore(this.persons, position); k >= 0 && k > lastStartingBefore(this.persons, position) - INTERVIEW_PEOPLE; k--) {
      const person = this.persons[k];
      const seen = tally.get(person.name);
      const journalist = this.isJournalistAt(person);
      if (seen) {
        seen.count++;
        seen.first = person.start;
        seen.journalist ||= journalist;
      } else tally.set(person.name, { latest: person, count: 1, first: person.start, journalist });
    }
    const most = (journalist: boolean): PersonAt | undefined => {
      let best: { latest: PersonAt; count: number; first: number } | undefined;
      for (const entry of tally.values()) {
        if (entry.journalist !== journalist) continue;
        if (!best || entry.count > best.count || (entry.count === best.count && entry.first < best.first)) best = entry;
      }
      return best?.latest;
    };
    return { interviewer: most(true), interviewee: most(false) };
  }

  private isJournalistAt(person: PersonAt): boolean {
    const entity = person.entityId === undefined ? undefined : this.entityById.get(person.entityId);
    return Boolean(entity?.roles.some((role) => JOURNALIST.test(role))) || JOURNALIST_BEFORE.test(this.text.slice(Math.max(0, person.start - 40), person.start));
  }

  /** The outlet's name as the model records it. */
  outletName(phrase: SpeakerPhrase): string {
    const named = phrase.name ?? phrase;
    return (this.entityOverlapping(named) ?? (phrase.name && this.entityNamed(phrase.name.text, phrase.start)))?.name ?? named.text;
  }

  /** "he" and "she" (and "who") mean the nearest fitting person before them, "I" the narrator; other pronouns stay as written. */
  private resolvePronoun(phrase: SpeakerPhrase): Omit<Speaker, 'how' | 'confidence'> {
    const at = { start: phrase.start, end: phrase.end, name: phrase.text };
    const pronoun = phrase.pronoun;
    if (pronoun === 'who' && phrase.antecedent) {
      const { name, entityId } = this.resolveNamed(phrase.antecedent);
      return { ...at, name, ...(entityId && { entityId }) };
    }
    // Outside the quotes, "I" is whoever tells the story: "said I" in a memoir or a first-person novel.
    if (pronoun === 'i') return { ...at, name: NARRATOR };
    if (pronoun === 'they' || pronoun === 'we' || pronoun === 'it') {
      const organization = this.organizationBefore(phrase.start);
      return organization ? { ...at, name: organization.name, ...(organization.entityId && { entityId: organization.entityId }) } : at;
    }
    if (pronoun !== 'he' && pronoun !== 'she' && pronoun !== 'who') return at;
    const gender: Gender | undefined = pronoun === 'he' ? 'male' : pronoun === 'she' ? 'female' : undefined;
    const person = this.personBefore(phrase.start, pronoun !== 'who', gender);
    if (!person) return at;
    // "Miss Crawford", not "Crawford": a surname alone may be a whole family, and the title tells which of them.
    const name = titledName(this.text.slice(Math.max(0, person.start - 14), person.start), person.name) ?? person.name;
    return { ...at, name, ...(person.entityId && { entityId: person.entityId }) };
  }

  /** The person's gender as a title before one of their mentions says it, else as their first name does, or null. */
  private genderOfPerson(person: PersonAt): Gender | null {
    const entity = person.entityId === undefined ? undefined : this.entityById.get(person.entityId);
    const known = entity ? this.genderOfEntity.get(entity.id) : this.genderOfUnrecognised.get(person);
    if (known !== undefined) return known;
    let gender: Gender | null = null;
    for (const mention of entity ? entity.mentions : [person]) {
      gender = genderFromTitle(this.text.slice(Math.max(0, mention.start - 14), mention.start));
      if (gender) break;
    }
    gender ??= genderFromFirstName(entity?.name ?? person.name);
    if (entity) this.genderOfEntity.set(entity.id, gender);
    else this.genderOfUnrecognised.set(person, gender);
    return gender;
  }

  /** Whether the person may be the pronoun's: a known gender must match it. */
  private fits(person: PersonAt, gender: Gender | undefined): boolean {
    if (!gender) return true;
    // A title at this mention says who it is, whatever the rest of a surname's mentions say ("Mr." and "Miss Crawford").
    const known = genderFromTitle(this.text.slice(Math.max(0, person.start - 14), person.start)) ?? this.genderOfPerson(person);
    return known === null || known === gender;
  }

  /**
   * The nearest person named before `position`. Within the pronoun's own sentence the subject wins
   * over a nearer object ("Xi Jinping met Vladimir Putin, where he declared" means Xi).
   */
  private personBefore(position: number, preferSubject: boolean, gender?: Gender): PersonAt | undefined {
    const sentence = this.sentences[spanIndexAt(this.sentences, position)];
    let nearest: PersonAt | undefined;
    let subject: PersonAt | undefined;
    for (const list of [this.persons, this.unrecognised]) {
      let index = lastStartingBefore(list, position);
      for (let skipped = 0; index >= 0 && skipped < MAX_PEOPLE_SKIPPED && !this.fits(list[index], gender); skipped++) index--;
      if (index < 0 || !this.fits(list[index], gender)) continue;
      if (!nearest || list[index].start > nearest.start) nearest = list[index];
      if (!sentence) continue;
      let first = index;
      while (first > 0 && list[first - 1].start >= sentence.start) first--;
      if (!this.fits(list[first], gender)) first = index;
      if (list[first].start >= sentence.start && (!subject || list[first].start < subject.start)) subject = list[first];
    }
    if (preferSubject && subject && sentence) {
      const before = this.text.slice(Math.max(sentence.start, subject.start - 40), subject.start);
      if (!PREPOSITION_BEFORE.test(before)) return subject;
    }
    // "Obama said after meeting with Vladimir Putin. He did not …": a pronoun opening its sentence
    // goes on with the subject of the sentence before, not with a nearer person it named after a
    // preposition; so does one after a quote when the nearer person was named after a preposition
    // ("The minister, Mr. Guajardo, argues there is no point to respond to Mr. Trump's threats. “…,” he told me").
    if (preferSubject && !subject && nearest) {
      const previous = this.sentences[spanIndexAt(this.sentences, position) - 1];
      if (previous && nearest.start >= previous.start && (this.startsSentence(position) || this.isAfterPreposition(previous, nearest))) {
        return this.subjectOf(previous, gender) ?? nearest;
      }
    }
    return nearest;
  }

  /** The first fitting person a sentence names outside a prepositional phrase, or undefined. */
  private subjectOf(sentence: Span, gender?: Gender): PersonAt | undefined {
    let first: PersonAt | undefined;
    for (const list of [this.persons, this.unrecognised]) {
      let index = lastStartingBefore(list, sentence.end);
      for (let seen = 0; index >= 0 && seen < MAX_PEOPLE_SKIPPED && list[index].start >= sentence.start; seen++, index--) {
        const person = list[index];
        if ((first && person.start > first.start) || !this.fits(person, gender)) continue;
        if (!this.isAfterPreposition(sentence, person)) first = person;
      }
    }
    return first;
  }

  /** Whether the person is named in a prepositional phrase of the sentence ("to Mr. Trump's threats"). */
  private isAfterPreposition(sentence: Span, person: PersonAt): boolean {
    return PREPOSITION_BEFORE.test(this.frame.slice(Math.max(sentence.start, person.start - 40), person.start));
  }

  /**
   * The organization a "they", "we" or "it" at `position` stands for: one named in its sentence or
   * the sentence before, with no person named between it and the pronoun ("The council rejected
   * the offer. “…,” they said"). Farther back, or past a person, a "they" is more often a group of people.
   */
  private organizationBefore(position: number): PersonAt | undefined {
    const organization = this.organizations[lastStartingBefore(this.organizations, position)];
    if (!organization) return undefined;
    const sentence = spanIndexAt(this.sentences, position);
    const from = this.sentences[Math.max(0, sentence - 1)]?.start ?? 0;
    if (organization.start < from) return undefined;
    const person = this.persons[lastStartingBefore(this.persons, position)];
    return person && person.start > organization.start ? undefined : organization;
  }

  private startsSentence(position: number): boolean {
    const sentence = this.sentences[spanIndexAt(this.sentences, position)];
    return !sentence || !/[\p{L}\p{N}]/u.test(this.text.slice(sentence.start, position));
  }

  /** Keep an unrecognised person's name; quotes come in text order, so appending keeps the list sorted. */
  private remember(person: PersonAt): void {
    const last = this.unrecognised[this.unrecognised.length - 1];
    if (!last || last.start < person.start) this.unrecognised.push(person);
  }

  /** The entity of a mention inside `span`: the last one, as the head of an English noun phrase comes last. */
  private entityOverlapping(span: Span): Entity | undefined {
    let best: Mention | undefined;
    for (let k = lastStartingBefore(this.mentions, span.end); k >= 0; k--) {
      const mention = this.mentions[k];
      if (mention.end <= span.start && mention.start < span.start - 200) break;
      if (overlaps(mention, span) && (!best || mention.end > best.end)) best = mention;
    }
    return best && this.entityById.get(best.entityId);
  }

  /** The entity of a mention that ends the phrase, its head. */
  private entityHeading(phrase: Span): Entity | undefined {
    const index = lastStartingBefore(this.mentions, phrase.end);
    const mention = this.mentions[index];
    const entity = mention && mention.start >= phrase.start && mention.end === phrase.end ? this.entityById.get(mention.entityId) : undefined;
    // "the mayor of Lake Town": a place ending a description is where the speaker is from, not who.
    return entity?.kind === 'place' ? undefined : entity;
  }

  /** An entity called `name`, or sharing its last word ("Putin" for Vladimir Putin): exact names, then people, then the most recently mentioned. */
  private entityNamed(name: string, before: number): Entity | undefined {
    let match: Entity | undefined;
    let matchRank: number[] = [];
    for (const entity of this.entitiesByWord.get(lastWord(name)) ?? []) {
      const exact = entity.name === name || entity.aliases.includes(name) ? 1 : 0;
      const rank = [exact, entity.kind === 'person' ? 1 : 0, lastMentionBefore(entity, before)];
      if (!match || isGreater(rank, matchRank)) {
        match = entity;
        matchRank = rank;
      }
    }
    return match;
  }

  /** "TRUMP", a transcript's label in capitals, names whom "Trump" names. */
  private entityNamedInCapitals(name: string, before: number): Entity | undefined {
    if (!/^[\p{Lu}\P{L}]+$/u.test(name)) return undefined;
    return this.entityNamed(name.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_, at: string, letter: string) => at + letter.toUpperCase()), before);
  }

  /** An entity whose recorded role the description names ("the Kremlin spokesman"). */
  private entityWithRole(description: string, before: number): Entity | undefined {
    const lower = description.toLowerCase();
    let match: Entity | undefined;
    let latest = -1;
    for (const order of this.entitiesByRoleTail.get(lower.slice(-ROLE_TAIL)) ?? []) {
      const entity = this.entitiesInOrder[order];
      if (!entity.roles.some((role) => role.length >= ROLE_TAIL && lower.endsWith(role.toLowerCase()))) continue;
      const seen = lastMentionBefore(entity, before);
      if (seen > latest) {
        match = entity;
        latest = seen;
      }
    }
    return match;
  }
}

/**
 * Whether the name ending at `end` labels a transcript's turn: a colon, then the turn, blanked in
 * the frame, which starts with a word, not with a quotation mark as "Putin: “…”" does.
 */
function isTurnLabel(text: string, frame: string, end: number): boolean {
  if (frame.charCodeAt(end) !== COLON) return false;
  const turn = TURN_AFTER_LABEL.exec(frame.slice(end, end + 8));
  return turn !== null && !mayBeMark(text.charCodeAt(end + turn[0].length - 1));
}

function lastMentionBefore(entity: Entity, position: number): number {
  const index = lastStartingBefore(entity.mentions, position);
  return index < 0 ? -1 : entity.mentions[index].start;
}

function isGreater(a: readonly number[], b: readonly number[]): boolean {
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return a[k] > b[k];
  return false;
}

function lastWord(name: string): string {
  return name.trim().split(/\s+/).pop() ?? name;
}

/** Titles of rank that go with a first name ("Sir Thomas", "Lady Catherine"). */
const RANK_BEFORE = /(?:^|\s)(Sir|Lady|Lord|Dame)\s+$/;
const RANKED = /^(Sir|Lady|Lord|Dame)\s+(\S+)$/;

/** Titles that tell apart the members of a family known by one surname. */
const FAMILY_TITLE = /(?:^|\s)((?:Mr|Mrs|Miss|Ms|Lady|Sir|Lord|Dr|Madame|Mademoiselle|Monsieur)\.?)\s+$/;

/**
 * "Mrs. Norris" for a speaker named by title and surname alone, where the name found is that one
 * word: in fiction the title tells Mr. from Mrs. Gradgrind, whom one surname would merge.
 */
function titledSurname(phrase: SpeakerPhrase, name: string): string | undefined {
  if (!phrase.name || phrase.name.text !== name) return undefined;
  return titledName(phrase.text.slice(0, phrase.name.start - phrase.start), name);
}

/** The one-word name with the title that `before` ends with, if any. */
function titledName(before: string, name: string): string | undefined {
  if (/\s/.test(name)) return undefined;
  const title = FAMILY_TITLE.exec(before);
  return title ? `${title[1]} ${name}` : undefined;
}

function looksLikePerson(name: string): boolean {
  return !ORGANISATION_WORDS.test(name) && !/^\p{Lu}+$/u.test(name) && name.split(/\s+/).length <= 4;
}
