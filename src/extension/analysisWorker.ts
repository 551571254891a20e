// Where the extension's workers come from, on the desktop: worker threads running the bundled
// dist/worker.js (analysis) and dist/indexWorker.js (the workspace index). The web build replaces
// this module with analysisWorker.web.ts (esbuild.mjs); both export the same functions.
import * as vscode from 'vscode';
import type { StartCoordinator } from '../analysis/analysisClient';
import { coordinatorThread, nodeWorker } from '../analysis/nodeTransport';
import type { StartWorker } from '../analysis/transport';
import type { IndexReply, IndexRequest, IndexSetup } from './workspace/indexProtocol';

/**
 * The index worker holds every file's summary and merges them: for ten thousand files its heap
 * reaches about 300 MB while merging (`npm run bench:indexMemory`). A small young generation makes
 * V8 collect the merge's short-lived objects sooner. The old generation is left room, for a worker
 * that runs out loses the index, but less than 2,048 MB: from there V8 lets the heap grow to four
 * times what is live before collecting, below it two at most (the bench's heap at most 334 → 316 MB).
 */
const INDEX_LIMITS = { maxOldGenerationSizeMb: 1536, maxYoungGenerationSizeMb: 16 };

/** Starts analysis workers from the extension installed at `extensionUri`. */
export function analysisWorker(extensionUri: vscode.Uri): StartCoordinator {
  return coordinatorThread(vscode.Uri.joinPath(extensionUri, 'dist', 'worker.js').fsPath);
}

/** Starts the workspace index's worker from the extension installed at `extensionUri`. */
export function indexWorker(extensionUri: vscode.Uri): StartWorker<IndexRequest, IndexReply, IndexSetup> {
  return nodeWorker(vscode.Uri.joinPath(extensionUri, 'dist', 'indexWorker.js').fsPath, INDEX_LIMITS);
}
