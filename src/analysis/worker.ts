// The analysis worker thread. One script, two roles (see WorkerSetup): the coordinator owns the
// paragraph caches and runs jobs for the host; for big documents it starts a helper, a second
// worker that only runs the per-paragraph pass, so the analysis uses both cores.
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { Worker, parentPort, workerData } from 'node:worker_threads';
import { analyzeParagraph, moveFindings, type Assembly, type ParagraphFindings } from '../core/analyze';
import { runJob } from './incremental';
import { ParagraphCache } from './paragraphCache';
import { encodeAnalysis } from './transfer';
import type { CoordinatorReply, CoordinatorRequest, HelperReply, HelperRequest, UnitText, WorkerSetup } from './protocol';

/** An idle helper is stopped after this long, to give its memory back. */
const HELPER_IDLE_MS = 30_000;

function serveHelper(parent: NonNullable<typeof parentPort>): void {
  parent.on('message', (request: HelperRequest) => {
    let reply: HelperReply;
    try {
      reply = { id: request.id, findings: request.units.map(analyzeUnit) };
    } catch (error) {
      reply = { id: request.id, error: String((error as Error)?.stack ?? error) };
    }
    parent.postMessage(reply);
  });
}

/** A unit analysed on its own text (the helper never sees the document) and moved to its place. */
function analyzeUnit(unit: UnitText): ParagraphFindings {
  return moveFindings(analyzeParagraph(unit.text, { start: 0, end: unit.text.length }), unit.start);
}

function serveCoordinator(parent: NonNullable<typeof parentPort>): void {
  const caches = new Map<string, ParagraphCache>();
  /** Each document's last assembly, which the next version's document-level passes start from. */
  const assemblies = new Map<string, Assembly>();
  /** Jobs running now. They interleave, a slice each, so a small document never waits for a big one. */
  const active = new Set<number>();
  const cancelled = new Set<number>();
  const helper = new HelperClient();
  const reply = (message: CoordinatorReply): void => parent.postMessage(message);

  const run = async ({ id, key, text, priority }: Extract<CoordinatorRequest, { kind: 'analyze' }>): Promise<void> => {
    active.add(id);
    let cache = caches.get(key);
    if (!cache) caches.set(key, (cache = new ParagraphCache()));
    try {
      const result = await runJob(text, cache, {
        priority,
        onPartial: (analysis) => reply({ kind: 'partial', id, analysis: encodeAnalysis(analysis) }),
        isCancelled: () => cancelled.has(id),
        pause: () => new Promise((resolve) => setImmediate(resolve)),
        helper: (units) => helper.analyze(units),
        previous: assemblies.get(key),
      });
      if (result) assemblies.set(key, result.assembly);
      reply(result ? { kind: 'done', id, analysis: encodeAnalysis(result.analysis), stats: result.stats } : { kind: 'cancelled', id });
    } catch (error) {
      reply({ kind: 'failed', id, message: String((error as Error)?.stack ?? error) });
    } finally {
      active.delete(id);
      cancelled.delete(id);
    }
  };

  parent.on('message', (request: CoordinatorRequest) => {
    if (request.kind === 'analyze') void run(request);
    // A job that already ended has nothing to cancel (its reply crossed this message).
    else if (request.kind === 'cancel') {
      if (active.has(request.id)) cancelled.add(request.id);
    } else {
      caches.delete(request.key);
      assemblies.delete(request.key);
    }
  });
}

/** The coordinator's side of the helper: started on first use, stopped when idle. */
class HelperClient {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve: (f: readonly ParagraphFindings[]) => void; reject: (e: Error) => void }>();
  private idleTimer: ReturnType<typeof setTimeout> | undefined;

  analyze(units: readonly UnitText[]): Promise<readonly ParagraphFindings[]> {
    const worker = this.start();
    clearTimeout(this.idleTimer);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      worker.postMessage({ id, units } satisfies HelperRequest);
    });
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(__filename, { workerData: { role: 'helper', lowPriority: setup.lowPriority } satisfies WorkerSetup });
    worker.on('message', (reply: HelperReply) => {
      const waiter = this.waiting.get(reply.id);
      this.waiting.delete(reply.id);
      if ('error' in reply) waiter?.reject(new Error(reply.error));
      else waiter?.resolve(reply.findings);
      if (this.waiting.size === 0) this.idleTimer = setTimeout(() => void worker.terminate(), HELPER_IDLE_MS).unref();
    });
    const lost = (error: Error): void => {
      if (this.worker === worker) this.worker = undefined;
      for (const waiter of this.waiting.values()) waiter.reject(error);
      this.waiting.clear();
    };
    worker.on('error', lost);
    worker.on('exit', (code) => lost(new Error(`the helper worker exited with code ${code}`)));
    this.worker = worker;
    return worker;
  }
}

/**
 * Give this thread a lower scheduling priority than the extension host's own thread, so that
 * keeping both cores busy never delays the editor. Linux lets one thread of a process be reniced
 * by its thread id; elsewhere this does nothing.
 */
function yieldToTheEditor(): void {
  try {
    const threadId = Number(/task\/(\d+)$/.exec(readlinkSync('/proc/thread-self'))?.[1]);
    if (threadId > 0) setPriority(threadId, 10);
  } catch {
    // Not Linux, or not allowed: run at normal priority.
  }
}

// Last, so the classes above are initialised before the first message arrives.
const setup = workerData as WorkerSetup;
const port = parentPort;
if (!port) throw new Error('the Dossier analysis worker must run in a worker thread');
if (setup.lowPriority) yieldToTheEditor();
if (setup.role === 'helper') serveHelper(port);
else serveCoordinator(port);
