// What the workspace bench measures inside the extension host (bench/workspace.mjs runs it in two
// windows on the same folder: the first indexes it, the second opens it again).
import * as fs from 'fs';
import * as v8 from 'v8';
import * as vm from 'vm';
import * as vscode from 'vscode';
import { dossier, profileHost, report } from '../../test/integration/helpers';
import { describeInterval, StallTicker, threadCpuMs } from '../../test/integration/stallTicker';

/** The host's own heap once garbage is collected: what it holds, not what it has yet to free. */
function retainedHeapMb(): number {
  v8.setFlagsFromString('--expose-gc');
  (vm.runInNewContext('gc') as () => void)();
  return v8.getHeapStatistics().used_heap_size / 1e6;
}

/** The bytes of the store: its file and the folder of summaries and mentions beside it. */
function storeBytes(file: string): number | undefined {
  const folder = file.replace(/\.json$/, '');
  const size = (f: string): number => fs.statSync(f, { throwIfNoEntry: false })?.size ?? 0;
  const inFolder = fs.existsSync(folder) ? (fs.readdirSync(folder, { recursive: true }) as string[]).map((f) => size(`${folder}/${f}`)) : [];
  return fs.existsSync(file) ? size(file) + inFolder.reduce((a, b) => a + b, 0) : undefined;
}

/** A sample of the process's memory, in MB. */
interface MemorySample {
  readonly atS: number;
  readonly rss: number;
  /** The host thread's V8 heap: what it has reserved and what is live or not yet collected. */
  readonly hostHeapTotal: number;
  readonly hostHeapUsed: number;
  /** Memory outside V8's heaps that the host's objects own (buffers, strings from files). */
  readonly external: number;
}

/**
 * The process's RSS sampled through a run, with the host thread's heap beside it: at the peak,
 * whatever is not the host's heap and was not there before activation is the workers' (their
 * V8 heaps, the models each loads, their code) and native memory not yet given back.
 */
class MemorySampler {
  private readonly started = performance.now();
  readonly before = this.sample();
  peak = this.before;
  /** The sample where the host's heap was largest, which need not be the RSS peak. */
  peakHostHeap = this.before;
  private readonly timer = setInterval(() => {
    const now = this.sample();
    if (now.rss > this.peak.rss) this.peak = now;
    if (now.hostHeapTotal > this.peakHostHeap.hostHeapTotal) this.peakHostHeap = now;
  }, 100);

  private sample(): MemorySample {
    const m = process.memoryUsage();
    const mb = (bytes: number): number => bytes / 1e6;
    return { atS: (performance.now() - this.started) / 1000, rss: mb(m.rss), hostHeapTotal: mb(m.heapTotal), hostHeapUsed: mb(m.heapUsed), external: mb(m.external) };
  }

  stop(): string {
    clearInterval(this.timer);
    const { before, peak } = this;
    const rest = peak.rss - before.rss - (peak.hostHeapTotal - before.hostHeapTotal) - (peak.external - before.external);
    return (
      `memory: RSS ${before.rss.toFixed(0)} MB before activation (host heap ${before.hostHeapTotal.toFixed(0)} MB); ` +
      `peak ${peak.rss.toFixed(0)} MB at ${peak.atS.toFixed(1)} s, when the host heap had ${peak.hostHeapTotal.toFixed(0)} MB (${peak.hostHeapUsed.toFixed(0)} MB used) and external ${peak.external.toFixed(0)} MB: ` +
      `growth of the host heap ${(peak.hostHeapTotal - before.hostHeapTotal).toFixed(0)} MB, external ${(peak.external - before.external).toFixed(0)} MB, the rest (the workers, native memory) ${rest.toFixed(0)} MB; ` +
      `the host heap at most ${this.peakHostHeap.hostHeapTotal.toFixed(0)} MB (${this.peakHostHeap.hostHeapUsed.toFixed(0)} MB used) at ${this.peakHostHeap.atS.toFixed(1)} s, RSS ${this.peakHostHeap.rss.toFixed(0)} MB then`
    );
  }
}

/** Queries typed into Go to Symbol in Workspace: one letter (the most answers), a name's start, a quote's word. */
const SYMBOL_QUERIES = ['a', 'mosc', 'said'];

/** How long Ctrl+T takes to answer each query, through the command VS Code runs for it, in ms. */
async function symbolTimes(): Promise<string> {
  const times: string[] = [];
  for (const query of SYMBOL_QUERIES) {
    const started = performance.now();
    const symbols = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', query);
    times.push(`"${query}" ${(performance.now() - started).toFixed(0)} ms (${symbols.length} symbols)`);
  }
  return times.join(', ');
}

/**
 * Activate Dossier, wait until the index of the folder is complete and merged, and report how
 * long that took, how many files were analysed rather than read back, how busy the event loop
 * was, and what the host holds afterwards. Returns the number of files analysed.
 */
export async function openAndIndex(what: string): Promise<number> {
  const stopProfile = await profileHost(what.replaceAll(' ', '-')); // with bench/workspace.mjs --profile
  const memory = new MemorySampler();
  const ticker = new StallTicker(what);
  const started = performance.now();
  const startedCpu = threadCpuMs();
  const { workspaceIndex } = await dossier();
  await workspaceIndex.whenIdle();
  const seconds = (performance.now() - started) / 1000;
  const cpuSeconds = (threadCpuMs() - startedCpu) / 1000;
  ticker.stop();
  const memoryReport = memory.stop();
  const profile = await stopProfile(ticker.windows);
  await workspaceIndex.saveNow(); // before the window closes
  const entities = workspaceIndex.view?.entityCount ?? 0;
  const store = workspaceIndex.storeFile && storeBytes(workspaceIndex.storeFile.fsPath);
  report(`${what}: ${seconds.toFixed(2)} s from activation to the complete index (the host thread's CPU: ${cpuSeconds.toFixed(2)} s); ${workspaceIndex.readCount} files read, ${workspaceIndex.analysedCount} analysed; ${entities} workspace entities`);
  report(`  event loop: longest stall ${describeInterval(ticker.worst, 'late')}; busiest ${describeInterval(ticker.busiest, 'run')}`);
  report(`  host heap after GC ${retainedHeapMb().toFixed(0)} MB; process RSS ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB, at most ${((process.resourceUsage().maxRSS * 1024) / 1e6).toFixed(0)} MB so far (workers included); store ${store ? (store / 1e6).toFixed(1) : '?'} MB on disk${workspaceIndex.droppedStore ? ` (the one there was dropped: ${workspaceIndex.droppedStore})` : ''}`);
  report(`  ${memoryReport}`);
  report(`  Ctrl+T: ${await symbolTimes()}`);
  if (profile) report(`  CPU profile of the host: ${profile}`);
  return workspaceIndex.analysedCount;
}
