import * as path from 'path';
import * as vscode from 'vscode';
import type { Analysis, Span } from '../core/model/model';
import { applyCorrections } from '../core/corrections/applyCorrections';
import type { Correction } from '../core/corrections/corrections';
import { AnalysisClient } from '../analysis/analysisClient';
import { AnalysisService } from '../analysis/analysisService';

/** Schemes of documents a person writes; output panels, logs and git diffs are left alone. */
const SCHEMES = ['file', 'untitled'];

/**
 * The settings this module reads. Until the typed settings object exists, they are read here, with
 * the defaults package.json declares.
 */
interface AnalysisSettings {
  readonly enabled: boolean;
  readonly languages: readonly string[];
  /** In characters; above it, a document is analysed only on `dossier.analyzeDocument`. */
  readonly maxDocumentSize: number;
  readonly debounceMs: number;
}

function readSettings(): AnalysisSettings {
  const config = vscode.workspace.getConfiguration('dossier');
  return {
    enabled: config.get<boolean>('enabled', true),
    languages: config.get<string[]>('languages', ['plaintext', 'markdown']),
    maxDocumentSize: config.get<number>('maxDocumentSize', 4_000_000),
    debounceMs: config.get<number>('analysis.debounceMs', 300),
  };
}

/** Where the reader's corrections come from; a new list (a new array) whenever they change. */
export interface CorrectionsSource {
  correctionsFor(uri: vscode.Uri): readonly Correction[];
  readonly onDidChange: vscode.Event<void>;
}

export function isSupported(document: vscode.TextDocument): boolean {
  return supportedBy(readSettings(), document);
}

function supportedBy(settings: AnalysisSettings, document: vscode.TextDocument): boolean {
  return settings.enabled && settings.languages.includes(document.languageId) && SCHEMES.includes(document.uri.scheme);
}

interface AnalysisRequest {
  readonly version: number;
  readonly text: string;
  readonly analysis: Promise<Analysis | undefined>;
}

/** What a document is waiting for, for status displays. */
export type DocumentState = 'unsupported' | 'tooLarge' | 'analysing' | 'partial' | 'ready';

/**
 * The one place that turns open documents into analyses. Every feature asks it for the model of a
 * document and listens to `onDidChange`; none of them runs NLP itself. The NLP runs in a worker
 * thread (dist/worker.js); this thread only debounces, posts text and stores results.
 */
export class DocumentModels implements vscode.Disposable {
  private settings = readSettings();
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
  private textsRead = 0;
  private readonly notices: string[] = [];
  private readonly changed = new vscode.EventEmitter<vscode.TextDocument>();
  private readonly subscriptions: vscode.Disposable[] = [];
  private corrections: CorrectionsSource | undefined;
  /** The analysis running for each document, with the text it was asked for (corrections apply to it). */
  private readonly requests = new Map<string, AnalysisRequest>();
  /** The corrected model of each document, for the raw analysis and corrections it was made from. */
  private readonly corrected = new Map<string, { raw: Analysis; list: readonly Correction[]; analysis: Analysis }>();
  /** Fires when a document's analysis (or its state) changed: read it again with `peek`. */
  readonly onDidChange = this.changed.event;

  constructor(context?: vscode.ExtensionContext) {
    this.client = new AnalysisClient({
      workerScript: path.join(__dirname, 'worker.js'),
      onWorkerLost: (error) => this.workerLost(error),
    });
    this.service = new AnalysisService(this.client);
    this.subscriptions.push(
      this.changed,
      vscode.workspace.onDidOpenTextDocument((d) => this.schedule(d, 0)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length === 0) return; // only the dirty flag changed
        this.service.cancel(this.key(e.document)); // its work is stale now
        this.schedule(e.document, this.settings.debounceMs);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('dossier')) this.reconfigure();
      }),
    );
    if (context?.extensionMode === vscode.ExtensionMode.Test) this.registerTestHooks();
    for (const document of vscode.workspace.textDocuments) this.schedule(document, 0);
  }

  isSupported(document: vscode.TextDocument): boolean {
    return supportedBy(this.settings, document);
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
    const ready = this.service.isComplete(key, version) ? this.service.get(key, version) : undefined;
    if (ready) return this.correct(document, () => document.getText(), ready);
    // Hovers, symbols and the debounced analysis all ask while the analysis runs; a book's text
    // is copied (getText) and posted only for the first of them.
    let request = this.requests.get(key);
    if (request?.version !== version) {
      const text = document.getText();
      this.textsRead++;
      const analysis = this.service.analyze(key, version, text, {
        priority: visibleSpan(document),
        onPartial: () => this.fireIfCurrent(document, version),
      });
      const made: AnalysisRequest = { version, text, analysis };
      const settle = (): void => {
        if (this.requests.get(key) === made) this.requests.delete(key);
      };
      analysis.then(settle, settle);
      this.requests.set(key, (request = made));
    }
    const { text } = request;
    const raw = await request.analysis;
    return raw && this.correct(document, () => text, raw);
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
    const key = this.key(document);
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
    return documentLength(document) > this.settings.maxDocumentSize && !this.allowedLarge.has(this.key(document));
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
    const name = path.basename(document.uri.path) || key;
    const size = documentLength(document).toLocaleString('en-US');
    const limit = this.settings.maxDocumentSize.toLocaleString('en-US');
    this.notify('info', `Dossier: ${name} has ${size} characters, more than dossier.maxDocumentSize (${limit}), so it is not analysed automatically. Run "Dossier: Analyze Document" to analyse it.`, 'Analyze Now')
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
    void this.notify('error', `Dossier could not analyse ${path.basename(document.uri.path)}: ${error.message.split('\n')[0]}`);
  }

  private notify(level: 'info' | 'warning' | 'error', message: string, ...actions: string[]): Thenable<string | undefined> {
    this.notices.push(message);
    if (level === 'error') return vscode.window.showErrorMessage(message, ...actions);
    if (level === 'warning') return vscode.window.showWarningMessage(message, ...actions);
    return vscode.window.showInformationMessage(message, ...actions);
  }

  /** Settings changed: drop what is no longer supported, analyse what now is. */
  private reconfigure(): void {
    this.settings = readSettings();
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
    this.corrected.delete(key);
    this.requests.delete(key);
    this.service.forget(key);
  }

  /** Commands the integration tests use to break things and look inside; registered only in test runs. */
  private registerTestHooks(): void {
    this.subscriptions.push(
      vscode.commands.registerCommand('dossier.test.crashWorker', () => this.client.crashWorkerForTesting()),
      vscode.commands.registerCommand('dossier.test.state', (uri?: vscode.Uri) => {
        const document = uri && vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
        return { notices: [...this.notices], workerRestarts: this.workerRestarts, textsRead: this.textsRead, busy: this.service.busy, state: document && this.state(document) };
      }),
    );
  }

  dispose(): void {
    for (const timer of this.pending.values()) clearTimeout(timer);
    this.service.dispose();
    vscode.Disposable.from(...this.subscriptions).dispose();
  }
}

/** The length in characters, without building the document's text (getText copies it). */
function documentLength(document: vscode.TextDocument): number {
  return document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
}

/** The part of the document shown in editors, as one span of offsets. */
function visibleSpan(document: vscode.TextDocument): Span | undefined {
  const ranges = vscode.window.visibleTextEditors.filter((e) => e.document === document).flatMap((e) => e.visibleRanges);
  if (ranges.length === 0) return undefined;
  const start = Math.min(...ranges.map((r) => document.offsetAt(r.start)));
  const end = Math.max(...ranges.map((r) => document.offsetAt(r.end)));
  return { start, end };
}
