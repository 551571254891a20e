// How a side starts a worker and talks to it, whatever the worker is: a Node worker thread
// (nodeTransport.ts) or a Web Worker (webTransport.ts, for VS Code for the Web). The analysis
// client and the coordinator's helper are written against these, so each exists once.
import type { WorkerSetup } from './protocol';

/** This side's handle on a running worker. */
export interface WorkerHandle<Request> {
  post(message: Request): void;
  /** Stop it. Its listener then hears `lost`, as when it dies: the side that stopped it knows to ignore that. */
  terminate(): Promise<void>;
}

/** What the worker tells this side. */
export interface WorkerListener<Reply> {
  message(reply: Reply): void;
  /** It ended: it died, could not start, or was stopped. Called at most once. */
  lost(error: Error): void;
}

/** Starts a worker with its setup (the analysis worker's, or another worker's own). */
export type StartWorker<Request, Reply, Setup = WorkerSetup> = (setup: Setup, listener: WorkerListener<Reply>) => WorkerHandle<Request>;

/** The worker's side: the thread or page that started it. */
export interface ParentPort<Message, Reply> {
  post(reply: Reply): void;
  onMessage(handler: (message: Message) => void): void;
}
