#!/usr/bin/env node
// Random mutant sampling: when a folder's full mutation run does not fit the time there is,
// measure a uniform random sample of its mutants instead and estimate its score with a 95% interval.
//
//   nice -n 10 node test/mutation/sample.mjs run --size 400 --seed 18 core/pipeline/quotes core/pipeline/entities ...
//   node test/mutation/sample.mjs score reports/mutation/core-model.json ...
//
// `--except a.ts,b.ts` (paths under src) leaves files out of the parts: files measured in full on
// their own (runFolders.mjs), whose reports `score` is then given with the other full ones.
//
// `run` lists every mutant of each part (a folder's own *.ts files, as runFolders.mjs mutates them)
// with Stryker's own instrumenter, draws a sample of `size` spread over the parts in proportion to
// their mutant counts (a seeded shuffle: the same seed and sources give the same sample), writes
// it to reports/mutation/sample.json and runs Stryker on those mutants only (`mutate` ranges plus
// the sampled-only ignorer of sampledOnly.mjs; the other mutants of a sampled syntax node run too,
// but only the sampled ones are scored). `score` reads the report and prints, for each part, the
// sampled mutants by status and the score (killed and timed out over the valid ones: compile
// errors, static and other ignored mutants are not valid) with its Wilson 95% interval; given the
// JSON reports of parts measured in full, it also estimates the score of them all together
// (a stratified ratio estimate, with a normal 95% interval).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Instrumenter } from '@stryker-mutator/instrumenter';

const out = 'reports/mutation';
const sampleFile = `${out}/sample.json`;
const reportFile = `${out}/sample-report.json`;

/** A seeded generator (mulberry32): uniform floats in [0, 1). */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The first `k` of a Fisher-Yates shuffle of `items`. */
function draw(items, k, next) {
  const copy = [...items];
  for (let i = 0; i < Math.min(k, copy.length); i++) {
    const j = i + Math.floor(next() * (copy.length - i));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy.slice(0, k);
}

const quiet = { isDebugEnabled: () => false, isTraceEnabled: () => false, debug() {}, trace() {}, info() {}, warn: console.warn, error: console.error, fatal: console.error };

async function mutantsOf(part, except) {
  const folder = path.resolve('src', part);
  const files = fs.readdirSync(folder).filter((f) => f.endsWith('.ts')).map((f) => path.join(folder, f)).filter((f) => !except.has(f));
  const input = files.map((name) => ({ name, mutate: true, content: fs.readFileSync(name, 'utf8') }));
  const { mutants } = await new Instrumenter(quiet).instrument(input, { plugins: null, excludedMutations: [], ignorers: [] });
  return mutants.map(({ fileName, location, mutatorName, replacement }) => ({ part, fileName, location, mutatorName, replacement }));
}

async function run(args) {
  const option = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
  const size = option('--size', 400);
  const seed = option('--seed', 18);
  const except = new Set(args.includes('--except') ? args[args.indexOf('--except') + 1].split(',').map((f) => path.resolve('src', f)) : []);
  const parts = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
  const all = await Promise.all(parts.map((part) => mutantsOf(part, except)));
  const total = all.reduce((sum, m) => sum + m.length, 0);
  // One generator per part, so that a larger size with the same seed extends the same sample
  // (Stryker's incremental file then reuses the results already measured).
  const sample = all.flatMap((mutants, i) => draw(mutants, Math.round((size * mutants.length) / total), random(seed + i)));
  const totals = Object.fromEntries(parts.map((part, i) => [part, all[i].length]));
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(sampleFile, JSON.stringify({ totals, sample }, null, 1));
  const byFile = {};
  for (const m of sample) (byFile[m.fileName] ??= []).push(m.location);
  const locationsFile = `${out}/sample-locations.json`;
  fs.writeFileSync(locationsFile, JSON.stringify(byFile));
  const base = JSON.parse(fs.readFileSync('stryker.config.json', 'utf8'));
  // Ranges as Stryker reads them: lines from 1, columns from 0.
  const range = ({ fileName, location: { start, end } }) =>
    `${path.relative('.', fileName)}:${start.line + 1}:${start.column}-${end.line + 1}:${end.column}`;
  const config = {
    ...base,
    $schema: undefined,
    mutate: sample.map(range),
    plugins: ['@stryker-mutator/*', './test/mutation/sampledOnly.mjs'],
    ignorers: ['sampled-only'],
    incrementalFile: `${out}/sample-incremental.json`,
    htmlReporter: { fileName: `${out}/sample-report.html` },
    jsonReporter: { fileName: reportFile },
    reporters: ['html', 'json', 'progress-append-only'],
  };
  const configFile = `${out}/sample.config.json`;
  fs.writeFileSync(configFile, JSON.stringify(config, null, 2));
  console.log(`${new Date().toISOString()} ${sample.length} of ${total} mutants sampled (${JSON.stringify(totals)})`);
  const log = fs.openSync(`${out}/sample.log`, 'w');
  const stryker = spawnSync('npx', ['stryker', 'run', configFile], { stdio: ['ignore', log, log], env: { ...process.env, STRYKER_SAMPLE: path.resolve(locationsFile) } });
  console.log(`${new Date().toISOString()} exit ${stryker.status}`);
  process.exitCode = stryker.status ?? 1;
}

/** Wilson score interval for `k` successes in `n` trials, 95%. */
function wilson(k, n, z = 1.96) {
  if (n === 0) return [0, 1];
  const p = k / n;
  const centre = (p + (z * z) / (2 * n)) / (1 + (z * z) / n);
  const half = ((z / (1 + (z * z) / n)) * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n)));
  return [centre - half, centre + half];
}

