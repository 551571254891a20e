import { kindOf, spansOf } from './labels';

/** A sentence as the document features see it: its words (lower case), which are written with a capital, and the first reading's labels. */
export interface LabelledSentence {
  readonly lowers: readonly string[];
  readonly capital: readonly boolean[];
  readonly labels: ArrayLike<number>;
}

/** What a first reading made of a word: no name, or a name of a kind. */
const READINGS = ['O', 'person', 'place', 'organization'] as const;
/**
 * The four document features, each with one of READINGS as its value: the reading most of the
 * word's other occurrences got, the reading all of them got (when they agree), the kind of the
 * longer names the word was part of elsewhere, and the reading of its first earlier occurrence.
 */
const FAMILIES = ['majority', 'all', 'longer', 'first'] as const;
export type DocumentFeatureFamily = (typeof FAMILIES)[number];
/** How many distinct document features there are: a feature is `family * READINGS.length + reading`. */
export const DOCUMENT_FEATURE_COUNT = FAMILIES.length * READINGS.length;

/** The index of a document feature, as documentFeatures gives it. */
export function documentFeature(family: DocumentFeatureFamily, reading: (typeof READINGS)[number]): number {
  return FAMILIES.indexOf(family) * READINGS.length + READINGS.indexOf(reading);
}

/** A document feature's name ("majority=place"), for reports and tests. */
export function documentFeatureName(feature: number): string {
  return `${FAMILIES[Math.floor(feature / READINGS.length)]}=${READINGS[feature % READINGS.length]}`;
}

/**
 * Whether a word's document features say other than its first reading: the reading most of its
 * other occurrences got, or the kind of the longer names it was part of elsewhere, is not its own.
 */
export function disagreesWithReading(features: readonly number[], label: number): boolean {
  const own = READINGS.indexOf(kindOf(label) ?? 'O');
  return features.some((feature) => {
    const family = FAMILIES[Math.floor(feature / READINGS.length)];
    return (family === 'majority' || family === 'longer') && feature % READINGS.length !== own;
  });
}

interface Occurrence {
  readonly sentence: number;
  readonly word: number;
  readonly reading: number;
  /** Whether the first reading put it in a name of two words or more. */
  readonly inLonger: boolean;
}

/**
 * Non-local features (Krishnan & Manning 2006; Ratinov & Roth 2009): for each word written with a
 * capital, what a first reading of the whole document made of the same word elsewhere. Per
 * sentence, per word, the document features (indices, see DOCUMENT_FEATURE_COUNT); a word with
 * no capital or no other occurrence has none.
 */
export function documentFeatures(sentences: readonly LabelledSentence[]): number[][][] {
  const occurrences = new Map<string, Occurrence[]>();
  sentences.forEach((sentence, s) => {
    const inLonger = new Uint8Array(sentence.labels.length);
    for (const span of spansOf(sentence.labels)) if (span.last > span.first) inLonger.fill(1, span.first, span.last + 1);
    sentence.lowers.forEach((lower, i) => {
      if (!sentence.capital[i]) return;
      let list = occurrences.get(lower);
      if (!list) occurrences.set(lower, (list = []));
      list.push({ sentence: s, word: i, reading: READINGS.indexOf(kindOf(sentence.labels[i]) ?? 'O'), inLonger: inLonger[i] === 1 });
    });
  });
  const feature = (family: number, reading: number): number => family * READINGS.length + reading;
  return sentences.map((sentence, s) => sentence.lowers.map((lower, i) => {
    if (!sentence.capital[i]) return [];
    const others = (occurrences.get(lower) ?? []).filter((o) => o.sentence !== s || o.word !== i);
    if (others.length === 0) return [];
    const readings = others.map((o) => o.reading);
    const features = [feature(0, majority(readings))];
    if (readings.every((r) => r === readings[0])) features.push(feature(1, readings[0]));
    const longer = others.filter((o) => o.inLonger && o.reading !== 0).map((o) => o.reading);
    if (longer.length) features.push(feature(2, majority(longer)));
    const earlier = others.find((o) => o.sentence < s || (o.sentence === s && o.word < i));
    if (earlier) features.push(feature(3, earlier.reading));
    return features;
  }));
}

/** The most frequent value; a tie goes to the smallest. */
function majority(values: readonly number[]): number {
  const counts = new Array<number>(READINGS.length).fill(0);
  for (const v of values) counts[v]++;
  let best = 0;
  for (let v = 1; v < counts.length; v++) if (counts[v] > counts[best]) best = v;
  return best;
}
