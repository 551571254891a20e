#!/usr/bin/env node
// Runs the unit suites (test/unit/*.test.ts) on this machine's Node.
//
//   node test/runUnit.mjs [FILTER] [--results FILE]
//
// FILTER keeps the suite files whose name contains it. Ends with "N passed, N failed, N skipped"
// from mocha's own counts (and writes them to FILE for `npm test`); fails when a test failed, no
// test ran, or a test was skipped that is not an expected skip (test/host/results.mjs).
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import Mocha from 'mocha';
import { buildTests } from './host/buildTests.mjs';
import { ROOT } from './host/codeServer.mjs';
import { collectResults, formatResults, problemsOf, writeResults } from './host/results.mjs';

const { values: args, positionals: [filter] } = parseArgs({ allowPositionals: true, options: { results: { type: 'string' } } });
const outdir = await buildTests('test/unit');
// The timeout catches a hang, not slowness: a loaded machine may take minutes over what takes seconds alone.
const mocha = new Mocha({ ui: 'bdd', reporter: process.env.CI ? 'dot' : 'spec', timeout: 180_000 });
for (const file of fs.readdirSync(outdir).filter((f) => f.endsWith('.test.js') && (!filter || f.includes(filter))).sort()) {
  mocha.addFile(path.join(outdir, file));
}
const runner = mocha.run(() => {
  if (args.results) writeResults(args.results, results);
  console.log(formatResults(results, ROOT));
  process.exitCode = problemsOf(results, ROOT).length ? 1 : 0;
});
const results = collectResults(runner);
