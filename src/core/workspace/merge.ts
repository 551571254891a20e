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

/** A workspace entity while the merge builds it: its quotes are credited after. */
type UnderConstruction = Omit<WorkspaceEntity, 'quotes'> & { quotes: readonly EntityQuote[] };

/** The workspace entity of this kind called `name` (its canonical name or an unambiguous alias). */
export function entityNamed(index: WorkspaceIndex, kind: EntityKind, name: string): WorkspaceEntity | undefined {
  return index.byName.get(kind)?.get(normalizeSpace(name));
}

/**
 * The documents' entities that share a kind and a canonical name once their files' corrections
 * are applied, and so are one entity before any joining.
 */
interface Group {
  readonly kind: EntityKind;
  readonly name: string;
  /** Its members, by ordinal (see Members), in the order of the documents. */
  readonly members: number[];
  /** The name its members' corrections merge them into: such members are a group of their own. */
  readonly mergeInto: string | undefined;
  parent: Group;
  /** A merge correction named it as the entity to merge into: its name is the canonical one. */
  mergeTarget: boolean;
}

/**
 * Every entity of the documents, numbered in order (the first document's first entity is 0): a
 * group lists its members by number rather than by an object each. A folder of ten thousand files
 * has some 235,000 of them: with an object apiece, the groups held 62 MB, by number 29 MB, at the
 * merge's peak, when the index it replaces is still held beside the new one.
 */
class Members {
  readonly entity: DigestEntity[];
  /** The index of each one's document. */
  readonly document: Int32Array;
  /** The group each one is in; undefined for one its corrections say is not a name. */
  readonly group: (Group | undefined)[];

  constructor(
    readonly documents: readonly DocumentDigest[],
    /** The verdicts of each document's corrections, by its index. */
    private readonly verdicts: readonly Verdicts[],
  ) {
    const count = documents.reduce((sum, d) => sum + d.entities.length, 0);
    this.entity = new Array<DigestEntity>(count);
    this.document = new Int32Array(count);
    this.group = new Array<Group | undefined>(count);
  }

  /** The member's aliases under its file's corrections. */
  aliasesOf(member: number): readonly string[] {
    return correctedAliases(this.entity[member].aliases, this.verdicts[this.document[member]]);
  }
}

/** The groups, in the order they were made (the order the merge goes through them), found by kind and name. */
class Groups {
  readonly all: Group[] = [];
  /** Kind → name → the group of the members no correction merges. */
  private readonly plain = new Map<EntityKind, Map<string, Group>>();
  /** The groups of members corrections merge (few), by kind, name and the name they go into. */
  private readonly merged = new Map<string, Group>();

  /** The group of members no correction merges, with this kind and name. */
  plainGroup(kind: EntityKind, name: string): Group | undefined {
    return this.plain.get(kind)?.get(name);
  }