const DETECTED = new Set(['Killed', 'Timeout']);
const VALID = new Set(['Killed', 'Timeout', 'Survived', 'NoCoverage']);
const pct = (x) => `${(100 * x).toFixed(1)}%`;

/** The status of every mutant in a Stryker JSON report, by file, location (from 1), mutator and replacement. */
function statuses(reportPath) {
  const report = JSON.parse(fs.readFileSync(reportPath, 'utf8'));
  const byKey = new Map();
  for (const [file, { mutants }] of Object.entries(report.files)) {
    for (const m of mutants) byKey.set(key(path.resolve(file), m, m.location), m.status);
  }
  return byKey;
}
const key = (file, m, { start, end }) => `${file}|${start.line}:${start.column}-${end.line}:${end.column}|${m.mutatorName}|${m.replacement}`;
const fromOne = ({ start, end }) => ({ start: { line: start.line + 1, column: start.column + 1 }, end: { line: end.line + 1, column: end.column + 1 } });

function score(measuredReports) {
  const { totals, sample } = JSON.parse(fs.readFileSync(sampleFile, 'utf8'));
  const status = statuses(reportFile);
  const strata = [];
  for (const part of Object.keys(totals)) {
    const counts = {};
    const outcomes = [];
    for (const m of sample.filter((s) => s.part === part)) {
      const s = status.get(key(m.fileName, m, fromOne(m.location))) ?? 'NotInReport';
      counts[s] = (counts[s] ?? 0) + 1;
      outcomes.push({ detected: DETECTED.has(s) ? 1 : 0, valid: VALID.has(s) ? 1 : 0 });
      if (s === 'Survived' || s === 'NoCoverage') console.log(`  ${path.relative('.', m.fileName)}:${m.location.start.line + 1}:${m.location.start.column + 1} ${m.mutatorName} ${s}: ${m.replacement.slice(0, 70).replace(/\s+/g, ' ')}`);
    }
    const detected = outcomes.reduce((sum, o) => sum + o.detected, 0);
    const valid = outcomes.reduce((sum, o) => sum + o.valid, 0);
    const [low, high] = wilson(detected, valid);
    console.log(`${part}: ${outcomes.length} of ${totals[part]} mutants sampled ${JSON.stringify(counts)}; score ${detected}/${valid} = ${pct(detected / valid)}, 95% CI ${pct(low)}-${pct(high)} (Wilson); about ${Math.round((totals[part] * valid) / outcomes.length)} valid mutants`);
    strata.push({ total: totals[part], outcomes });
  }
  if (measuredReports.length === 0) return;
  let detected = 0;
  let valid = 0;
  for (const report of measuredReports) {
    const values = [...statuses(report).values()];
    const d = values.filter((s) => DETECTED.has(s)).length;
    const v = values.filter((s) => VALID.has(s)).length;
    console.log(`${report}: ${values.length} mutants measured in full; score ${d}/${v} = ${pct(d / v)}`);
    detected += d;
    valid += v;
  }
  // Ratio estimate: the measured counts plus each stratum's sampled means scaled to its size.
  const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const estDetected = detected + strata.reduce((sum, s) => sum + s.total * mean(s.outcomes.map((o) => o.detected)), 0);
  const estValid = valid + strata.reduce((sum, s) => sum + s.total * mean(s.outcomes.map((o) => o.valid)), 0);
  const ratio = estDetected / estValid;
  const variance = strata.reduce((sum, { total, outcomes }) => {
    const d = outcomes.map((o) => o.detected - ratio * o.valid);
    const m = mean(d);
    const s2 = d.reduce((a, x) => a + (x - m) ** 2, 0) / (d.length - 1);
    return sum + (total * total * (1 - d.length / total) * s2) / d.length;
  }, 0) / (estValid * estValid);
  const half = 1.96 * Math.sqrt(variance);
  console.log(`all together: about ${Math.round(estDetected)} of ${Math.round(estValid)} valid mutants detected, ${pct(ratio)}, 95% CI ${pct(ratio - half)}-${pct(ratio + half)}`);
}

const [command, ...args] = process.argv.slice(2);
if (command === 'run') await run(args);
else if (command === 'score') score(args);
else {
  console.error('usage: node test/mutation/sample.mjs run [--size N] [--seed N] [--except file,file] <folder under src>... | score [<full report .json>...]');
  process.exit(2);
}
