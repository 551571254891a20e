#!/usr/bin/env node
// `npm test`: type-check, lint, build, unit tests, integration tests in a real VS Code (in its Node
// extension host, then the web suites in its web worker host), then the
// packaged .vsix installed into that VS Code and activated.
// Every stage runs even when an earlier one fails. The test stages' counts come from the results
// files their runners write from mocha's own statistics (test/host/results.mjs), never from their
// output; type-check and lint count as one check each. A test stage that wrote no results, ran no
// test, or skipped a test that is not an expected skip counts as a failure. The last line sums
// them all: "N passed, N failed, N skipped"; the expected skips are named above it.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './host/codeServer.mjs';
import { judgeSkips, problemsOf, readResults } from './host/results.mjs';

const RESULTS = path.join(ROOT, 'out', 'results');
const resultsOf = (name) => path.join(RESULTS, `${name}.json`);
const stages = [
  { name: 'type-check', command: ['npx', 'tsc', '-p', '.'] },
  { name: 'lint', command: ['npm', 'run', '--silent', 'lint'] },
  { name: 'build', command: ['node', 'esbuild.mjs'], counts: false },
  { name: 'unit tests', command: ['node', 'test/runUnit.mjs', '--results', resultsOf('unit')], results: resultsOf('unit') },
  { name: 'integration tests', command: ['node', 'test/host/runIntegration.mjs', '--results', resultsOf('integration')], results: resultsOf('integration') },
  // The suites that make sense on the web, again, with the extension in the web worker host (VS Code for the Web).
  { name: 'web host tests', command: ['node', 'test/host/runIntegration.mjs', '--web', '--results', resultsOf('web')], results: resultsOf('web') },
  { name: 'reload check', command: ['node', 'test/host/runReload.mjs', '--results', resultsOf('reload')], results: resultsOf('reload') },
  { name: 'package', command: ['npm', 'run', '--silent', 'package'], counts: false },
  { name: 'package check', command: ['node', 'test/host/runIntegration.mjs', '--suite', 'test/vsix', '--vsix', 'dossier.vsix', '--results', resultsOf('vsix')], results: resultsOf('vsix') },
];

let passed = 0, failed = 0, skipped = 0;
const summary = [];
const skips = [];
fs.rmSync(RESULTS, { recursive: true, force: true });
for (const stage of stages) {
  const began = Date.now();
  console.log(`\n=== ${stage.name}: ${stage.command.join(' ')}`);
  const code = await run(stage.command);
  const seconds = ((Date.now() - began) / 1000).toFixed(1);
  let verdict = code === 0 ? 'ok' : `FAILED (exit ${code})`;
  if (stage.results) {
    const results = readResults(stage.results);
    if (!results) {
      failed++;
      verdict = `FAILED (exit ${code}; it wrote no results)`;
    } else {
      passed += results.passed;
      failed += results.failed;
      skipped += results.skipped;
      for (const skip of judgeSkips(results, ROOT)) skips.push(`${skip.expected ? `expected skip (${skip.expected})` : 'UNEXPECTED skip'}: ${skip.title}: ${skip.reason}`);
      const problems = problemsOf(results, ROOT);
      // A stage that failed outside its tests (no test ran, an unexpected skip, an error the
      // extension logged, a crash after the tests) counts as one more failure.
      if ((code !== 0 || problems.length) && results.failed === 0) failed++;
      verdict = `${problems.length || code !== 0 ? `FAILED (exit ${code}${problems.length ? `; ${problems.join('; ')}` : ''})` : 'ok'} (${results.passed} passed, ${results.failed} failed, ${results.skipped} skipped)`;
    }
  } else if (stage.counts !== false || code !== 0) {
    if (code === 0) passed++; else failed++;
  }
  summary.push(`${stage.name}: ${verdict} in ${seconds}s`);
}
console.log(`\n${[...summary, ...skips].join('\n')}`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exitCode = failed ? 1 : 0;

function run([command, ...args]) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('close', (code) => resolve(code ?? 1));
  });
}
