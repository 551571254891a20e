// What the analysis worker (worker.ts) needs from the platform it runs on, here as a Node worker
// thread. The web build replaces this module with workerPlatform.web.ts (esbuild.mjs); both
// export the same `workerPlatform`.
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { nodeWorker } from './nodeTransport';
import type { HelperReply, HelperRequest, WorkerSetup } from './protocol';
import type { ParentPort, StartWorker } from './transport';

/**
 * The helper keeps nothing between batches (about 15 MB live, compromise's lexicon included), but
 * V8 lets a heap grow far past what is live before it collects: on War and Peace the helper's
 * heap reached 85 MB. A small heap makes V8 collect sooner; should a batch ever need more, the
 * helper dies and the coordinator does the batch itself.
 */
const HELPER_LIMITS = { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 8 };

export interface WorkerPlatform {
  /** Calls `serve` with how this worker was started and the channel to whoever started it, once it knows both. */
  start<Message, Reply, Setup = WorkerSetup>(serve: (setup: Setup, parent: ParentPort<Message, Reply>) => void): void;
  /** Start the helper: this same script, in another worker; undefined where workers cannot start workers. */
  readonly startHelper: StartWorker<HelperRequest, HelperReply> | undefined;
  /** Run below the editor's priority, where the platform allows it. */
  yieldToTheEditor(): void;
}

export const workerPlatform: WorkerPlatform = {
  start(serve) {
    const port = parentPort;
    if (!port) throw new Error('a Dossier worker must run in a worker thread');
    serve(workerData as never, { post: (reply) => port.postMessage(reply), onMessage: (handler) => port.on('message', handler) });
  },
  startHelper: nodeWorker(__filename, HELPER_LIMITS),
  /**
   * Give this thread a lower scheduling priority than the extension host's own thread, so that
   * keeping both cores busy never delays the editor. Linux lets one thread of a process be reniced
   * by its thread id; elsewhere this does nothing.
   */
  yieldToTheEditor(): void {
    try {
      const threadId = Number(/task\/(\d+)$/.exec(readlinkSync('/proc/thread-self'))?.[1]);
      if (threadId > 0) setPriority(threadId, 10);
    } catch {
      // Not Linux, or not allowed: run at normal priority.
    }
  },
};
