import type { Entity, EntityKind, Mention, Span } from '../model';
import type { EntityCandidate } from './candidates';
import { SURNAME_FIRST } from './lexicon';
import { findOccurrences, type KnownName } from './rescan';

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
export function resolveEntities(text: string, candidates: readonly EntityCandidate[]): ResolvedEntities {
  const kinds = majorityKinds(candidates);
  const shortForms = shortFormsOf(text, candidates, kinds);
  const known: KnownName[] = [];
  for (const [lower, kind] of kinds) known.push({ text: surfaceOf(candidates, lower), kind });
  for (const [lower, full] of shortForms) if (!kinds.has(lower)) known.push({ text: full.short, kind: full.kind });
  const found: Found[] = candidates.map((c) => ({ ...c, kind: shortForms.get(c.text.toLowerCase())?.kind ?? kinds.get(c.text.toLowerCase()) ?? c.kind }));
  for (const o of findOccurrences(text, known, candidates)) found.push({ ...o, roles: [] });
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

function surfaceOf(candidates: readonly EntityCandidate[], lower: string): string {
  return candidates.find((c) => c.text.toLowerCase() === lower && c.text !== c.text.toUpperCase())?.text
    ?? candidates.find((c) => c.text.toLowerCase() === lower)?.text
    ?? lower;
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
  const forms = new Map<string, ShortForm | null>();
  const offer = (short: string, name: string, kind: EntityKind): void => {
    const lower = short.toLowerCase();
    if (lower === name.toLowerCase()) return;
    const existing = forms.get(lower);
    if (existing === undefined) forms.set(lower, { short, name, kind });
    else if (existing && existing.name.toLowerCase() !== name.toLowerCase()) {
      // Two people with one surname: the longer name keeps it only if it contains the other.
      if (name.toLowerCase().includes(existing.name.toLowerCase())) forms.set(lower, { short, name, kind });
      else if (!existing.name.toLowerCase().includes(name.toLowerCase())) forms.set(lower, null);
    }
  };
  for (const c of candidates) {
    const kind = kinds.get(c.text.toLowerCase()) ?? c.kind;
    if (kind === 'person') {
      const words = c.text.split(/\s+/);
      if (words.length < 2) continue;
      const surnameFirst = SURNAME_FIRST.has(words[0].toLowerCase()) && words.length <= 3;
      offer(surnameFirst ? words[0] : words[words.length - 1], c.text, kind);
      if (words.length > 2 && !surnameFirst) offer(`${words[0]} ${words[words.length - 1]}`, c.text, kind);
    } else if (kind === 'organization') {
      const acronym = /^\s*\(\s*(\p{Lu}[\p{Lu}&.]{1,7})\s*\)/u.exec(text.slice(c.end, c.end + 16));
      if (acronym && c.text.includes(' ')) offer(acronym[1], c.text, kind);
    }
  }
  const result = new Map<string, ShortForm>();
  for (const [lower, form] of forms) if (form) result.set(lower, form);
  return result;
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
    const roles = distinct(group.found.flatMap((f) => f.roles));
    entities.push({ id, kind: group.kind, name, aliases, roles, mentions: own, firstMention: own[0] });
    mentions.push(...own);
  }
  mentions.sort((a, b) => a.start - b.start);
  return { entities, mentions };
}

/** The form with the most words, then the longest, preferring ordinary case over capitals. */
function fullestForm(forms: readonly string[]): string {
  const score = (t: string): number => t.split(/\s+/).length * 1000 + t.length * 2 + (t === t.toUpperCase() ? 0 : 1);
  return forms.reduce((best, t) => (score(t) > score(best) ? t : best));
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
