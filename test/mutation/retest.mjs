#!/usr/bin/env node
// Re-tests the mutants a file's full run left undetected (Survived, NoCoverage), after tests were
// added, and gives the file's score after: a mutant killed before stays killed when tests are only
// added, so the survivors alone are run (a full run re-tests every mutant that a new test covers).
//   nice -n 10 node test/mutation/retest.mjs --tests entities,nameFinder reports/mutation/core-pipeline-entities-classify.json
// The report must be of the current sources. Writes <report>-retest.{json,log} and the report with
// the new statuses, <report>-after.json (for sample.mjs score); `--no-run` only merges again. The
// ignorer of sampledOnly.mjs keeps Stryker to the listed mutants' syntax nodes, as for a sample.
// `--timeouts` re-tests the timed-out mutants too: on a loaded machine a mutant's tests can pass
// the time limit without looping, and Stryker counts every timeout as detected.
// `--only-timeouts` re-tests those alone, when the undetected ones were re-tested already.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
const testsAt = args.indexOf('--tests');
const tests = testsAt >= 0 ? args[testsAt + 1].split(',') : undefined;
const [reportPath] = args.filter((a, i) => !a.startsWith('--') && (testsAt < 0 || i !== testsAt + 1));
if (!reportPath) {
  console.error('usage: node test/mutation/retest.mjs [--tests word,word] <full run report .json>');
  process.exit(2);
}
const UNDETECTED = new Set(['Survived', 'NoCoverage']);
const DETECTED = new Set(['Killed', 'Timeout']);
/** The statuses re-tested: the undetected ones, and with --timeouts the timed-out ones; with --only-timeouts those alone. */
const RETESTED = args.includes('--only-timeouts') ? new Set(['Timeout']) : new Set([...UNDETECTED, ...(args.includes('--timeouts') ? ['Timeout'] : [])]);
// Report locations count lines and columns from 1; Stryker's API, and the sample file, from 0.
// The end too: mutants of the same operator at one start (`a && b && c` → true, `a && b` → true) differ only there.
const key = (file, { location: { start, end }, mutatorName, replacement }) =>
  `${path.resolve(file)}|${start.line}:${start.column}-${end.line}:${end.column}|${mutatorName}|${replacement}`;

const before = JSON.parse(fs.readFileSync(reportPath, 'utf8'));
const targets = Object.entries(before.files).flatMap(([file, { mutants }]) => mutants.filter((m) => RETESTED.has(m.status)).map((m) => ({ file, m })));
const byFile = {};
for (const { file, m } of targets) {
  const { start, end } = m.location;
  (byFile[path.resolve(file)] ??= []).push({ start: { line: start.line - 1, column: start.column - 1 }, end: { line: end.line - 1, column: end.column - 1 } });
}
const stem = reportPath.replace(/\.json$/, '-retest');
const locationsFile = `${stem}-locations.json`;
fs.writeFileSync(locationsFile, JSON.stringify(byFile));
const base = JSON.parse(fs.readFileSync('stryker.config.json', 'utf8'));
const config = {
  ...base,
  $schema: undefined,
  mutate: targets.map(({ file, m: { location: { start, end } } }) => `${path.relative('.', file)}:${start.line}:${start.column - 1}-${end.line}:${end.column - 1}`),
  plugins: ['@stryker-mutator/*', './test/mutation/sampledOnly.mjs'],
  ignorers: ['sampled-only'],
  mochaOptions: tests ? { ...base.mochaOptions, spec: tests.map((word) => `out/test/unit/*${word}*.test.js`) } : base.mochaOptions,
  incremental: false,
  jsonReporter: { fileName: `${stem}.json` },
  reporters: ['json', 'progress-append-only'],
};
const configFile = `${stem}.config.json`;
fs.writeFileSync(configFile, JSON.stringify(config, null, 2));
if (!args.includes('--no-run')) {
  console.log(`${new Date().toISOString()} re-testing ${targets.length} undetected mutants of ${reportPath}`);
  const log = fs.openSync(`${stem}.log`, 'w');
  const run = spawnSync('npx', ['stryker', 'run', configFile], { stdio: ['ignore', log, log], env: { ...process.env, STRYKER_SAMPLE: path.resolve(locationsFile) } });
  console.log(`${new Date().toISOString()} exit ${run.status}`);
  process.exitCode = run.status ?? 1;
}

const after = new Map();
for (const [file, { mutants }] of Object.entries(JSON.parse(fs.readFileSync(`${stem}.json`, 'utf8')).files)) for (const m of mutants) after.set(key(file, m), m.status);
const count = (statuses) => ({ detected: statuses.filter((s) => DETECTED.has(s)).length, valid: statuses.filter((s) => DETECTED.has(s) || UNDETECTED.has(s)).length });
const old = Object.entries(before.files).flatMap(([file, { mutants }]) => mutants.map((m) => ({ k: key(file, m), status: m.status })));
const now = old.map(({ k, status }) => (RETESTED.has(status) ? (after.get(k) ?? status) : status));
const merged = structuredClone(before);
for (const [file, { mutants }] of Object.entries(merged.files)) for (const m of mutants) if (RETESTED.has(m.status)) m.status = after.get(key(file, m)) ?? m.status;
fs.writeFileSync(reportPath.replace(/\.json$/, '-after.json'), JSON.stringify(merged));
const missing = old.filter(({ k, status }) => RETESTED.has(status) && !after.has(k)).length;
for (const [label, c] of [['before', count(old.map((o) => o.status))], ['after', count(now)]]) {
  console.log(`${label}: ${c.detected}/${c.valid} = ${((100 * c.detected) / c.valid).toFixed(1)}%`);
}
if (missing) console.log(`${missing} re-tested mutants were not in the re-test's report (counted as before)`);
