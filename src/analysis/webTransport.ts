// Workers as Web Workers: VS Code for the Web (vscode.dev, github.dev), where the extension host is
// itself a web worker. `new Worker(extension file URL)` is refused there ("Creating workers from
// remote extensions is currently not supported"), so the worker starts from a Blob URL of its
// bundle. The setup is the worker's first message (the host may name its workers itself).
import type { StartWorker, WorkerListener } from './transport';
import type { WorkerSetup } from './protocol';

/** The parts of the DOM's Worker used here (the project compiles without the DOM library). */
export interface WebWorker {
  postMessage(message: unknown): void;
  terminate(): void;
  onmessage: ((event: { data: unknown }) => void) | null;
  onerror: ((event: { message?: string; preventDefault(): void }) => void) | null;
  onmessageerror: ((event: unknown) => void) | null;
}
declare const Worker: new (url: string) => WebWorker;

/**
 * Start workers from `scriptUrl`, a URL the page may start workers from (a Blob URL). It may still
 * be on its way: messages posted meanwhile wait for the worker, and a URL that never comes is a
 * loss like any other.
 */
export function webWorker<Request, Reply, Setup = WorkerSetup>(scriptUrl: Promise<string> | string): StartWorker<Request, Reply, Setup> {
  return (setup: Setup, listener: WorkerListener<Reply>) => {
    let worker: WebWorker | undefined;
    let queued: unknown[] | undefined = [setup];
    let lost = false;
    const onLost = (error: Error): void => {
      if (lost) return;
      lost = true;
      worker?.terminate();
      listener.lost(error);
    };
    Promise.resolve(scriptUrl)
      .then((url) => {
        if (lost) return;
        // Throws where the page may not start workers (a nested worker, in a browser without them).
        worker = new Worker(url);
        worker.onmessage = (event) => {
          if (!lost) listener.message(event.data as Reply);
        };
        worker.onerror = (event) => {
          event.preventDefault();
          onLost(new Error(`the worker failed: ${event.message ?? 'unknown error'}`));
        };
        worker.onmessageerror = () => onLost(new Error('the worker sent a message that could not be read'));
        for (const message of queued ?? []) worker.postMessage(message);
        queued = undefined;
      })
      .catch((error: Error) => onLost(new Error(`the worker could not start: ${error.message}`)));
    return {
      post: (message) => {
        if (worker) worker.postMessage(message);
        else queued?.push(message);
      },
      // A Web Worker that is terminated says nothing; report it as Node's 'exit' would.
      terminate: async () => onLost(new Error('the worker was stopped')),
    };
  };
}
