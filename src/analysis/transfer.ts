import type { Analysis, Mention } from '../core/model';

/**
 * An analysis in pieces of JSON, so the receiving thread (the extension host) can rebuild it a piece
 * at a time instead of deserialising one big object graph in one go: for War and Peace that takes
 * 20–40 ms at once, each piece about a millisecond. Entities refer to their mentions by index, and
 * get the very objects of `mentions` back, as the worker had them.
 */
export type EncodedAnalysis = readonly string[];

/** Items per piece: about 100–200 kB of JSON. */
const PIECE = 1000;

interface Header {
  /** Fields that are not arrays (textLength), as they are. */
  readonly fields: Record<string, unknown>;
  /** For each array field, in order, how many pieces it was cut into. */
  readonly arrays: Record<string, number>;
}

interface Piece {
  readonly field: string;
  readonly items: unknown[];
}

export function encodeAnalysis(analysis: Analysis): EncodedAnalysis {
  const mentionIndex = new Map<Mention, number>(analysis.mentions.map((m, i) => [m, i]));
  const byIndex = (e: Analysis['entities'][number]): object =>
    e.mentions.every((m) => mentionIndex.has(m)) ? { ...e, mentions: undefined, mentionIndexes: e.mentions.map((m) => mentionIndex.get(m)) } : e;
  const header: Header = { fields: {}, arrays: {} };
  const pieces: string[] = [];
  for (const [field, value] of Object.entries(analysis)) {
    if (!Array.isArray(value)) {
      header.fields[field] = value;
      continue;
    }
    const items = field === 'entities' ? (value as Analysis['entities'][number][]).map(byIndex) : value;
    const count = Math.ceil(items.length / PIECE);
    header.arrays[field] = count;
    for (let i = 0; i < count; i++) pieces.push(JSON.stringify({ field, items: items.slice(i * PIECE, (i + 1) * PIECE) } satisfies Piece));
  }
  return [JSON.stringify(header), ...pieces];
}

/** Rebuild an analysis, letting `pause` hand the thread back between pieces. */
export async function decodeAnalysis(encoded: EncodedAnalysis, pause: () => Promise<void>): Promise<Analysis> {
  const header = JSON.parse(encoded[0]) as Header;
  const arrays: Record<string, unknown[]> = Object.fromEntries(Object.keys(header.arrays).map((field) => [field, []]));
  for (let i = 1; i < encoded.length; i++) {
    await pause();
    const piece = JSON.parse(encoded[i]) as Piece;
    for (const item of piece.items) arrays[piece.field].push(item);
  }
  const mentions = (arrays.mentions ?? []) as Mention[];
  const entities = (arrays.entities ?? []).map((entity) => {
    const { mentionIndexes, ...rest } = entity as { mentionIndexes?: number[] };
    return mentionIndexes ? { ...rest, mentions: mentionIndexes.map((i) => mentions[i]) } : rest;
  });
  return { ...header.fields, ...arrays, entities } as unknown as Analysis;
}
