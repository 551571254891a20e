import type * as vscode from 'vscode';
import type { Correction } from '../../core/corrections/corrections';

/** A change to the stored corrections: the new list, or undefined when there is nothing to change. */
export type CorrectionsChange = (stored: readonly Correction[]) => Correction[] | undefined;

/** One place corrections are kept: a workspace folder's `.vscode/dossier.json`, or user settings. */
export interface CorrectionsStore extends vscode.Disposable {
  /** For messages: ".vscode/dossier.json in news" or "user settings". */
  readonly label: string;
  /** The file, when the corrections live in one. */
  readonly uri?: vscode.Uri;
  /** The corrections in effect: the stored ones, or the last valid ones while the store is malformed. */
  readonly corrections: readonly Correction[];
  /** Fires when `corrections` changed, whoever changed them. */
  readonly onDidChange: vscode.Event<void>;
  /** Resolves when the stored corrections have been read once. */
  readonly ready: Promise<void>;
  /**
   * Re-read what is stored now, apply the change to it and store the result, so edits made
   * meanwhile by hand are kept. Resolves false, having told the user why, when nothing was written.
   */
  update(change: CorrectionsChange): Promise<boolean>;
}

export function sameCorrections(a: readonly Correction[], b: readonly Correction[]): boolean {
  return a.length === b.length && a.every((c, i) => JSON.stringify(c) === JSON.stringify(b[i]));
}
