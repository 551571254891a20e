// Experiment (docs/names-model.md, "A stacked document stage"): the whole pipeline with the
// stacked document stage, printing what ../shared/eval/ner.mjs and gold.mjs read. STAGE2=FILE (the
// weights stackExperiment.ts writes with OUT; default out/stage2.json); EVERY=1 decodes again
// every sentence with a document feature (by default only those documentStageScores picks);
// LABELS_CHANGED=1 reads a paragraph again only where decoding again changes a label; NONE=1
// reproduces the CLI; COUNT=1 prints how many sentences were decoded again.
// Each paragraph is parsed once: its parse is kept for the second reading (fine for dev sets, not
// for a book, which is what the design in the card is about).
//   npx esbuild tools/names/stackCli.ts --bundle --platform=node --target=node20 --format=cjs --loader:.bin=binary --outfile=out/stackCli.js
//   node ../shared/eval/ner.mjs --data FILE --cmd "node out/stackCli.js"
import fs from 'node:fs';
import { parseParagraph } from '../../src/core/pipeline/entities/parse';
import { readByRules, findInParse } from '../../src/core/pipeline/entities/candidates';
import { sentenceRanges } from '../../src/core/pipeline/entities/nameModel/features';
import { documentFeatures } from '../../src/core/pipeline/entities/nameModel/documentFeatures';
import { documentScores, documentStageScores } from '../../src/core/pipeline/entities/nameModel/documentStage';
import { LABEL_COUNT, labelsOf } from '../../src/core/pipeline/entities/nameModel/labels';
import { shippedNameModel } from '../../src/core/pipeline/entities/nameModel/shipped';
import { splitParagraphs } from '../../src/core/pipeline/paragraphs';
import { assemble, type ParagraphFindings } from '../../src/core/pipeline/analyze';
import { withNamesAtLeast } from '../../src/core/model/nameConfidence';

const model = shippedNameModel()!;
const weights = Float64Array.from(JSON.parse(fs.readFileSync(process.env.STAGE2 ?? 'out/stage2.json', 'utf8')) as number[]);
let sentencesTotal = 0;
let decodedAgain = 0;
const files = process.argv.slice(2).filter((a) => !a.startsWith('-') && a !== 'annotate' && a !== 'jsonl');
for (const file of files) {
  const text = fs.readFileSync(file, 'utf8');
  const paragraphs = splitParagraphs(text).map((span) => {
    const body = text.slice(span.start, span.end);
    const parse = parseParagraph(body);
    const rules = readByRules(parse, body);
    const labels = labelsOf(model.read(rules.tokens, rules.labels).names, rules.tokens.length);
    return { span, body, parse, tokens: rules.tokens, labels, ranges: sentenceRanges(rules.tokens) };
  });
  const sentences = paragraphs.flatMap((p) => p.ranges.map(([s, e]) => ({
    lowers: p.tokens.slice(s, e).map((t) => t.lower), capital: p.tokens.slice(s, e).map((t) => /\p{Lu}/u.test(t.text)), labels: p.labels.slice(s, e),
  })));
  const scores = process.env.EVERY
    ? documentFeatures(sentences).map((words) => (words.some((f) => f.length) ? documentScores(words, weights) : undefined))
    : documentStageScores(sentences, weights);
  let at = 0;
  const findings: ParagraphFindings[] = paragraphs.map((p) => {
    let added: Float64Array | undefined;
    for (const [s] of p.ranges) {
      const sentence = scores[at++];
      sentencesTotal++;
      if (!sentence || process.env.NONE) continue;
      decodedAgain++;
      added ??= new Float64Array(p.tokens.length * LABEL_COUNT);
      added.set(sentence, s * LABEL_COUNT);
    }
    // LABELS_CHANGED=1: keep the first reading (and its confidences) unless decoding again changes a label.
    if (added && process.env.LABELS_CHANGED) {
      const again = labelsOf(model.read(p.tokens, readByRules(p.parse, p.body).labels, added).names, p.tokens.length);
      if (again.every((l, i) => l === p.labels[i])) added = undefined;
    }
    const found = findInParse(p.parse, p.body, p.span.start, model, added);
    return { ...p.span, text: p.body, candidates: found.candidates, notNames: found.notNames, values: found.values };
  });
  const analysis = withNamesAtLeast(assemble(text, findings), 0.5);
  console.log(JSON.stringify({ file, entities: analysis.entities.map((e) => ({ id: e.id, kind: e.kind, mentions: e.mentions.map((m) => ({ start: m.start, end: m.end })) })) }));
}
if (process.env.COUNT) console.error(`sentences ${sentencesTotal}, decoded again ${decodedAgain}`);
