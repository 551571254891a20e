import { fileNameOf } from './uriPaths';

/** The parts of a `vscode.Uri` a write needs (the workspace index's worker has no vscode.Uri). */
export interface WritableUri {
  readonly path: string;
  with(change: { path: string }): WritableUri;
}

/** The parts of `vscode.workspace.fs` a write needs; the unit tests give a Node-backed one. */
export interface WriteFileSystem {
  writeFile(uri: WritableUri, content: Uint8Array): PromiseLike<void>;
  rename(source: WritableUri, target: WritableUri, options: { readonly overwrite: boolean }): PromiseLike<void>;
  delete(uri: WritableUri, options?: { readonly recursive?: boolean }): PromiseLike<void>;
}

/**
 * Write a file so that readers see either the old content or the new, never half of it: write a
 * temporary file beside it (same folder, so the same file system), then rename it over the target.
 * Through `vscode.workspace.fs`, so it writes wherever the editor can: a folder on disk, a remote,
 * or a repository on github.dev (whose file system supports rename). On disk, VS Code's file
 * system flushes the temporary file before the rename. Dossier uses this for every file it writes
 * (exports, corrections, the workspace index), and only when the user asks (or, for the index, in
 * the extension's own storage); it never writes the user's documents.
 */
export async function writeFileAtomic(files: WriteFileSystem, target: WritableUri, data: string | Uint8Array): Promise<void> {
  const name = fileNameOf(target);
  const temporary = target.with({ path: `${target.path.slice(0, target.path.length - name.length)}.${name}.${randomSuffix()}.tmp` });
  try {
    await files.writeFile(temporary, typeof data === 'string' ? new TextEncoder().encode(data) : data);
    await files.rename(temporary, target, { overwrite: true });
  } catch (error) {
    await Promise.resolve(files.delete(temporary)).catch(() => undefined); // never written, or already gone
    throw error;
  }
}

/** Eight random hex digits: two writers of one file never share a temporary file. */
function randomSuffix(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(4)), (b) => b.toString(16).padStart(2, '0')).join('');
}
