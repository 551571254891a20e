import * as vscode from 'vscode';
import type { Correction } from '../../core/corrections/corrections';
import type { CorrectionsSource } from '../documentModels';
import { FileCorrectionsStore } from './fileStore';
import { SettingsCorrectionsStore } from './settingsStore';
import type { CorrectionsStore } from './store';

/**
 * Finds the corrections of any document: those of the workspace folder holding it (or of the
 * first folder, for a file outside them), or those in user settings when no folder is open.
 */
export class CorrectionsService implements CorrectionsSource, vscode.Disposable {
  private stores: { folder?: vscode.WorkspaceFolder; store: CorrectionsStore; listener: vscode.Disposable }[] = [];
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('dossier-corrections');
  private readonly subscriptions: vscode.Disposable[];

  constructor() {
    this.subscriptions = [this.changed, this.diagnostics, vscode.workspace.onDidChangeWorkspaceFolders(() => this.open())];
    this.open();
  }

  /** Resolves when every store has read its corrections once. */
  get ready(): Promise<void> {
    return Promise.all(this.stores.map((s) => s.store.ready)).then(() => undefined);
  }

  correctionsFor(uri: vscode.Uri): readonly Correction[] {
    return this.storeFor(uri).corrections;
  }

  storeFor(uri: vscode.Uri): CorrectionsStore {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    return (this.stores.find((s) => s.folder && folder && s.folder.uri.toString() === folder.uri.toString()) ?? this.stores[0]).store;
  }

  get allStores(): readonly CorrectionsStore[] {
    return this.stores.map((s) => s.store);
  }

  private open(): void {
    this.close();
    const folders = vscode.workspace.workspaceFolders ?? [];
    const opened = folders.length
      ? folders.map((folder) => ({ folder, store: new FileCorrectionsStore(folder, this.diagnostics) as CorrectionsStore }))
      : [{ store: new SettingsCorrectionsStore() as CorrectionsStore }];
    this.stores = opened.map((s) => ({ ...s, listener: s.store.onDidChange(() => this.changed.fire()) }));
    this.changed.fire();
  }

  private close(): void {
    for (const { store, listener } of this.stores) {
      listener.dispose();
      store.dispose();
    }
  }

  dispose(): void {
    this.close();
    vscode.Disposable.from(...this.subscriptions).dispose();
  }
}
