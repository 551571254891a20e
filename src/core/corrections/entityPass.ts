// The entity pass of the corrections: marking a name as a kind, as no entity, or as another name
// of an entity, over the analysis's entities and mentions.

import type { Analysis, Entity, EntityKind, Mention, Span } from '../model/model';
import { countWhile, firstEndingAfter, firstStartingFrom, overlapsAny } from '../model/spans';
import { normalizeSpace, occurrences, type Correction } from './corrections';

/** The entities and mentions as the corrections leave them, and where each old entity id went. */
export interface CorrectedEntities {
  readonly entities: Entity[];
  readonly mentions: Mention[];
  readonly newId: (oldId: string) => string | undefined;
}

/**
 * The entities and mentions after the entity corrections, applied in order so a later one wins
 * over an earlier one of the same name. Ids are renumbered in order of first mention, as the
 * model requires.
 */
export function correctEntities(text: string, analysis: Analysis, corrections: readonly Correction[]): CorrectedEntities {
  const pass = new EntityPass(text, analysis);
  for (const correction of corrections) pass.apply(correction);
  return pass.finish();
}

interface WorkEntity {
  kind: EntityKind;
  name: string;
  aliases: string[];
  roles: string[];
  /** Set when the entity's name was taken from it; it is renamed after the pass. */
  lostName: boolean;
  /** Where its mentions went when it was merged away, so speakers can follow. */
  mergedInto?: WorkEntity;
  /** The entity as the analysis had it, so fields this pass does not know about are kept. */
  readonly original?: Entity;
}

interface WorkMention extends Span {
  readonly text: string;
  /** The mention as the analysis had it, so fields this pass does not know about are kept. */
  readonly original?: Mention;
  /** The text with its whitespace normalised, the form names are compared in. */
  readonly form: string;
  entity: WorkEntity;
}

class EntityPass {
  private mentions: WorkMention[];
  private readonly entities: WorkEntity[];
  private readonly byOldId = new Map<string, WorkEntity>();

  constructor(private readonly text: string, analysis: Analysis) {
    this.entities = analysis.entities.map((e) => {
      const work: WorkEntity = { kind: e.kind, name: e.name, aliases: [...e.aliases], roles: [...e.roles], lostName: false, original: e };
      this.byOldId.set(e.id, work);
      return work;
    });
    this.mentions = analysis.mentions.flatMap((m) => {
      const entity = this.byOldId.get(m.entityId);
      return entity ? [{ start: m.start, end: m.end, text: m.text, form: normalizeSpace(m.text), entity, original: m }] : [];
    });
  }

  apply(correction: Correction): void {
    if (correction.action === 'notEntity') this.notEntity(correction.name);
    else if (correction.action === 'markAs') this.markAs(correction.name, correction.kind);
    else if (correction.action === 'merge') this.merge(correction.name, correction.into);
  }

  /** The name is not an entity: its mentions go, and so does an entity of that name, aliases and all. */
  private notEntity(name: string): void {
    const flat = normalizeSpace(name);
    this.remove((m) => m.form === flat || m.entity.name === flat);
  }

  /**
   * Every occurrence of the name is a mention of an entity of this kind. An entity of that name
   * changes kind as a whole, aliases and all (or joins one of that kind and name, if there is one).
   */
  private markAs(name: string, kind: EntityKind): void {
    const flat = normalizeSpace(name);
    const live = this.liveEntities();
    const named = this.entities.find((e) => live.has(e) && e.name === flat && e.kind !== kind);
    if (named) {
      const sameKind = this.find(flat, (e) => e.kind === kind);
      if (sameKind) this.moveAll(named, sameKind);
      else named.kind = kind;
    }
    const spans = this.freeOccurrences(name);
    if (spans.length === 0) return;
    let target = this.find(flat, (e) => e.kind === kind);
    this.remove((m) => overlapsAny(spans, m));
    if (!target) {
      // No live entity is called `name`: any that was has just been given `kind` above, so a new
      // one has no roles to inherit.
      target = { kind, name: flat, aliases: [], roles: [], lostName: false };
      this.entities.push(target);
    }
    this.add(spans, target);
    if (target.name !== flat) target.aliases = union(target.aliases, [flat]);
  }

  /** `name` is another name of the entity called `into`. */
  private merge(name: string, into: string): void {
    const flat = normalizeSpace(name);
    const target = this.find(normalizeSpace(into), () => true);
    if (!target || target.name === flat) return;
    const live = this.liveEntities();
    for (const source of this.entities.filter((e) => e !== target && e.name === flat && live.has(e))) this.moveAll(source, target);
    const losers = new Map<WorkEntity, Set<string>>();
    for (const m of this.mentions) {
      if (m.entity === target || m.form !== flat) continue;
      addTo(losers, m.entity, flat);
      m.entity = target;
    }
    this.forgetForms(losers);
    const named = (): boolean => this.mentions.some((m) => m.entity === target && m.form === flat);
    // A name the recognizer missed is added where it does not cut into another name.
    if (!named()) this.add(untouched(occurrences(this.text, name), this.mentions), target);
    if (named()) target.aliases = union(target.aliases, [flat]);
  }

