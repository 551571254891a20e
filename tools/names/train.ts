// Trains the name model and writes its weights (see docs/names-model.md). Run by `npm run train:names`.
//   node out/tools/trainNames.js [--data FILE:conll|uner[:TIMES]]... [--out FILE] [--bits N] [--epochs N] [--seed N] [--clusters FILE]
// TIMES (default 1) repeats a corpus's training sentences each epoch, to weigh a smaller corpus up.
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { marginals } from '../../src/core/pipeline/entities/nameModel/decode';
import { LABEL_COUNT, spansOf } from '../../src/core/pipeline/entities/nameModel/labels';
import { decodeClusters } from '../../src/core/pipeline/entities/nameModel/clusterTable';
import { decodeWeights, encodeWeights, quantize } from '../../src/core/pipeline/entities/nameModel/weights';
import { readLabelledDocuments, type GoldDocument } from './corpus';
import { trainingSentences } from './examples';
import { Perceptron, scores, type TrainingSentence } from './perceptron';

const DEFAULT_DATA = ['/tmp/evaldata/conll/train.txt:conll', '/tmp/evaldata/uner/en_ewt-ud-train.iob2:uner'];
/** Every HELD_OUT-th document of each corpus is kept out of training, to pick the epoch and the temperature. */
const HELD_OUT = 10;
/** Temperatures tried when fitting probabilities to the held-out documents. */
const TEMPERATURES = Array.from({ length: 25 }, (_, k) => 2 ** (k / 3 - 2));

const { values } = parseArgs({
  options: {
    data: { type: 'string', multiple: true, default: DEFAULT_DATA },
    out: { type: 'string', default: 'src/core/pipeline/entities/nameModel/names.bin' },
    bits: { type: 'string', default: '16' },
    epochs: { type: 'string', default: '12' },
    seed: { type: 'string', default: '13' },
    clusters: { type: 'string' },
  },
});
const bucketBits = Number(values.bits);
const epochs = Number(values.epochs);
const began = performance.now();
const seconds = (): string => `${((performance.now() - began) / 1000).toFixed(1)} s`;

// The word clusters are features, and ship inside the weights file: those of --clusters FILE (a
// table that tools/names/gloveClusters.py writes), else those inside the shipped names.bin.
const SHIPPED = 'src/core/pipeline/entities/nameModel/names.bin';
const clusters = values.clusters
  ? decodeClusters(new Uint8Array(fs.readFileSync(values.clusters)))
  : decodeWeights(new Uint8Array(fs.readFileSync(SHIPPED))).clusters;
console.log(`${values.clusters ?? `the clusters inside ${SHIPPED}`}: ${clusters.codes.length} words, fields ${JSON.stringify(clusters.fields)}`);
const train: TrainingSentence[] = [];
/** Each corpus's held-out sentences, scored apart so that a choice that helps one corpus and hurts another shows. */
const heldOutByCorpus: { file: string; sentences: TrainingSentence[] }[] = [];
for (const spec of values.data) {
  const { file, format, times } = splitSpec(spec);
  const documents = readLabelledDocuments(fs.readFileSync(file, 'utf8'), format, { detokenizeEvery: 2 });
  const corpusTrain: TrainingSentence[] = [];
  const corpusHeldOut: TrainingSentence[] = [];
  documents.forEach((document: GoldDocument, k) => (k % HELD_OUT === HELD_OUT - 1 ? corpusHeldOut : corpusTrain).push(...trainingSentences(document, bucketBits, clusters)));
  for (let copy = 0; copy < times; copy++) train.push(...corpusTrain);
  heldOutByCorpus.push({ file, sentences: corpusHeldOut });
  console.log(`${file}: ${documents.length} documents, training sentences ×${times} (${seconds()})`);
}
const heldOut = heldOutByCorpus.flatMap((corpus) => corpus.sentences);
const words = (list: TrainingSentence[]): number => list.reduce((n, s) => n + s.gold.length, 0);
console.log(`training on ${train.length} sentences (${words(train)} words), holding out ${heldOut.length} (${words(heldOut)} words)`);

