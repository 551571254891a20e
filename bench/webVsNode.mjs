#!/usr/bin/env node
// `npm run bench:web`: the sample article analysed in VS Code for the Web's web worker extension
// host against the desktop's Node extension host, in one run: the integration test that times it
// (test/integration/analysisWorker.test.ts) runs in each host in turn, ROUNDS times, alternating
// which goes first so both see the same load. It reports; it does not pass or fail.
//   node bench/webVsNode.mjs [--rounds 3]
// Needs code-server (DOSSIER_TOOLS, as for the integration tests).
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({ options: { rounds: { type: 'string', default: '3' } } });
const TEST = 'analyses the sample article';
/** The figures the test puts in its title, in this order. */
const FIGURES = ['fresh worker to first analysis', 'warm analysis', 'open to decorations'];
const HOSTS = { node: [], web: ['--web'] };

execFileSync(process.execPath, [path.join(ROOT, 'esbuild.mjs')], { cwd: ROOT, stdio: 'inherit' });
const load = () => os.loadavg().map((l) => l.toFixed(1)).join(' ');
console.log(`Web vs Node extension host — ${new Date().toISOString()}, ${os.cpus().length} cores, load average ${load()}`);

/** One run of the test in `host`: its figures in milliseconds, by name. */
function measure(host) {
  const output = execFileSync(process.execPath, [path.join(ROOT, 'test', 'host', 'runIntegration.mjs'), ...HOSTS[host], '--grep', TEST], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const line = output.split('\n').find((l) => l.includes(TEST)) ?? '';
  const values = FIGURES.map((figure) => Number(new RegExp(`${figure} (\\d+) ms`).exec(line)?.[1]));
  if (values.some(Number.isNaN)) throw new Error(`no figures from the ${host} host in: ${output}`);
  return Object.fromEntries(FIGURES.map((figure, i) => [figure, values[i]]));
}

const runs = { node: [], web: [] };
for (let round = 0; round < Number(args.rounds); round++) {
  for (const host of round % 2 ? ['web', 'node'] : ['node', 'web']) {
    const figures = measure(host);
    runs[host].push(figures);
    console.log(`round ${round + 1}, ${host.padEnd(4)}: ${FIGURES.map((f) => `${f} ${figures[f]} ms`).join(', ')} (load ${load()})`);
  }
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
console.log(`\nmedians of ${args.rounds} rounds (web / Node):`);
for (const figure of FIGURES) {
  const [node, web] = [median(runs.node.map((r) => r[figure])), median(runs.web.map((r) => r[figure]))];
  console.log(`  ${figure}: web ${web} ms, Node ${node} ms, ${(web / node).toFixed(2)}×`);
}
