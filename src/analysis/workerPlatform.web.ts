// What the analysis worker (worker.ts) needs from the platform it runs on, here as a Web Worker
// (VS Code for the Web). The web build uses this module in place of workerPlatform.ts.
import type { WorkerSetup } from './protocol';
import type { WorkerPlatform } from './workerPlatform';

/** The parts of a dedicated worker's global scope used here (the project compiles without the DOM library). */
declare const self: {
  postMessage(message: unknown): void;
  onmessage: ((event: { data: unknown }) => void) | null;
};

export const workerPlatform: WorkerPlatform = {
  // The first message is the setup (webTransport sends it); the ones after it are the parent's requests.
  start(serve) {
    self.onmessage = (first) => {
      let handler: (message: never) => void = () => undefined;
      self.onmessage = (event) => handler(event.data as never);
      serve(first.data as WorkerSetup, { post: (reply) => self.postMessage(reply), onMessage: (h) => (handler = h) });
    };
  },
  // No helper: whether a worker started from a Blob URL in the web host can start a nested one is
  // not established yet, and a helper that neither loads nor fails would stall long documents.
  // The coordinator analyses alone, on one core.
  startHelper: undefined,
  // A browser gives a page no say over thread priorities.
  yieldToTheEditor: () => undefined,
};
