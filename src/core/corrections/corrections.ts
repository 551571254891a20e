// Corrections: what a reader teaches Dossier about names it got wrong. They are an input of the
// analysis, applied as a pure pass over an Analysis, so the editor and the CLI get the same result.
//
// A correction is anchored by text, never by position: by the name (for entity corrections) or by
// the quote's text (for speakers). It therefore survives edits elsewhere in the document, and
// applies to every document that contains the name.

import type { Analysis, Entity, EntityKind, Mention, Quote, Span, Speaker } from '../model/model';

export type Correction =
  /** Every occurrence of `name` is a mention of an entity of this kind. */
  | { readonly action: 'markAs'; readonly name: string; readonly kind: EntityKind }
  /** `name` is not an entity: its mentions are dropped. */
  | { readonly action: 'notEntity'; readonly name: string }
  /** `name` is another name of the entity called `into`: its mentions join that entity. */
  | { readonly action: 'merge'; readonly name: string; readonly into: string }
  /** The quote with this text was said by `speaker` (a name), or by nobody when null. */
  | { readonly action: 'setSpeaker'; readonly quote: string; readonly speaker: string | null };

export type CorrectionAction = Correction['action'];

/** The text a correction is anchored by: a name, or a quote. */
export function anchorOf(correction: Correction): string {
  return correction.action === 'setSpeaker' ? correction.quote : correction.name;
}

/**
 * The list after adding `correction`. A later correction of the same anchor replaces the earlier
 * ones (marking a name as a place after marking it as a person leaves one correction), so the
 * file stays short and says one thing per name.
 */
export function withCorrection(list: readonly Correction[], correction: Correction): Correction[] {
  const key = anchorKey(correction);
  return [...list.filter((c) => anchorKey(c) !== key), correction];
}

function anchorKey(correction: Correction): string {
  return `${correction.action === 'setSpeaker' ? 'quote' : 'name'}\u0000${normalizeSpace(anchorOf(correction))}`;
}

/** Whitespace runs as one space, trimmed: a name or quote may wrap over lines. */
export function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Which corrections have their anchor in `text`: the name as a whole word, or the quote's text.
 * A correction anchored in none of a workspace's documents is an orphan.
 */
export function anchoredIn(text: string, corrections: readonly Correction[]): boolean[] {
  let flatText: string | undefined;
  return corrections.map((c) => {
    if (c.action !== 'setSpeaker') return occurrences(text, c.name).length > 0;
    flatText ??= normalizeSpace(text);
    return flatText.includes(normalizeSpace(c.quote));
  });
}

