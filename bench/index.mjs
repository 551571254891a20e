#!/usr/bin/env node
// `npm run bench:index`: `dossier index` on a folder of 1,000 news-sized articles, with one worker
// and with two, in one run. It reports; it does not pass or fail. The corpus is built in a
// temporary folder (bench/corpus.mjs).
//   node bench/index.mjs [--articles N] [--jobs 1,2] [--cli dist/cli.js,OTHER/cli.js]
// --cli runs each given build (a copy of another commit's dist/, for an A/B in one run) instead of
// building this tree's.
import { execFileSync, spawn } from 'node:child_process';
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

const CORES = os.cpus().length;
for (const cli of clis) {
  if (clis.length > 1) console.log(`build: ${cli}`);
  const results = [];
  for (const jobs of args.jobs.split(',').map(Number)) {
    const run = await measureRun([cli, 'index', '--jobs', String(jobs), '--format', 'jsonl', corpus]);
    if (run.code !== 0) throw new Error(`dossier index --jobs ${jobs} failed: ${run.stderr}`);
    const entities = run.stdout.trim().split('\n').length;
    let measured = '';
    let idleSeconds;
    if (run.threads) {
      // On a busy machine the CPU time is the work itself. The `jobs` busiest threads are the
      // analysis workers; the others are the main thread and V8's own (garbage collection, the
      // optimising compiler), which run beside them. On idle cores the run takes at least as long
      // as its busiest thread, and at least its CPU time spread over every core.
      const cpu = run.threads.reduce((sum, t) => sum + t, 0);
      const workers = run.threads.slice(0, jobs);
      idleSeconds = Math.max(workers[0], cpu / CORES);
      measured = `, peak RSS ${run.peakMb.toFixed(0)} MB, CPU ${cpu.toFixed(1)} s: analysis ${workers.map((t) => t.toFixed(1)).join(' + ')} s, other threads ${(cpu - workers.reduce((a, b) => a + b, 0)).toFixed(1)} s; on ${CORES} idle cores at least ${idleSeconds.toFixed(1)} s`;
    }
    results.push({ jobs, seconds: run.seconds, idleSeconds });
    console.log(`--jobs ${jobs}: ${run.seconds.toFixed(1)} s (${(count / run.seconds).toFixed(1)} files/s), ${entities} entities${measured}`);
  }
  const [first, ...rest] = results;
  for (const r of rest) {
    const bound = first.idleSeconds && r.idleSeconds ? `; from the CPU times, at most ${(first.idleSeconds / r.idleSeconds).toFixed(2)}× on idle cores` : '';
    console.log(`speed-up of --jobs ${r.jobs} over --jobs ${first.jobs}: ${(first.seconds / r.seconds).toFixed(2)}×${bound} (target for 2 against 1 on 2 cores: 1.8×)`);
  }
}
fs.rmSync(corpus, { recursive: true, force: true });

/**
 * Run the CLI and, where /proc is there (Linux), follow its threads' CPU time and its peak RSS
 * until it exits: `threads` is each thread's CPU seconds, busiest first.
 */
function measureRun(command) {
  const child = spawn(process.execPath, command, { stdio: ['ignore', 'pipe', 'pipe'] });
  const stdout = [];
  const stderr = [];
  child.stdout.on('data', (d) => stdout.push(d));
  child.stderr.on('data', (d) => stderr.push(d));
  const proc = `/proc/${child.pid}`;
  const ticksPerSecond = 100; // USER_HZ, the unit of /proc/<pid>/task/<tid>/stat's times
  const threads = new Map();
  let peakKb = 0;
  const sample = () => {
    try {
      for (const tid of fs.readdirSync(`${proc}/task`)) {
        const stat = fs.readFileSync(`${proc}/task/${tid}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        threads.set(tid, (Number(fields[11]) + Number(fields[12])) / ticksPerSecond); // utime + stime
      }
      peakKb = Number(/VmHWM:\s+(\d+)/.exec(fs.readFileSync(`${proc}/status`, 'utf8'))?.[1] ?? peakKb);
    } catch {
      // it has just exited (or there is no /proc): keep the last sample
    }
  };
  const timer = setInterval(sample, 50);
  const started = performance.now();
  return new Promise((resolve) => {
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({
        code,
        seconds: (performance.now() - started) / 1000,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
        ...(threads.size > 0 && { threads: [...threads.values()].sort((a, b) => b - a), peakMb: peakKb / 1024 }),
      });
    });
  });
}
