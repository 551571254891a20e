import * as vscode from 'vscode';
import type { Analysis, Span } from '../core/model/model';
import type { Correction } from '../core/corrections/corrections';
import { AnalysisClient } from '../analysis/analysisClient';
import { AnalysisService } from '../analysis/analysisService';
import { analysisWorker } from './analysisWorker';
import { CorrectedAnalyses } from './correctedAnalyses';
import type { Settings } from './settings';
import { documentLength, tooLargeNotice } from './sizeLimit';
import { fileNameOf } from './uriPaths';

/** Where the reader's corrections come from; a new list (a new array) whenever they change. */
export interface CorrectionsSource {
  correctionsFor(uri: vscode.Uri): readonly Correction[];
  readonly onDidChange: vscode.Event<void>;
}

export interface ModelsInspection {
  readonly notices: readonly string[];
  readonly workerRestarts: number;
  /** How many times the document's text was read for analysis (0 without a document). */
  readonly textsRead: number;
  readonly busy: number;
  readonly state: DocumentState | undefined;
}

/** What a document is waiting for, for status displays. */
export type DocumentState = 'unsupported' | 'tooLarge' | 'analysing' | 'partial' | 'ready';

/**
 * The one place that turns open documents into analyses. Every feature asks it for the model of a
 * document and listens to `onDidChange`; none of them runs NLP itself. The NLP runs in a worker
 * (dist/worker.js, or dist/web/worker.js on the web); this thread only debounces, posts text and
 * stores results.
 */
export class DocumentModels implements vscode.Disposable {
  private readonly service: AnalysisService;
  private readonly client: AnalysisClient;
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();
  /** Documents above the size limit that the user asked to analyse anyway. */
  private readonly allowedLarge = new Set<string>();
  /** Documents already told they are above the size limit. */
  private readonly toldTooLarge = new Set<string>();
  private toldWorkerLost = false;
  private workerRestarts = 0;
  /** How many times a document's whole text was read to be analysed (for the tests: once per version). */
  /** Texts read for analysis, by document key: a book's getText is costly, so it is read once per version. */
  private readonly textsRead = new Map<string, number>();
  private readonly notices: string[] = [];
  private readonly changed = new vscode.EventEmitter<vscode.TextDocument>();
  private readonly subscriptions: vscode.Disposable[] = [];
  private corrections: CorrectionsSource | undefined;
  private readonly corrected = new CorrectedAnalyses();
  /** Fires when a document's analysis (or its state) changed: read it again with `peek`. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly settings: Settings, extensionUri: vscode.Uri) {
    this.client = new AnalysisClient({
      startWorker: analysisWorker(extensionUri),
      onWorkerLost: (error) => this.workerLost(error),
    });
    this.service = new AnalysisService(this.client);
    this.subscriptions.push(
      this.changed,
      vscode.workspace.onDidOpenTextDocument((d) => this.schedule(d, 0)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length === 0) return; // only the dirty flag changed
        this.service.cancel(this.key(e.document)); // its work is stale now
        this.schedule(e.document, this.settings.current.debounceMs);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d)),
      settings.onDidChange(() => this.reconfigure()),
    );
    for (const document of vscode.workspace.textDocuments) this.schedule(document, 0);
  }

  isSupported(document: vscode.TextDocument): boolean {
    return this.settings.appliesTo(document);
  }

  /** The analysis of the document's current version, if ready (possibly partial: see `state`). */
  peek(document: vscode.TextDocument): Analysis | undefined {
    if (!this.isSupported(document)) return undefined;
    const raw = this.service.get(this.key(document), document.version);
    return raw && this.correct(document, () => document.getText(), raw);
  }

  state(document: vscode.TextDocument): DocumentState {
    if (!this.isSupported(document)) return 'unsupported';
    const key = this.key(document);
    if (this.service.isComplete(key, document.version)) return 'ready';
    if (this.isTooLarge(document)) return 'tooLarge';
    return this.service.get(key, document.version) ? 'partial' : 'analysing';
  }

  /**
   * The complete analysis of the document's current version, computed if needed. Undefined when
   * the document is not supported, is above the size limit (see `analyzeNow`), or changed meanwhile.
   */
  async get(document: vscode.TextDocument): Promise<Analysis | undefined> {
    if (!this.isSupported(document) || this.isTooLarge(document)) return undefined;
    const key = this.key(document);
    const version = document.version;
    // Hovers, symbols and the debounced analysis all ask while the analysis runs; the service
    // copies a book's text (getText) and posts it only for the first of them.
    const readText = (): string => {
      this.textsRead.set(key, (this.textsRead.get(key) ?? 0) + 1);
      return document.getText();
    };
    const analysed = await this.service.analyze(key, version, readText, {
      priority: visibleSpan(document),
      onPartial: () => this.fireIfCurrent(document, version),
    });
    return analysed && this.correct(document, analysed.text, analysed.analysis);
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
    return this.corrected.of(this.key(document), raw, this.corrections?.correctionsFor(document.uri) ?? [], text);
  }

  private correctionsChanged(): void {
    this.corrected.clear();
    for (const document of vscode.workspace.textDocuments) {
      if (this.peek(document)) this.changed.fire(document);
      else this.schedule(document, 0);
    }
  }

