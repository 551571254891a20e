// Experiment (docs/names-model.md, "A stacked document stage"): the first stage's weights fixed
// (the shipped names.bin); a second stage learns only the weights of the document features
// (documentFeatures.ts), added to the first stage's scores of each word before decoding again.
// Trained on cross-fold first-stage readings (each half of the training documents read by a
// first stage trained on the other half), the epoch picked on the held-out documents read by the
// shipped weights. Prints model-level span F1 on the dev sets; OUT=FILE writes the weights (JSON)
// for stackCli.ts. SEED2=N shuffles the second stage's training with another seed (default 13).
//   npx esbuild tools/names/stackExperiment.ts --bundle --platform=node --target=node20 --format=cjs --loader:.bin=binary --outfile=out/stack.js
//   nice -n 10 node --max-old-space-size=3072 out/stack.js
import fs from 'node:fs';
import v8 from 'node:v8';
import { LABEL_COUNT, spansOf } from '../../src/core/pipeline/entities/nameModel/labels';
import { decodeWeights } from '../../src/core/pipeline/entities/nameModel/weights';
import { viterbi } from '../../src/core/pipeline/entities/nameModel/decode';
import { DOCUMENT_FEATURE_COUNT, documentFeatureName, documentFeatures } from '../../src/core/pipeline/entities/nameModel/documentFeatures';
import { documentScores } from '../../src/core/pipeline/entities/nameModel/documentStage';
import { readLabelledDocuments, type GoldDocument } from './corpus';
import { wordedSentences } from './examples';
import { Perceptron, scores, type TrainingSentence } from './perceptron';

const BITS = 16;

const CACHE = process.env.CACHE ?? '/tmp/stack13-cache.v8';
const shipped = decodeWeights(new Uint8Array(fs.readFileSync('src/core/pipeline/entities/nameModel/names.bin')));
interface Sent { lowers: string[]; capital: boolean[]; buckets: readonly Int32Array[]; gold: Uint8Array }
interface Doc { corpus: string; role: 'train' | 'heldout' | 'dev'; sentences: Sent[] }

function docSentences(document: GoldDocument): Sent[] {
  return wordedSentences(document, BITS, shipped.clusters).map(({ buckets, gold, tokens }) => ({
    lowers: tokens.map((t) => t.lower), capital: tokens.map((t) => /\p{Lu}/u.test(t.text)), buckets, gold,
  }));
}

let docs: Doc[];
if (fs.existsSync(CACHE)) docs = v8.deserialize(fs.readFileSync(CACHE)) as Doc[];
else {
  docs = [];
  const add = (file: string, format: 'conll' | 'uner', dev: boolean): void => {
    const documents = readLabelledDocuments(fs.readFileSync(file, 'utf8'), format, { detokenizeEvery: dev ? 0 : 2 });
    documents.forEach((d, k) => docs.push({ corpus: format, role: dev ? 'dev' : k % 10 === 9 ? 'heldout' : 'train', sentences: docSentences(d) }));
    console.log(file, documents.length);
  };
  add('/tmp/evaldata/conll/train.txt', 'conll', false);
  add('/tmp/evaldata/uner/en_ewt-ud-train.iob2', 'uner', false);
  add('/tmp/evaldata/conll/valid.txt', 'conll', true);
  add('/tmp/evaldata/uner/en_ewt-ud-dev.iob2', 'uner', true);
  fs.writeFileSync(CACHE, v8.serialize(docs));
}
console.log('docs', docs.length);

function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}
function shuffle<T>(list: T[], random: () => number): void {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [list[i], list[j]] = [list[j], list[i]];
  }
}
interface Weights { emissions: Float64Array; transitions: Float64Array }
function trainFirstStage(sentences: TrainingSentence[], epochs: number): Weights {
  const p = new Perceptron(LABEL_COUNT, BITS);
  const random = seededRandom(13);
  const list = [...sentences];
  for (let e = 1; e <= epochs; e++) {
    shuffle(list, random);
    for (const s of list) p.learn(s);
  }
  return p.averaged();
}

/** A sentence as the second stage sees it: the first stage's scores and labels, its document features, the gold labels. */
interface Stacked { base: Float64Array; transitions: Float64Array; features: number[][]; gold: Uint8Array }

function stacked(doc: Doc, first: Weights): Stacked[] {
  const bases = doc.sentences.map((s) => scores(s, first.emissions, LABEL_COUNT));
  const labels = bases.map((base, k) => viterbi({ length: doc.sentences[k].gold.length, labels: LABEL_COUNT, emissions: base, transitions: first.transitions }));
  const features = documentFeatures(doc.sentences.map((s, k) => ({ lowers: s.lowers, capital: s.capital, labels: labels[k] })));
  return doc.sentences.map((s, k) => ({ base: bases[k], transitions: first.transitions, features: features[k], gold: s.gold }));
}

function decode(s: Stacked, weights: Float64Array): Uint8Array {
  const added = documentScores(s.features, weights);
  for (let k = 0; k < added.length; k++) added[k] += s.base[k];
  return viterbi({ length: s.gold.length, labels: LABEL_COUNT, emissions: added, transitions: s.transitions });
}

