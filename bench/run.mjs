#!/usr/bin/env node
// `npm run bench`: Dossier's analysis speed and memory against raw compromise, in one run, on
// War and Peace (../shared/bench/war-and-peace.txt, or DOSSIER_BENCH_TEXT) and the sample article.
// It reports; it does not pass or fail. Each measurement runs in a fresh process.
//   node bench/run.mjs [--quick]    --quick skips the baseline on War and Peace (about 20 s)
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const quick = process.argv.includes('--quick');
const candidates = [process.env.DOSSIER_BENCH_TEXT, path.join(ROOT, '..', 'shared', 'bench', 'war-and-peace.txt'), '/work/shared/bench/war-and-peace.txt'];
const warAndPeace = candidates.find((file) => file && fs.existsSync(file));
const article = path.join(ROOT, 'samples', 'xi-putin-moscow.txt');

execFileSync(process.execPath, [path.join(ROOT, 'esbuild.mjs')], { cwd: ROOT, stdio: 'inherit' });
const measure = path.join(ROOT, 'out', 'bench', 'measure.js');
await esbuild.build({
  entryPoints: [path.join(ROOT, 'bench', 'measure.ts')], outfile: measure, bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning', loader: { '.bin': 'binary' },
});
const run = (mode, file) => JSON.parse(execFileSync(process.execPath, [measure, mode, file], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 }));

const compromiseVersion = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', 'compromise', 'package.json'), 'utf8')).version;
console.log(`Dossier bench — ${new Date().toISOString()}`);
console.log(`machine: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}), load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}, Node ${process.version}, compromise ${compromiseVersion}`);

const ms = (value) => `${value.toFixed(value < 10 ? 1 : 0)} ms`;
const mbps = (chars, value) => `${(chars / 1e6 / (value / 1000)).toFixed(3)} MB/s`;

/** The size ../shared/bench/README.md gives; anything else is not the book the targets are about. */
const WAR_AND_PEACE_BYTES = 3_196_407;

function report(name, file, withBaseline, expectedBytes) {
  const size = fs.statSync(file).size;
  console.log(`\n== ${name} (${(size / 1e6).toFixed(2)} MB, ${file})`);
  if (expectedBytes && size !== expectedBytes) {
    console.log(`  WARNING: ${size.toLocaleString('en-US')} bytes, not the ${expectedBytes.toLocaleString('en-US')} of the published text: the file is cut short or changed, so these numbers are not comparable.`);
  }
  const dossier = run('dossier', file);
  const base = withBaseline ? run('baseline', file) : undefined;
  const rows = [];
  if (base) rows.push(['raw compromise, paragraph by paragraph', ms(base.ms), ms(base.cpuMs), mbps(dossier.chars, base.ms), `${base.peakMemoryMB.toFixed(0)} MB`]);
  rows.push(['Dossier, full analysis (cold)', ms(dossier.coldMs), ms(dossier.coldCpuMs), mbps(dossier.chars, dossier.coldMs), `${dossier.peakMemoryMB.toFixed(0)} MB`]);
  if (dossier.warmingUpMs.length) {
    const times = dossier.warmingUpMs;
    rows.push([`Dossier, while the threads warm up (${times.length} runs)`, `${ms(times[0])} → ${ms(times.at(-1))}`, '', '', '']);
  }
  rows.push(['Dossier, full analysis (warm threads, no cache)', ms(dossier.warmMs), ms(dossier.warmCpuMs), mbps(dossier.chars, dossier.warmMs), '']);
  rows.push(['Dossier, unchanged text again (all cached)', ms(dossier.cachedMs), '', '', '']);
  const width = Math.max(...rows.map((r) => r[0].length));
  console.log(`  ${'what'.padEnd(width)}  ${'wall time'.padStart(9)}  ${'CPU time'.padStart(9)}  ${'speed'.padStart(12)}  peak RSS`);
  for (const [what, time, cpu, speed, memory] of rows) console.log(`  ${what.padEnd(width)}  ${time.padStart(9)}  ${cpu.padStart(9)}  ${speed.padStart(12)}  ${memory}`);
  if (base) console.log(`  speed-up over raw compromise (wall time): ${(base.ms / dossier.coldMs).toFixed(2)}× cold, ${(base.ms / dossier.warmMs).toFixed(2)}× warm`);
  const editTimes = dossier.edits.map((e) => e.ms);
  console.log(`  one-character edit in the middle, re-analysed: ${editTimes.map(ms).join(', ')} (worst ${ms(Math.max(...editTimes))}; CPU ${dossier.edits.map((e) => ms(e.cpuMs)).join(', ')}; ${dossier.edits.map((e) => e.analysed).join('/')} paragraphs re-read)`);
  const phases = dossier.edits.map((e) => [e.phases.prepareMs, e.phases.paragraphsMs, e.phases.assembleMs, e.phases.encodeMs, e.hostMs].map((v) => v.toFixed(1)).join('+'));
  console.log(`    changed paragraphs found + re-read + document-level passes + encoded (worker) + posted both ways and rebuilt (host): ${phases.join(', ')} ms`);
  console.log(`  ${dossier.paragraphs} units, ${dossier.coldByHelper} analysed by the helper thread when cold, ${dossier.warmByHelper} when warm; found ${JSON.stringify(dossier.counts)}`);
  console.log(`  longest main-thread event-loop delay: ${ms(dossier.coldHostMaxDelayMs)} during the cold run, ${ms(dossier.editHostMaxDelayMs)} during the edits`);
  console.log(`  document-level passes (in-process, best of 3): ${Object.entries(dossier.passes).map(([k, v]) => `${k} ${ms(v)}`).join(', ')}`);
  return { dossier, base };
}

