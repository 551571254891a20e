// The analysis worker: a worker thread on Node, a Web Worker on the web. One script, two roles (see
// WorkerSetup): the coordinator owns the documents' paragraph caches and runs jobs for the host; it
// keeps a helper, a second worker that only runs the per-paragraph pass, so that analyses use both
// cores. What differs between Node and the web (how it talks to its parent, how it starts the
// helper, its OS priority) comes from ./workerPlatform, which the web build swaps for
// ./workerPlatform.web (esbuild.mjs).
import type { ParagraphFindings } from '../core/pipeline/analyze';
import { runJob, type Helper } from './incremental';
import { ParagraphCache } from './paragraphCache';
import { analyzeUnits } from './paragraphPass';
import { applyChange, type TextChange } from '../core/pipeline/textChange';
import { encodeAnalysis, type SharedAnalysis } from './transfer';
import { nextTurn } from './nextTurn';
import type { AnalyzeRequest, CoordinatorReply, CoordinatorRequest, HelperReply, HelperRequest, UnitText, WorkerSetup } from './protocol';
import type { ParentPort, WorkerHandle } from './transport';
import { workerPlatform } from './workerPlatform';

/** Once no document is open, the helper is stopped after this long, to give its memory back. */
const HELPER_IDLE_MS = 30_000;
function serveHelper(parent: ParentPort<HelperRequest, HelperReply>): void {
  parent.onMessage((request) => {
    let reply: HelperReply;
    try {
      reply = { id: request.id, findings: analyzeUnits(request.units) };
    } catch (error) {
      reply = { id: request.id, error: String((error as Error)?.stack ?? error) };
    }
    parent.post(reply);
  });
  parent.post({ ready: true });
}

/** A document the host has open, as the coordinator knows it. */
interface OpenDocument {
  /** The text of the last request for it, which the next request's change applies to. */
  text: string;
  readonly cache: ParagraphCache;
  /** The analysis of the last 'done' reply for it: what the host holds, so what the next delta builds on. */
  sent?: SharedAnalysis;
}

function serveCoordinator(parent: ParentPort<CoordinatorRequest, CoordinatorReply>): void {
  const documents = new Map<string, OpenDocument>();
  /** Jobs running now. They interleave, a slice each, so a small document never waits for a big one. */
  const active = new Set<number>();
  const cancelled = new Set<number>();
  const reply = (message: CoordinatorReply): void => parent.post(message);
  const helper = setup.readOnce ? undefined : new HelperClient(setup.helperIdleMs ?? HELPER_IDLE_MS, () => reply({ kind: 'helperStopped' }));

  /**
   * The document with the request's text, and the change from its last text when the request
   * carries one. Runs as the request arrives, so changes apply in order; each request's job then
   * prepares the cache with that text before any other request arrives, so the change is also the
   * one from the text the cache was last asked about.
   */
  const receive = ({ key, text }: AnalyzeRequest): { document: OpenDocument; change?: TextChange } => {
    let document = documents.get(key);
    if ('whole' in text) {
      if (document) document.text = text.whole;
      else documents.set(key, (document = { text: text.whole, cache: new ParagraphCache() }));
      return { document };
    }
    if (!document) throw new Error(`a change arrived for ${key}, whose text this worker does not have`);
    document.text = applyChange(document.text, text.change, text.inserted);
    return { document, change: text.change };
  };

  const run = async (request: AnalyzeRequest): Promise<void> => {
    const { id, key, priority } = request;
    active.add(id);
    helper?.keep();
    try {
      const { document, change } = receive(request);
      if (setup.waitForHelper) await helper?.loaded();
      const result = await runJob(document.text, document.cache, {
        change,
        priority,
        onPartial: (analysis) => reply({ kind: 'partial', id, analysis: encodeAnalysis(analysis).encoded }),
        isCancelled: () => cancelled.has(id),
        pause: nextTurn,
        helper,
      });
      if (!result) {
        reply({ kind: 'cancelled', id });
        return;
      }
      const encodeStarted = performance.now();
      const { encoded, shared } = encodeAnalysis(result.analysis, request.delta ? document.sent : undefined);
      document.sent = shared;
      const encodeMs = Math.round((performance.now() - encodeStarted) * 10) / 10;
      // Before the reply, not after: the host may send the reader's first edit the moment it has
      // the analysis, and would wait for the rehearsal. A book's first analysis takes seconds; this, one edit's time.
      if (!setup.readOnce) result.rehearse?.(shared);
      reply({ kind: 'done', id, key, analysis: encoded, stats: { ...result.stats, phases: { ...result.stats.phases, encodeMs } } });
    } catch (error) {
      reply({ kind: 'failed', id, message: String((error as Error)?.stack ?? error) });
    } finally {
      active.delete(id);
      cancelled.delete(id);
    }
  };

  parent.onMessage((request) => {
    if (request.kind === 'analyze') void run(request);
    // A job that already ended has nothing to cancel (its reply crossed this message).
    else if (request.kind === 'cancel') {
      if (active.has(request.id)) cancelled.add(request.id);
    } else {
      documents.delete(request.key);
      if (documents.size === 0) helper?.release();
    }
  });
}

