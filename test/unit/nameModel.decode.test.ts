import * as assert from 'assert';
import { marginals, viterbi, type ChainScores } from '../../src/core/pipeline/entities/nameModel/decode';
import { LABEL_COUNT, OUTSIDE, canFollow } from '../../src/core/pipeline/entities/nameModel/labels';
import { sureness } from '../../src/core/pipeline/entities/nameModel/model';

// Decoding checked against enumerating every valid label sequence of short chains whose emission
// and transition scores come from a fixed pseudo-random sequence.

/** A chain of `length` words with scores in [-2, 2] from a linear congruential generator seeded with `seed`. */
function randomChain(length: number, seed: number): ChainScores {
  let state = seed;
  const next = (): number => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return Math.round(((state >>> 8) / 0xffffff) * 400 - 200) / 100;
  };
  const emissions = Float64Array.from({ length: length * LABEL_COUNT }, next);
  const transitions = Float64Array.from({ length: (LABEL_COUNT + 1) * LABEL_COUNT }, next);
  return { length, labels: LABEL_COUNT, emissions, transitions };
}

/** Every valid label sequence of the chain with its score. */
function sequences({ length, emissions, transitions }: ChainScores): { labels: number[]; score: number }[] {
  const all: { labels: number[]; score: number }[] = [];
  const extend = (labels: number[], score: number): void => {
    const i = labels.length;
    if (i === length) {
      all.push({ labels, score });
      return;
    }
    const previous = i === 0 ? -1 : labels[i - 1];
    for (let y = 0; y < LABEL_COUNT; y++) {
      if (!canFollow(previous, y)) continue;
      extend([...labels, y], score + transitions[(previous + 1) * LABEL_COUNT + y] + emissions[i * LABEL_COUNT + y]);
    }
  };
  extend([], 0);
  return all;
}

const CHAINS = [1, 2, 3, 4].flatMap((length) => [1, 2, 3, 4, 5].map((seed) => ({ name: `${length} words, seed ${seed}`, chain: randomChain(length, seed * 7919 + length) })));

describe('name model: decoding against every valid sequence', () => {
  for (const { name, chain } of CHAINS) {
    it(`Viterbi gives the best valid sequence: ${name}`, () => {
      const best = sequences(chain).reduce((a, b) => (b.score > a.score ? b : a));
      assert.deepStrictEqual([...viterbi(chain)], best.labels);
    });

    for (const temperature of [1, 2.5]) {
      it(`marginals at temperature ${temperature} are each word's share of the valid sequences: ${name}`, () => {
        const expected = new Float64Array(chain.length * LABEL_COUNT);
        let total = 0;
        for (const { labels, score } of sequences(chain)) {
          const weight = Math.exp(score / temperature);
          total += weight;
          labels.forEach((y, i) => (expected[i * LABEL_COUNT + y] += weight));
        }
        const found = marginals(chain, temperature);
        for (let k = 0; k < expected.length; k++) assert.ok(Math.abs(expected[k] / total - found[k]) < 1e-9, `word ${Math.floor(k / LABEL_COUNT)}, label ${k % LABEL_COUNT}`);
      });
    }
  }

  it('an empty chain has no labels and no probabilities', () => {
    const empty = randomChain(0, 1);
    assert.deepStrictEqual([[...viterbi(empty)], [...marginals(empty, 2)]], [[], []]);
  });
});

describe('name model: how sure a name is', () => {
  /** Probabilities of words given as {label: p}, the rest of each word no name. */
  const words = (rows: Record<number, number>[]): Float64Array => {
    const p = new Float64Array(rows.length * LABEL_COUNT);
    rows.forEach((row, i) => {
      const named = Object.values(row).reduce((a, b) => a + b, 0);
      p[i * LABEL_COUNT + OUTSIDE] = 1 - named;
      for (const [label, value] of Object.entries(row)) p[i * LABEL_COUNT + Number(label)] = value;
    });
    return p;
  };
  const B_PERSON = 1;
  const I_PERSON = 2;
  const B_PLACE = 3;
  const I_PLACE = 4;
  // [words' probabilities, first, last, kind, expected confidence and kind confidence]
  const table: [string, Record<number, number>[], number, number, 'person' | 'place', [number, number]][] = [
    ['one word: its B label, its kind’s share of its name', [{ [B_PERSON]: 0.6, [B_PLACE]: 0.2 }], 0, 0, 'person', [0.6, 0.75]],
    ['two words: the least of B then I, the mean share', [{ [B_PERSON]: 0.9 }, { [I_PERSON]: 0.5, [I_PLACE]: 0.5 }], 0, 1, 'person', [0.5, 0.75]],
    ['a word surely in no name counts a third', [{ [B_PLACE]: 0.8 }, {}], 0, 1, 'place', [0, 0.667]],
    ['a name starting past the paragraph’s first word', [{ [B_PLACE]: 1 }, { [B_PERSON]: 0.7, [B_PLACE]: 0.1 }, { [I_PERSON]: 0.4 }], 1, 2, 'person', [0.4, 0.938]],
  ];
  for (const [name, rows, first, last, kind, expected] of table) {
    it(name, () => {
      const { confidence, kindConfidence } = sureness(words(rows), first, last, kind);
      assert.deepStrictEqual([confidence, kindConfidence], expected);
    });
  }
});