/** Whole-word occurrences of a name in the text; whitespace in the name matches any whitespace run. */
export function occurrences(text: string, name: string): Span[] {
  const words = normalizeSpace(name);
  if (!words) return [];
  const pattern = words.split(' ').map(escapeRegExp).join('\\s+');
  const matcher = new RegExp(`(?<![\\p{L}\\p{N}])${pattern}(?![\\p{L}\\p{N}])`, 'gu');
  return [...text.matchAll(matcher)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
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

/**
 * The analysis as the corrections say it should be. Corrections apply in order, so a later one
 * wins over an earlier one of the same name; speakers are set last, after the entities settle.
 * Ids are renumbered in order of first mention, as the model requires.
 */
export function applyCorrections(text: string, analysis: Analysis, corrections: readonly Correction[]): Analysis {
  if (corrections.length === 0) return analysis;
  const pass = new EntityPass(text, analysis);
  for (const correction of corrections) pass.apply(correction);
  const { entities, mentions, newId } = pass.finish();
  const speakers = corrections.filter((c): c is Extract<Correction, { action: 'setSpeaker' }> => c.action === 'setSpeaker');
  const mentionAt = new Map(mentions.map((m) => [`${m.start}:${m.end}`, m]));
  const entityById = new Map(entities.map((e) => [e.id, e]));
  const quotes = analysis.quotes.map((quote) => {
    const relinked = relinkSpeaker(quote, mentionAt, entityById, newId);
    const flat = normalizeSpace(quote.text);
    const override = speakers.filter((c) => normalizeSpace(c.quote) === flat).pop();
    return override ? withSpeaker(text, relinked, override.speaker, entities) : relinked;
  });
  return { ...analysis, entities, mentions, quotes };
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
    const previous = this.mentions.find((m) => m.form === flat)?.entity;
    let target = this.find(flat, (e) => e.kind === kind);
    this.remove((m) => overlapsAny(spans, m));
    if (!target) {
      target = { kind, name: flat, aliases: [], roles: previous?.name === flat ? [...previous.roles] : [], lostName: false };
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
    const furthestEnd = (before: (start: number) => boolean): number => {
      let low = 0;
      let high = sorted.length;
      while (low < high) {
        const mid = (low + high) >> 1;
        if (before(sorted[mid].start)) low = mid + 1;
        else high = mid;
      }
      return low > 0 ? furthest[low - 1] : -1;
    };
    return spans.filter((s) => !(furthestEnd((start) => start <= s.start) > s.end || furthestEnd((start) => start < s.start) >= s.end));
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
  finish(): { entities: Entity[]; mentions: Mention[]; newId: (oldId: string) => string | undefined } {
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

/** Whether a span overlaps any of `spans`, which are sorted and do not overlap each other. */
function overlapsAny(spans: readonly Span[], span: Span): boolean {
  const first = firstEndingAfter(spans, span.start);
  return first < spans.length && spans[first].start < span.end;
}

/** The index of the first of `spans` (sorted, not overlapping) that ends after `offset`. */
function firstEndingAfter(spans: readonly Span[], offset: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (spans[mid].end <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The spans (sorted, not overlapping) that none of the mentions overlaps. */
function untouched(spans: readonly Span[], mentions: readonly Span[]): Span[] {
  const hit = new Set<number>();
  for (const m of mentions) {
    for (let i = firstEndingAfter(spans, m.start); i < spans.length && spans[i].start < m.end; i++) hit.add(i);
  }
  return spans.filter((_, i) => !hit.has(i));
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

function union(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])];
}

/** Keep a speaker pointing at the right entity after ids and names changed. */
function relinkSpeaker(quote: Quote, mentionAt: ReadonlyMap<string, Mention>, entityById: ReadonlyMap<string, Entity>, newId: (oldId: string) => string | undefined): Quote {
  const speaker = quote.speaker;
  if (!speaker) return quote;
  const atSpan = mentionAt.get(`${speaker.start}:${speaker.end}`);
  const id = atSpan?.entityId ?? (speaker.entityId === undefined ? undefined : newId(speaker.entityId));
  const entity = id === undefined ? undefined : entityById.get(id);
  const { how, confidence } = speaker;
  const relinked: Speaker = entity
    ? { start: speaker.start, end: speaker.end, name: entity.name, entityId: entity.id, how, confidence }
    : { start: speaker.start, end: speaker.end, name: speaker.name, how, confidence };
  return { ...quote, speaker: relinked };
}

/**
 * The quote as said by `name` (or by nobody). The speaker's span is the entity's mention nearest
 * the quote, else the nearest occurrence of the name outside it, else the words the attribution
 * named before, else the quote's opening mark: a speaker's span is never empty.
 */
function withSpeaker(text: string, quote: Quote, name: string | null, entities: readonly Entity[]): Quote {
  if (name === null) return { ...quote, speaker: null, verb: undefined };
  const flat = normalizeSpace(name);
  const entity = entities.find((e) => e.name === flat) ?? entities.find((e) => e.aliases.includes(flat));
  const candidates: readonly Span[] = entity ? entity.mentions : occurrences(text, flat);
  const outside = candidates.filter((s) => !overlaps(s, quote));
  const distance = (s: Span): number => (s.end <= quote.start ? quote.start - s.end : s.start - quote.end);
  const nearest = outside.reduce<Span | undefined>((best, s) => (!best || distance(s) < distance(best) ? s : best), undefined);
  const span = nearest ?? quote.speaker ?? { start: quote.start, end: quote.start + 1 };
  // The user named the speaker: as sure as an attribution gets.
  const set = { how: 'explicit', confidence: 1 } as const;
  const speaker: Speaker = entity ? { start: span.start, end: span.end, name: entity.name, entityId: entity.id, ...set } : { start: span.start, end: span.end, name: flat, ...set };
  return { ...quote, kind: quote.kind === 'scare' ? 'fragment' : quote.kind, speaker };
}
