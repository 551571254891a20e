import type { Entity, EntityKind, Mention, Span } from '../model';
import type { EntityCandidate } from './candidates';
import { SURNAME_FIRST } from './lexicon';
import { findOccurrences, type KnownName } from './rescan';
import { isKnownFirstName } from './words';

export interface ResolvedEntities {
  readonly entities: Entity[];
  readonly mentions: Mention[];
}

/** A mention before it is given its entity: where it is, how it is written, what it names. */
interface Found extends Span {
  readonly text: string;
  readonly kind: EntityKind;
  readonly roles: readonly string[];
}

interface Group {
  readonly kind: EntityKind;
  readonly found: Found[];
}

/**
 * The document-level passes: each surface form takes the kind most of its mentions have; every
 * occurrence of a known name becomes a mention; short forms join the full name they stand for
 * ("Xi" → "Xi Jinping", "Trump" → "Donald Trump", "SDA" → "Party of Democratic Action"); each
 * entity is named by its fullest form and collects the roles written with its mentions.
 */
export function resolveEntities(text: string, candidates: readonly EntityCandidate[], notNames: readonly Span[]): ResolvedEntities {
  const kinds = majorityKinds(candidates);
  const shortForms = shortFormsOf(text, candidates, kinds);
  const surfaces = surfaceForms(candidates);
  const known: KnownName[] = [];
  for (const [lower, kind] of kinds) known.push({ text: surfaces.get(lower) ?? lower, kind });
  for (const [lower, full] of shortForms) if (!kinds.has(lower)) known.push({ text: full.short, kind: full.kind });
  const found: Found[] = candidates.map((c) => ({ ...c, kind: shortForms.get(c.text.toLowerCase())?.kind ?? kinds.get(c.text.toLowerCase()) ?? c.kind }));
  for (const o of findOccurrences(text, known, [...candidates, ...notNames])) found.push({ ...o, roles: [] });
  found.sort((a, b) => a.start - b.start);

  const groups = new Map<string, Group>();
  for (const mention of found) {
    const lower = mention.text.toLowerCase();
    const full = shortForms.get(lower);
    const key = full ? `${full.kind}\u0000${full.name.toLowerCase()}` : `${mention.kind}\u0000${lower}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { kind: full?.kind ?? mention.kind, found: [] }));
    group.found.push(full ? { ...mention, kind: full.kind } : mention);
  }
  return toEntities(groups);
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
  readonly kind: EntityKind;
}

/**
 * Short forms (lower case) of the document's longer names: a person's surname ("Trump"), or the
 * first word of a name written surname first ("Xi Jinping" → "Xi"); an organization's acronym
 * given in brackets after it ("Party of Democratic Action (SDA)"). A short form that two different
 * full names share stands for neither.
 */
function shortFormsOf(text: string, candidates: readonly EntityCandidate[], kinds: Map<string, EntityKind>): Map<string, ShortForm> {
  const offers = new Map<string, ShortForm[]>();
  const offer = (short: string, name: string, kind: EntityKind): void => {
    const lower = short.toLowerCase();
    if (lower === name.toLowerCase()) return;
    const list = offers.get(lower);
    if (list) list.push({ short, name, kind });
    else offers.set(lower, [{ short, name, kind }]);
  };
  for (const c of candidates) {
    const kind = kinds.get(c.text.toLowerCase()) ?? c.kind;
    if (kind === 'person') {
      const words = c.text.split(/\s+/);
      if (words.length < 2) continue;
      const surnameFirst = SURNAME_FIRST.has(words[0].toLowerCase()) && words.length <= 3;
      offer(surnameFirst ? words[0] : words[words.length - 1], c.text, kind);
      if (words.length > 2 && !surnameFirst) offer(`${words[0]} ${words[words.length - 1]}`, c.text, kind);
      // A known first name on its own ("Joe") stands for the one person the document gives it to.
      if (!surnameFirst && isKnownFirstName(words[0].toLowerCase())) offer(words[0], c.text, kind);
    } else if (kind === 'organization') {
      const acronym = /^\s*\(\s*(\p{Lu}[\p{Lu}&.]{1,7})\s*\)/u.exec(text.slice(c.end, c.end + 16));
      if (acronym && c.text.includes(' ')) offer(acronym[1], c.text, kind);
    }
  }
  const result = new Map<string, ShortForm>();
  for (const [lower, list] of offers) {
    const owner = ownerOf(list);
    if (owner) result.set(lower, owner);
  }
  return result;
}

/**
 * The one full name a short form stands for, or undefined when the document gives it to two
 * people. A longer name that contains the other wins ("Donald John Trump" over "Donald Trump");
 * then a name that starts with a known first name wins over one that does not, so a stray
 * capitalised word ("Team Clinton", "Can Sanders") does not take "Clinton" from Hillary Clinton.
 */
function ownerOf(offers: readonly ShortForm[]): ShortForm | undefined {
  const byName = new Map<string, ShortForm>();
  for (const offer of offers) if (!byName.has(offer.name.toLowerCase())) byName.set(offer.name.toLowerCase(), offer);
  const names = [...byName.keys()];
  const widest = [...byName.values()].filter((o) => !names.some((n) => n !== o.name.toLowerCase() && n.includes(o.name.toLowerCase())));
  if (widest.length === 1) return widest[0];
  const withFirstName = widest.filter((o) => isKnownFirstName(o.name.split(/\s+/)[0].toLowerCase()));
  return withFirstName.length === 1 ? withFirstName[0] : undefined;
}

function toEntities(groups: Map<string, Group>): ResolvedEntities {
  const ordered = [...groups.values()].sort((a, b) => a.found[0].start - b.found[0].start);
  const entities: Entity[] = [];
  const mentions: Mention[] = [];
  for (const group of ordered) {
    const id = `e${entities.length + 1}`;
    const own: Mention[] = group.found.map((f) => ({ start: f.start, end: f.end, entityId: id, text: f.text }));
    const name = fullestForm(group.found.map((f) => f.text));
    const aliases = distinct(group.found.map((f) => f.text)).filter((t) => t !== name);
    const roles = distinct(rolesOf(group.found));
    entities.push({ id, kind: group.kind, name, aliases, roles, mentions: own, firstMention: own[0] });
    mentions.push(...own);
  }
  mentions.sort((a, b) => a.start - b.start);
  return { entities, mentions };
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
