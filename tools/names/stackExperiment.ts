// Experiment (docs/names-model.md, "Document-level features: tried, not shipped"): a second-stage
// model with document-level features (Krishnan & Manning 2006; Ratinov & Roth 2009). Prints the
// model-level span F1 on CoNLL-2003 dev and UNER EWT dev, stage 1 (the shipped weights) against
// stage 2, and with OUT=FILE writes the stage-2 weights for twoPassCli.ts. CONTROL=1 also retrains
// stage 1 the same way, without document features.
//   npx esbuild tools/names/stackExperiment.ts --bundle --platform=node --target=node20 --format=cjs --loader:.bin=binary --outfile=out/stack.js
//   nice -n 10 node --max-old-space-size=3072 out/stack.js
import fs from 'node:fs';
import v8 from 'node:v8';
import { readByRules, labelsOfNames } from '../../src/core/pipeline/entities/candidates';
import { parseParagraph } from '../../src/core/pipeline/entities/parse';
import { wordBuckets, featureBucket } from '../../src/core/pipeline/entities/nameModel/model';
import { sentenceRanges } from '../../src/core/pipeline/entities/nameModel/features';
import { splitParagraphs } from '../../src/core/pipeline/paragraphs';
import { LABEL_COUNT, spansOf } from '../../src/core/pipeline/entities/nameModel/labels';
import { decodeWeights } from '../../src/core/pipeline/entities/nameModel/weights';
import { documentFeatures } from '../../src/core/pipeline/entities/nameModel/documentFeatures';
import { encodeWeights, quantize } from '../../src/core/pipeline/entities/nameModel/weights';
import { readLabelledDocuments, type GoldDocument } from './corpus';
import { Perceptron, type TrainingSentence } from './perceptron';

const BITS = 16;
const CACHE = process.env.CACHE ?? '/tmp/stack-experiment-cache.v8';
// The first stage: the shipped weights, whose word clusters the features read.
const shipped = decodeWeights(new Uint8Array(fs.readFileSync('src/core/pipeline/entities/nameModel/names.bin')));
interface Sent { lowers: string[]; capital: boolean[]; buckets: Int32Array[]; gold: Uint8Array }
interface Doc { corpus: string; role: 'train' | 'heldout' | 'dev'; sentences: Sent[] }

