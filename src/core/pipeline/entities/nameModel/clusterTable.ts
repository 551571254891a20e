/**
 * The word-cluster table the name model reads (built by tools/names/gloveClusters.py from GloVe
 * word vectors): for each frequent word, a code of up to 32 bits that packs its cluster at several
 * granularities. Each granularity is a field of the code (`fields`: its lowest bit and its width);
 * words whose vectors are close share the cluster of a field.
 *
 * The words themselves are not stored, only a 32-bit hash of each (FNV-1a over the key's UTF-16
 * code units, as the model hashes its features): the table is read in place, without a string per
 * word, and a word the table lacks is mistaken for one it holds about once in 20,000 lookups (the
 * builder keeps the more frequent word where two of its words share a hash).
 *
 * Layout: "DWC3", the number of fields (1 byte), each field's shift and width in bits (1 byte
 * each), the number of words (uint32), then the words' hashes in ascending order and their codes
 * in the same order (uint32 each; all little-endian).
 */
const MAGIC = 'DWC3';
const CODE_BITS = 32;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

export class ClusterTableError extends Error {
  constructor(reason: string) {
    super(`The word-cluster table cannot be read: ${reason}.`);
    this.name = 'ClusterTableError';
  }
}

/** One granularity of the clusters: bits `shift` to `shift + bits - 1` of a word's code. */
export interface ClusterField {
  readonly shift: number;
  readonly bits: number;
}

export interface ClusterTable {
  /** The granularities; each one is a feature of the model. */
  readonly fields: readonly ClusterField[];
  /** The words' hashes (clusterHash of their keys), ascending, without repeats. */
  readonly hashes: Uint32Array;
  /** Each word's code, in the order of `hashes`. */
  readonly codes: Uint32Array;
}

/** The key a word is looked up by: lower case, without a possessive ending or marks at its ends, digits as 0. */
export function clusterKey(word: string): string {
  return word.replace(/['’]s$/i, '').replace(EDGE_MARKS, '').toLowerCase().replace(/\p{N}/gu, '0');
}

const EDGE_MARKS = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/** 32-bit FNV-1a over the key's UTF-16 code units. */
export function clusterHash(key: string): number {
  let hash = FNV_OFFSET;
  for (let k = 0; k < key.length; k++) hash = Math.imul(hash ^ key.charCodeAt(k), FNV_PRIME);
  return hash >>> 0;
}

/** A table of the given words' codes (keys as clusterKey gives them); of two keys with one hash, the first listed stays. */
export function clusterTableOf(fields: readonly ClusterField[], codes: ReadonlyMap<string, number> | readonly (readonly [string, number])[]): ClusterTable {
  const byHash = new Map<number, number>();
  for (const [key, code] of codes) {
    const hash = clusterHash(key);
    if (!byHash.has(hash)) byHash.set(hash, code);
  }
  const hashes = Uint32Array.from(byHash.keys()).sort();
  return { fields, hashes, codes: Uint32Array.from(hashes, (h) => byHash.get(h) ?? 0) };
}

/** The word's cluster in each field of the table, or undefined for a word the table does not hold. */
export function clusterIds(table: ClusterTable, key: string): number[] | undefined {
  const hash = clusterHash(key);
  const { hashes } = table;
  let low = 0;
  let high = hashes.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const h = hashes[middle];
    if (h < hash) low = middle + 1;
    else if (h > hash) high = middle - 1;
    else {
      const code = table.codes[middle];
      return table.fields.map(({ shift, bits }) => Math.floor(code / 2 ** shift) % 2 ** bits);
    }
  }
  return undefined;
}

function headerBytes(fieldCount: number): number {
  return 4 + 1 + 2 * fieldCount + 4;
}

function checkField({ shift, bits }: ClusterField, verb: string): void {
  if (!(bits >= 1 && shift >= 0 && shift + bits <= CODE_BITS)) throw new ClusterTableError(`a field of ${bits} bits from bit ${shift} ${verb}`);
}

/** The table's bytes. */
export function encodeClusters({ fields, hashes, codes }: ClusterTable): Uint8Array {
  for (const field of fields) checkField(field, `does not fit in ${CODE_BITS} bits`);
  if (hashes.length !== codes.length) throw new ClusterTableError(`it has ${hashes.length} hashes for ${codes.length} codes`);
  for (let k = 1; k < hashes.length; k++) if (hashes[k] <= hashes[k - 1]) throw new ClusterTableError('its hashes are not in ascending order');
  const header = headerBytes(fields.length);
  const bytes = new Uint8Array(header + 8 * hashes.length);
  const view = new DataView(bytes.buffer);
  for (let k = 0; k < MAGIC.length; k++) bytes[k] = MAGIC.charCodeAt(k);
  view.setUint8(4, fields.length);
  fields.forEach(({ shift, bits }, k) => {
    view.setUint8(5 + 2 * k, shift);
    view.setUint8(6 + 2 * k, bits);
  });
  view.setUint32(header - 4, hashes.length, true);
  hashes.forEach((hash, k) => view.setUint32(header + 4 * k, hash, true));
  codes.forEach((code, k) => view.setUint32(header + 4 * (hashes.length + k), code, true));
  return bytes;
}

export function decodeClusters(bytes: Uint8Array | undefined): ClusterTable {
  if (!bytes || bytes.length < headerBytes(0)) throw new ClusterTableError('the file is missing or too short');
  if (String.fromCharCode(...bytes.subarray(0, 4)) !== MAGIC) throw new ClusterTableError('it is not a cluster table');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const fieldCount = view.getUint8(4);
  const header = headerBytes(fieldCount);
  if (bytes.length < header) throw new ClusterTableError('it is cut short in its header');
  const fields = Array.from({ length: fieldCount }, (_, k) => ({ shift: view.getUint8(5 + 2 * k), bits: view.getUint8(6 + 2 * k) }));
  for (const field of fields) checkField(field, 'is out of range');
  const count = view.getUint32(header - 4, true);
  if (header + 8 * count !== bytes.length) throw new ClusterTableError('it is cut short or has bytes past its end');
  const hashes = new Uint32Array(count);
  const codes = new Uint32Array(count);
  for (let k = 0; k < count; k++) {
    hashes[k] = view.getUint32(header + 4 * k, true);
    codes[k] = view.getUint32(header + 4 * (count + k), true);
    if (k > 0 && hashes[k] <= hashes[k - 1]) throw new ClusterTableError('its hashes are not in ascending order');
  }
  return { fields, hashes, codes };
}
