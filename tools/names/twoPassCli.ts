// Experiment (docs/names-model.md, "Document-level features: tried, not shipped"): the whole
// pipeline with a second pass that reads document features, printing what ../shared/eval/ner.mjs
// reads. STAGE2=FILE (stackExperiment.ts's OUT), STAGE1ONLY=1 (reproduces the CLI), SELECTIVE=1
// (second pass only where a word's document features disagree with its first reading), COUNT=1.
//   npx esbuild tools/names/twoPassCli.ts --bundle --platform=node --target=node20 --format=cjs --loader:.bin=binary --outfile=out/twoPass.js
//   node ../shared/eval/ner.mjs --data FILE --cmd "node out/twoPass.js"
import fs from 'node:fs';
import { parseParagraph } from '../../src/core/pipeline/entities/parse';
import { readByRules, findInParse } from '../../src/core/pipeline/entities/candidates';
import { sentenceRanges } from '../../src/core/pipeline/entities/nameModel/features';
import { documentFeatures } from '../../src/core/pipeline/entities/nameModel/documentFeatures';
import { labelsOf, kindOf } from '../../src/core/pipeline/entities/nameModel/labels';
import { loadNameModel } from '../../src/core/pipeline/entities/nameModel/shipped';
import { splitParagraphs } from '../../src/core/pipeline/paragraphs';
import { assemble, type ParagraphFindings } from '../../src/core/pipeline/analyze';
import { withNamesAtLeast } from '../../src/core/model/nameConfidence';

const stage1 = loadNameModel(new Uint8Array(fs.readFileSync('src/core/pipeline/entities/nameModel/names.bin')));
const stage2 = loadNameModel(new Uint8Array(fs.readFileSync(process.env.STAGE2 ?? 'out/names2.bin')));
const kindOfLabel = (l: number): string => kindOf(l) ?? 'O';
let total = 0;
let reread = 0;
const files = process.argv.slice(2).filter((a) => !a.startsWith('-') && a !== 'annotate' && a !== 'jsonl');
for (const file of files) {
  const text = fs.readFileSync(file, 'utf8');
  const paragraphs = splitParagraphs(text).map((span) => {
    const body = text.slice(span.start, span.end);
    const parse = parseParagraph(body);
    const rules = readByRules(parse, body);
    const reading = stage1.read(rules.tokens, rules.labels);
    const labels = labelsOf(reading.names, rules.tokens.length);
    return { span, body, parse, tokens: rules.tokens, labels };
  });
  const sentences = paragraphs.flatMap((p) => sentenceRanges(p.tokens).map(([s, e]) => ({
    lowers: p.tokens.slice(s, e).map((t) => t.lower), capital: p.tokens.slice(s, e).map((t) => /\p{Lu}/u.test(t.text)), labels: p.labels.slice(s, e),
  })));
  const features = documentFeatures(sentences);
  let at = 0;
  const findings: ParagraphFindings[] = paragraphs.map((p) => {
    const perWord: string[][] = [];
    const first = at;
    for (const [s, e] of sentenceRanges(p.tokens)) perWord.push(...features[at++].slice(0, e - s));
    // Whether any word's document features disagree with the first reading of it.
    let disagrees = false;
    for (let k = first; k < at; k++) sentences[k].lowers.forEach((_, i) => {
      const own = kindOfLabel(sentences[k].labels[i]);
      for (const f of features[k][i]) if ((f.startsWith('doc:maj=') || f.startsWith('doc:longer=')) && f.split('=')[1] !== own) disagrees = true;
    });
    total++;
    if (disagrees) reread++;
    if (process.env.SELECTIVE && !disagrees) {
      const found = findInParse(p.parse, p.body, p.span.start, stage1);
      return { ...p.span, text: p.body, candidates: found.candidates, notNames: found.notNames, values: found.values };
    }
    const found = findInParse(p.parse, p.body, p.span.start, process.env.STAGE1ONLY ? stage1 : stage2, process.env.STAGE1ONLY ? undefined : perWord);
    return { ...p.span, text: p.body, candidates: found.candidates, notNames: found.notNames, values: found.values };
  });
  const analysis = withNamesAtLeast(assemble(text, findings), 0.5);
  console.log(JSON.stringify({ file, entities: analysis.entities.map((e) => ({ kind: e.kind, mentions: e.mentions.map((m) => ({ start: m.start, end: m.end })) })) }));
}
if (process.env.COUNT) console.error(`paragraphs ${total}, with a disagreement ${reread}`);