function docSentences(document: GoldDocument): Sent[] {
  const out: Sent[] = [];
  for (const paragraph of splitParagraphs(document.text)) {
    const text = document.text.slice(paragraph.start, paragraph.end);
    const rules = readByRules(parseParagraph(text), text);
    const names = document.names
      .filter((n) => n.start >= paragraph.start && n.end <= paragraph.end)
      .map((n) => ({ start: n.start - paragraph.start, end: n.end - paragraph.start, kind: n.kind }));
    const gold = labelsOfNames(rules.tokens, names);
    const buckets = wordBuckets(rules.tokens, rules.labels, BITS, shipped.clusters);
    for (const [start, end] of sentenceRanges(rules.tokens)) {
      const tokens = rules.tokens.slice(start, end);
      out.push({ lowers: tokens.map((t) => t.lower), capital: tokens.map((t) => /\p{Lu}/u.test(t.text)), buckets: buckets.slice(start, end), gold: gold.slice(start, end) });
    }
  }
  return out;
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
function trainModel(sentences: TrainingSentence[], epochs: number, pick?: TrainingSentence[]): { emissions: Float64Array; transitions: Float64Array } {
  const p = new Perceptron(LABEL_COUNT, BITS);
  const random = seededRandom(13);
  const list = [...sentences];
  let best: { f1: number; w: { emissions: Float64Array; transitions: Float64Array } } | undefined;
  for (let e = 1; e <= epochs; e++) {
    shuffle(list, random);
    for (const s of list) p.learn(s);
    if (pick || e === epochs) {
      const w = p.averaged();
      const f1 = pick ? f1Of(pick, (s) => p.predict(s, w.emissions, w.transitions)).micro : 0;
      if (pick) console.log(`  epoch ${e} held-out ${(100 * f1).toFixed(2)}`);
      if (!best || f1 > best.f1) best = { f1, w };
    }
  }
  return best!.w;
}
function predictor(w: { emissions: Float64Array; transitions: Float64Array }): (s: TrainingSentence) => Uint8Array {
  const p = new Perceptron(LABEL_COUNT, BITS);
  return (s) => p.predict(s, w.emissions, w.transitions);
}
function f1Of(sentences: readonly TrainingSentence[], predict: (s: TrainingSentence) => Uint8Array): { micro: number; byKind: Record<string, number> } {
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

// ---- document features from first-stage labels ----
function docBuckets(doc: Doc, stage1: Uint8Array[]): Int32Array[][] {
  const features = documentFeatures(doc.sentences.map((sent, s) => ({ lowers: sent.lowers, capital: sent.capital, labels: stage1[s] })));
  return features.map((sentence) => sentence.map((list) => Int32Array.from(list.map((f) => featureBucket(f, BITS)))));
}
function withDoc(doc: Doc, stage1: Uint8Array[]): TrainingSentence[] {
  const extra = docBuckets(doc, stage1);
  return doc.sentences.map((sent, s) => ({ gold: sent.gold, buckets: sent.buckets.map((b, i) => { const a = new Int32Array(b.length + extra[s][i].length); a.set(b); a.set(extra[s][i], b.length); return a; }) }));
}

const began = Date.now();
const trainDocs = docs.filter((d) => d.role === 'train');
const heldDocs = docs.filter((d) => d.role === 'heldout');
const devDocs = docs.filter((d) => d.role === 'dev');
const EPOCHS1 = Number(process.env.EPOCHS1 ?? 9);
// Stage 1 on two folds of the training documents, each labelling the other (and the held-out documents).
const folds = [trainDocs.filter((_, k) => k % 2 === 0), trainDocs.filter((_, k) => k % 2 === 1)];
const stage1Of = new Map<Doc, Uint8Array[]>();
const foldModels = folds.map((fold, f) => {
  console.log(`fold ${f}: training stage 1 on ${fold.length} docs`);
  return predictor(trainModel(fold.flatMap((d) => d.sentences), EPOCHS1));
});
folds.forEach((fold, f) => fold.forEach((d) => stage1Of.set(d, d.sentences.map(foldModels[1 - f]))));
heldDocs.forEach((d) => stage1Of.set(d, d.sentences.map(foldModels[0])));
// Dev: the shipped weights.
const shippedPredict = predictor({ emissions: Float64Array.from(shipped.emissions, (v) => v * shipped.scale), transitions: Float64Array.from(shipped.transitions, (v) => v * shipped.scale) });
devDocs.forEach((d) => stage1Of.set(d, d.sentences.map(shippedPredict)));
console.log(`stage 1 labels done (${(Date.now() - began) / 1000} s)`);

const stage2Train = trainDocs.flatMap((d) => withDoc(d, stage1Of.get(d)!));
const stage2Held = heldDocs.flatMap((d) => withDoc(d, stage1Of.get(d)!));
const w2 = trainModel(stage2Train, 12, stage2Held);
const predict2 = predictor(w2);
if (process.env.OUT) { const q = quantize(w2.transitions, w2.emissions); fs.writeFileSync(process.env.OUT, encodeWeights({ bucketBits: BITS, temperature: shipped.temperature, ...q, clusters: shipped.clusters })); console.log('wrote', process.env.OUT); }
for (const corpus of ['conll', 'uner']) {
  const ds = devDocs.filter((d) => d.corpus === corpus);
  const s1 = f1Of(ds.flatMap((d) => d.sentences), shippedPredict);
  const s2 = f1Of(ds.flatMap((d) => withDoc(d, stage1Of.get(d)!)), predict2);
  const fmt = (r: { micro: number; byKind: Record<string, number> }) => `micro ${(100 * r.micro).toFixed(1)} (per ${(100 * r.byKind.person).toFixed(1)}, place ${(100 * r.byKind.place).toFixed(1)}, org ${(100 * r.byKind.organization).toFixed(1)})`;
  console.log(`${corpus} dev model-level: stage1 ${fmt(s1)} -> stage2 ${fmt(s2)}`);
}
// Control: stage 1 retrained the same way without document features (same epochs picking), to separate the retraining from the features.
if (process.env.CONTROL) {
  const w1 = trainModel(trainDocs.flatMap((d) => d.sentences), 12, heldDocs.flatMap((d) => d.sentences));
  const p1 = predictor(w1);
  for (const corpus of ['conll', 'uner']) {
    const ds = devDocs.filter((d) => d.corpus === corpus);
    const r = f1Of(ds.flatMap((d) => d.sentences), p1);
    console.log(`${corpus} dev control retrained: ${(100 * r.micro).toFixed(1)} (per ${(100 * r.byKind.person).toFixed(1)}, place ${(100 * r.byKind.place).toFixed(1)}, org ${(100 * r.byKind.organization).toFixed(1)})`);
  }
}
console.log(`done in ${(Date.now() - began) / 1000} s`);
