import * as vscode from 'vscode';
import { countQuotes, describeQuoteCounts } from '../core/model/quoteLabels';
import type { ShownAnalyses } from './shownAnalyses';

/** People and quotes (scare quotes apart) in the active document; a click opens the Dossier sidebar. */
export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('dossier.counts', vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly shown: ShownAnalyses) {
    this.item.name = 'Dossier';
    this.item.command = { title: 'Show the Dossier sidebar', command: 'workbench.view.extension.dossier' };
    this.subscriptions = [
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      shown.onDidChange((document) => {
        if (!document || document === vscode.window.activeTextEditor?.document) this.update();
      }),
    ];
    this.update();
  }

  /** What the item shows, or undefined when it is hidden. */
  get text(): string | undefined {
    return this.shownText;
  }

  private shownText: string | undefined;

  get tooltip(): string | undefined {
    return this.shownText === undefined ? undefined : (this.item.tooltip as string | undefined);
  }

  private update(): void {
    const document = vscode.window.activeTextEditor?.document;
    const supported = document !== undefined && this.shown.appliesTo(document);
    void vscode.commands.executeCommand('setContext', 'dossier.activeDocumentSupported', supported);
    const analysis = document && this.shown.peek(document);
    if (!supported) {
      this.shownText = undefined;
      this.item.hide();
      return;
    }
    // Until the first analysis arrives, keep the old counts rather than flicker.
    if (!analysis) return;
    const people = analysis.entities.filter((e) => e.kind === 'person').length;
    const counts = countQuotes(analysis);
    this.shownText = `$(person) ${people} $(quote) ${counts.quotes}`;
    this.item.text = this.shownText;
    this.item.tooltip = `Dossier: ${people} ${people === 1 ? 'person' : 'people'}, ${analysis.entities.length - people} places and organizations, ${describeQuoteCounts(counts)}. Click to open the sidebar.`;
    this.item.show();
  }

  dispose(): void {
    vscode.Disposable.from(...this.subscriptions).dispose();
  }
}
