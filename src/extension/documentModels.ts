import * as vscode from 'vscode';
import type { Analysis } from '../core/model';
import { AnalysisService } from '../analysis/analysisService';

const SUPPORTED_LANGUAGES = ['plaintext', 'markdown'];
const DEBOUNCE_MS = 300;

export function isSupported(document: vscode.TextDocument): boolean {
  return SUPPORTED_LANGUAGES.includes(document.languageId) && (document.uri.scheme === 'file' || document.uri.scheme === 'untitled');
}

/**
 * The one place that turns open documents into analyses. Every feature asks it for the model of a
 * document and listens to `onDidChange`; none of them runs NLP itself.
 */
export class DocumentModels implements vscode.Disposable {
  private readonly service = new AnalysisService();
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly changed = new vscode.EventEmitter<vscode.TextDocument>();
  private readonly subscriptions: vscode.Disposable[] = [];
  readonly onDidChange = this.changed.event;

  constructor() {
    this.subscriptions.push(
      this.changed,
      vscode.workspace.onDidOpenTextDocument((d) => this.schedule(d, 0)),
      vscode.workspace.onDidChangeTextDocument((e) => this.schedule(e.document, DEBOUNCE_MS)),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d)),
    );
    for (const document of vscode.workspace.textDocuments) this.schedule(document, 0);
  }

  /** The analysis of the document's current version, if ready. */
  peek(document: vscode.TextDocument): Analysis | undefined {
    return this.service.get(document.uri.toString(), document.version);
  }

  /** The analysis of the document's current version, computed if needed. */
  async get(document: vscode.TextDocument): Promise<Analysis | undefined> {
    if (!isSupported(document)) return undefined;
    return this.service.analyze(document.uri.toString(), document.version, document.getText());
  }

  private schedule(document: vscode.TextDocument, delay: number): void {
    if (!isSupported(document)) return;
    const key = document.uri.toString();
    clearTimeout(this.pending.get(key));
    this.pending.set(key, setTimeout(() => {
      this.pending.delete(key);
      const version = document.version;
      void this.get(document).then((analysis) => {
        if (analysis && !document.isClosed && document.version === version) this.changed.fire(document);
      });
    }, delay));
  }

  private forget(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    clearTimeout(this.pending.get(key));
    this.pending.delete(key);
    this.service.forget(key);
  }

  dispose(): void {
    for (const timer of this.pending.values()) clearTimeout(timer);
    this.service.dispose();
    vscode.Disposable.from(...this.subscriptions).dispose();
  }
}