/** The issue's targets beside this run's measurements, for the closing note. It reports; it judges nothing. */
function targets(book, sample) {
  const rows = [];
  const bookSpeedUp = book?.base ? `${(book.base.ms / book.dossier.warmMs).toFixed(2)}× warm, ${(book.base.ms / book.dossier.coldMs).toFixed(2)}× cold` : 'not measured (--quick skips the baseline)';
  rows.push(['War and Peace fully analysed, speed-up over raw compromise', '>= 3×', book ? bookSpeedUp : 'no text']);
  const editTimes = book?.dossier.edits.map((e) => e.ms) ?? [];
  rows.push(['one-character edit in War and Peace, end to end', '<= 100 ms', book ? `${ms(Math.max(...editTimes))} worst, ${ms(median(editTimes))} median` : 'no text']);
  rows.push(['sample article, warm', '<= 30 ms', `${ms(sample.dossier.warmMs)} (median)`]);
  rows.push(['peak memory on War and Peace (RSS, all threads)', '<= 400 MB', book ? `${book.dossier.peakMemoryMB.toFixed(0)} MB` : 'no text']);
  rows.push(['longest host event-loop delay on War and Peace (cold run; edits)', '< 50 ms', book ? `${ms(book.dossier.coldHostMaxDelayMs)}; ${ms(book.dossier.editHostMaxDelayMs)}` : 'no text']);
  const width = Math.max(...rows.map((r) => r[0].length));
  console.log('\n== Targets and this run (reported, not enforced; the editor-side delay target is measured by test/integration/robustness.test.ts)');
  for (const [what, target, measured] of rows) console.log(`  ${what.padEnd(width)}  ${target.padEnd(9)}  ${measured}`);
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const book = warAndPeace ? report('War and Peace', warAndPeace, !quick, WAR_AND_PEACE_BYTES) : undefined;
if (!warAndPeace) console.log(`\n== War and Peace: MISSING. Looked for ${candidates.filter(Boolean).join(', ')}. Set DOSSIER_BENCH_TEXT to its path.`);
targets(book, report('Sample article', article, true));
