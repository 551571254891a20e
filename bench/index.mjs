#!/usr/bin/env node
// `npm run bench:index`: `dossier index` on a folder of 1,000 news-sized articles, with one worker
// and with two, in one run. It reports; it does not pass or fail. The corpus is built in a
// temporary folder from the project's shared data (never committed): the PolNeAR train and dev
// texts, topped up with War and Peace cut into article-sized pieces.
//   node bench/index.mjs [--articles N] [--jobs 1,2] [--cli dist/cli.js,OTHER/cli.js]
// --cli runs each given build (a copy of another commit's dist/, for an A/B in one run) instead of
// building this tree's.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({ options: { articles: { type: 'string', default: '1000' }, jobs: { type: 'string', default: '1,2' }, cli: { type: 'string' } } });
const wanted = Number(args.articles);
const POLNEAR = process.env.DOSSIER_POLNEAR ?? '/tmp/evaldata/polnear/data';
const WAR_AND_PEACE = [process.env.DOSSIER_BENCH_TEXT, path.join(ROOT, '..', 'shared', 'bench', 'war-and-peace.txt'), '/work/shared/bench/war-and-peace.txt'].find((f) => f && fs.existsSync(f));

const clis = args.cli ? args.cli.split(',').map((f) => path.resolve(f)) : [path.join(ROOT, 'dist', 'cli.js')];
if (!args.cli) execFileSync(process.execPath, [path.join(ROOT, 'esbuild.mjs')], { cwd: ROOT, stdio: 'inherit' });

const corpus = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-index-bench-'));
let count = 0;
for (const split of ['train', 'dev']) {
  const dir = path.join(POLNEAR, split, 'text');
  if (!fs.existsSync(dir)) continue;
  for (const name of fs.readdirSync(dir).sort()) {
    if (count >= wanted) break;
    fs.copyFileSync(path.join(dir, name), path.join(corpus, `${split}-${name}`));
    count++;
  }
}
if (count < wanted && WAR_AND_PEACE) {
  // Pieces of about 6,000 characters, cut at paragraph breaks: the length of a news article.
  const paragraphs = fs.readFileSync(WAR_AND_PEACE, 'utf8').split(/\n\s*\n/);
  let piece = '';
  for (const paragraph of paragraphs) {
    if (count >= wanted) break;
    piece += `${paragraph}\n\n`;
    if (piece.length < 6_000) continue;
    fs.writeFileSync(path.join(corpus, `war-and-peace-${String(count).padStart(4, '0')}.txt`), piece);
    piece = '';
    count++;
  }
}
const bytes = fs.readdirSync(corpus).reduce((sum, f) => sum + fs.statSync(path.join(corpus, f)).size, 0);
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
      ? spawnSync(timeTool, ['-f', '%M', process.execPath, ...command], { encoding: 'utf8', maxBuffer: 1 << 28 })
      : spawnSync(process.execPath, command, { encoding: 'utf8', maxBuffer: 1 << 28 });
    const seconds = (performance.now() - started) / 1000;
    if (run.status !== 0) throw new Error(`dossier index --jobs ${jobs} failed: ${run.stderr}`);
    const peakMb = timeTool ? Number(run.stderr.trim().split('\n').pop()) / 1024 : undefined;
    const entities = run.stdout.trim().split('\n').length;
    results.push({ jobs, seconds });
    console.log(`--jobs ${jobs}: ${seconds.toFixed(1)} s (${(count / seconds).toFixed(1)} files/s), ${entities} entities${peakMb ? `, peak RSS ${peakMb.toFixed(0)} MB` : ''}`);
  }
  const [first, ...rest] = results;
  for (const r of rest) console.log(`speed-up of --jobs ${r.jobs} over --jobs ${first.jobs}: ${(first.seconds / r.seconds).toFixed(2)}× (target for 2 against 1 on 2 cores: 1.8×)`);
}
fs.rmSync(corpus, { recursive: true, force: true });
