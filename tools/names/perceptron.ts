import { viterbi } from '../../src/core/pipeline/entities/nameModel/decode';

/** One training sentence: each word's feature buckets and its gold label. */
export interface TrainingSentence {
  readonly buckets: readonly Int32Array[];
  readonly gold: Uint8Array;
}

/**
 * An averaged structured perceptron (Collins 2002) over a linear chain: decode each sentence with
 * the current weights and, where the best sequence differs from the gold one, move the weights
 * towards the gold features and away from the predicted ones. The average of the weights over all
 * steps generalises far better than the last weights; it is kept with the usual trick of
 * accumulating each update times the step it was made at.
 */
export class Perceptron {
  readonly emissions: Float64Array;
  readonly transitions: Float64Array;
  private readonly emissionSteps: Float64Array;
  private readonly transitionSteps: Float64Array;
  private step = 1;

  constructor(readonly labels: number, readonly bucketBits: number) {
    this.emissions = new Float64Array((1 << bucketBits) * labels);
    this.transitions = new Float64Array((labels + 1) * labels);
    this.emissionSteps = new Float64Array(this.emissions.length);
    this.transitionSteps = new Float64Array(this.transitions.length);
  }

  /** The best labels for a sentence under the current (not averaged) weights. */
  predict(sentence: TrainingSentence, emissions = this.emissions, transitions = this.transitions): Uint8Array {
    return viterbi({ length: sentence.gold.length, labels: this.labels, emissions: scores(sentence, emissions, this.labels), transitions });
  }

  /** One perceptron step on a sentence; returns whether the prediction was wrong. */
  learn(sentence: TrainingSentence): boolean {
    const predicted = this.predict(sentence);
    const { gold, buckets } = sentence;
    let wrong = false;
    for (let i = 0; i < gold.length; i++) {
      if (gold[i] !== predicted[i]) {
        wrong = true;
        for (const bucket of buckets[i]) {
          this.updateEmission(bucket * this.labels + gold[i], 1);
          this.updateEmission(bucket * this.labels + predicted[i], -1);
        }
      }
      const goldBefore = i === 0 ? 0 : gold[i - 1] + 1;
      const predictedBefore = i === 0 ? 0 : predicted[i - 1] + 1;
      if (goldBefore !== predictedBefore || gold[i] !== predicted[i]) {
        this.updateTransition(goldBefore * this.labels + gold[i], 1);
        this.updateTransition(predictedBefore * this.labels + predicted[i], -1);
      }
    }
    this.step++;
    return wrong;
  }

  /** The averaged weights. */
  averaged(): { emissions: Float64Array; transitions: Float64Array } {
    const average = (weights: Float64Array, steps: Float64Array): Float64Array => weights.map((w, k) => w - steps[k] / this.step);
    return { emissions: average(this.emissions, this.emissionSteps), transitions: average(this.transitions, this.transitionSteps) };
  }

  private updateEmission(index: number, delta: number): void {
    this.emissions[index] += delta;
    this.emissionSteps[index] += this.step * delta;
  }

  private updateTransition(index: number, delta: number): void {
    this.transitions[index] += delta;
    this.transitionSteps[index] += this.step * delta;
  }
}

/** Each word's score per label: the sum of its buckets' weights. */
export function scores(sentence: TrainingSentence, emissions: Float64Array, labels: number): Float64Array {
  const result = new Float64Array(sentence.gold.length * labels);
  sentence.buckets.forEach((buckets, i) => {
    for (const bucket of buckets) for (let y = 0; y < labels; y++) result[i * labels + y] += emissions[bucket * labels + y];
  });
  return result;
}
