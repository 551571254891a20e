import * as vscode from 'vscode';
import { canonical, describeProblem, parseCorrectionsValue } from '../../core/corrections/correctionsFormat';
import type { Correction } from '../../core/corrections/corrections';
import { sameCorrections, type CorrectionsChange, type CorrectionsStore } from './store';

export const CORRECTIONS_SETTING = 'dossier.corrections';

/**
 * The corrections kept in user settings (`dossier.corrections`), for when no folder is open and
 * there is no workspace to hold a file. VS Code writes settings files itself.
 */
export class SettingsCorrectionsStore implements CorrectionsStore {
  readonly label = 'user settings';
  readonly ready = Promise.resolve();
  private current: readonly Correction[] = [];
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly subscriptions: vscode.Disposable[];

  constructor() {
    this.subscriptions = [
      this.changed,
      vscode.workspace.onDidChangeConfiguration((e) => { if (e.affectsConfiguration(CORRECTIONS_SETTING)) this.reload(); }),
    ];
    this.reload();
  }

  get corrections(): readonly Correction[] {
    return this.current;
  }

  async update(change: CorrectionsChange): Promise<boolean> {
    const stored = this.read();
    if (!stored) {
      void vscode.window.showErrorMessage(`Dossier: the setting ${CORRECTIONS_SETTING} is not valid; fix it, then make the correction again.`);
      return false;
    }
    const next = change(stored);
    if (!next) return false;
    const section = CORRECTIONS_SETTING.slice(0, CORRECTIONS_SETTING.indexOf('.'));
    const key = CORRECTIONS_SETTING.slice(section.length + 1);
    await vscode.workspace.getConfiguration(section).update(key, next.map(canonical), vscode.ConfigurationTarget.Global);
    this.reload();
    return true;
  }

  /** The stored corrections, or undefined (reported) when the setting is malformed. */
  private read(): readonly Correction[] | undefined {
    const value = vscode.workspace.getConfiguration().inspect<unknown>(CORRECTIONS_SETTING)?.globalValue ?? [];
    const parsed = parseCorrectionsValue(value, CORRECTIONS_SETTING);
    if (parsed.ok) return parsed.document.corrections;
    void vscode.window.showErrorMessage(`Dossier: ${describeProblem(parsed.problems[0])}. Its last valid corrections stay in effect.`);
    return undefined;
  }

  private reload(): void {
    const stored = this.read();
    if (!stored || sameCorrections(stored, this.current)) return;
    this.current = stored;
    this.changed.fire();
  }

  dispose(): void {
    vscode.Disposable.from(...this.subscriptions).dispose();
  }
}
