import { kindOf, spansOf } from './labels';

/** A sentence as the document features see it: its words (lower case), which are written with a capital, and the first pass's labels. */
export interface LabelledSentence {
  readonly lowers: readonly string[];
  readonly capital: readonly boolean[];
  readonly labels: ArrayLike<number>;
}

interface Occurrence {
  readonly sentence: number;
  readonly word: number;
  /** The kind the first pass gave this occurrence, or 'O'. */
  readonly kind: string;
  /** Whether the first pass read it in a name of two words or more. */
  readonly inLonger: boolean;
}

/**
 * Non-local features (Krishnan & Manning 2006; Ratinov & Roth 2009): for each word written with a
 * capital, what a first reading of the whole document made of the same word elsewhere: the kind
 * most of its other occurrences were given ('O' for none), whether all agree, the kind of the
 * longer names it was part of, and the kind of its first earlier occurrence. Per sentence, per
 * word, the feature strings.
 */
export function documentFeatures(sentences: readonly LabelledSentence[]): string[][][] {
  const occurrences = new Map<string, Occurrence[]>();
  sentences.forEach((sentence, s) => {
    const inLonger = new Uint8Array(sentence.labels.length);
    for (const span of spansOf(sentence.labels)) if (span.last > span.first) inLonger.fill(1, span.first, span.last + 1);
    sentence.lowers.forEach((lower, i) => {
      if (!sentence.capital[i]) return;
      let list = occurrences.get(lower);
      if (!list) occurrences.set(lower, (list = []));
      list.push({ sentence: s, word: i, kind: kindOf(sentence.labels[i]) ?? 'O', inLonger: inLonger[i] === 1 });
    });
  });
  return sentences.map((sentence, s) => sentence.lowers.map((lower, i) => {
    if (!sentence.capital[i]) return [];
    const others = (occurrences.get(lower) ?? []).filter((o) => o.sentence !== s || o.word !== i);
    if (others.length === 0) return [];
    const kinds = others.map((o) => o.kind);
    const features = [`doc:maj=${majority(kinds)}`];
    if (kinds.every((k) => k === kinds[0])) features.push(`doc:all=${kinds[0]}`);
    const longer = others.filter((o) => o.inLonger && o.kind !== 'O').map((o) => o.kind);
    if (longer.length) features.push(`doc:longer=${majority(longer)}`);
    const earlier = others.find((o) => o.sentence < s || o.sentence === s && o.word < i);
    if (earlier) features.push(`doc:first=${earlier.kind}`);
    return features;
  }));
}

/** The most frequent value; ties go to the one first in code-unit order. */
function majority(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = '';
  let bestCount = 0;
  for (const [v, n] of counts) if (n > bestCount || n === bestCount && v < best) [best, bestCount] = [v, n];
  return best;
}
