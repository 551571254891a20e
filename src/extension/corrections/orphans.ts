import * as vscode from 'vscode';
import { anchoredIn, type Correction } from '../../core/corrections/corrections';
import type { CorrectionsService } from './correctionsService';
import type { CorrectionsStore } from './store';

/** The files searched for anchors besides the open documents; bigger ones are not read. */
const TEXT_FILES = '**/*.{txt,md,markdown}';
const MAX_FILES = 2000;
const MAX_FILE_BYTES = 5_000_000;

/**
 * The corrections of a store whose anchor (a name, or a quote) is in none of the documents they
 * can apply to: the open documents, and the text files of the store's workspace folder. Finding an
 * anchor is a text search, so no document is analysed for it.
 */
export async function findOrphans(service: CorrectionsService, store: CorrectionsStore, isSupported: (document: vscode.TextDocument) => boolean, token?: vscode.CancellationToken): Promise<Correction[]> {
  const corrections = store.corrections;
  const anchored = corrections.map(() => false);
  const mark = (text: string): boolean => {
    anchoredIn(text, corrections).forEach((found, i) => { if (found) anchored[i] = true; });
    return anchored.every(Boolean);
  };
  const open = vscode.workspace.textDocuments.filter((d) => isSupported(d) && service.storeFor(d.uri) === store);
  for (const document of open) if (mark(document.getText())) return [];
  const folder = store.uri && vscode.workspace.getWorkspaceFolder(store.uri);
  if (folder) {
    const opened = new Set(open.map((d) => d.uri.toString()));
    const files = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, TEXT_FILES), '**/node_modules/**', MAX_FILES, token);
    for (const file of files) {
      if (token?.isCancellationRequested) break;
      if (opened.has(file.toString())) continue;
      try {
        if ((await vscode.workspace.fs.stat(file)).size > MAX_FILE_BYTES) continue;
        if (mark(new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(file)))) return [];
      } catch {
        // A file that vanished or cannot be read holds no anchors.
      }
    }
  }
  return corrections.filter((_, i) => !anchored[i]);
}