const perceptron = new Perceptron(LABEL_COUNT, bucketBits);
let best: { epoch: number; f1: number; emissions: Float64Array; transitions: Float64Array } | undefined;
const random = seededRandom(Number(values.seed));
for (let epoch = 1; epoch <= epochs; epoch++) {
  shuffle(train, random);
  let mistakes = 0;
  for (const sentence of train) if (perceptron.learn(sentence)) mistakes++;
  const averaged = perceptron.averaged();
  const predict = (s: TrainingSentence): Uint8Array => perceptron.predict(s, averaged.emissions, averaged.transitions);
  const f1 = spanF1(heldOut, predict);
  // Each corpus's own score too: a choice that helps the news wire can cost the web text.
  const byCorpus = heldOutByCorpus.map((corpus) => `${corpus.file.split('/').pop()} ${(100 * spanF1(corpus.sentences, predict)).toFixed(2)}`).join(', ');
  console.log(`epoch ${epoch}: ${mistakes} sentences wrong in training; held-out name F1 ${(100 * f1).toFixed(2)} (${byCorpus}) (${seconds()})`);
  if (!best || f1 > best.f1) best = { epoch, f1, ...averaged };
}
if (!best) throw new Error('--epochs must be at least 1');

const quantized = quantize(best.transitions, best.emissions);
const dequantized = {
  emissions: Float64Array.from(quantized.emissions, (v) => v * quantized.scale),
  transitions: Float64Array.from(quantized.transitions, (v) => v * quantized.scale),
};
const temperature = fitTemperature(heldOut, dequantized.emissions, dequantized.transitions);
const bytes = encodeWeights({ bucketBits, temperature, ...quantized, clusters });
fs.writeFileSync(values.out, bytes);
const quantizedF1 = spanF1(heldOut, (s) => perceptron.predict(s, dequantized.emissions, dequantized.transitions));
console.log(`kept epoch ${best.epoch}; held-out F1 ${(100 * best.f1).toFixed(2)}, ${(100 * quantizedF1).toFixed(2)} after quantizing; temperature ${temperature.toFixed(3)}`);
console.log(`wrote ${values.out}: ${bytes.length} bytes; trained in ${seconds()}`);

function splitSpec(spec: string): { file: string; format: 'conll' | 'uner'; times: number } {
  const match = /^(.+):(conll|uner)(?::(\d+))?$/.exec(spec);
  if (!match || match[3] === '0') throw new Error(`--data ${spec}: give FILE:conll or FILE:uner, optionally followed by :TIMES (1 or more)`);
  return { file: match[1], format: match[2] as 'conll' | 'uner', times: Number(match[3] ?? 1) };
}

/** Exact-match F1 of the names (word spans and kinds) over sentences. */
function spanF1(sentences: readonly TrainingSentence[], predict: (s: TrainingSentence) => Uint8Array): number {
  let gold = 0;
  let found = 0;
  let right = 0;
  for (const sentence of sentences) {
    const want = new Set(spansOf(sentence.gold).map((s) => `${s.first}:${s.last}:${s.kind}`));
    const got = spansOf(predict(sentence)).map((s) => `${s.first}:${s.last}:${s.kind}`);
    gold += want.size;
    found += got.length;
    right += got.filter((s) => want.has(s)).length;
  }
  return found + gold === 0 ? 0 : (2 * right) / (found + gold);
}

/** The temperature under which the words' label probabilities best fit the held-out labels (least log loss). */
function fitTemperature(sentences: readonly TrainingSentence[], emissions: Float64Array, transitions: Float64Array): number {
  let bestTemperature = 1;
  let bestLoss = Infinity;
  for (const temperature of TEMPERATURES) {
    let loss = 0;
    for (const sentence of sentences) {
      const chain = { length: sentence.gold.length, labels: LABEL_COUNT, emissions: scores(sentence, emissions, LABEL_COUNT), transitions };
      const probabilities = marginals(chain, temperature);
      sentence.gold.forEach((label, i) => (loss -= Math.log(Math.max(1e-9, probabilities[i * LABEL_COUNT + label]))));
    }
    if (loss < bestLoss) {
      bestLoss = loss;
      bestTemperature = temperature;
    }
  }
  return bestTemperature;
}

function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function shuffle<T>(list: T[], random: () => number): void {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [list[i], list[j]] = [list[j], list[i]];
  }
}