  /** The user asked for this document: analyse it even above the size limit. */
  async analyzeNow(document: vscode.TextDocument): Promise<Analysis | undefined> {
    if (!this.isSupported(document)) return undefined;
    this.allowedLarge.add(this.key(document));
    const version = document.version;
    const analysis = await this.get(document);
    this.fireIfCurrent(document, version);
    return analysis;
  }

  private isTooLarge(document: vscode.TextDocument): boolean {
    return documentLength(document) > this.settings.current.maxDocumentSize && !this.allowedLarge.has(this.key(document));
  }

  private key(document: vscode.TextDocument): string {
    return document.uri.toString();
  }

  private schedule(document: vscode.TextDocument, delay: number): void {
    if (!this.isSupported(document)) return;
    const key = this.key(document);
    clearTimeout(this.pending.get(key));
    this.pending.delete(key);
    if (this.isTooLarge(document)) {
      this.tellTooLarge(document);
      return;
    }
    this.pending.set(key, setTimeout(() => {
      this.pending.delete(key);
      if (document.isClosed) return;
      const version = document.version;
      this.get(document).then(
        (analysis) => {
          if (analysis) this.fireIfCurrent(document, version);
        },
        (error: Error) => this.analysisFailed(document, error),
      );
    }, delay));
  }

  private fireIfCurrent(document: vscode.TextDocument, version: number): void {
    if (!document.isClosed && document.version === version) this.changed.fire(document);
  }

  private tellTooLarge(document: vscode.TextDocument): void {
    const key = this.key(document);
    this.changed.fire(document);
    if (this.toldTooLarge.has(key)) return;
    this.toldTooLarge.add(key);
    this.notify('info', tooLargeNotice(document, this.settings.current.maxDocumentSize), 'Analyze Now')
      .then((choice) => {
        if (choice && !document.isClosed) return this.analyzeNow(document);
        return undefined;
      })
      .then(undefined, (error: Error) => this.analysisFailed(document, error));
  }

  private workerLost(error: Error): void {
    this.workerRestarts++;
    console.warn(`Dossier: the analysis worker stopped and was restarted: ${error.message}`);
    if (this.toldWorkerLost) return;
    this.toldWorkerLost = true;
    void this.notify('warning', 'Dossier: the analysis worker stopped unexpectedly and was restarted. Annotations may take a moment to come back.');
  }

  private analysisFailed(document: vscode.TextDocument, error: Error): void {
    console.error(`Dossier: analysing ${document.uri.toString()} failed:`, error);
    if (document.isClosed) return;
    void this.notify('error', `Dossier could not analyse ${fileNameOf(document.uri)}: ${error.message.split('\n')[0]}`);
  }

  private notify(level: 'info' | 'warning' | 'error', message: string, ...actions: string[]): Thenable<string | undefined> {
    this.notices.push(message);
    if (level === 'error') return vscode.window.showErrorMessage(message, ...actions);
    if (level === 'warning') return vscode.window.showWarningMessage(message, ...actions);
    return vscode.window.showInformationMessage(message, ...actions);
  }

  /** Settings changed: drop what is no longer supported, analyse what now is. */
  private reconfigure(): void {
    for (const document of vscode.workspace.textDocuments) {
      if (this.isSupported(document)) {
        if (!this.service.get(this.key(document), document.version)) this.schedule(document, 0);
      } else if (this.service.get(this.key(document), document.version)) {
        this.forget(document);
        this.changed.fire(document);
      }
    }
  }

  private forget(document: vscode.TextDocument): void {
    const key = this.key(document);
    clearTimeout(this.pending.get(key));
    this.pending.delete(key);
    this.allowedLarge.delete(key);
    this.toldTooLarge.delete(key);
    this.corrected.forget(key);
    this.service.forget(key);
    this.textsRead.delete(key);
  }

  /** What the integration tests look at (see testCommands.ts): the notices shown, restarts, texts read, work in progress. */
  inspect(document: vscode.TextDocument | undefined): ModelsInspection {
    return { notices: [...this.notices], workerRestarts: this.workerRestarts, textsRead: document ? this.textsRead.get(this.key(document)) ?? 0 : 0, busy: this.service.busy, state: document && this.state(document) };
  }

  /** For the integration tests: kill the analysis worker, as a crash would. */
  crashWorkerForTesting(): void {
    this.client.crashWorkerForTesting();
  }

  dispose(): void {
    for (const timer of this.pending.values()) clearTimeout(timer);
    this.service.dispose();
    vscode.Disposable.from(...this.subscriptions).dispose();
  }
}

/** The part of the document shown in editors, as one span of offsets. */
function visibleSpan(document: vscode.TextDocument): Span | undefined {
  const ranges = vscode.window.visibleTextEditors.filter((e) => e.document === document).flatMap((e) => e.visibleRanges);
  if (ranges.length === 0) return undefined;
  const start = Math.min(...ranges.map((r) => document.offsetAt(r.start)));
  const end = Math.max(...ranges.map((r) => document.offsetAt(r.end)));
  return { start, end };
}
