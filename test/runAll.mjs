#!/usr/bin/env node
// `npm test`: type-check, lint, build, unit tests, integration tests in a real VS Code, then the
// packaged .vsix installed into that VS Code and activated.
// Every stage runs even when an earlier one fails; the last line sums them all as
// "N passed, N failed" (type-check and lint count as one check each).
import { spawn } from 'node:child_process';
import { ROOT } from './host/codeServer.mjs';

const stages = [
  { name: 'type-check', command: ['npx', 'tsc', '-p', '.'] },
  { name: 'lint', command: ['npx', 'eslint', '.'] },
  { name: 'build', command: ['node', 'esbuild.mjs'], counts: false },
  { name: 'unit tests', command: ['node', 'test/runUnit.mjs'] },
  { name: 'integration tests', command: ['node', 'test/host/runIntegration.mjs'] },
  { name: 'reload check', command: ['node', 'test/host/runReload.mjs'] },
  { name: 'package', command: ['npm', 'run', '--silent', 'package'], counts: false },
  { name: 'package check', command: ['node', 'test/host/runIntegration.mjs', '--suite', 'test/vsix', '--vsix', 'dossier.vsix'] },
];

let passed = 0, failed = 0;
const summary = [];
for (const stage of stages) {
  const began = Date.now();
  console.log(`\n=== ${stage.name}: ${stage.command.join(' ')}`);
  const { code, output } = await run(stage.command);
  const seconds = ((Date.now() - began) / 1000).toFixed(1);
  const counts = [...output.matchAll(/^(\d+) passed, (\d+) failed$/gm)].pop();
  if (counts) {
    passed += Number(counts[1]);
    failed += Number(counts[2]);
    if (code !== 0 && Number(counts[2]) === 0) failed++; // the stage failed outside its tests
  } else if (stage.counts !== false || code !== 0) {
    if (code === 0) passed++; else failed++;
  }
  summary.push(`${stage.name}: ${code === 0 ? 'ok' : `FAILED (exit ${code})`} in ${seconds}s${counts ? ` (${counts[1]} passed, ${counts[2]} failed)` : ''}`);
}
console.log(`\n${summary.join('\n')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;

function run([command, ...args]) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => { output += d; process.stdout.write(d); });
    child.stderr.on('data', (d) => { process.stderr.write(d); });
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}
