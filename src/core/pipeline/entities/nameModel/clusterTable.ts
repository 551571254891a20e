/**
 * The word-cluster table the name model reads (built by tools/names/clusters.ts): each frequent
 * word of the unlabelled text and its path in a binary tree of word clusters. Words that occur in
 * the same contexts share long prefixes of their paths.
 *
 * Layout: "DWC1", the path length in bits (1 byte), the number of words and the byte length of
 * their text (uint32 each, little-endian), each word's path as 3 bytes (little-endian, first split
 * in the highest bit), then the words in UTF-8, separated by line feeds, in the same order.
 */
const MAGIC = 'DWC1';
const HEADER_BYTES = 13;
const PATH_BYTES = 3;

export class ClusterTableError extends Error {
  constructor(reason: string) {
    super(`The word-cluster table cannot be read: ${reason}.`);
    this.name = 'ClusterTableError';
  }
}

export interface ClusterTable {
  /** The path length in bits. */
  readonly depth: number;
  /** Each word's path as an integer, first split in the highest of `depth` bits. */
  readonly paths: ReadonlyMap<string, number>;
}

/** The key a word is looked up by: lower case, without a possessive ending or marks at its ends, digits as 0. */
export function clusterKey(word: string): string {
  return word.replace(/['’]s$/i, '').replace(EDGE_MARKS, '').toLowerCase().replace(/\p{N}/gu, '0');
}

const EDGE_MARKS = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/** The first `bits` bits of a word's path, or undefined for a word the table does not hold. */
export function clusterPrefix(table: ClusterTable, key: string, bits: number): number | undefined {
  const path = table.paths.get(key);
  return path === undefined ? undefined : path >>> (table.depth - Math.min(bits, table.depth));
}

/** The table's bytes. */
export function encodeClusters({ depth, paths }: ClusterTable): Uint8Array {
  if (depth > 8 * PATH_BYTES) throw new ClusterTableError(`paths of ${depth} bits do not fit in ${PATH_BYTES} bytes`);
  const words = [...paths.keys()];
  const text = new TextEncoder().encode(words.join('\n'));
  const bytes = new Uint8Array(HEADER_BYTES + PATH_BYTES * words.length + text.length);
  const view = new DataView(bytes.buffer);
  for (let k = 0; k < MAGIC.length; k++) bytes[k] = MAGIC.charCodeAt(k);
  view.setUint8(4, depth);
  view.setUint32(5, words.length, true);
  view.setUint32(9, text.length, true);
  words.forEach((word, k) => {
    const value = paths.get(word) ?? 0;
    if (word.includes('\n') || value < 0 || value >= 2 ** depth) throw new ClusterTableError(`the entry of "${word}" cannot be written`);
    for (let b = 0; b < PATH_BYTES; b++) bytes[HEADER_BYTES + PATH_BYTES * k + b] = (value >>> (8 * b)) & 0xff;
  });
  bytes.set(text, HEADER_BYTES + PATH_BYTES * words.length);
  return bytes;
}

export function decodeClusters(bytes: Uint8Array | undefined): ClusterTable {
  if (!bytes || bytes.length < HEADER_BYTES) throw new ClusterTableError('the file is missing or too short');
  if (String.fromCharCode(...bytes.subarray(0, 4)) !== MAGIC) throw new ClusterTableError('it is not a cluster table');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const depth = view.getUint8(4);
  const count = view.getUint32(5, true);
  const textStart = HEADER_BYTES + PATH_BYTES * count;
  if (textStart + view.getUint32(9, true) !== bytes.length) throw new ClusterTableError('it is cut short or has bytes past its end');
  const words = count ? new TextDecoder().decode(bytes.subarray(textStart)).split('\n') : [];
  if (words.length !== count) throw new ClusterTableError(`it lists ${words.length} words for ${count} paths`);
  const paths = new Map<string, number>();
  words.forEach((word, k) => {
    let value = 0;
    for (let b = 0; b < PATH_BYTES; b++) value |= bytes[HEADER_BYTES + PATH_BYTES * k + b] << (8 * b);
    paths.set(word, value);
  });
  return { depth, paths };
}
