/**
 * Word clusters from unlabelled text, for the name model's features (Turian et al. 2010; Ratinov &
 * Roth 2009 use Brown clusters the same way): words that occur in the same contexts get bit
 * strings with a long common prefix, so a name the training data never saw ("Netherfield") shares
 * features with names it did see in the same places ("Longbourn", "Pemberley").
 *
 * Each word is described by the words just before and just after it (positive pointwise mutual
 * information, over the most frequent context words, normalised to unit length); the vocabulary is
 * then split in two by the sign of each word's projection on the direction along which the
 * words vary most, each half again, to a fixed depth, and a word's bit
 * string is its path (0 = first half). Everything is deterministic: no random start.
 */

import { clusterKey, type ClusterTable } from '../../src/core/pipeline/entities/nameModel/clusterTable';

export interface ClusterOptions {
  /** Words seen fewer times than this get no cluster. */
  readonly minCount: number;
  /** At most this many words (the most frequent) get a cluster. */
  readonly maxWords: number;
  /** How many of the most frequent words serve as context dimensions (each on either side). */
  readonly contextWords: number;
  /** The number of splits, so the length of the longest path. */
  readonly depth: number;
  /** Power-iteration rounds per split. */
  readonly rounds: number;
}

/** The words of a text as the model's word lists key them: lower case, no possessive, letters, digits and inner marks. */
export function clusterWords(text: string): string[] {
  const words: string[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}]+(?:['’.&-][\p{L}\p{N}]+)*/gu)) words.push(clusterKey(match[0]));
  return words;
}

/** The cluster paths of the frequent words of `texts` (each a list of words, as clusterWords gives). */
export function clusterTable(texts: readonly (readonly string[])[], options: ClusterOptions): ClusterTable {
  const counts = new Map<string, number>();
  for (const words of texts) for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  const byFrequency = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const vocabulary = byFrequency.filter(([, n]) => n >= options.minCount).slice(0, options.maxWords).map(([w]) => w);
  const index = new Map(vocabulary.map((w, k) => [w, k]));
  const contextIndex = new Map(byFrequency.slice(0, options.contextWords).map(([w], k) => [w, k]));
  const dimensions = 2 * options.contextWords;

  // Co-occurrence counts: dimension c for the context word before, contextWords + c after.
  const cooccurrences: Map<number, number>[] = vocabulary.map(() => new Map());
  const columnTotals = new Float64Array(dimensions);
  let total = 0;
  const count = (word: number, dimension: number): void => {
    const row = cooccurrences[word];
    row.set(dimension, (row.get(dimension) ?? 0) + 1);
    columnTotals[dimension]++;
    total++;
  };
  for (const words of texts) {
    for (let i = 0; i < words.length; i++) {
      const word = index.get(words[i]);
      if (word === undefined) continue;
      const before = i > 0 ? contextIndex.get(words[i - 1]) : undefined;
      const after = i + 1 < words.length ? contextIndex.get(words[i + 1]) : undefined;
      if (before !== undefined) count(word, before);
      if (after !== undefined) count(word, options.contextWords + after);
    }
  }
  const vectors = cooccurrences.map((row) => ppmiVector(row, columnTotals, total));
  const paths = vocabulary.map(() => 0);
  splitAll(vectors, vocabulary.map((_, k) => k), paths, dimensions, options);
  return { depth: options.depth, paths: new Map(vocabulary.map((w, k) => [w, paths[k]])) };
}

interface SparseVector {
  readonly dimensions: Int32Array;
  readonly values: Float64Array;
}

/** A word's context counts as positive pointwise mutual information, scaled to unit length. */
function ppmiVector(row: Map<number, number>, columnTotals: Float64Array, total: number): SparseVector {
  let rowTotal = 0;
  for (const n of row.values()) rowTotal += n;
  const entries: [number, number][] = [];
  for (const [dimension, n] of [...row].sort((a, b) => a[0] - b[0])) {
    const pmi = Math.log((n * total) / (rowTotal * columnTotals[dimension]));
    if (pmi > 0) entries.push([dimension, pmi]);
  }
  const norm = Math.sqrt(entries.reduce((s, [, v]) => s + v * v, 0)) || 1;
  return { dimensions: Int32Array.from(entries, ([d]) => d), values: Float64Array.from(entries, ([, v]) => v / norm) };
}

/** Splits the words in two, each half again, breadth first, appending each word's side (a bit, 0 or 1) to its path. */
function splitAll(vectors: readonly SparseVector[], all: number[], paths: number[], dimensions: number, options: ClusterOptions): void {
  let groups = [all];
  for (let level = 0; level < options.depth; level++) {
    const next: number[][] = [];
    for (const group of groups) {
      if (group.length < 2) {
        for (const word of group) paths[word] *= 2;
        next.push(group);
        continue;
      }
      const [left, right] = bisect(vectors, group, dimensions, options.rounds);
      for (const word of left) paths[word] *= 2;
      for (const word of right) paths[word] = paths[word] * 2 + 1;
      next.push(left, right);
    }
    groups = next;
  }
}

/**
 * Principal direction divisive partitioning (Boley 1998): the group's words, centred on their
 * mean, are split by the sign of their projection on the direction along which they vary most
 * (found by power iteration from a fixed start, so the result is deterministic).
 */
function bisect(vectors: readonly SparseVector[], group: readonly number[], dimensions: number, rounds: number): [number[], number[]] {
  const mean = new Float64Array(dimensions);
  for (const word of group) {
    const v = vectors[word];
    for (let k = 0; k < v.dimensions.length; k++) mean[v.dimensions[k]] += v.values[k] / group.length;
  }
  let direction = new Float64Array(dimensions).fill(1 / Math.sqrt(dimensions));
  const projections = new Float64Array(group.length);
  for (let round = 0; round < rounds; round++) {
    // direction ← Xᵀ X direction, with X the centred vectors, then scaled to unit length.
    const meanDot = dotDense(mean, direction);
    group.forEach((word, k) => (projections[k] = dot(vectors[word], direction) - meanDot));
    const next = new Float64Array(dimensions);
    let projectionSum = 0;
    group.forEach((word, k) => {
      const v = vectors[word];
      for (let d = 0; d < v.dimensions.length; d++) next[v.dimensions[d]] += projections[k] * v.values[d];
      projectionSum += projections[k];
    });
    let norm = 0;
    for (let d = 0; d < dimensions; d++) {
      next[d] -= projectionSum * mean[d];
      norm += next[d] * next[d];
    }
    norm = Math.sqrt(norm);
    if (norm === 0) break;
    for (let d = 0; d < dimensions; d++) next[d] /= norm;
    direction = next;
  }
  const meanDot = dotDense(mean, direction);
  const sides: [number[], number[]] = [[], []];
  for (const word of group) sides[dot(vectors[word], direction) - meanDot >= 0 ? 0 : 1].push(word);
  // A group that will not split (all its words alike) is halved in frequency order.
  if (sides[0].length === 0 || sides[1].length === 0) return [group.slice(0, group.length >> 1), group.slice(group.length >> 1)];
  return sides;
}

function dotDense(a: Float64Array, b: Float64Array): number {
  let sum = 0;
  for (let d = 0; d < a.length; d++) sum += a[d] * b[d];
  return sum;
}

function dot(v: SparseVector, dense: Float64Array): number {
  let sum = 0;
  for (let k = 0; k < v.dimensions.length; k++) sum += v.values[k] * dense[v.dimensions[k]];
  return sum;
}
