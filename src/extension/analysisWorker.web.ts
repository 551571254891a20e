// Where the extension's analysis worker comes from, on the web (vscode.dev, github.dev): a Web
// Worker running dist/web/worker.js. The extension host refuses to start a worker from the
// extension's own URL, so the bundle is read through vscode.workspace.fs (which reaches the
// extension's files wherever they are served from) and started from a Blob URL. It is read once,
// on the first analysis, and shared by every worker started after.
import * as vscode from 'vscode';
import type { StartCoordinator } from '../analysis/analysisClient';
import { webWorker } from '../analysis/webTransport';

const scriptUrls = new Map<string, Promise<string>>();

/** Starts analysis workers from the extension installed at `extensionUri`. */
export function analysisWorker(extensionUri: vscode.Uri): StartCoordinator {
  const script = vscode.Uri.joinPath(extensionUri, 'dist', 'web', 'worker.js');
  let url = scriptUrls.get(script.toString());
  if (!url) {
    url = Promise.resolve(vscode.workspace.fs.readFile(script)).then((bytes) => URL.createObjectURL(new Blob([bytes], { type: 'text/javascript' })));
    // A failed read is tried again by the next worker, not remembered.
    url.catch(() => scriptUrls.delete(script.toString()));
    scriptUrls.set(script.toString(), url);
  }
  return webWorker(url);
}
