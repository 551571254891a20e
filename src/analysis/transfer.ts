import type { Analysis, Entity, Mention } from '../core/model/model';
import { firstStartingFrom, isMovedCopy, movedBy } from '../core/model/spans';

/**
 * How an analysis crosses from the worker to the extension host. After an edit most of a book's
 * analysis is what the host already holds: the items before the edit unchanged, those after it
 * moved by the change in length. So the worker sends, for each list, only how many items at its
 * start are the same (`head`), how many at its end are the same once moved (`tail`), and the items
 * between them; the host builds the new analysis from its previous one. Without a previous
 * analysis every item is "between".
 *
 * The items go as JSON in pieces, so the host parses them a piece at a time instead of
 * deserialising a big object graph in one go (for War and Peace that takes 20–40 ms at once, each
 * piece about a millisecond). Entities refer to their mentions by index, and get the very objects
 * of `mentions` back, as the worker had them.
 */
export interface EncodedAnalysis {
  /** Whether this builds on the previous analysis the receiver holds for the document. */
  readonly delta: boolean;
  /** How far the items in each `tail` moved: the change in the text's length. */
  readonly shift: number;
  /** Fields that are not lists (textLength), as they are. */
  readonly fields: Record<string, unknown>;
  readonly lists: Record<string, EncodedList>;
}

interface EncodedList {
  /** How many items the list has. */
  readonly length: number;
  /** The first `head` items are the previous analysis's first ones. */
  readonly head: number;
  /** The last `tail` items are the previous analysis's last ones, with every `start` and `end` moved by `shift`. */
  readonly tail: number;
  /** The items between, as JSON arrays of at most PIECE items. */
  readonly pieces: readonly string[];
}

/**
 * An entity as JSON: its mentions as indexes into `mentions`, its first mention's index last; or,
 * should any of them not be one of `mentions`, the whole entity.
 */
type EncodedEntity = { readonly entity: EntityFields; readonly mentions: readonly number[] } | { readonly whole: Entity };
type EntityFields = Omit<Entity, 'mentions' | 'firstMention'>;

/** An analysis as the two sides hold it: what the next delta is built on. */
export interface SharedAnalysis {
  readonly analysis: Analysis;
  /** Per entity, the indexes of its mentions in `mentions` and then of its first mention (as in EncodedEntity). */
  readonly entityMentions: readonly (readonly number[] | undefined)[];
}

/** Items per piece: about 100–200 kB of JSON. */
const PIECE = 1000;
/** The receiving thread works at most this long between two turns of its event loop. */
const SLICE_MS = 4;

/** The analysis, as the change from `previous` (the one last sent for the document) if given. */
export function encodeAnalysis(analysis: Analysis, previous?: SharedAnalysis): { encoded: EncodedAnalysis; shared: SharedAnalysis } {
  const shift = previous ? analysis.textLength - previous.analysis.textLength : 0;
  const before = (field: string): readonly unknown[] => (previous?.analysis[field as keyof Analysis] as unknown[] | undefined) ?? [];
  const fields: Record<string, unknown> = {};
  const lists: Record<string, EncodedList> = {};
  for (const [field, value] of Object.entries(analysis)) {
    if (!Array.isArray(value)) fields[field] = value;
    else if (field !== 'entities') {
      const old = before(field);
      lists[field] = encodeList(old.length, value.length, (j, i, moved) => isMovedCopy(old[j], value[i], moved ? shift : 0), (i) => value[i]);
    }
  }
  const { entities, mentions } = analysis;
  const remap = mentionRemapper(lists.mentions, before('mentions').length);
  const oldEntities = before('entities') as readonly Entity[];
  const entityMentions: (readonly number[] | undefined)[] = [];
  // The same entity, if its mentions are where its old ones went and its other fields are the same.
  const sameEntity = (j: number, i: number, moved: boolean): boolean => {
    const was = previous?.entityMentions[j];
    const entity = entities[i];
    if (!was || was.length !== entity.mentions.length + 1) return false;
    const indexes = was.map(remap);
    if (!indexes.every((index, k) => index >= 0 && mentions[index] === (entity.mentions[k] ?? entity.firstMention))) return false;
    if (!isMovedCopy(oldEntities[j], entity, moved ? shift : 0, MENTION_FIELDS)) return false;
    entityMentions[i] = indexes;
    return true;
  };
  const encodeEntity = (i: number): EncodedEntity => {
    const entity = entities[i];
    const indexes = [...entity.mentions, entity.firstMention].map((mention) => indexOfMention(mentions, mention));
    if (indexes.includes(-1)) return { whole: entity };
    entityMentions[i] = indexes;
    return { entity: fieldsOf(entity), mentions: indexes };
  };
  lists.entities = encodeList(oldEntities.length, entities.length, sameEntity, encodeEntity);
  return { encoded: { delta: previous !== undefined, shift, fields, lists }, shared: { analysis, entityMentions } };
}

/**
 * Rebuild an analysis on top of `previous` (the one last received for the document), letting
 * `pause` hand the thread back every few milliseconds.
 */