  /** Every mention of `source` now refers to `target`, which takes its names and roles too. */
  private moveAll(source: WorkEntity, target: WorkEntity): void {
    for (const m of this.mentions) if (m.entity === source) m.entity = target;
    target.roles = union(target.roles, source.roles);
    target.aliases = union(target.aliases, [source.name, ...source.aliases].filter((a) => a !== target.name));
    source.mergedInto = target;
  }

  private liveEntities(): Set<WorkEntity> {
    return new Set(this.mentions.map((m) => m.entity));
  }

  /** The entity called `name` (by its name first, else by an alias) among those still mentioned. */
  private find(name: string, accept: (e: WorkEntity) => boolean): WorkEntity | undefined {
    const live = this.liveEntities();
    const candidates = this.entities.filter((e) => live.has(e) && accept(e));
    return candidates.find((e) => e.name === name) ?? candidates.find((e) => e.aliases.includes(name));
  }

  /**
   * Occurrences of a name that are not inside a longer name already found (that one wins). With
   * the mentions sorted by start, the furthest end among those starting at or before an occurrence
   * tells whether one contains it.
   */
  private freeOccurrences(name: string): Span[] {
    const spans = occurrences(this.text, name);
    if (spans.length === 0) return spans;
    const sorted = [...this.mentions].sort((a, b) => a.start - b.start);
    const furthest: number[] = [];
    sorted.forEach((m, i) => furthest.push(Math.max(m.end, i > 0 ? furthest[i - 1] : -1)));
    const furthestEnd = (count: number): number => (count > 0 ? furthest[count - 1] : -1);
    return spans.filter((s) => !(furthestEnd(countWhile(sorted, (m) => m.start <= s.start)) > s.end || furthestEnd(firstStartingFrom(sorted, s.start)) >= s.end));
  }

  private add(spans: readonly Span[], entity: WorkEntity): void {
    for (const span of spans) {
      const text = this.text.slice(span.start, span.end);
      const form = normalizeSpace(text);
      this.mentions.push({ ...span, text, form, entity });
      if (form === entity.name) entity.lostName = false;
    }
  }

  private remove(drop: (m: WorkMention) => boolean): void {
    const kept: WorkMention[] = [];
    const removed = new Map<WorkEntity, Set<string>>();
    for (const m of this.mentions) {
      if (drop(m)) addTo(removed, m.entity, m.form);
      else kept.push(m);
    }
    this.mentions = kept;
    this.forgetForms(removed);
  }

  /** After mentions with these texts left their entities: they no longer go by those names, unless some remain. */
  private forgetForms(left: ReadonlyMap<WorkEntity, ReadonlySet<string>>): void {
    if (left.size === 0) return;
    const remaining = new Map<WorkEntity, Set<string>>();
    for (const m of this.mentions) if (left.has(m.entity)) addTo(remaining, m.entity, m.form);
    for (const [entity, forms] of left) {
      for (const form of forms) {
        if (remaining.get(entity)?.has(form)) continue;
        entity.aliases = entity.aliases.filter((a) => a !== form);
        if (entity.name === form) entity.lostName = true;
      }
    }
  }

  /** The corrected entities and mentions, numbered e1, e2, … in order of first mention. */
  finish(): CorrectedEntities {
    this.mentions.sort((a, b) => a.start - b.start || a.end - b.end);
    const ids = new Map<WorkEntity, string>();
    const own = new Map<WorkEntity, Mention[]>();
    const mentions: Mention[] = this.mentions.map((m) => {
      let id = ids.get(m.entity);
      if (id === undefined) {
        ids.set(m.entity, (id = `e${ids.size + 1}`));
        own.set(m.entity, []);
      }
      const mention: Mention = { ...m.original, start: m.start, end: m.end, entityId: id, text: m.text };
      own.get(m.entity)?.push(mention);
      return mention;
    });
    const entities: Entity[] = [...ids].map(([work, id]) => {
      const mentioned = own.get(work) ?? [];
      const name = work.lostName ? renamed(work, mentioned) : work.name;
      return { ...work.original, id, kind: work.kind, name, aliases: work.aliases.filter((a) => a !== name), roles: work.roles, mentions: mentioned, firstMention: mentioned[0] };
    });
    const newId = (oldId: string): string | undefined => {
      let work = this.byOldId.get(oldId);
      while (work?.mergedInto) work = work.mergedInto;
      return work && ids.get(work);
    };
    return { entities, mentions, newId };
  }
}

function addTo<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

/** A new name for an entity whose name was corrected away: an alias still mentioned, else its longest mention. */
function renamed(entity: WorkEntity, mentions: readonly Mention[]): string {
  const forms = mentions.map((m) => normalizeSpace(m.text));
  return entity.aliases.find((a) => forms.includes(a)) ?? forms.reduce((a, b) => (b.length > a.length ? b : a), '');
}

/** The spans (sorted, not overlapping) that none of the mentions overlaps. */
function untouched(spans: readonly Span[], mentions: readonly Span[]): Span[] {
  const hit = new Set<number>();
  for (const m of mentions) {
    for (let i = firstEndingAfter(spans, m.start); i < spans.length && spans[i].start < m.end; i++) hit.add(i);
  }
  return spans.filter((_, i) => !hit.has(i));
}

function union(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])];
}
