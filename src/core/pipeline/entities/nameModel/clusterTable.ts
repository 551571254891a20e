/**
 * The word-cluster table the name model reads (built by tools/names/gloveClusters.py from GloVe
 * word vectors): each frequent word and a code of up to 32 bits that packs its cluster at several
 * granularities. Each granularity is a field of the code (`fields`: its lowest bit and its width);
 * words whose vectors are close share the cluster of a field.
 *
 * Layout: "DWC2", the number of fields (1 byte), each field's shift and width in bits (1 byte
 * each), the number of words and the byte length of their text (uint32 each, little-endian), each
 * word's code as 4 bytes (little-endian), then the words in UTF-8, separated by line feeds, in the
 * same order.
 */
const MAGIC = 'DWC2';
const CODE_BYTES = 4;

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
  /** The granularities, coarsest first by convention; each one is a feature of the model. */
  readonly fields: readonly ClusterField[];
  /** Each word's code (lower-cased key, see clusterKey). */
  readonly codes: ReadonlyMap<string, number>;
}

/** The key a word is looked up by: lower case, without a possessive ending or marks at its ends, digits as 0. */
export function clusterKey(word: string): string {
  return word.replace(/['’]s$/i, '').replace(EDGE_MARKS, '').toLowerCase().replace(/\p{N}/gu, '0');
}

const EDGE_MARKS = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/** The word's cluster in each field of the table, or undefined for a word the table does not hold. */
export function clusterIds(table: ClusterTable, key: string): number[] | undefined {
  const code = table.codes.get(key);
  return code === undefined ? undefined : table.fields.map(({ shift, bits }) => (code >>> shift) & ((1 << bits) - 1));
}

function headerBytes(fieldCount: number): number {
  return 4 + 1 + 2 * fieldCount + 8;
}

/** The table's bytes. */
export function encodeClusters({ fields, codes }: ClusterTable): Uint8Array {
  for (const { shift, bits } of fields) {
    if (bits < 1 || shift < 0 || shift + bits > 8 * CODE_BYTES) throw new ClusterTableError(`a field of ${bits} bits from bit ${shift} does not fit in ${CODE_BYTES} bytes`);
  }
  const header = headerBytes(fields.length);
  const words = [...codes.keys()];
  const text = new TextEncoder().encode(words.join('\n'));
  const bytes = new Uint8Array(header + CODE_BYTES * words.length + text.length);
  const view = new DataView(bytes.buffer);
  for (let k = 0; k < MAGIC.length; k++) bytes[k] = MAGIC.charCodeAt(k);
  view.setUint8(4, fields.length);
  fields.forEach(({ shift, bits }, k) => {
    view.setUint8(5 + 2 * k, shift);
    view.setUint8(6 + 2 * k, bits);
  });
  view.setUint32(header - 8, words.length, true);
  view.setUint32(header - 4, text.length, true);
  words.forEach((word, k) => {
    const value = codes.get(word) ?? 0;
    if (word === '' || word.includes('\n') || value < 0 || value >= 2 ** (8 * CODE_BYTES)) throw new ClusterTableError(`the entry of "${word}" cannot be written`);
    for (let b = 0; b < CODE_BYTES; b++) bytes[header + CODE_BYTES * k + b] = Math.floor(value / 2 ** (8 * b)) & 0xff;
  });
  bytes.set(text, header + CODE_BYTES * words.length);
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
  for (const { shift, bits } of fields) {
    if (bits < 1 || shift + bits > 8 * CODE_BYTES) throw new ClusterTableError(`a field of ${bits} bits from bit ${shift} is out of range`);
  }
  const count = view.getUint32(header - 8, true);
  const textStart = header + CODE_BYTES * count;
  if (textStart + view.getUint32(header - 4, true) !== bytes.length) throw new ClusterTableError('it is cut short or has bytes past its end');
  const words = count ? new TextDecoder().decode(bytes.subarray(textStart)).split('\n') : [];
  if (words.length !== count) throw new ClusterTableError(`it lists ${words.length} words for ${count} codes`);
  const codes = new Map<string, number>();
  for (let k = 0; k < count; k++) {
    const at = header + CODE_BYTES * k;
    codes.set(words[k], (bytes[at] | (bytes[at + 1] << 8) | (bytes[at + 2] << 16) | (bytes[at + 3] << 24)) >>> 0);
  }
  return { fields, codes };
}
