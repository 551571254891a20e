#!/usr/bin/env node
// `npm run bench:index`: `dossier index` on a folder of 1,000 news-sized articles, with one worker
// and with two, in one run. It reports; it does not pass or fail. The corpus is built in a
// temporary folder (bench/corpus.mjs).
//   node bench/index.mjs [--articles N] [--jobs 1,2] [--cli dist/cli.js,OTHER/cli.js]
// --cli runs each given build (a copy of another commit's dist/, for an A/B in one run) instead of
// building this tree's.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildCorpus } from './corpus.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({ options: { articles: { type: 'string', default: '1000' }, jobs: { type: 'string', default: '1,2' }, cli: { type: 'string' } } });
const wanted = Number(args.articles);

const clis = args.cli ? args.cli.split(',').map((f) => path.resolve(f)) : [path.join(ROOT, 'dist', 'cli.js')];
if (!args.cli) execFileSync(process.execPath, [path.join(ROOT, 'esbuild.mjs')], { cwd: ROOT, stdio: 'inherit' });

const { folder: corpus, count, bytes } = buildCorpus(wanted);
console.log(`Dossier index bench — ${new Date().toISOString()}`);
console.log(`machine: ${os.cpus().length} cores, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}, Node ${process.version}`);
console.log(`corpus: ${count} files, ${(bytes / 1e6).toFixed(1)} MB (${corpus})`);

const timeTool = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
for (const cli of clis) {
  if (clis.length > 1) console.log(`build: ${cli}`);
  const results = [];
  for (const jobs of args.jobs.split(',').map(Number)) {
    const command = [cli, 'index', '--jobs', String(jobs), '--format', 'jsonl', corpus];
    const started = performance.now();
    const run = timeTool
      ? spawnSync(timeTool, ['-f', '%M %U %S', process.execPath, ...command], { encoding: 'utf8', maxBuffer: 1 << 28 })
      : spawnSync(process.execPath, command, { encoding: 'utf8', maxBuffer: 1 << 28 });
    const seconds = (performance.now() - started) / 1000;
    if (run.status !== 0) throw new Error(`dossier index --jobs ${jobs} failed: ${run.stderr}`);
    // Peak RSS (KB) and the CPU time of every thread (user and system, s): on a busy machine the
    // CPU time is the work itself, and --jobs 2 spending more of it than --jobs 1 is the cost of
    // going parallel (each worker loads and warms up its own models).
    const [peakKb, user, system] = timeTool ? run.stderr.trim().split('\n').pop().split(' ').map(Number) : [];
    const measured = timeTool ? `, peak RSS ${(peakKb / 1024).toFixed(0)} MB, CPU ${(user + system).toFixed(1)} s` : '';
    const entities = run.stdout.trim().split('\n').length;
    results.push({ jobs, seconds });
    console.log(`--jobs ${jobs}: ${seconds.toFixed(1)} s (${(count / seconds).toFixed(1)} files/s), ${entities} entities${measured}`);
  }
  const [first, ...rest] = results;
  for (const r of rest) console.log(`speed-up of --jobs ${r.jobs} over --jobs ${first.jobs}: ${(first.seconds / r.seconds).toFixed(2)}× (target for 2 against 1 on 2 cores: 1.8×)`);
}
fs.rmSync(corpus, { recursive: true, force: true });
