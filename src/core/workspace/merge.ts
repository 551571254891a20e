// Many documents' analyses as one list of workspace entities: the same person in two files is one
// entity. Documents are joined by canonical name, then by the aliases they found (a document that
// only says "Xi" joins the "Xi Jinping" of another only when no other entity of the folder is
// also called "Xi"), then by the workspace's corrections: each file's own, for in a multi-root
// workspace each folder has its corrections file, and one folder's merge or "not a name" must not
// change another folder's findings.
import { normalizeSpace, type Correction } from '../corrections/corrections';
import type { EntityKind } from '../model/model';
import { mentionCountOf, NONE, type DigestEntity, type DocumentDigest } from './digest';

/** One file that names a workspace entity. */
export interface EntityFile {
  readonly file: string;
  /** The ids, within the file's analysis, of the entities that are this one there (usually one). */
  readonly localIds: readonly string[];
  /**
   * Flattened spans of the mentions the digests keep, in document order: start, end, start, end, …
   * Every mention from full digests, the first of each local entity from summaries (see summaryOf).
   */
  readonly spans: readonly number[];
  /** How many mentions the file has of the entity. */
  readonly mentions: number;
  /** The file's date (YYYY-MM-DD), when it has one. */
  readonly date?: string;
}

export interface EntityQuote {
  readonly file: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** How sure the attribution to this entity is, from 0 to 1, when the document says. */
  readonly speakerConfidence?: number;
}

export interface WorkspaceEntity {
  /** Stable while the entity keeps its kind and name: "person/Xi Jinping". */
  readonly id: string;
  readonly kind: EntityKind;
  /** The canonical name: that of the entity the others joined. */
  readonly name: string;
  /** Every other name the files use for it. */
  readonly aliases: readonly string[];
  readonly roles: readonly string[];
  /** In the order the documents were given. */
  readonly files: readonly EntityFile[];
  /** The quotes the files credit to it, in the order of the documents, then of the text. */
  readonly quotes: readonly EntityQuote[];
  readonly mentionCount: number;
}

export interface WorkspaceIndex {
  /** Most files first, then most quotes, then most mentions, then by name. */
  readonly entities: readonly WorkspaceEntity[];
  /** Kind → name or alias → entity, for the names that belong to one entity only. */
  readonly byName: ReadonlyMap<EntityKind, ReadonlyMap<string, WorkspaceEntity>>;
  readonly byId: ReadonlyMap<string, WorkspaceEntity>;
}

const keyOf = (kind: EntityKind, name: string): string => `${kind}\u0000${name}`;

/** A workspace entity while the merge builds it: its quotes are credited after. */
type UnderConstruction = Omit<WorkspaceEntity, 'quotes'> & { quotes: readonly EntityQuote[] };

/** The workspace entity of this kind called `name` (its canonical name or an unambiguous alias). */
export function entityNamed(index: WorkspaceIndex, kind: EntityKind, name: string): WorkspaceEntity | undefined {
  return index.byName.get(kind)?.get(normalizeSpace(name));
}

/** A document's entity with the corrections' verdict on its name applied. */
interface Member {
  readonly file: string;
  readonly date?: string;
  readonly entity: DigestEntity;
  readonly kind: EntityKind;
  readonly name: string;
  readonly aliases: readonly string[];
  /** The name its file's corrections merge it into, if they do. */
  readonly mergeInto?: string;
}

/** The members that share a kind and a canonical name, and so are one entity before any joining. */
interface Group {
  readonly key: string;
  readonly kind: EntityKind;
  readonly name: string;
  readonly members: Member[];
  /** The name its members' corrections merge them into: such members are a group of their own. */
  readonly mergeInto?: string;
  parent: Group;
  /** A merge correction named it as the entity to merge into: its name is the canonical one. */
  mergeTarget: boolean;
}

/**
 * How many items (documents' entities, groups, quotes) the merge goes through between two of the
 * pauses of workspaceInSteps: a few milliseconds of work.
 */
const ITEMS_PER_STEP = 2_000;