  /** Adds the member to the group of this kind and name whose members merge into `mergeInto` (none for plain ones), made if there is none yet. */
  add(member: number, kind: EntityKind, name: string, mergeInto: string | undefined): Group {
    let named = this.plain.get(kind);
    const key = mergeInto === undefined ? undefined : `${kind}\u0000${name}\u0000${mergeInto}`;
    const known = key === undefined ? named?.get(name) : this.merged.get(key);
    if (known) {
      known.members.push(member);
      return known;
    }
    // A list of one, as long as it is: three groups in four keep one member, and a list pushed to
    // from empty has room for seventeen.
    const group: Group = { kind, name, members: [member], mergeInto, parent: undefined as unknown as Group, mergeTarget: false };
    group.parent = group;
    this.all.push(group);
    if (key !== undefined) this.merged.set(key, group);
    else {
      if (!named) this.plain.set(kind, (named = new Map()));
      named.set(name, group);
    }
    return group;
  }
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
  const verdicts = documents.map(({ file }) => {
    const corrections = correctionsOf(file);
    let known = verdictsOf.get(corrections);
    if (!known) verdictsOf.set(corrections, (known = nameVerdicts(corrections)));
    return known;
  });
  const members = new Members(documents, verdicts);
  const groups = new Groups();
  let member = 0;
  for (let d = 0; d < documents.length; d++) {
    for (const entity of documents[d].entities) {
      members.entity[member] = entity;
      members.document[member] = d;
      members.group[member] = groupOf(member, entity, verdicts[d], groups);
      member++;
      if (pace()) yield;
    }
  }
  yield* joinByUnambiguousAlias(groups.all, members, pace);
  joinByMergeCorrections(groups, members);
  return yield* collect(members, groups.all, pace);
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

/** The group a document's entity joins, its file's corrections applied to its name; undefined when they say it is not a name. */
function groupOf(member: number, entity: DigestEntity, { byName, merges }: Verdicts, groups: Groups): Group | undefined {
  const name = normalizeSpace(entity.name);
  const verdict = byName.get(name);
  if (verdict?.action === 'notEntity') return undefined;
  return groups.add(member, verdict?.kind ?? entity.kind, name, merges.get(name));
}

/** A document entity's aliases, with its file's corrections applied: those that are not names go. */
function correctedAliases(aliases: readonly string[], { byName }: Verdicts): readonly string[] {
  // Most entities have no aliases: their empty list, not a new one for each.
  return aliases.length === 0 ? aliases : aliases.map(normalizeSpace).filter((a) => byName.get(a)?.action !== 'notEntity');
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
 * A group whose members a correction merges joins by that correction only.
 */
function* joinByUnambiguousAlias(groups: readonly Group[], members: Members, pace: () => boolean): Generator<void> {
  /** Kind → alias → the groups that have it. */
  const owners = new Map<EntityKind, Map<string, Set<Group>>>();
  for (const group of groups) {
    if (pace()) yield;
    let ofKind = owners.get(group.kind);
    for (const member of group.members) {
      for (const alias of members.aliasesOf(member)) {
        if (alias === group.name) continue;
        if (!ofKind) owners.set(group.kind, (ofKind = new Map()));
        let set = ofKind.get(alias);
        if (!set) ofKind.set(alias, (set = new Set()));
        set.add(group);
      }
    }
  }
  for (const group of groups) {
    if (pace()) yield;
    if (group.mergeInto !== undefined) continue;
    const candidates = [...(owners.get(group.kind)?.get(group.name) ?? [])].filter((g) => g !== group);
    if (candidates.length === 1) join(group, candidates[0]);
  }
}

/**
 * `merge` corrections: a group its files' corrections merge (whatever its kind) joins the entity
 * called `into`, by name or else by alias. Merged into a name no file has, it stays what it would
 * have been without the correction.
 */
function joinByMergeCorrections(groups: Groups, members: Members): void {
  const plain = groups.all.filter((g) => g.mergeInto === undefined);
  for (const group of groups.all) {
    const into = group.mergeInto;
    if (into === undefined) continue;
    const target =
      largest(plain.filter((g) => g.name === into)) ??
      largest(plain.filter((g) => g.members.some((m) => members.aliasesOf(m).includes(into))));
    const unmerged = groups.plainGroup(group.kind, group.name);
    if (target) target.mergeTarget = true;
    if (target ?? unmerged) join(group, (target ?? unmerged)!);
  }
}

/** The group with the most members (files), or undefined for none. */
function largest(groups: readonly Group[]): Group | undefined {
  return groups.reduce<Group | undefined>((best, g) => (!best || g.members.length > best.members.length ? g : best), undefined);
}

function* collect(members: Members, groups: readonly Group[], pace: () => boolean): Generator<void, WorkspaceIndex> {
  const components = new Map<Group, Group[]>();
  for (const group of groups) {
    if (pace()) yield;
    const root = find(group);
    const component = components.get(root);
    if (component) component.push(group);
    else components.set(root, [group]);
  }
  /** Each member's workspace entity, to credit the quotes. */
  const entityOf = new Array<UnderConstruction | undefined>(members.entity.length);
  const entities: UnderConstruction[] = [];
  for (const component of components.values()) {
    if (pace()) yield;
    const inOrder = component.length === 1 ? component[0].members : inDocumentOrder(component, members);
    const entity = entityFrom(canonicalGroup(component), inOrder, members);
    entities.push(entity);
    for (const m of inOrder) entityOf[m] = entity;
  }
  const { documents } = members;
  for (let d = 0, first = 0; d < documents.length; first += documents[d].entities.length, d++) {
    if (pace()) yield;
    const { file, entities: ofDocument, quotes } = documents[d];
    for (const q of quotes) {
      const speaker = q.speakerId === undefined ? undefined : speakerOf(q.speakerId, ofDocument, first, entityOf);
      if (!speaker) continue;
      const quote = { file, start: q.start, end: q.end, text: q.text, ...(q.speakerConfidence !== undefined && { speakerConfidence: q.speakerConfidence }) };
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

/** The members of the component's groups in the order of the documents; of one document, in the order of the groups. */
function inDocumentOrder(component: readonly Group[], members: Members): number[] {
  const all: number[] = [];
  for (const group of component) for (const m of group.members) all.push(m);
  return all.sort((a, b) => members.document[a] - members.document[b]);
}

/** The workspace entity of the document's entity `id`, which a quote names as its speaker (a document has some twenty entities: they are looked through). */
function speakerOf(id: string, entities: readonly DigestEntity[], first: number, entityOf: readonly (UnderConstruction | undefined)[]): UnderConstruction | undefined {
  for (let i = 0; i < entities.length; i++) if (entities[i].id === id && entityOf[first + i]) return entityOf[first + i];
  return undefined;
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

function entityFrom(root: Group, inOrder: readonly number[], members: Members): UnderConstruction {
  const names = new Set<string>();
  const roles = new Set<string>();
  const files = new Map<string, { file: string; localIds: readonly string[]; spans: readonly number[]; mentions: number; date?: string }>();
  let mentionCount = 0;
  for (const m of inOrder) {
    const entity = members.entity[m];
    const { file: name, date } = members.documents[members.document[m]];
    names.add(members.group[m]!.name);
    for (const a of members.aliasesOf(m)) names.add(a);
    for (const r of entity.roles) roles.add(r);
    const mentions = mentionCountOf(entity);
    mentionCount += mentions;
    const file = files.get(name);
    // The digest's own spans, not a copy: the index is rebuilt from the digests, never changes them.
    if (!file) files.set(name, { file: name, localIds: onlyId(entity.id), spans: entity.mentions, mentions, ...(date !== undefined && { date }) });
    else {
      file.localIds = [...file.localIds, entity.id];
      file.spans = sortedSpans([...file.spans, ...entity.mentions]);
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