export async function decodeAnalysis(encoded: EncodedAnalysis, previous: SharedAnalysis | undefined, pause: () => Promise<void>): Promise<SharedAnalysis> {
  if (encoded.delta && !previous) throw new Error('the analysis arrived as a change to one this side does not hold');
  const base = encoded.delta ? previous : undefined;
  const before = (field: string): readonly unknown[] => (base?.analysis[field as keyof Analysis] as unknown[] | undefined) ?? [];
  const slicer = new Slicer(pause);
  const analysis: Record<string, unknown> = { ...encoded.fields };
  for (const [field, list] of Object.entries(encoded.lists)) {
    if (field === 'entities') continue;
    const old = before(field);
    analysis[field] = await decodeList(list, old.length, slicer, (j, moved) => (moved ? movedBy(old[j], encoded.shift) : old[j]), (item) => item);
  }
  const mentions = (analysis.mentions ?? []) as readonly Mention[];
  const unchangedMentions = encoded.lists.mentions?.head ?? 0;
  const remap = mentionRemapper(encoded.lists.mentions, before('mentions').length);
  const oldEntities = before('entities') as readonly Entity[];
  const entityMentions: (readonly number[] | undefined)[] = [];
  const withMentions = (fields: EntityFields, indexes: readonly number[]): Entity => {
    entityMentions.push(indexes);
    return { ...fields, mentions: indexes.slice(0, -1).map((k) => mentions[k]), firstMention: mentions[indexes[indexes.length - 1]] };
  };
  analysis.entities = await decodeList(
    encoded.lists.entities,
    oldEntities.length,
    slicer,
    (j, moved) => {
      const was = base?.entityMentions[j] as readonly number[];
      // An entity whose mentions are all the very objects it had is the entity it was.
      if (!moved && was.every((index) => index < unchangedMentions)) {
        entityMentions.push(was);
        return oldEntities[j];
      }
      return withMentions(movedBy(fieldsOf(oldEntities[j]), moved ? encoded.shift : 0), was.map(remap));
    },
    (item: EncodedEntity) => {
      if ('whole' in item) {
        entityMentions.push(undefined);
        return item.whole;
      }
      return withMentions(item.entity, item.mentions);
    },
  );
  return { analysis: analysis as unknown as Analysis, entityMentions };
}

function encodeList(beforeLength: number, afterLength: number, same: (before: number, after: number, moved: boolean) => boolean, item: (i: number) => unknown): EncodedList {
  const limit = Math.min(beforeLength, afterLength);
  let head = 0;
  while (head < limit && same(head, head, false)) head++;
  let tail = 0;
  while (tail < limit - head && same(beforeLength - 1 - tail, afterLength - 1 - tail, true)) tail++;
  const pieces: string[] = [];
  for (let from = head; from < afterLength - tail; from += PIECE) {
    const items: unknown[] = [];
    for (let i = from; i < Math.min(from + PIECE, afterLength - tail); i++) items.push(item(i));
    pieces.push(JSON.stringify(items));
  }
  return { length: afterLength, head, tail, pieces };
}

/** A list: `kept(j, moved)` gives the item for the previous list's item j (in the tail: moved). */
async function decodeList<T>(list: EncodedList, beforeLength: number, slicer: Slicer, kept: (j: number, moved: boolean) => unknown, decode: (item: T) => unknown): Promise<unknown[]> {
  const items: unknown[] = [];
  for (let j = 0; j < list.head; j++) {
    items.push(kept(j, false));
    if (slicer.due()) await slicer.pause();
  }
  for (const piece of list.pieces) {
    for (const item of JSON.parse(piece) as T[]) items.push(decode(item));
    if (slicer.due(true)) await slicer.pause();
  }
  for (let j = beforeLength - list.tail; j < beforeLength; j++) {
    items.push(kept(j, true));
    if (slicer.due()) await slicer.pause();
  }
  return items;
}

/** Tells when SLICE_MS have passed, looking at the clock every so many items, and hands the thread back. */
class Slicer {
  private sliceEnd = performance.now() + SLICE_MS;
  private count = 0;

  constructor(private readonly handBack: () => Promise<void>) {}

  /** `costly`: a whole piece was just parsed, look at the clock now. */
  due(costly = false): boolean {
    return (costly || ++this.count % 256 === 0) && performance.now() >= this.sliceEnd;
  }

  async pause(): Promise<void> {
    await this.handBack();
    this.sliceEnd = performance.now() + SLICE_MS;
  }
}

/** Where a previous mention index is in the new list; -1 if it is among the changed ones. */
function mentionRemapper(list: EncodedList | undefined, beforeLength: number): (index: number) => number {
  const head = list?.head ?? 0;
  const tail = list?.tail ?? 0;
  const grown = (list?.length ?? 0) - beforeLength;
  return (index) => (index < head ? index : index >= beforeLength - tail ? index + grown : -1);
}

/** Where `mention` is in `mentions` (in document order): a binary search by its start; -1 if it is not there. */
function indexOfMention(mentions: readonly Mention[], mention: Mention): number {
  for (let i = firstStartingFrom(mentions, mention.start); i < mentions.length && mentions[i].start === mention.start; i++) if (mentions[i] === mention) return i;
  return -1;
}

/** The fields of an entity that are not its mentions, which go by index. */
const MENTION_FIELDS: ReadonlySet<string> = new Set(['mentions', 'firstMention']);

function fieldsOf(entity: Entity): EntityFields {
  const fields: Record<string, unknown> = {};
  for (const key in entity) if (!MENTION_FIELDS.has(key)) fields[key] = entity[key as keyof Entity];
  return fields as unknown as EntityFields;
}
