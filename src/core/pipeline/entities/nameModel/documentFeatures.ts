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

/** What a first reading made of one word written with a capital, over all its occurrences. */
interface WordReadings {
  /** How many occurrences got each reading. */
  readonly counts: number[];
  /** How many occurrences in a name of two words or more got each kind (index as READINGS; O stays 0). */
  readonly inLonger: number[];
  /** The first occurrence: sentence, word, reading. */
  readonly first: { readonly sentence: number; readonly word: number; readonly reading: number };
}

/**
 * Non-local features (Krishnan & Manning 2006; Ratinov & Roth 2009): for each word written with a
 * capital, what a first reading of the whole document made of the same word elsewhere. Per
 * sentence, per word, the document features (indices, see DOCUMENT_FEATURE_COUNT); a word with
 * no capital or no other occurrence has none. Linear in the document's words: each word's
 * readings are counted once, and an occurrence's own reading is taken out of the counts.
 */
export function documentFeatures(sentences: readonly LabelledSentence[]): number[][][] {
  const words = new Map<string, WordReadings>();
  const readings = sentences.map((sentence) => Array.from(sentence.lowers, (_, i) => READINGS.indexOf(kindOf(sentence.labels[i]) ?? 'O')));
  const inLongerName = sentences.map((sentence) => {
    const inLonger = new Uint8Array(sentence.labels.length);
    for (const span of spansOf(sentence.labels)) if (span.last > span.first) inLonger.fill(1, span.first, span.last + 1);
    return inLonger;
  });
  sentences.forEach((sentence, s) => sentence.lowers.forEach((lower, i) => {
    if (!sentence.capital[i]) return;
    const reading = readings[s][i];
    let word = words.get(lower);
    if (!word) words.set(lower, (word = { counts: [0, 0, 0, 0], inLonger: [0, 0, 0, 0], first: { sentence: s, word: i, reading } }));
    word.counts[reading]++;
    if (inLongerName[s][i] && reading !== 0) word.inLonger[reading]++;
  }));
  const feature = (family: number, reading: number): number => family * READINGS.length + reading;
  return sentences.map((sentence, s) => sentence.lowers.map((lower, i) => {
    if (!sentence.capital[i]) return [];
    const word = words.get(lower)!;
    const own = readings[s][i];
    const others = word.counts.map((n, r) => (r === own ? n - 1 : n));
    const total = others.reduce((a, b) => a + b, 0);
    if (total === 0) return [];
    const features = [feature(0, majority(others))];
    if (others[majority(others)] === total) features.push(feature(1, majority(others)));
    const longer = word.inLonger.map((n, r) => (r === own && inLongerName[s][i] ? n - 1 : n));
    if (longer.some((n) => n > 0)) features.push(feature(2, majority(longer)));
    const isFirst = word.first.sentence === s && word.first.word === i;
    if (!isFirst) features.push(feature(3, word.first.reading));
    return features;
  }));
}

/** The reading with the highest count; a tie goes to the smallest. */
function majority(counts: readonly number[]): number {
  let best = 0;
  for (let v = 1; v < counts.length; v++) if (counts[v] > counts[best]) best = v;
  return best;
}
