// Workers as Node worker threads: the extension host on the desktop, the CLI and the bench.
import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { StartWorker, WorkerListener } from './transport';
import type { CoordinatorReply, CoordinatorRequest, WorkerSetup } from './protocol';

/**
 * V8 lets a heap grow far past what is live before it collects, and compromise leaves much
 * short-lived garbage: on War and Peace the coordinator keeps 25–60 MB alive and its heap reached
 * 260 MB. A bound on the old generation makes V8 collect sooner (peak RSS of the bench 453 → 296
 * MB, with the helper's limits), and a small young generation lets less garbage into it. 512 MB
 * is eight times what War and Peace keeps; a worker that runs out is restarted, and the job that
 * killed it twice fails.
 */
const COORDINATOR_LIMITS = { maxOldGenerationSizeMb: 512, maxYoungGenerationSizeMb: 8 };

/** The analysis client's coordinating worker, from the bundled worker script (dist/worker.js). */
export const coordinatorThread = (script: string): StartWorker<CoordinatorRequest, CoordinatorReply> => nodeWorker(script, COORDINATOR_LIMITS);

/** Start `script` (a bundled worker, dist/worker.js) as a worker thread with these heap limits. */
export function nodeWorker<Request, Reply, Setup = WorkerSetup>(script: string, limits: ResourceLimits): StartWorker<Request, Reply, Setup> {
  return (setup: Setup, listener: WorkerListener<Reply>) => {
    const worker = new Worker(script, { resourceLimits: limits, workerData: setup });
    let lost = false;
    const onLost = (error: Error): void => {
      if (lost) return;
      lost = true;
      listener.lost(error);
    };
    worker.on('message', (reply: Reply) => {
      if (!lost) listener.message(reply);
    });
    worker.on('error', onLost);
    worker.on('exit', (code) => onLost(new Error(`the worker stopped (exit code ${code})`)));
    return {
      post: (message) => worker.postMessage(message),
      terminate: async () => {
        await worker.terminate();
      },
    };
  };
}