/**
 * The coordinator's side of the helper: started with the first document and kept while any is
 * open, so that it is loaded and warm when a small document needs it for a few milliseconds.
 */
class HelperClient implements Helper {
  private worker: WorkerHandle<HelperRequest> | undefined;
  private ready = false;
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve: (f: readonly ParagraphFindings[]) => void; reject: (e: Error) => void }>();
  private idleTimer: ReturnType<typeof setTimeout> | undefined;
  /** Called once the helper is ready, or gone. */
  private onLoaded: (() => void)[] = [];

  constructor(
    private readonly idleMs: number,
    private readonly onStopped: () => void,
  ) {}

  /** A document is open: have the helper running. */
  keep(): void {
    clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
    this.start();
  }

  /** No document is open: stop the helper unless one opens soon. */
  release(): void {
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => this.stop(), this.idleMs);
    // On Node, the timer alone must not keep the thread alive; a browser's timers are plain numbers.
    if (typeof this.idleTimer === 'object') this.idleTimer.unref();
  }

  isFree = (): boolean => this.ready && this.waiting.size === 0;

  /** Resolves once the helper is ready to take work, or could not start (then jobs run alone). */
  loaded(): Promise<void> {
    if (this.ready || !this.worker) return Promise.resolve();
    return new Promise((resolve) => this.onLoaded.push(resolve));
  }

  private settleLoaded(): void {
    const waiting = this.onLoaded;
    this.onLoaded = [];
    for (const resolve of waiting) resolve();
  }

  analyze = (units: readonly UnitText[]): Promise<readonly ParagraphFindings[]> => {
    const worker = this.worker;
    if (!worker) return Promise.reject(new Error('the helper worker is not running'));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      worker.post({ id, units });
    });
  };

  private start(): void {
    if (this.worker || !workerPlatform.startHelper) return;
    const worker: WorkerHandle<HelperRequest> = workerPlatform.startHelper(
      { role: 'helper', lowPriority: setup.lowPriority },
      {
        message: (reply) => {
          if ('ready' in reply) {
            this.ready = this.worker === worker;
            this.settleLoaded();
            return;
          }
          const waiter = this.waiting.get(reply.id);
          this.waiting.delete(reply.id);
          if ('error' in reply) waiter?.reject(new Error(reply.error));
          else waiter?.resolve(reply.findings);
        },
        lost: (error) => this.drop(worker, new Error(`the helper worker stopped: ${error.message}`)),
      },
    );
    this.worker = worker;
  }

  private stop(): void {
    const worker = this.worker;
    if (!worker) return;
    this.drop(worker, new Error('the helper worker was stopped'));
    void worker.terminate().then(this.onStopped);
  }

  /** Forget the worker, failing what it was asked to do. */
  private drop(worker: WorkerHandle<HelperRequest>, error: Error): void {
    if (this.worker !== worker) return;
    this.worker = undefined;
    this.ready = false;
    for (const waiter of this.waiting.values()) waiter.reject(error);
    this.waiting.clear();
    this.settleLoaded();
  }
}

// Last, so the classes above are initialised before the first message arrives.
let setup: WorkerSetup;
workerPlatform.start<never, never>((given, parent) => {
  setup = given;
  if (setup.lowPriority) workerPlatform.yieldToTheEditor();
  if (setup.role === 'helper') serveHelper(parent);
  else serveCoordinator(parent);
});
