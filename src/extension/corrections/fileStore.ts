import * as vscode from 'vscode';
import type { Correction } from '../../core/corrections/corrections';
import { describeProblem, formatCorrectionsFile, parseCorrectionsFile, type CorrectionsProblem } from '../../core/corrections/correctionsFormat';
import { writeFileAtomic } from '../atomicWrite';
import { sameCorrections, type CorrectionsChange, type CorrectionsStore } from './store';

const CORRECTIONS_FOLDER = '.vscode';
export const CORRECTIONS_FILE = `${CORRECTIONS_FOLDER}/dossier.json`;
/** How often a write is retried when the file changed on disk between reading and writing it. */
const WRITE_ATTEMPTS = 3;

interface Snapshot {
  readonly text: string;
  readonly mtime: number;
  readonly size: number;
}

/**
 * The corrections of a workspace folder, in `.vscode/dossier.json`: a file meant to be reviewed
 * and shared. It is watched, so edits by hand or by git apply at once. It is written atomically
 * (a temporary file in the same folder, then a rename), only after re-reading it, and never when
 * it is malformed or has unsaved changes in an editor, so no edit of the user's is lost. Only
 * file systems the editor can write are written (a folder on disk, a remote, a repository on github.dev).
 */
export class FileCorrectionsStore implements CorrectionsStore {
  readonly uri: vscode.Uri;
  readonly label: string;
  private current: readonly Correction[] = [];
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly subscriptions: vscode.Disposable[];
  private readonly reported = new Set<string>();
  /** Reads run one after another, so the last one to finish read the newest file. */
  private loading: Promise<void> = Promise.resolve();
  private disposed = false;

  constructor(folder: vscode.WorkspaceFolder, private readonly diagnostics: vscode.DiagnosticCollection) {
    this.uri = vscode.Uri.joinPath(folder.uri, CORRECTIONS_FILE);
    this.label = vscode.workspace.workspaceFolders && vscode.workspace.workspaceFolders.length > 1 ? `${CORRECTIONS_FILE} in ${folder.name}` : CORRECTIONS_FILE;
    // The folder too: deleting it (as the web host's file systems report it) says nothing of the file in it.
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, `{${CORRECTIONS_FOLDER},${CORRECTIONS_FILE}}`));
    const reload = (): void => void this.reload();
    this.subscriptions = [watcher, watcher.onDidCreate(reload), watcher.onDidChange(reload), watcher.onDidDelete(reload), this.changed];
    void this.reload();
  }

  /** Resolves once every read started so far is done. */
  get ready(): Promise<void> {
    return this.loading;
  }

  get corrections(): readonly Correction[] {
    return this.current;
  }

  /** Read the file again, after the reads already under way. */
  reload(): Promise<void> {
    this.loading = this.loading.then(() => this.load());
    return this.loading;
  }

  private async load(): Promise<void> {
    let snapshot: Snapshot | undefined;
    try {
      snapshot = await this.read();
    } catch (error) {
      if (!this.disposed) void vscode.window.showErrorMessage(`Dossier: cannot read ${this.label}: ${(error as Error).message}`);
      return;
    }
    // A read that finishes after the store was closed (a folder removed, the extension stopped) is dropped.
    if (this.disposed) return;
    const parsed = parseCorrectionsFile(snapshot?.text ?? '');
    if (!parsed.ok) {
      this.report(snapshot?.text ?? '', parsed.problems, 'Its last valid corrections stay in effect until it is fixed.');
      return;
    }
    this.diagnostics.delete(this.uri);
    this.reported.clear();
    this.set(parsed.document.corrections);
  }

  async update(change: CorrectionsChange): Promise<boolean> {
    if (vscode.workspace.fs.isWritableFileSystem(this.uri.scheme) === false) {
      void vscode.window.showWarningMessage(`Dossier: ${this.label} is in a folder that cannot be written, so the correction was not saved.`);
      return false;
    }
    for (let attempt = 0; attempt < WRITE_ATTEMPTS; attempt++) {
      const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === this.uri.toString());
      if (open?.isDirty) {
        void vscode.window.showWarningMessage(`Dossier: ${this.label} has unsaved changes. Save them, then make the correction again.`);
        return false;
      }
      const snapshot = await this.read();
      const parsed = parseCorrectionsFile(snapshot?.text ?? '');
      if (!parsed.ok) {
        this.report(snapshot?.text ?? '', parsed.problems, 'Dossier did not change it; fix it, then make the correction again.', true);
        return false;
      }
      const next = change(parsed.document.corrections);
      if (!next) return false;
      if (await this.replace(formatCorrectionsFile({ ...parsed.document, corrections: next }), snapshot)) {
        await this.reload();
        return true;
      }
    }
    void vscode.window.showErrorMessage(`Dossier: ${this.label} kept changing while Dossier wrote it; the correction was not saved. Try again.`);
    return false;
  }

  private async read(): Promise<Snapshot | undefined> {
    let stat: vscode.FileStat;
    let bytes: Uint8Array;
    try {
      stat = await vscode.workspace.fs.stat(this.uri);
      bytes = await vscode.workspace.fs.readFile(this.uri);
    } catch (error) {
      if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return undefined;
      throw error;
    }
    return { text: new TextDecoder('utf-8').decode(bytes), mtime: stat.mtime, size: stat.size };
  }

  /**
   * Write the new text atomically (writeFileAtomic: a temporary file beside the target, renamed
   * over it), unless the target changed since `expected` was read: then the caller re-reads it.
   */
  private async replace(text: string, expected: Snapshot | undefined): Promise<boolean> {
    const now = await this.stat();
    const unchanged = expected ? now?.mtime === expected.mtime && now.size === expected.size : now === undefined;
    if (!unchanged) return false;
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(this.uri, '..'));
    await writeFileAtomic(vscode.workspace.fs, this.uri, text);
    return true;
  }

  private async stat(): Promise<vscode.FileStat | undefined> {
    try {
      return await vscode.workspace.fs.stat(this.uri);
    } catch (error) {
      if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return undefined;
      throw error;
    }
  }

  private set(corrections: readonly Correction[]): void {
    if (sameCorrections(corrections, this.current)) return;
    this.current = corrections;
    this.changed.fire();
  }

  /** Mark the faults in the file and tell the user once per distinct content (or always, when asked). */
  private report(text: string, problems: readonly CorrectionsProblem[], consequence: string, always = false): void {
    this.diagnostics.set(this.uri, problems.map((p) => {
      const position = new vscode.Position((p.line ?? 1) - 1, (p.column ?? 1) - 1);
      const diagnostic = new vscode.Diagnostic(new vscode.Range(position, position.translate(0, 1)), p.message, vscode.DiagnosticSeverity.Error);
      diagnostic.source = 'Dossier';
      return diagnostic;
    }));
    if (!always && this.reported.has(text)) return;
    this.reported.add(text);
    const first = problems[0];
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
    void vscode.window.showErrorMessage(`Dossier: ${this.label} is not valid: ${describeProblem(first)}${more}. ${consequence}`, 'Open File').then(async (choice) => {
      if (choice !== 'Open File') return;
      const position = new vscode.Position((first.line ?? 1) - 1, (first.column ?? 1) - 1);
      await vscode.window.showTextDocument(this.uri, { selection: new vscode.Range(position, position) });
    });
  }

  dispose(): void {
    this.disposed = true;
    this.diagnostics.delete(this.uri);
    vscode.Disposable.from(...this.subscriptions).dispose();
  }
}
