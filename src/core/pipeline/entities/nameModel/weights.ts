import { LABEL_COUNT } from './labels';
import { decodeClusters, encodeClusters, type ClusterTable } from './clusterTable';

/**
 * The weights file: a 16-byte header, then the transition weights and the emission weights as
 * little-endian Int16, each multiplied by `scale` when read.
 *
 *   0  "DNM1"        magic
 *   4  u16 version   FORMAT_VERSION: bumped whenever the features or the layout change
 *   6  u8  labels    LABEL_COUNT
 *   7  u8  bucketBits  features are hashed into 2^bucketBits buckets
 *   8  f32 scale     the weight an Int16 step stands for
 *  12  f32 temperature  divides scores before they are read as probabilities (decode.ts)
 *  16  i16[(labels + 1) * labels]  transitions, the first row from the sentence start
 *   …  i16[2^bucketBits * labels]  emissions, bucket by bucket
 *   …  the word-cluster table the features read (clusterTable.ts), to the end of the file
 */
export const FORMAT_VERSION = 3;
const MAGIC = 'DNM1';
const HEADER_BYTES = 16;

export interface NameWeights {
  readonly bucketBits: number;
  readonly scale: number;
  readonly temperature: number;
  /** Quantized; multiply by `scale`. */
  readonly transitions: Int16Array;
  readonly emissions: Int16Array;
  /** The word clusters the model was trained with (features.ts); their bytes ship in the weights file. */
  readonly clusters: ClusterTable;
}

/** The weights file cannot be used: missing, cut short, or from another version of the model. */
export class NameModelError extends Error {
  constructor(message: string) {
    super(`The name model's weights cannot be loaded: ${message}`);
    this.name = 'NameModelError';
  }
}

export function decodeWeights(bytes: Uint8Array | undefined): NameWeights {
  if (!bytes || bytes.length === 0) throw new NameModelError('the weights file is missing or empty.');
  if (bytes.length < HEADER_BYTES) throw new NameModelError(`the file is ${bytes.length} bytes, shorter than its header.`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const magic = String.fromCharCode(bytes[0], bytes[1], bytes[2], bytes[3]);
  if (magic !== MAGIC) throw new NameModelError(`it does not start with "${MAGIC}", so it is not a Dossier name model.`);
  const version = view.getUint16(4, true);
  if (version !== FORMAT_VERSION) throw new NameModelError(`it is version ${version}; this Dossier reads version ${FORMAT_VERSION}. Retrain with npm run train:names.`);
  const labels = view.getUint8(6);
  if (labels !== LABEL_COUNT) throw new NameModelError(`it has ${labels} labels, not ${LABEL_COUNT}.`);
  const bucketBits = view.getUint8(7);
  if (bucketBits < 1 || bucketBits > 24) throw new NameModelError(`2^${bucketBits} feature buckets is out of range.`);
  const scale = view.getFloat32(8, true);
  const temperature = view.getFloat32(12, true);
  if (!(scale > 0) || !(temperature > 0)) throw new NameModelError('its scale and temperature must be positive numbers.');
  const transitionCount = (labels + 1) * labels;
  const emissionCount = (1 << bucketBits) * labels;
  const clustersStart = HEADER_BYTES + 2 * (transitionCount + emissionCount);
  if (bytes.length < clustersStart) throw new NameModelError(`it is ${bytes.length} bytes; its header says at least ${clustersStart}. The file is damaged.`);
  let clusters: ClusterTable;
  try {
    clusters = decodeClusters(bytes.subarray(clustersStart));
  } catch (error) {
    throw new NameModelError(`${error instanceof Error ? error.message : String(error)} The file is damaged.`);
  }
  const read = (offset: number, count: number): Int16Array => {
    const values = new Int16Array(count);
    for (let k = 0; k < count; k++) values[k] = view.getInt16(offset + 2 * k, true);
    return values;
  };
  return {
    bucketBits,
    scale,
    temperature,
    transitions: read(HEADER_BYTES, transitionCount),
    emissions: read(HEADER_BYTES + 2 * transitionCount, emissionCount),
    clusters,
  };
}

export function encodeWeights(weights: NameWeights): Uint8Array {
  const transitionCount = (LABEL_COUNT + 1) * LABEL_COUNT;
  const emissionCount = (1 << weights.bucketBits) * LABEL_COUNT;
  if (weights.transitions.length !== transitionCount || weights.emissions.length !== emissionCount) {
    throw new Error('encodeWeights: the arrays do not match the label count and bucket bits.');
  }
  const clusters = encodeClusters(weights.clusters);
  const clustersStart = HEADER_BYTES + 2 * (transitionCount + emissionCount);
  const bytes = new Uint8Array(clustersStart + clusters.length);
  bytes.set(clusters, clustersStart);
  const view = new DataView(bytes.buffer);
  for (let k = 0; k < 4; k++) bytes[k] = MAGIC.charCodeAt(k);
  view.setUint16(4, FORMAT_VERSION, true);
  view.setUint8(6, LABEL_COUNT);
  view.setUint8(7, weights.bucketBits);
  view.setFloat32(8, weights.scale, true);
  view.setFloat32(12, weights.temperature, true);
  let offset = HEADER_BYTES;
  for (const list of [weights.transitions, weights.emissions]) {
    for (const value of list) {
      view.setInt16(offset, value, true);
      offset += 2;
    }
  }
  return bytes;
}

/** Quantize float weights to Int16 with one scale for both arrays (the largest weight maps to ±32767). */
export function quantize(transitions: Float64Array | Float32Array, emissions: Float64Array | Float32Array): { scale: number; transitions: Int16Array; emissions: Int16Array } {
  let top = 0;
  for (const list of [transitions, emissions]) for (const value of list) top = Math.max(top, Math.abs(value));
  const scale = top > 0 ? top / 32767 : 1;
  const round = (list: Float64Array | Float32Array): Int16Array => Int16Array.from(list, (v) => Math.round(v / scale));
  return { scale, transitions: round(transitions), emissions: round(emissions) };
}
