// What the workspace index's worker holds for a folder, measured in one process (bench/indexMemory.mjs
// runs it with --expose-gc): every file analysed by two analysis workers and given to an
// IndexService as the editor gives it (summary, line starts, mentions), then saved, merged and
// merged again, with the heap after garbage collection at each point and the most it used between.
// The store is written to memory, so the figures are the index's own, not the file system's.
//   node out/bench/indexMemory.js FOLDER
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AnalysisPool } from '../src/analysis/analysisPool';
import { coordinatorThread } from '../src/analysis/nodeTransport';
import { digestOf, summaryOf } from '../src/core/workspace/digest';
import { frontMatterDate } from '../src/core/workspace/documentDate';
import { IndexService } from '../src/extension/workspace/indexService';
import type { StoreFileSystem, StoreUri } from '../src/extension/workspace/indexStore';

const folder = process.argv[2];
const collect = (globalThis as { gc?: () => void }).gc;
if (!folder || !collect) throw new Error('usage: node --expose-gc out/bench/indexMemory.js FOLDER');
const MB = 1024 * 1024;
const heapAfterGc = (): number => {
  collect();
  collect();
  return process.memoryUsage().heapUsed;
};

/** The most heap used since the last reset, sampled every 5 ms (the merge yields between its slices). */
let mostUsed = 0;
let mostTotal = 0;
let mostRss = 0;
setInterval(() => {
  const { heapUsed, heapTotal, rss } = process.memoryUsage();
  mostUsed = Math.max(mostUsed, heapUsed);
  mostTotal = Math.max(mostTotal, heapTotal);
  mostRss = Math.max(mostRss, rss);
}, 5).unref();

class MemoryUri implements StoreUri {
  constructor(readonly path: string) {}
  with({ path: other }: { path: string }): MemoryUri {
    return new MemoryUri(other);
  }
}
/** Writes are counted and dropped: what the store keeps on disk is not the worker's memory. */
let storedBytes = 0;
const fileSystem: StoreFileSystem = {
  readFile: () => Promise.reject(new Error('nothing is read back')),
  writeFile: async (_uri, content) => void (storedBytes += content.length),
  rename: async () => undefined,
  delete: async () => undefined,
  createDirectory: async () => undefined,
};

const lineStartsOf = (text: string): number[] => [0, ...[...text.matchAll(/\n/g)].map((m) => m.index + 1)];

async function analyseFolder(): Promise<Parameters<IndexService['put']>[]> {
  const files = fs.readdirSync(folder, { recursive: true }).map(String).filter((f) => /\.(txt|md)$/.test(f)).sort();
  const pool = new AnalysisPool(2, { startWorker: coordinatorThread(path.join(__dirname, '..', '..', 'dist', 'worker.js')), lowPriority: false });
  const puts: Parameters<IndexService['put']>[] = [];
  let next = 0;
  const runner = async (): Promise<void> => {
    while (next < files.length) {
      const i = next++;
      const text = fs.readFileSync(path.join(folder, files[i]), 'utf8');
      const key = `file://${path.join(folder, files[i])}`;
      const analysis = await pool.analyze(text);
      if (!analysis) throw new Error(`${files[i]}: the analysis was cancelled`);
      const { summary, mentions } = summaryOf(digestOf(key, analysis));
      const date = frontMatterDate(text);
      const stored = { digest: summary, lineStarts: lineStartsOf(text), ...(date !== undefined && { frontMatterDate: date }) };
      // A structured clone, as the worker receives it: nothing shared with the analysis.
      puts[i] = structuredClone([key, createHash('sha256').update(text).digest('hex'), [text.length, 0], stored, mentions]);
    }
  };
  try {
    await Promise.all(Array.from({ length: 4 }, runner));
  } finally {
    pool.dispose();
  }
  return puts;
}

async function main(): Promise<void> {
  const started = performance.now();
  // Measured from here: what the analyses leave in this heap is what the index is given.
  const base = heapAfterGc();
  // DOSSIER_BENCH_ANALYSES names a file that keeps the folder's analyses from one run to the next,
  // to measure a change to the index without analysing the folder again.
  const cache = process.env.DOSSIER_BENCH_ANALYSES;
  let puts: Parameters<IndexService['put']>[] | undefined =
    cache && fs.existsSync(cache) ? (JSON.parse(fs.readFileSync(cache, 'utf8')) as Parameters<IndexService['put']>[]).map((put) => structuredClone(put)) : await analyseFolder();
  if (cache && !fs.existsSync(cache)) fs.writeFileSync(cache, JSON.stringify(puts));
  const files = puts.length;
  console.log(`${files} files analysed in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  const service = new IndexService(fileSystem, ({ path: at }) => new MemoryUri(at), () => undefined);
  await service.open({ scheme: 'memory', authority: '', path: '/store/index.json' }, 'bench');
  const report = (what: string): void => {
    mostUsed = Math.max(mostUsed, process.memoryUsage().heapUsed);
    const live = heapAfterGc() - base;
    console.log(`${what}: ${(live / MB).toFixed(0)} MB live (${(live / files / 1024).toFixed(1)} KB a file), at most ${((mostUsed - base) / MB).toFixed(0)} MB used, heap at most ${(mostTotal / MB).toFixed(0)} MB, RSS at most ${(mostRss / MB).toFixed(0)} MB`);
    mostUsed = 0;
    mostTotal = 0;
    mostRss = 0;
  };
  for (const args of puts) service.put(...args);
  puts = undefined;
  report('the files given to the index (summaries, line starts, mentions not yet saved)');
  await service.save();
  report(`saved (${(storedBytes / MB).toFixed(0)} MB written): the summaries and line starts`);
  await service.whenMerged();
  report('merged: the summaries, the workspace entities and the symbol table');
  await service.merge();
  report('merged again (the new index is built beside the old)');
  console.log(`heap in all ${(process.memoryUsage().heapTotal / MB).toFixed(0)} MB, RSS ${(process.memoryUsage().rss / MB).toFixed(0)} MB`);
}

main().then(
  () => process.exit(0),
  (error: Error) => {
    console.error(error);
    process.exit(1);
  },
);
