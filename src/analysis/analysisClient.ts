import { Worker } from 'node:worker_threads';
import type { Analysis, Span } from '../core/model';
import type { CoordinatorReply, CoordinatorRequest, JobStats, WorkerSetup } from './protocol';
import { decodeAnalysis } from './transfer';

/** Hand the thread back to its event loop (other extensions, the editor) before going on. */
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export interface AnalysisClientOptions {
  /** The bundled worker script (dist/worker.js). */
  readonly workerScript: string;
  /**
   * Run the workers at a lower OS priority than this thread, so analysis never competes with the
   * editor for the CPU. The bench turns it off to compare throughput with a baseline run at normal
   * priority.
   */
  readonly lowPriority?: boolean;
  /** Called each time the worker dies unexpectedly; the client has already started a new one. */
  readonly onWorkerLost?: (error: Error) => void;
}

export interface AnalyzeOptions {
  readonly priority?: Span;
  readonly onPartial?: (analysis: Analysis) => void;
}

export interface Completed {
  readonly analysis: Analysis;
  readonly stats: JobStats;
}

interface Job {
  readonly request: Extract<CoordinatorRequest, { kind: 'analyze' }>;
  readonly options: AnalyzeOptions;
  readonly resolve: (result: Completed | undefined) => void;
  readonly reject: (error: Error) => void;
  /** Whether a worker already died while running this job: a second death fails it. */
  retried: boolean;
}

/**
 * Runs analyses in a worker thread so the calling thread (the extension host) only posts text and
 * receives results. A newer request for the same key cancels the older one. If the worker dies,
 * a new one is started and the jobs it held are sent again, once.
 */
export class AnalysisClient {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly jobs = new Map<number, Job>();
  private readonly latestByKey = new Map<string, number>();
  private disposed = false;

  constructor(private readonly options: AnalysisClientOptions) {}

  /** The analysis of `text`; undefined if a newer request for the same key (or `cancel`) replaced it. */
  analyze(key: string, text: string, options: AnalyzeOptions = {}): Promise<Completed | undefined> {
    if (this.disposed) return Promise.resolve(undefined);
    this.cancel(key);
    const id = this.nextId++;
    this.latestByKey.set(key, id);
    const request = { kind: 'analyze', id, key, text, priority: options.priority } as const;
    return new Promise((resolve, reject) => {
      this.jobs.set(id, { request, options, resolve, reject, retried: false });
      this.post(request);
    });
  }

  /** Drop the pending request for `key`, if any: its promise resolves to undefined. */
  cancel(key: string): void {
    const id = this.latestByKey.get(key);
    if (id === undefined) return;
    this.latestByKey.delete(key);
    const job = this.jobs.get(id);
    if (!job) return;
    this.jobs.delete(id);
    job.resolve(undefined);
    this.post({ kind: 'cancel', id });
  }

  /** The document is gone: cancel its work and free its paragraph cache. */
  forget(key: string): void {
    this.cancel(key);
    if (this.worker) this.post({ kind: 'forget', key });
  }

  /** Stop the worker as if it had crashed; for tests of the recovery. */
  async crashWorkerForTesting(): Promise<void> {
    await this.worker?.terminate();
  }

  dispose(): void {
    this.disposed = true;
    for (const job of this.jobs.values()) job.resolve(undefined);
    this.jobs.clear();
    const worker = this.worker;
    this.worker = undefined;
    void worker?.terminate();
  }

  private post(request: CoordinatorRequest): void {
    this.start().postMessage(request);
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.options.workerScript, {
      workerData: { role: 'coordinator', lowPriority: this.options.lowPriority ?? true } satisfies WorkerSetup,
    });
    worker.on('message', (reply: CoordinatorReply) => this.receive(reply));
    let lost = false;
    const onLost = (error: Error): void => {
      if (lost || this.worker !== worker) return; // already handled, or stopped on purpose
      lost = true;
      this.worker = undefined;
      this.recover(error);
    };
    worker.on('error', onLost);
    worker.on('exit', (code) => onLost(new Error(`the analysis worker stopped (exit code ${code})`)));
    this.worker = worker;
    return worker;
  }

  private receive(reply: CoordinatorReply): void {
    const job = this.jobs.get(reply.id);
    if (!job) return; // cancelled on this side already
    if (reply.kind === 'partial') {
      decodeAnalysis(reply.analysis, nextTurn).then(
        (analysis) => {
          if (this.jobs.get(reply.id) === job) job.options.onPartial?.(analysis); // not once the full one came
        },
        (error: Error) => this.settle(job, () => job.reject(error)),
      );
      return;
    }
    if (reply.kind === 'done') {
      this.settle(job, () => undefined);
      decodeAnalysis(reply.analysis, nextTurn).then((analysis) => job.resolve({ analysis, stats: reply.stats }), job.reject);
    } else if (reply.kind === 'cancelled') this.settle(job, () => job.resolve(undefined));
    else this.settle(job, () => job.reject(new Error(reply.message)));
  }

  /** The job is over: forget it, then run `then`. */
  private settle(job: Job, then: () => void): void {
    const { id, key } = job.request;
    if (!this.jobs.delete(id)) return;
    if (this.latestByKey.get(key) === id) this.latestByKey.delete(key);
    then();
  }

  /** Start a new worker and resend what the dead one held; a job that already killed one fails. */
  private recover(error: Error): void {
    if (this.disposed) return;
    const pending = [...this.jobs.values()];
    for (const job of pending.filter((j) => j.retried)) {
      this.jobs.delete(job.request.id);
      job.reject(new Error(`the analysis worker stopped twice while analysing this document: ${error.message}`));
    }
    this.options.onWorkerLost?.(error);
    for (const job of pending.filter((j) => !j.retried)) {
      job.retried = true;
      this.post(job.request);
    }
  }
}