/** `correctionsOf` gives the corrections that apply to a file (those of its workspace folder). */
export function buildWorkspace(documents: readonly DocumentDigest[], correctionsOf: (file: string) => readonly Correction[] = () => []): WorkspaceIndex {
  const steps = workspaceInSteps(documents, correctionsOf);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same merge in steps: it pauses (yields) every ITEMS_PER_STEP items, so that a caller on an
 * event loop can let other work run between steps; the last step returns the index. A folder of
 * ten thousand files takes seconds to merge, far too long to block the editor.
 */
export function* workspaceInSteps(documents: readonly DocumentDigest[], correctionsOf: (file: string) => readonly Correction[] = () => []): Generator<void, WorkspaceIndex> {
  const pace = pacer();
  /** The verdicts of each list of corrections, read once however many files it applies to. */
  const verdictsOf = new Map<readonly Correction[], Verdicts>();
  const groups = new Map<string, Group>();
  for (const document of documents) {
    const corrections = correctionsOf(document.file);
    let verdicts = verdictsOf.get(corrections);
    if (!verdicts) verdictsOf.set(corrections, (verdicts = nameVerdicts(corrections)));
    for (const entity of document.entities) {
      const member = correctedMember(document, entity, verdicts);
      if (!member) continue;
      const key = keyOf(member.kind, member.name) + (member.mergeInto === undefined ? '' : `\u0000merge\u0000${member.mergeInto}`);
      let group = groups.get(key);
      if (!group) {
        const mergeInto = member.mergeInto === undefined ? {} : { mergeInto: member.mergeInto };
        group = { key, kind: member.kind, name: member.name, members: [], ...mergeInto, parent: undefined as unknown as Group, mergeTarget: false };
        group.parent = group;
        groups.set(key, group);
      }
      group.members.push(member);
      if (pace()) yield;
    }
  }
  yield* joinByUnambiguousAlias(groups, pace);
  joinByMergeCorrections(groups);
  return yield* collect(documents, groups, pace);
}

/** A counter of items that says when a step is done. */
function pacer(): () => boolean {
  let items = 0;
  return () => ++items % ITEMS_PER_STEP === 0;
}

type Verdict = { readonly action: 'notEntity' } | { readonly action: 'markAs'; readonly kind: EntityKind };

interface Verdicts {
  /** What the corrections say of each name; a later correction of a name replaces an earlier one. */
  readonly byName: ReadonlyMap<string, Verdict>;
  /** Name → the name it is merged into. */
  readonly merges: ReadonlyMap<string, string>;
}

function nameVerdicts(corrections: readonly Correction[]): Verdicts {
  const byName = new Map<string, Verdict>();
  const merges = new Map<string, string>();
  for (const c of corrections) {
    if (c.action === 'notEntity') byName.set(normalizeSpace(c.name), { action: 'notEntity' });
    else if (c.action === 'markAs') byName.set(normalizeSpace(c.name), { action: 'markAs', kind: c.kind });
    else if (c.action === 'merge') {
      byName.delete(normalizeSpace(c.name));
      merges.set(normalizeSpace(c.name), normalizeSpace(c.into));
    }
  }
  return { byName, merges };
}

function correctedMember({ file, date }: DocumentDigest, entity: DigestEntity, { byName, merges }: Verdicts): Member | undefined {
  const name = normalizeSpace(entity.name);
  const verdict = byName.get(name);
  if (verdict?.action === 'notEntity') return undefined;
  // Most entities have no aliases: their empty list, not a new one for each.
  const aliases = entity.aliases.length === 0 ? entity.aliases : entity.aliases.map(normalizeSpace).filter((a) => byName.get(a)?.action !== 'notEntity');
  const mergeInto = merges.get(name);
  return { file, ...(date !== undefined && { date }), entity, kind: verdict?.kind ?? entity.kind, name, aliases, ...(mergeInto !== undefined && { mergeInto }) };
}

function find(group: Group): Group {
  while (group.parent !== group) {
    group.parent = group.parent.parent;
    group = group.parent;
  }
  return group;
}

function join(from: Group, into: Group): void {
  const a = find(from);
  const b = find(into);
  if (a !== b) a.parent = b;
}

/**
 * A group whose name some other groups use as an alias joins that group, when there is exactly
 * one. Which name is an alias of which is each document's own finding ("Xi" of "Xi Jinping").
 */
function* joinByUnambiguousAlias(groups: ReadonlyMap<string, Group>, pace: () => boolean): Generator<void> {
  const owners = new Map<string, Set<Group>>();
  for (const group of groups.values()) {
    if (pace()) yield;
    for (const member of group.members) {
      for (const alias of member.aliases) {
        if (alias === group.name) continue;
        const key = keyOf(group.kind, alias);
        let set = owners.get(key);
        if (!set) owners.set(key, (set = new Set()));
        set.add(group);
      }
    }
  }
  for (const group of groups.values()) {
    if (pace()) yield;
    const candidates = [...(owners.get(group.key) ?? [])].filter((g) => g !== group);
    if (candidates.length === 1) join(group, candidates[0]);
  }
}

/**
 * `merge` corrections: a group its files' corrections merge (whatever its kind) joins the entity
 * called `into`, by name or else by alias. Merged into a name no file has, it stays what it would
 * have been without the correction.
 */
function joinByMergeCorrections(groups: ReadonlyMap<string, Group>): void {
  const plain = [...groups.values()].filter((g) => g.mergeInto === undefined);
  for (const group of groups.values()) {
    const into = group.mergeInto;
    if (into === undefined) continue;
    const target =
      largest(plain.filter((g) => g.name === into)) ??
      largest(plain.filter((g) => g.members.some((m) => m.aliases.includes(into))));
    const unmerged = groups.get(keyOf(group.kind, group.name));
    if (target) target.mergeTarget = true;
    if (target ?? unmerged) join(group, (target ?? unmerged)!);
  }
}

/** The group with the most members (files), or undefined for none. */
function largest(groups: readonly Group[]): Group | undefined {
  return groups.reduce<Group | undefined>((best, g) => (!best || g.members.length > best.members.length ? g : best), undefined);
}

function* collect(documents: readonly DocumentDigest[], groups: ReadonlyMap<string, Group>, pace: () => boolean): Generator<void, WorkspaceIndex> {
  const components = new Map<Group, Group[]>();
  for (const group of groups.values()) {
    if (pace()) yield;
    const root = find(group);
    const component = components.get(root);
    if (component) component.push(group);
    else components.set(root, [group]);
  }
  const documentOrder = new Map(documents.map((d, i) => [d.file, i]));
  /** File → local id → the workspace entity, to credit quotes (two maps: no key strings to build). */
  const entityOf = new Map<string, Map<string, UnderConstruction>>();
  const entities: UnderConstruction[] = [];
  for (const component of components.values()) {
    if (pace()) yield;
    // Most entities are one group: its list as it is (flatMap is slow for so many small lists).
    const members = component.length === 1 ? component[0].members : component.flatMap((g) => g.members);
    members.sort((a, b) => (documentOrder.get(a.file) ?? 0) - (documentOrder.get(b.file) ?? 0));
    const entity = entityFrom(canonicalGroup(component), members);
    entities.push(entity);
    for (const m of members) {
      let ofFile = entityOf.get(m.file);
      if (!ofFile) entityOf.set(m.file, (ofFile = new Map()));
      ofFile.set(m.entity.id, entity);
    }
  }
  for (const document of documents) {
    if (pace()) yield;
    const ofFile = entityOf.get(document.file);
    for (const q of document.quotes) {
      const speaker = q.speakerId === undefined ? undefined : ofFile?.get(q.speakerId);
      if (!speaker) continue;
      const quote = { file: document.file, start: q.start, end: q.end, text: q.text, ...(q.speakerConfidence !== undefined && { speakerConfidence: q.speakerConfidence }) };
      // Its own list at its first quote: most entities have none, and share the empty one.
      if (speaker.quotes === NONE) speaker.quotes = [quote];
      else (speaker.quotes as EntityQuote[]).push(quote);
    }
  }
  yield;
  entities.sort(
    (a, b) =>
      b.files.length - a.files.length ||
      b.quotes.length - a.quotes.length ||
      b.mentionCount - a.mentionCount ||
      (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
  );
  yield;
  const byName = yield* nameIndex(entities, pace);
  return { entities, byName, byId: new Map(entities.map((e) => [e.id, e])) };
}

/**
 * Whose name the joined entity takes: the one a merge correction named, else the fullest name
 * ("Vladimir Putin" over "Putin", whichever document called which the alias), else the most files'.
 */
function canonicalGroup(component: readonly Group[]): Group {
  const rank = (g: Group): [number, number, number] => [g.mergeTarget ? 1 : 0, g.name.length, g.members.length];
  return component.reduce((best, g) => {
    const [a, b] = [rank(g), rank(best)];
    return (a[0] - b[0] || a[1] - b[1] || a[2] - b[2]) > 0 ? g : best;
  });
}

function entityFrom(root: Group, members: readonly Member[]): UnderConstruction {
  const names = new Set<string>();
  const roles = new Set<string>();
  const files = new Map<string, { file: string; localIds: readonly string[]; spans: readonly number[]; mentions: number; date?: string }>();
  let mentionCount = 0;
  for (const m of members) {
    names.add(m.name);
    for (const a of m.aliases) names.add(a);
    for (const r of m.entity.roles) roles.add(r);
    const mentions = mentionCountOf(m.entity);
    mentionCount += mentions;
    const file = files.get(m.file);
    // The digest's own spans, not a copy: the index is rebuilt from the digests, never changes them.
    if (!file) files.set(m.file, { file: m.file, localIds: onlyId(m.entity.id), spans: m.entity.mentions, mentions, ...(m.date !== undefined && { date: m.date }) });
    else {
      file.localIds = [...file.localIds, m.entity.id];
      file.spans = sortedSpans([...file.spans, ...m.entity.mentions]);
      file.mentions += mentions;
    }
  }
  names.delete(root.name);
  return {
    id: `${root.kind}/${root.name}`,
    kind: root.kind,
    name: root.name,
    aliases: names.size === 0 ? NONE : [...names],
    roles: roles.size === 0 ? NONE : [...roles],
    files: [...files.values()],
    quotes: NONE,
    mentionCount,
  };
}

/**
 * The list of one local id, the same list for every file where the entity is that id alone (most
 * are): a folder of ten thousand files has some 235,000 of them, and a few hundred ids.
 */
const ONLY_IDS = new Map<string, readonly string[]>();
function onlyId(id: string): readonly string[] {
  let ids = ONLY_IDS.get(id);
  if (!ids) ONLY_IDS.set(id, (ids = Object.freeze([id])));
  return ids;
}

function sortedSpans(flat: readonly number[]): number[] {
  const pairs: [number, number][] = [];
  for (let i = 0; i < flat.length; i += 2) pairs.push([flat[i], flat[i + 1]]);
  pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return pairs.flat();
}

/** Every name and alias that belongs to one entity of its kind only; the canonical names always. */
function* nameIndex(entities: readonly WorkspaceEntity[], pace: () => boolean): Generator<void, Map<EntityKind, Map<string, WorkspaceEntity>>> {
  const byAlias = new Map<EntityKind, Map<string, WorkspaceEntity | null>>();
  for (const e of entities) {
    if (pace()) yield;
    let ofKind = byAlias.get(e.kind);
    if (!ofKind) byAlias.set(e.kind, (ofKind = new Map()));
    for (const alias of e.aliases) ofKind.set(alias, ofKind.has(alias) && ofKind.get(alias) !== e ? null : e);
  }
  const index = new Map<EntityKind, Map<string, WorkspaceEntity>>();
  const ofKind = (kind: EntityKind): Map<string, WorkspaceEntity> => {
    let names = index.get(kind);
    if (!names) index.set(kind, (names = new Map()));
    return names;
  };
  for (const [kind, aliases] of byAlias) for (const [alias, e] of aliases) if (e) ofKind(kind).set(alias, e);
  for (const e of entities) ofKind(e.kind).set(e.name, e);
  return index;
}