/** An averaged perceptron over the document features' weights only. */
function trainSecondStage(train: Stacked[], heldOut: Stacked[], epochs: number): { weights: Float64Array; epoch: number; f1: number } {
  const size = DOCUMENT_FEATURE_COUNT * LABEL_COUNT;
  const w = new Float64Array(size);
  const steps = new Float64Array(size);
  let step = 1;
  const update = (k: number, d: number): void => { w[k] += d; steps[k] += step * d; };
  const random = seededRandom(Number(process.env.SEED2 ?? 13));
  const list = train.filter((s) => s.features.some((f) => f.length > 0));
  let best: { weights: Float64Array; epoch: number; f1: number } | undefined;
  for (let e = 1; e <= epochs; e++) {
    shuffle(list, random);
    for (const s of list) {
      const predicted = decode(s, w);
      for (let i = 0; i < s.gold.length; i++) {
        if (predicted[i] === s.gold[i]) continue;
        for (const f of s.features[i]) { update(f * LABEL_COUNT + s.gold[i], 1); update(f * LABEL_COUNT + predicted[i], -1); }
      }
      step++;
    }
    const averaged = w.map((v, k) => v - steps[k] / step);
    const f1 = f1Of(heldOut, (s) => decode(s, averaged)).micro;
    console.log(`  stage 2 epoch ${e}: held-out ${(100 * f1).toFixed(2)}`);
    if (!best || f1 > best.f1) best = { weights: averaged, epoch: e, f1 };
  }
  return best!;
}

function f1Of<S extends { gold: Uint8Array }>(sentences: readonly S[], predict: (s: S) => Uint8Array): { micro: number; byKind: Record<string, number> } {
  const c: Record<string, { g: number; f: number; r: number }> = {};
  const at = (k: string) => (c[k] ??= { g: 0, f: 0, r: 0 });
  for (const s of sentences) {
    const want = new Set(spansOf(s.gold).map((x) => `${x.first}:${x.last}:${x.kind}`));
    for (const x of spansOf(s.gold)) { at(x.kind).g++; at('all').g++; }
    for (const x of spansOf(predict(s))) {
      at(x.kind).f++; at('all').f++;
      if (want.has(`${x.first}:${x.last}:${x.kind}`)) { at(x.kind).r++; at('all').r++; }
    }
  }
  const f = (k: string) => (c[k] ? (2 * c[k].r) / (c[k].g + c[k].f) : 0);
  return { micro: f('all'), byKind: { person: f('person'), place: f('place'), organization: f('organization') } };
}

const began = Date.now();
const trainDocs = docs.filter((d) => d.role === 'train');
const heldDocs = docs.filter((d) => d.role === 'heldout');
const devDocs = docs.filter((d) => d.role === 'dev');
const EPOCHS1 = Number(process.env.EPOCHS1 ?? 9);
const folds = [trainDocs.filter((_, k) => k % 2 === 0), trainDocs.filter((_, k) => k % 2 === 1)];
const foldWeights = folds.map((fold, f) => {
  console.log(`fold ${f}: training a first stage on ${fold.length} documents`);
  return trainFirstStage(fold.flatMap((d) => d.sentences), EPOCHS1);
});
const shippedWeights: Weights = { emissions: Float64Array.from(shipped.emissions, (v) => v * shipped.scale), transitions: Float64Array.from(shipped.transitions, (v) => v * shipped.scale) };
const trainStacked = folds.flatMap((fold, f) => fold.flatMap((d) => stacked(d, foldWeights[1 - f])));
const heldStacked = heldDocs.flatMap((d) => stacked(d, shippedWeights));
console.log(`first-stage readings done (${(Date.now() - began) / 1000} s)`);
const second = trainSecondStage(trainStacked, heldStacked, Number(process.env.EPOCHS2 ?? 12));
console.log(`kept stage 2 epoch ${second.epoch}, held-out ${(100 * second.f1).toFixed(2)} (stage 1 alone ${(100 * f1Of(heldStacked, (s) => decode(s, new Float64Array(second.weights.length))).micro).toFixed(2)})`);
for (let f = 0; f < DOCUMENT_FEATURE_COUNT; f++) console.log(`  ${documentFeatureName(f).padEnd(24)} ${Array.from(second.weights.slice(f * LABEL_COUNT, (f + 1) * LABEL_COUNT), (v) => v.toFixed(1).padStart(7)).join('')}`);
if (process.env.OUT) fs.writeFileSync(process.env.OUT, JSON.stringify(Array.from(second.weights)));
const zero = new Float64Array(second.weights.length);
for (const corpus of ['conll', 'uner']) {
  const ds = devDocs.filter((d) => d.corpus === corpus).flatMap((d) => stacked(d, shippedWeights));
  const fmt = (r: { micro: number; byKind: Record<string, number> }) => `${(100 * r.micro).toFixed(1)} (${(100 * r.byKind.person).toFixed(1)} / ${(100 * r.byKind.place).toFixed(1)} / ${(100 * r.byKind.organization).toFixed(1)})`;
  console.log(`${corpus} dev, model alone: stage 1 ${fmt(f1Of(ds, (s) => decode(s, zero)))} -> stacked ${fmt(f1Of(ds, (s) => decode(s, second.weights)))}`);
}
console.log(`done in ${(Date.now() - began) / 1000} s`);
