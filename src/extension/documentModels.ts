import * as vscode from 'vscode';
import type { Analysis } from '../core/model';
import { applyCorrections, type Correction } from '../core/corrections';
import { AnalysisService } from '../analysis/analysisService';

const SUPPORTED_LANGUAGES = ['plaintext', 'markdown'];
const DEBOUNCE_MS = 300;

/** Where the reader's corrections come from; a new list (a new array) whenever they change. */
export interface CorrectionsSource {
  correctionsFor(uri: vscode.Uri): readonly Correction[];
  readonly onDidChange: vscode.Event<void>;
}

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
  private corrections: CorrectionsSource | undefined;
  /** The corrected model of each document, for the raw analysis and corrections it was made from. */
  private readonly corrected = new Map<string, { raw: Analysis; list: readonly Correction[]; analysis: Analysis }>();
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
    const raw = this.service.get(document.uri.toString(), document.version);
    return raw && this.correct(document, () => document.getText(), raw);
  }

  /** The analysis of the document's current version, computed if needed. */
  async get(document: vscode.TextDocument): Promise<Analysis | undefined> {
    if (!isSupported(document)) return undefined;
    const text = document.getText();
    return this.correct(document, () => text, await this.service.analyze(document.uri.toString(), document.version, text));
  }

  /**
   * Corrections are an input of every analysis. They are applied over the cached analysis (a cheap,
   * linear pass), so a change of corrections re-corrects every open document without new NLP.
   */
  useCorrections(source: CorrectionsSource): vscode.Disposable {
    this.corrections = source;
    const subscription = source.onDidChange(() => this.correctionsChanged());
    this.correctionsChanged();
    return new vscode.Disposable(() => {
      subscription.dispose();
      if (this.corrections === source) this.corrections = undefined;
      this.correctionsChanged();
    });
  }

  /** `text` is read only when the corrected model is not cached: peek() is called often. */
  private correct(document: vscode.TextDocument, text: () => string, raw: Analysis): Analysis {
    const list = this.corrections?.correctionsFor(document.uri) ?? [];
    if (list.length === 0) return raw;
    const key = document.uri.toString();
    const cached = this.corrected.get(key);
    if (cached && cached.raw === raw && cached.list === list) return cached.analysis;
    const analysis = applyCorrections(text(), raw, list);
    this.corrected.set(key, { raw, list, analysis });
    return analysis;
  }

  private correctionsChanged(): void {
    this.corrected.clear();
    for (const document of vscode.workspace.textDocuments) {
      if (this.peek(document)) this.changed.fire(document);
      else this.schedule(document, 0);
    }
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
    this.corrected.delete(key);
    this.service.forget(key);
  }

  dispose(): void {
    for (const timer of this.pending.values()) clearTimeout(timer);
    this.service.dispose();
    vscode.Disposable.from(...this.subscriptions).dispose();
  }
}
