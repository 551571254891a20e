#!/usr/bin/env node
// Corrections survive a reload of the window: one VS Code window makes corrections in a folder and
// is closed (its extension host ends), then a new window on the same folder must show them.
//
//   node test/host/runReload.mjs [--results FILE]
//
// Ends with "N passed, N failed, N skipped" over both windows, from mocha's own counts.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from './codeServer.mjs';
import { combineResults, formatResults, problemsOf, readResults, writeResults } from './results.mjs';

const { values: args } = parseArgs({ options: { results: { type: 'string' } } });
const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-reload-'));
fs.cpSync(path.join(ROOT, 'test', 'fixtures'), workspace, { recursive: true });
const halves = [];
let crashed = false;
for (const half of ['before', 'after']) {
  const resultsFile = path.join(workspace, '..', `${path.basename(workspace)}-${half}.json`);
  const run = spawnSync(process.execPath, [path.join(ROOT, 'test/host/runIntegration.mjs'), '--suite', `test/reload/${half}`, '--workspace', workspace, '--results', resultsFile],
    { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'inherit', 'inherit'] });
  const results = readResults(resultsFile);
  fs.rmSync(resultsFile, { force: true });
  if (results) halves.push(results);
  crashed ||= !results;
  if (run.status !== 0) break; // the second window means nothing without the first
}
fs.rmSync(workspace, { recursive: true, force: true });
const results = combineResults(halves);
if (args.results) writeResults(args.results, results);
console.log(`both windows: ${formatResults(results, ROOT)}`);
process.exitCode = crashed || halves.length < 2 || problemsOf(results, ROOT).length ? 1 : 0;
