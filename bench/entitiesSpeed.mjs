#!/usr/bin/env node
// Time of the core's analyze() against raw compromise on the same paragraphs, in one run.
//
//   node bench/entitiesSpeed.mjs [FILE...] [--rounds N]
//
// Raw compromise is nlp(paragraph) followed by people(), places() and organizations() on every
// paragraph that splitParagraphs gives; the core is analyze(text), the whole pipeline. The two
// alternate round by round so that both see the same machine load. Default text: the sample article.
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import nlp from 'compromise';

const args = process.argv.slice(2);
const roundsAt = args.indexOf('--rounds');
const rounds = roundsAt >= 0 ? Number(args.splice(roundsAt, 2)[1]) : 5;
const files = args.length ? args : ['test/fixtures/xi-putin-moscow.txt'];
const texts = files.map((f) => readFileSync(f, 'utf8'));

const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-'));
const outfile = join(dir, 'core.mjs');
await esbuild.build({
  stdin: { contents: "export { analyze } from './src/core/pipeline/analyze'; export { splitParagraphs } from './src/core/pipeline/paragraphs';", resolveDir: process.cwd(), loader: 'ts' },
  bundle: true, platform: 'node', format: 'esm', outfile, logLevel: 'warning', loader: { '.bin': 'binary' },
});
const { analyze, splitParagraphs } = await import(pathToFileURL(outfile).href);
rmSync(dir, { recursive: true, force: true });

const paragraphs = texts.flatMap((t) => splitParagraphs(t).map((p) => t.slice(p.start, p.end)));
const raw = () => { for (const p of paragraphs) { const d = nlp(p); d.people().json({ offset: true }); d.places().json({ offset: true }); d.organizations().json({ offset: true }); } };
const core = () => { for (const t of texts) analyze(t); };
const time = (fn) => { const t0 = process.hrtime.bigint(); fn(); return Number(process.hrtime.bigint() - t0) / 1e6; };

raw(); core(); // warm up
let rawMs = 0, coreMs = 0;
for (let i = 0; i < rounds; i++) { rawMs += time(raw); coreMs += time(core); }
const words = texts.reduce((n, t) => n + t.split(/\s+/).length, 0);
console.log(`${files.length} file(s), ${paragraphs.length} paragraphs, ${words} words, ${rounds} rounds`);
console.log(`raw compromise  ${(rawMs / rounds).toFixed(1)} ms per round`);
console.log(`core analyze()  ${(coreMs / rounds).toFixed(1)} ms per round`);
console.log(`ratio core/raw  ${(coreMs / rawMs).toFixed(2)}`);
