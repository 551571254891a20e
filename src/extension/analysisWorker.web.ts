// Where the extension's workers come from, on the web (vscode.dev, github.dev): Web Workers running
// dist/web/worker.js (analysis) and dist/web/indexWorker.js (the workspace index). The extension
// host refuses to start a worker from the extension's own URL, so a bundle is read through
// vscode.workspace.fs (which reaches the extension's files wherever they are served from) and
// started from a Blob URL. Each is read once, when first needed, and shared by every worker after.
import * as vscode from 'vscode';
import type { StartCoordinator } from '../analysis/analysisClient';
import type { StartWorker } from '../analysis/transport';
import { webWorker } from '../analysis/webTransport';
import type { IndexReply, IndexRequest, IndexSetup } from './workspace/indexProtocol';

const scriptUrls = new Map<string, Promise<string>>();

/** A Blob URL of the bundle dist/web/`name`. */
function scriptUrl(extensionUri: vscode.Uri, name: string): Promise<string> {
  const script = vscode.Uri.joinPath(extensionUri, 'dist', 'web', name);
  let url = scriptUrls.get(script.toString());
  if (!url) {
    url = Promise.resolve(vscode.workspace.fs.readFile(script)).then((bytes) => URL.createObjectURL(new Blob([bytes], { type: 'text/javascript' })));
    // A failed read is tried again by the next worker, not remembered.
    url.catch(() => scriptUrls.delete(script.toString()));
    scriptUrls.set(script.toString(), url);
  }
  return url;
}

/** Starts analysis workers from the extension installed at `extensionUri`. */
export function analysisWorker(extensionUri: vscode.Uri): StartCoordinator {
  return webWorker(scriptUrl(extensionUri, 'worker.js'));
}

/** Starts the workspace index's worker from the extension installed at `extensionUri`. */
export function indexWorker(extensionUri: vscode.Uri): StartWorker<IndexRequest, IndexReply, IndexSetup> {
  return webWorker(scriptUrl(extensionUri, 'indexWorker.js'));
}
