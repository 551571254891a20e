import * as path from 'path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'dossier.dossier';

/** The throw-away workspace the runner made from test/fixtures. */
export function fixturePath(name: string): string {
  const workspace = process.env.DOSSIER_TEST_WORKSPACE ?? vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  if (!workspace) throw new Error('no test workspace');
  return path.join(workspace, name);
}

/** Open a fixture in an editor and wait until the extension is active. */
export async function openFixture(name: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(fixturePath(name));
  const editor = await vscode.window.showTextDocument(document);
  await activeExtension();
  return editor;
}

export async function activeExtension(): Promise<vscode.Extension<unknown>> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  if (!extension) throw new Error(`${EXTENSION_ID} is not installed`);
  await extension.activate();
  return extension;
}

/** Poll until `probe` returns a value that is not undefined, or fail after `timeoutMs`. */
export async function eventually<T>(probe: () => T | undefined | Promise<T | undefined>, what: string, timeoutMs = 10000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
