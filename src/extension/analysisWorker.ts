// Where the extension's analysis worker comes from, on the desktop: a worker thread running the
// bundled dist/worker.js. The web build replaces this module with analysisWorker.web.ts
// (esbuild.mjs); both export the same `analysisWorker`.
import * as vscode from 'vscode';
import type { StartCoordinator } from '../analysis/analysisClient';
import { coordinatorThread } from '../analysis/nodeTransport';

/** Starts analysis workers from the extension installed at `extensionUri`. */
export function analysisWorker(extensionUri: vscode.Uri): StartCoordinator {
  return coordinatorThread(vscode.Uri.joinPath(extensionUri, 'dist', 'worker.js').fsPath);
}
