// What the analysis worker (worker.ts) needs from the platform it runs on, here as a Web Worker
// (VS Code for the Web). The web build uses this module in place of workerPlatform.ts.
import type { WorkerPlatform } from './workerPlatform';
import { webWorker } from './webTransport';

/** The parts of a dedicated worker's global scope used here (the project compiles without the DOM library). */
declare const self: {
  readonly location: { readonly href: string };
  postMessage(message: unknown): void;
  onmessage: ((event: { data: unknown }) => void) | null;
};

export const workerPlatform: WorkerPlatform = {
  // The first message is the setup (webTransport sends it); the ones after it are the parent's requests.
  start(serve) {
    self.onmessage = (first) => {
      let handler: (message: never) => void = () => undefined;
      self.onmessage = (event) => handler(event.data as never);
      serve(first.data as never, { post: (reply) => self.postMessage(reply), onMessage: (h) => (handler = h) });
    };
  },
  // The helper is this same script, started from the URL this worker was started from: a Blob URL
  // of this page's own, which a worker may start a nested worker from (code-server's web worker
  // host in Chromium does; an extension's own URL is refused there). The helper's limits on the
  // desktop (HELPER_LIMITS) have no counterpart: a browser sets no heap size per worker. Should the
  // helper not start, the coordinator hears it lost and analyses alone.
  startHelper: webWorker(self.location.href),
  // A browser gives a page no say over thread priorities.
  yieldToTheEditor: () => undefined,
};
