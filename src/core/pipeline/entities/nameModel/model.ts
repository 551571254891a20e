import type { EntityKind } from '../../../model/model';
import type { Token } from '../tokens';
import { isPlaceName } from '../gazetteer';
import { TITLES } from '../lexicon';
import { isCommonWord } from '../words';
import { marginals, viterbi, type ChainScores } from './decode';
import { contextFeatures, extractFeatures, paragraphWordsOf, sentenceRanges, wordTypeFeatures, type ParagraphWords } from './features';
import { LABEL_COUNT, NAME_KINDS, OUTSIDE, beginOf, spansOf } from './labels';
import type { NameWeights } from './weights';
import type { ClusterTable } from './clusterTable';

/**
 * The confidence a name the rules decided carries at least: even odds, so that the default
 * `dossier.names.minConfidence` shows it (the model's own probability for it is low, or the rules
 * would not have decided). Word lists that decide a name (a place in lower case, a state's postal
 * code, a legislature's house) give it the same.
 */
export const RULES_CONFIDENCE = 0.5;

/** A name the model read, with how sure it is. Token indices, end inclusive. */
export interface ModelName {
  readonly first: number;
  readonly last: number;
  readonly kind: EntityKind;
  /** The least probability, over the name's words, of the label the model gave the word. */
  readonly confidence: number;
  /** The probability that the name, if it is one, is of this kind rather than another. */
  readonly kindConfidence: number;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const EQUALS = '='.charCodeAt(0);

function fnv(hash: number, text: string): number {
  for (let k = 0; k < text.length; k++) hash = Math.imul(hash ^ text.charCodeAt(k), FNV_PRIME);
  return hash;
}

/** What the model reads in a paragraph. */
export interface ModelReading {
  readonly names: ModelName[];
  /**
   * Per word, the probability of each label (`probabilities[word * LABEL_COUNT + label]`); in a
   * sentence where neither the model nor the rules see a name, every word is outside with 1.
   */
  readonly probabilities: Float64Array;
}

/**
 * Whether a sentence has a word that may start a name: a capital that is neither "I" nor an
 * ordinary word capitalised only because it starts a clause. Other sentences are left unread, as
 * the rules leave them (plainSentences.ts), so that not tagging them changes nothing.
 */
function mayHoldName(tokens: readonly Token[], start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const token = tokens[i];
    if (!/\p{Lu}/u.test(token.text) || PRONOUN_I.test(token.text)) continue;
    if (isClauseOpener(token)) continue;
    return true;
  }
  return false;
}

/** An ordinary word ("Though", "Behind") capitalised only because it starts a sentence or clause: no title or place. */
export function isClauseOpener(token: Token): boolean {
  return token.sentenceStart && CAPITALISED_WORD.test(token.text) && isCommonWord(token.lower) && !TITLES.has(token.lower) && !isPlaceName(token.text);
}

