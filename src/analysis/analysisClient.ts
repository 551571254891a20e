import type { Analysis, Span } from '../core/model/model';
import type { AnalyzeRequest, CoordinatorReply, CoordinatorRequest, JobStats } from './protocol';
import { changeBetween } from '../core/pipeline/textChange';
import { nextTurn } from './nextTurn';
import { decodeAnalysis, type SharedAnalysis } from './transfer';
import type { StartWorker, WorkerHandle } from './transport';

export type StartCoordinator = StartWorker<CoordinatorRequest, CoordinatorReply>;

export interface AnalysisClientOptions {
  /** Starts the coordinating worker: a worker thread (nodeTransport) or a Web Worker (webTransport). */
  readonly startWorker: StartCoordinator;
  /**
   * Run the workers at a lower OS priority than this thread, so analysis never competes with the
   * editor for the CPU. The bench turns it off to compare throughput with a baseline run at normal
   * priority.
   */
  readonly lowPriority?: boolean;
  /**
   * Start each job only once the helper thread has loaded, instead of starting alone and sharing
   * once it is ready. Tests use it, so that whether the helper takes part does not depend on how
   * fast it loads on a busy machine.
   */
  readonly waitForHelper?: boolean;
  /**
   * Each document is analysed once and never edited (a folder being indexed by a pool). The
   * worker then runs every job on its own thread, without the helper that otherwise takes part of
   * a long document (a pool's workers already fill the cores; helpers would only compete with
   * them), and skips the rehearsed edit that readies it for a reader's typing.
   */
  readonly readOnce?: boolean;
  /** Called each time the worker dies unexpectedly; the client has already started a new one. */
  readonly onWorkerLost?: (error: Error) => void;
  /** How long the worker keeps its helper thread once no document is open (30 s unless set). */
  readonly helperIdleMs?: number;
  /** Called when the worker has stopped its idle helper thread. */
  readonly onHelperStopped?: () => void;
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
  readonly id: number;
  readonly key: string;
  /** The whole text: a new worker is sent all of it. */
  readonly text: string;
  readonly options: AnalyzeOptions;
  readonly resolve: (result: Completed | undefined) => void;
  readonly reject: (error: Error) => void;
  /** Whether a worker already died while running this job: a second death fails it. */
  retried: boolean;
}

/** What the worker holds of a document, as far as this side knows. */
interface SharedDocument {
  /** The text of the last request posted for it: the next request carries only its change from this. */
  text: string;
  /**
   * The analysis of the last 'done' reply for it (decoded, or being decoded), which the next reply
   * builds on; undefined when there is none, and after a reply could not be decoded, so that the
   * next reply stands alone.
   */
  received: Promise<SharedAnalysis> | undefined;
}

/**
 * Runs analyses in a worker (a thread, or a Web Worker on the web) so the calling thread (the extension host) only posts changes
 * and receives changes. A newer request for the same key cancels the older one. After an edit only
 * the change to the text goes to the worker, and only the change to the analysis comes back: this
 * side keeps each document's last text and analysis to apply them to. If the worker dies, a new
 * one is started and the jobs it held are sent again, once, whole.
 */
export class AnalysisClient {
  private worker: WorkerHandle<CoordinatorRequest> | undefined;
  private nextId = 1;
  private readonly jobs = new Map<number, Job>();
  private readonly latestByKey = new Map<string, number>();
  private readonly documents = new Map<string, SharedDocument>();
  private disposed = false;

  constructor(private readonly options: AnalysisClientOptions) {}

