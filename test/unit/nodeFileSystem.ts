// A Node-backed stand-in for the parts of vscode.workspace.fs and vscode.Uri that the extension's
// file writers use, so they are tested against a real disk without VS Code.
import { promises as fs } from 'fs';
import type * as vscode from 'vscode';

class FileUri {
  constructor(readonly path: string) {}
  get fsPath(): string {
    return this.path;
  }
  with(change: { path: string }): FileUri {
    return new FileUri(change.path);
  }
  toString(): string {
    return `file://${this.path}`;
  }
}

export const fileUri = (path: string): vscode.Uri => new FileUri(path) as unknown as vscode.Uri;

export const nodeFileSystem = {
  readFile: async (uri: vscode.Uri): Promise<Uint8Array> => fs.readFile(uri.fsPath),
  writeFile: async (uri: vscode.Uri, content: Uint8Array): Promise<void> => fs.writeFile(uri.fsPath, content),
  // workspace.fs renames a file over a folder no more than Node does.
  rename: async (source: vscode.Uri, target: vscode.Uri): Promise<void> => fs.rename(source.fsPath, target.fsPath),
  delete: async (uri: vscode.Uri, options?: { recursive?: boolean }): Promise<void> => fs.rm(uri.fsPath, { recursive: options?.recursive ?? false }),
  createDirectory: async (uri: vscode.Uri): Promise<void> => {
    await fs.mkdir(uri.fsPath, { recursive: true });
  },
};