const PRONOUN_I = /^I(?:['’](?:m|ll|ve|d))?$/;
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}*(?:['’]\p{Ll}+)?$/u;

function hasName(labels: ArrayLike<number>, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (labels[i] !== OUTSIDE) return true;
  return false;
}

/** The bucket a feature ("w=putin") is hashed to: 32-bit FNV-1a over its UTF-16 code units. */
export function featureBucket(feature: string, bucketBits: number): number {
  return (fnv(FNV_OFFSET, feature) >>> 0) & ((1 << bucketBits) - 1);
}

/** featureBucket of a feature given by name and value, without joining them into a string. */
function bucketOf(name: string, value: string | undefined, mask: number): number {
  let hash = fnv(FNV_OFFSET, name);
  if (value !== undefined) hash = fnv(Math.imul(hash ^ EQUALS, FNV_PRIME), value);
  return (hash >>> 0) & mask;
}

/** Each word's feature buckets: featureBucket of each of its features, in extractFeatures' order. */
export function wordBuckets(tokens: readonly Token[], ruleLabels: ArrayLike<number>, bucketBits: number, clusters?: ClusterTable): Int32Array[] {
  const mask = (1 << bucketBits) - 1;
  const buckets: number[][] = tokens.map(() => []);
  extractFeatures(tokens, ruleLabels, (word, name, value) => buckets[word].push(bucketOf(name, value, mask)), clusters);
  return buckets.map((list) => Int32Array.from(list));
}

/** How many distinct words the model keeps the word-type scores of; past it, it starts over. */
const WORD_CACHE_LIMIT = 100_000;

/**
 * A linear-chain model over words (trained as an averaged structured perceptron, see
 * tools/names): hashed features give each word a score per label, transition weights a score per
 * pair of labels, and Viterbi picks the best valid sequence in each sentence.
 *
 * Reading is kept cheap: only sentences that may hold a name are scored, and the features a word
 * has by how it is written are summed once per distinct word (`wordScores`). Scores are summed
 * as the Int16 weights' integers and scaled once, so the order of the sums changes nothing.
 */
export class NameModel {
  private readonly transitions: Float64Array;
  private readonly mask: number;
  /** Per word as written, the sum of its word-type features' weights, per label (quantized). */
  private readonly wordScores = new Map<string, Int32Array>();

  constructor(private readonly weights: NameWeights) {
    this.transitions = Float64Array.from(weights.transitions, (v) => v * weights.scale);
    this.mask = (1 << weights.bucketBits) - 1;
  }

  /**
   * The names in a paragraph's words, and each word's probability of being in no name;
   * `ruleLabels` are the rules' reading of each word, a feature. Probabilities are worked out only
   * for sentences where the model or the rules see a name (elsewhere they are left at 1).
   */
  read(tokens: readonly Token[], ruleLabels: ArrayLike<number>, addedScores?: Float64Array): ModelReading {
    const names: ModelName[] = [];
    const probabilities = new Float64Array(tokens.length * LABEL_COUNT);
    for (let i = 0; i < tokens.length; i++) probabilities[i * LABEL_COUNT + OUTSIDE] = 1;
    let paragraphWords: ParagraphWords | undefined;
    for (const [start, end] of sentenceRanges(tokens)) {
      if (!mayHoldName(tokens, start, end)) continue;
      paragraphWords ??= paragraphWordsOf(tokens);
      const chain = this.chain(tokens, ruleLabels, paragraphWords, start, end);
      if (addedScores) for (let k = 0; k < chain.emissions.length; k++) chain.emissions[k] += addedScores[start * LABEL_COUNT + k];
      const spans = spansOf(viterbi(chain));
      if (spans.length === 0 && !hasName(ruleLabels, start, end)) continue;
      probabilities.set(marginals(chain, this.weights.temperature), start * LABEL_COUNT);
      for (const span of spans) {
        const first = span.first + start;
        const last = span.last + start;
        names.push({ first, last, kind: span.kind, ...sureness(probabilities, first, last, span.kind) });
      }
    }
    return { names, probabilities };
  }

  /** The scores of the sentence of words `start`..`end - 1`. */
  private chain(tokens: readonly Token[], ruleLabels: ArrayLike<number>, paragraphWords: ParagraphWords, start: number, end: number): ChainScores {
    const { emissions: weights, scale } = this.weights;
    const length = end - start;
    const sums = new Int32Array(length * LABEL_COUNT);
    for (let i = 0; i < length; i++) {
      const own = this.wordTypeScores(tokens[start + i].text);
      for (let y = 0; y < LABEL_COUNT; y++) sums[i * LABEL_COUNT + y] = own[y];
    }
    contextFeatures(tokens, ruleLabels, paragraphWords, start, end, (word, name, value) => {
      const base = bucketOf(name, value, this.mask) * LABEL_COUNT;
      const row = (word - start) * LABEL_COUNT;
      for (let y = 0; y < LABEL_COUNT; y++) sums[row + y] += weights[base + y];
    });
    const emissions = new Float64Array(sums.length);
    for (let k = 0; k < sums.length; k++) emissions[k] = sums[k] * scale;
    return { length, labels: LABEL_COUNT, emissions, transitions: this.transitions };
  }

  private wordTypeScores(text: string): Int32Array {
    let scores = this.wordScores.get(text);
    if (scores) return scores;
    const sums = new Int32Array(LABEL_COUNT);
    const weights = this.weights.emissions;
    wordTypeFeatures(text, (name, value) => {
      const base = bucketOf(name, value, this.mask) * LABEL_COUNT;
      for (let y = 0; y < LABEL_COUNT; y++) sums[y] += weights[base + y];
    }, this.weights.clusters);
    if (this.wordScores.size >= WORD_CACHE_LIMIT) this.wordScores.clear();
    this.wordScores.set(text, (scores = sums));
    return scores;
  }
}

/**
 * How sure the model is of words `first`..`last` as one name of `kind`: the least probability of
 * a word's label (B for the first, I for the rest), and the mean share of the kind in the
 * probability that each word is in some name.
 */
export function sureness(probabilities: Float64Array, first: number, last: number, kind: EntityKind): { confidence: number; kindConfidence: number } {
  let confidence = 1;
  let kindTotal = 0;
  const begin = beginOf(kind);
  for (let i = first; i <= last; i++) {
    const row = i * LABEL_COUNT;
    confidence = Math.min(confidence, probabilities[row + (i === first ? begin : begin + 1)]);
    const named = 1 - probabilities[row + OUTSIDE];
    kindTotal += named > 1e-9 ? (probabilities[row + begin] + probabilities[row + begin + 1]) / named : 1 / NAME_KINDS.length;
  }
  return { confidence: round(confidence), kindConfidence: round(kindTotal / (last - first + 1)) };
}

function round(p: number): number {
  return Math.round(p * 1000) / 1000;
}