  /** The analysis of `text`; undefined if a newer request for the same key (or `cancel`) replaced it. */
  analyze(key: string, text: string, options: AnalyzeOptions = {}): Promise<Completed | undefined> {
    if (this.disposed) return Promise.resolve(undefined);
    this.cancel(key);
    const id = this.nextId++;
    this.latestByKey.set(key, id);
    return new Promise((resolve, reject) => {
      const job = { id, key, text, options, resolve, reject, retried: false };
      this.jobs.set(id, job);
      this.send(job);
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

  /** The document is gone: cancel its work and free what both sides keep of it. */
  forget(key: string): void {
    this.cancel(key);
    this.documents.delete(key);
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
    this.documents.clear();
    const worker = this.worker;
    this.worker = undefined;
    void worker?.terminate();
  }

  /** Post the job: its text as the change from the last text sent for the key, if there is one. */
  private send(job: Job): void {
    const document = this.documents.get(job.key);
    const request: AnalyzeRequest = {
      kind: 'analyze',
      id: job.id,
      key: job.key,
      text: document ? changeTo(document.text, job.text) : { whole: job.text },
      delta: document?.received !== undefined,
      priority: job.options.priority,
    };
    if (document) document.text = job.text;
    else this.documents.set(job.key, { text: job.text, received: undefined });
    this.post(request);
  }

  private post(request: CoordinatorRequest): void {
    this.start().post(request);
  }

  private start(): WorkerHandle<CoordinatorRequest> {
    if (this.worker) return this.worker;
    const setup = { role: 'coordinator', lowPriority: this.options.lowPriority ?? true, waitForHelper: this.options.waitForHelper, readOnce: this.options.readOnce, helperIdleMs: this.options.helperIdleMs } as const;
    const worker: WorkerHandle<CoordinatorRequest> = this.options.startWorker(setup, {
      // A replaced worker's last words are about jobs that were sent again, whole, to the new one.
      message: (reply) => {
        if (this.worker === worker) this.receive(reply);
      },
      lost: (error) => {
        if (this.worker !== worker) return; // stopped on purpose
        this.worker = undefined;
        this.recover(new Error(`the analysis worker stopped: ${error.message}`));
      },
    });
    this.worker = worker;
    return worker;
  }

  private receive(reply: CoordinatorReply): void {
    if (reply.kind === 'helperStopped') {
      this.options.onHelperStopped?.();
      return;
    }
    if (reply.kind === 'done') {
      this.receiveDone(reply);
      return;
    }
    const job = this.jobs.get(reply.id);
    if (!job) return; // cancelled on this side already
    if (reply.kind === 'partial') {
      decodeAnalysis(reply.analysis, undefined, nextTurn).then(
        ({ analysis }) => {
          if (this.jobs.get(reply.id) === job) job.options.onPartial?.(analysis); // not once the full one came
        },
        (error: Error) => this.settle(job, () => job.reject(error)),
      );
    } else if (reply.kind === 'cancelled') this.settle(job, () => job.resolve(undefined));
    else this.settle(job, () => job.reject(new Error(reply.message)));
  }

  /**
   * Build the analysis on the document's previous one, in arrival order, even when the job is no
   * longer wanted here: the worker builds its next reply on it.
   */
  private receiveDone(reply: Extract<CoordinatorReply, { kind: 'done' }>): void {
    const job = this.jobs.get(reply.id);
    if (job) this.settle(job, () => undefined);
    const document = this.documents.get(reply.key);
    if (!document) return; // forgotten, and its job with it
    const previous = document.received;
    const received = (async () => decodeAnalysis(reply.analysis, reply.analysis.delta ? await previous : undefined, nextTurn))();
    document.received = received;
    received.then(
      ({ analysis }) => job?.resolve({ analysis, stats: reply.stats }),
      (error: Error) => {
        if (document.received === received) document.received = undefined;
        job?.reject(error);
      },
    );
  }

  /** The job is over: forget it, then run `then`. */
  private settle(job: Job, then: () => void): void {
    const { id, key } = job;
    if (!this.jobs.delete(id)) return;
    if (this.latestByKey.get(key) === id) this.latestByKey.delete(key);
    then();
  }

  /** Start a new worker and resend what the dead one held; a job that already killed one fails. */
  private recover(error: Error): void {
    if (this.disposed) return;
    this.documents.clear(); // the new worker has nothing: send it whole texts, and expect whole analyses
    const pending = [...this.jobs.values()];
    for (const job of pending.filter((j) => j.retried)) {
      this.jobs.delete(job.id);
      job.reject(new Error(`the analysis worker stopped twice while analysing this document: ${error.message}`));
    }
    this.options.onWorkerLost?.(error);
    for (const job of pending.filter((j) => !j.retried)) {
      job.retried = true;
      this.send(job);
    }
  }
}

/** The request's text as the change from `before` and the text that change inserted. */
function changeTo(before: string, after: string): AnalyzeRequest['text'] {
  const change = changeBetween(before, after);
  return { change, inserted: after.slice(change.start, change.newEnd) };
}
