import { canFollow } from './labels';

/**
 * Scores of one sentence for a linear-chain model: `emissions[i * labels + y]` is how much word i
 * says for label y, `transitions[(p + 1) * labels + y]` how much label p before y says (row 0 is
 * the start of the sentence).
 */
export interface ChainScores {
  readonly length: number;
  readonly labels: number;
  readonly emissions: Float64Array;
  readonly transitions: Float64Array;
}

/** Per label, the labels canFollow lets come before it and after it, in ascending order. */
interface Neighbours {
  readonly before: readonly (readonly number[])[];
  readonly after: readonly (readonly number[])[];
}

const neighboursByCount = new Map<number, Neighbours>();

/** The label pairs canFollow allows, listed once per label count so the loops below skip the others without asking. */
function neighboursOf(labels: number): Neighbours {
  let found = neighboursByCount.get(labels);
  if (!found) {
    const all = Array.from({ length: labels }, (_, y) => y);
    found = { before: all.map((y) => all.filter((p) => canFollow(p, y))), after: all.map((y) => all.filter((n) => canFollow(y, n))) };
    neighboursByCount.set(labels, found);
  }
  return found;
}

/**
 * The best label sequence (Viterbi), allowing only sequences that canFollow accepts, so an I
 * never starts a name or continues one of another kind.
 */
export function viterbi({ length, labels, emissions, transitions }: ChainScores): Uint8Array {
  const best = new Uint8Array(length);
  if (length === 0) return best;
  const { before } = neighboursOf(labels);
  let scores = new Float64Array(labels);
  let next = new Float64Array(labels);
  const back = new Uint8Array(length * labels);
  for (let y = 0; y < labels; y++) scores[y] = canFollow(-1, y) ? transitions[y] + emissions[y] : -Infinity;
  for (let i = 1; i < length; i++) {
    for (let y = 0; y < labels; y++) {
      let top = -Infinity;
      let from = 0;
      for (const p of before[y]) {
        const score = scores[p] + transitions[(p + 1) * labels + y];
        if (score > top) {
          top = score;
          from = p;
        }
      }
      next[y] = top + emissions[i * labels + y];
      back[i * labels + y] = from;
    }
    [scores, next] = [next, scores];
  }
  let last = 0;
  for (let y = 1; y < labels; y++) if (scores[y] > scores[last]) last = y;
  best[length - 1] = last;
  for (let i = length - 1; i > 0; i--) best[i - 1] = back[i * labels + best[i]];
  return best;
}

/**
 * Each word's probability of each label, reading the scores divided by `temperature` as a
 * linear-chain CRF's log potentials (forward-backward over the valid sequences). A perceptron's
 * scores are not probabilities; the temperature, fitted on held-out text, brings them close.
 */
export function marginals({ length, labels, emissions, transitions }: ChainScores, temperature: number): Float64Array {
  const result = new Float64Array(length * labels);
  if (length === 0) return result;
  const { before, after } = neighboursOf(labels);
  const t = 1 / temperature;
  const forward = new Float64Array(length * labels);
  const backward = new Float64Array(length * labels);
  const terms = new Float64Array(labels);
  for (let y = 0; y < labels; y++) forward[y] = canFollow(-1, y) ? (transitions[y] + emissions[y]) * t : -Infinity;
  for (let i = 1; i < length; i++) {
    for (let y = 0; y < labels; y++) {
      const from = before[y];
      for (let k = 0; k < from.length; k++) terms[k] = forward[(i - 1) * labels + from[k]] + transitions[(from[k] + 1) * labels + y] * t;
      forward[i * labels + y] = logSumExp(terms, from.length) + emissions[i * labels + y] * t;
    }
  }
  for (let i = length - 2; i >= 0; i--) {
    for (let y = 0; y < labels; y++) {
      const to = after[y];
      for (let k = 0; k < to.length; k++) {
        const n = to[k];
        terms[k] = (transitions[(y + 1) * labels + n] + emissions[(i + 1) * labels + n]) * t + backward[(i + 1) * labels + n];
      }
      backward[i * labels + y] = logSumExp(terms, to.length);
    }
  }
  const last = forward.subarray((length - 1) * labels, length * labels);
  const total = logSumExp(last, labels);
  for (let k = 0; k < result.length; k++) result[k] = Math.exp(forward[k] + backward[k] - total);
  return result;
}

/**
 * log Σ exp over the first `count` values; a value of -Infinity (a sequence canFollow forbids)
 * adds exactly 0, so it is skipped rather than raised.
 */
function logSumExp(values: Float64Array, count: number): number {
  let top = -Infinity;
  for (let k = 0; k < count; k++) if (values[k] > top) top = values[k];
  if (top === -Infinity) return -Infinity;
  let sum = 0;
  for (let k = 0; k < count; k++) if (values[k] !== -Infinity) sum += Math.exp(values[k] - top);
  return top + Math.log(sum);
}
