// The background index of the workspace: every included file analysed in worker threads, after
// the active editor and never ahead of it, kept current by a file watcher, persisted so that a
// folder opened again is read back, and merged into workspace entities for the views.
import * as vscode from 'vscode';
import { AnalysisPool } from '../../analysis/analysisPool';
import type { Correction } from '../../core/corrections/corrections';
import { countWhile } from '../../core/model/spans';
import { digestOf, summaryOf, withDigestNamesAtLeast, type DocumentDigest } from '../../core/workspace/digest';
import { fileNameDate, frontMatterDate } from '../../core/workspace/documentDate';
import { workspaceInSteps, type WorkspaceIndex } from '../../core/workspace/merge';
import { symbolTableInSteps, type SymbolTable } from '../../core/workspace/symbolSearch';
import type { DocumentModels } from '../documentModels';
import type { DossierSettings, Settings, WorkspaceIndexSettings } from '../settings';
import { analysisWorker } from '../analysisWorker';
import { sha1Hex } from '../contentHash';
import { relativePathOf } from '../uriPaths';
import { IndexStore, type FileStamp, type StoredAnalysis } from './indexStore';
import { withIndexingProgress, type IndexingProgress } from './indexingProgress';
import { languageFilesGlob, type LanguageManifest } from './languageFiles';

/** The index's two analysis workers: both cores, at a lower priority than the editor's own. */
const POOL_SIZE = 2;
/** Merge the files into entities at most this often while indexing, so the views fill in as it goes. */
const MERGE_DELAY_MS = 400;
const SAVE_DELAY_MS = 1_000;
/**
 * Merging and saving go over the whole index, so they take longer as it grows: while files come
 * in, each waits at least this many times as long as it last took, so the two take a bounded
 * share of the host's time (without it, 10,000 files indexed ever slower as merges and saves of
 * everything so far crowded out the indexing).
 */
const WHOLE_INDEX_WORK_SPACING = 10;
/**
 * A merge runs in slices of about this long, and lets the host's other work run between them: a
 * folder of ten thousand files takes seconds to merge, and the editor must not stop answering for
 * that long.
 */
const MERGE_SLICE_MS = 15;
/** How long to wait for the active editor's analysis before looking again. */
const ACTIVE_EDITOR_POLL_MS = 250;

/** The globs set to true in `files.exclude` and `search.exclude` (findFiles honours neither once given its own exclude). */
function excludedGlobs(settings: WorkspaceIndexSettings): string[] {
  const fromSetting = (section: string): string[] =>
    Object.entries(vscode.workspace.getConfiguration(section).get<Record<string, unknown>>('exclude', {}))
      .filter(([, on]) => on === true)
      .map(([glob]) => glob);
  return [...new Set([...fromSetting('files'), ...fromSetting('search'), ...settings.exclude])];
}

/**
 * What the index takes in: `dossier.workspace.include`, and the files VS Code opens in one of
 * `dossier.languages` (by the installed extensions' language contributions and `files.associations`).
 */
function includedGlobs(settings: DossierSettings): string[] {
  const manifests = vscode.extensions.all.map((e) => e.packageJSON as LanguageManifest);
  const associations = vscode.workspace.getConfiguration('files').get<Record<string, unknown>>('associations', {});
  const byLanguage = languageFilesGlob(settings.languages, manifests, associations);
  return byLanguage === undefined || byLanguage === settings.workspace.include ? [settings.workspace.include] : [settings.workspace.include, byLanguage];
}

export class WorkspaceIndexer implements vscode.Disposable {
  /** File URI → what the index keeps of it in memory: its summary (the mentions are in the store). */
  private readonly files = new Map<string, StoredAnalysis>();
  private readonly queue = new Set<string>();
  private pool: AnalysisPool | undefined;
  private store: IndexStore | undefined;
  private index: WorkspaceIndex | undefined;
  /** What Go to Symbol in Workspace searches, built with each merge. */
  private symbols: SymbolTable | undefined;
  private running: Promise<void> | undefined;
  private cancelled = false;
  private generation = 0;
  private mergeTimer: ReturnType<typeof setTimeout> | undefined;
  /** The merge under way, and whether another was asked for meanwhile (it runs next). */
  private merging: Promise<void> | undefined;
  private mergeAgain = false;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  /**
   * The saves under way, one after another: VS Code renames over a file by deleting it first, so
   * of two saves at once (a big store outlasting SAVE_DELAY_MS) the second failed.
   */
  private saving: Promise<void> = Promise.resolve();
  /** How long the last merge (with the listeners it notifies) and the last save took. */
  private lastMergeMs = 0;
  private lastSaveMs = 0;
  private watchers: vscode.FileSystemWatcher[] = [];
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly subscriptions: vscode.Disposable[] = [];
  /** Files analysed (not read back from the store) since activation: the tests check reopening. */
  analysedCount = 0;
  /** Files read (analysed, or found in the store by their hash) since activation: the tests check a change reads one file. */
  readCount = 0;
  /** The progress of the run under way, if one is. */
  indexing: IndexingProgress | undefined;
  /** Why the last store was dropped, if it was. */
  droppedStore: string | undefined;
  /** The settings the running index was started with, to restart only when they change. */
  private settingsKey = '';
  /** The names threshold of the last merge (dossier.names.minConfidence). */
  private minNameConfidence = -1;
  /** Fires when the merged index changed. */
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly allSettings: Settings,
    private readonly models: DocumentModels,
    private readonly corrections: { correctionsFor(uri: vscode.Uri): readonly Correction[]; readonly onDidChange: vscode.Event<void> },
  ) {
    this.subscriptions.push(
      this.changed,
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (['files.exclude', 'search.exclude', 'files.associations'].some((section) => e.affectsConfiguration(section))) this.restart();
      }),
      allSettings.onDidChange((current) => {
        if (indexKey(current) !== this.settingsKey) this.restart();
        else if (current.minNameConfidence !== this.minNameConfidence) this.scheduleMerge(0);
      }),
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.restart()),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.restart()),
      corrections.onDidChange(() => this.scheduleMerge(0)),
      vscode.commands.registerCommand('dossier.stopIndexingWorkspace', () => this.stop()),
      // The reader's document comes first: a file being indexed gives way (it is queued again)
      // when another editor comes to the front or the reader types.
      vscode.window.onDidChangeActiveTextEditor(() => this.pool?.cancelAll()),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === vscode.window.activeTextEditor?.document && e.contentChanges.length > 0) this.pool?.cancelAll();
      }),
      vscode.commands.registerCommand('dossier.reindexWorkspace', () => this.restart()),
    );
    this.restart();
  }

  private get settings(): WorkspaceIndexSettings {
    return this.allSettings.current.workspace;
  }

  /** The merged index, once the first files are in; undefined when the workspace is not indexed. */
  get current(): WorkspaceIndex | undefined {
    return this.index;
  }

  /** The merged index's names and quotes as Ctrl+T searches them (see symbolSearch.ts). */
  get symbolTable(): SymbolTable | undefined {
    return this.symbols;
  }

  /** Whether the file (by URI) is in the index. */
  isIndexed(uri: string): boolean {
    return this.files.has(uri);
  }

  /** The position of an offset in an indexed file, from its stored line starts. */
  positionIn(uri: string, offset: number): vscode.Position | undefined {
    const lineStarts = this.files.get(uri)?.lineStarts;
    if (!lineStarts) return undefined;
    const line = countWhile(lineStarts, (start) => start <= offset) - 1;
    return new vscode.Position(line, offset - lineStarts[line]);
  }

  rangeIn(uri: string, start: number, end: number): vscode.Range | undefined {
    const from = this.positionIn(uri, start);
    const to = this.positionIn(uri, end);
    return from && to && new vscode.Range(from, to);
  }

  /**
   * Every mention span, flattened and in document order, of the file's entities `localIds` (those
   * of one workspace entity there), read from the store: the index holds only the first of each.
   * Undefined when the store cannot give them.
   */
  async mentionSpans(uri: string, localIds: readonly string[]): Promise<number[] | undefined> {
    const hash = this.store?.files.get(uri);
    const mentions = hash === undefined ? undefined : await this.store?.mentionsOf(vscode.workspace.fs, hash);
    if (!mentions || !localIds.every((id) => id in mentions)) return undefined;
    const pairs = localIds.flatMap((id) => Array.from({ length: mentions[id].length / 2 }, (_, i): [number, number] => [mentions[id][2 * i], mentions[id][2 * i + 1]]));
    return pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]).flat();
  }

  /** Resolves when the queue is empty and the index merged (for tests and the bench). */
  async whenIdle(): Promise<void> {
    while (this.running) await this.running;
    if (this.mergeTimer !== undefined) void this.merge();
    while (this.merging) await this.merging;
  }

  /** Stop indexing now, the analyses under way included; what is indexed stays. */
  stop(): void {
    this.cancelled = true;
    this.queue.clear();
    this.pool?.cancelAll();
  }

  /** Start over: read the settings, find the files, index what the store does not have. */
  restart(): void {
    this.settingsKey = indexKey(this.allSettings.current);
    this.stop();
    const generation = ++this.generation;
    for (const watcher of this.watchers) watcher.dispose();
    this.watchers = [];
    const wanted = this.allSettings.current.enabled && this.settings.enabled && vscode.workspace.isTrusted && (vscode.workspace.workspaceFolders?.length ?? 0) > 0;
    if (!wanted) {
      this.pool?.dispose();
      this.pool = undefined;
      this.files.clear();
      this.index = undefined;
      this.symbols = undefined;
      this.changed.fire();
      return;
    }
    this.watch();
    const previous = this.running ?? Promise.resolve();
    this.run(previous.then(() => this.scan(generation)));
  }

  /** Index what the watcher queued, unless indexing is under way (its runners take it). */
  private kick(): void {
    if (this.running) return;
    this.cancelled = false;
    this.run(this.drain(this.generation));
  }

  /** Track the work as the one running; when it ends, start again if files were queued meanwhile. */
  private run(work: Promise<void>): void {
    const running = work
      .catch((error) => console.error(`Dossier: indexing the workspace failed: ${error}`))
      .finally(() => {
        if (this.running !== running) return;
        this.running = undefined;
        if (this.queue.size > 0 && !this.cancelled) this.kick();
      });
    this.running = running;
  }

  /**
   * As if the folder were opened again: save the store (unless told not to), forget everything
   * held in memory, and index from the store on disk. For the tests of reopening and of a corrupt store.
   */
  async reopen({ save }: { readonly save: boolean } = { save: true }): Promise<void> {
    this.stop();
    await this.whenIdle();
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    if (save) await this.saveNow();
    await this.saving;
    this.store = undefined;
    this.files.clear();
    this.droppedStore = undefined;
    this.restart();
    await this.whenIdle();
  }

  /** Write the store now rather than at the next save's due time (before the window closes, say). */
  saveNow(): Promise<void> {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    const store = this.store;
    const saved = this.saving.then(async () => {
      const started = performance.now();
      await store?.save(vscode.workspace.fs);
      this.lastSaveMs = performance.now() - started;
    });
    this.saving = saved.catch(() => undefined);
    return saved;
  }

  /** Where the index is kept: the extension's storage for this workspace, when it has one. */
  get storeFile(): vscode.Uri | undefined {
    return this.context.storageUri && vscode.Uri.joinPath(this.context.storageUri, 'workspace-index.json');
  }

  private async scan(generation: number): Promise<void> {
    this.cancelled = false;
    this.store ??= await this.loadStore();
    const found = await this.findIncluded();
    if (generation !== this.generation) return;
    const foundKeys = new Set(found.map((u) => u.toString()));
    for (const key of [...this.files.keys()]) if (!foundKeys.has(key)) this.remove(key);
    for (const uri of found) this.queue.add(uri.toString());
    await this.drain(generation);
  }

  private async loadStore(): Promise<IndexStore> {
    const version = await analysisVersion(this.context.extensionUri);
    const file = this.storeFile;
    if (!file) return IndexStore.empty(version);
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(file, '..'));
    const loaded = await IndexStore.load(vscode.workspace.fs, file, version);
    if (loaded.state === 'new' && loaded.why) this.droppedStore = loaded.why;
    return loaded.store;
  }

  private async findIncluded(): Promise<vscode.Uri[]> {
    const excluded = excludedGlobs(this.settings);
    const found = await Promise.all(includedGlobs(this.allSettings.current).map((glob) => vscode.workspace.findFiles(glob, excluded.length ? `{${excluded.join(',')}}` : null)));
    const unique = new Map(found.flat().map((uri) => [uri.toString(), uri]));
    return [...unique.values()];
  }

  private watch(): void {
    for (const glob of includedGlobs(this.allSettings.current)) this.watchers.push(this.watchGlob(glob));
    // A deleted folder is one event (VS Code drops the events of what was in it), and its path
    // matches no file glob: deletions are watched everywhere, and everything under the path goes.
    const deletions = vscode.workspace.createFileSystemWatcher('**', true, true, false);
    deletions.onDidDelete((uri) => {
      const key = uri.toString();
      for (const file of [...this.files.keys()]) if (file === key || file.startsWith(`${key}/`)) this.remove(file);
      this.queue.delete(key);
    });
    this.watchers.push(deletions);
  }

  private watchGlob(glob: string): vscode.FileSystemWatcher {
    const watcher = vscode.workspace.createFileSystemWatcher(glob, false, false, true);
    const enqueue = (uri: vscode.Uri): void => {
      this.queue.add(uri.toString());
      this.kick();
    };
    watcher.onDidChange((uri) => {
      if (this.files.has(uri.toString())) enqueue(uri);
    });
    // A new file is indexed only if the excludes let it in: ask findFiles about that one path.
    watcher.onDidCreate(async (uri) => {
      const folder = vscode.workspace.getWorkspaceFolder(uri);
      if (!folder) return;
      const excluded = excludedGlobs(this.settings);
      const pattern = new vscode.RelativePattern(folder, relativePathOf(folder.uri.path, uri));
      const [included] = await vscode.workspace.findFiles(pattern, excluded.length ? `{${excluded.join(',')}}` : null, 1);
      if (included) enqueue(uri);
    });
    return watcher;
  }

  private remove(key: string): void {
    this.files.delete(key);
    this.store?.delete(key);
    this.scheduleMerge(0);
    this.scheduleSave();
  }

  /**
   * Index the queued files, two per worker at a time, showing the progress (see indexingProgress.ts).
   * Cancel stops the run; what is indexed stays, in memory and in the store, so the next run
   * (the folder opened again, or Reindex) analyses only the rest.
   */
  private async drain(generation: number): Promise<void> {
    if (this.queue.size === 0) return;
    this.pool ??= new AnalysisPool(POOL_SIZE, { startWorker: analysisWorker(this.context.extensionUri) });
    const pool = this.pool;
    try {
      await this.indexQueued(generation, pool);
    } finally {
      await this.merge(); // the files read back unchanged wait for this one (see indexFile)
      // Nothing left to analyse: the workers go, with the models each holds (hundreds of MB),
      // and a later change starts them again.
      if (this.queue.size === 0 && this.pool === pool) {
        this.pool = undefined;
        pool.dispose();
      }
    }
  }

  private async indexQueued(generation: number, pool: AnalysisPool): Promise<void> {
    await withIndexingProgress(async ({ report, token }) => {
      const stopping = token.onCancellationRequested(() => this.stop());
      let done = 0;
      const runner = async (): Promise<void> => {
        for (;;) {
          if (this.cancelled || generation !== this.generation) return;
          const key = this.queue.values().next().value;
          if (key === undefined) return;
          this.queue.delete(key);
          await this.afterActiveEditor();
          if (this.cancelled) return;
          await this.indexFile(vscode.Uri.parse(key), pool);
          done++;
          report(done, done + this.queue.size);
        }
      };
      try {
        await Promise.all(Array.from({ length: POOL_SIZE * 2 }, runner));
      } finally {
        stopping.dispose();
      }
    }, (progress) => (this.indexing = progress));
  }

  /** Wait while the active editor's document is being analysed: the reader's file comes first. */
  private async afterActiveEditor(): Promise<void> {
    for (;;) {
      const document = vscode.window.activeTextEditor?.document;
      const state = document && this.models.state(document);
      if (state !== 'analysing' && state !== 'partial') return;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, ACTIVE_EDITOR_POLL_MS);
        const subscription = this.models.onDidChange(done);
        function done(): void {
          clearTimeout(timer);
          subscription.dispose();
          resolve();
        }
      });
    }
  }

  private async indexFile(uri: vscode.Uri, pool: AnalysisPool): Promise<void> {
    const key = uri.toString();
    // Taken before the read, so that a write during it leaves a stamp that no longer matches.
    const stamp = await stampOf(uri);
    const knownHash = stamp && this.store?.hashIfUnchanged(key, stamp);
    const known = knownHash === undefined ? undefined : this.store?.analysisOf(knownHash);
    if (known) {
      this.files.set(key, known); // neither its size nor its time changed: as the store has it, unread
      return;
    }
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(uri);
      this.readCount++;
    } catch {
      this.remove(key); // gone, or unreadable: nothing to index
      return;
    }
    const hash = await sha1Hex(bytes);
    const unchanged = this.store?.files.get(key) === hash;
    let stored = this.store?.analysisOf(hash);
    if (!stored) {
      const text = textOf(bytes, this.allSettings.current.maxDocumentSize);
      if (text === undefined) {
        this.remove(key);
        return;
      }
      // Stopped while the file was read: no new analysis starts after the reader said stop.
      if (this.cancelled) return;
      const analysis = await pool.analyze(text);
      if (!analysis) {
        if (!this.cancelled) this.queue.add(key); // it gave way to the active editor: again later
        return;
      }
      this.analysedCount++;
      const { entities, quotes } = digestOf(key, analysis);
      const { summary, mentions } = summaryOf({ entities, quotes });
      const date = frontMatterDate(text);
      stored = { digest: summary, lineStarts: lineStartsOf(text), ...(date !== undefined && { frontMatterDate: date }) };
      this.store?.set(key, hash, stamp, stored, mentions);
    } else this.store?.set(key, hash, stamp, stored);
    this.files.set(key, stored);
    this.scheduleSave(); // its analysis, or at least its new stamp
    if (unchanged) return; // touched but the same: the merge at the end of the run takes it in
    this.scheduleMerge(MERGE_DELAY_MS);
  }

  private scheduleMerge(delay: number): void {
    if (this.mergeTimer !== undefined && delay > 0) return;
    clearTimeout(this.mergeTimer);
    this.mergeTimer = setTimeout(() => this.merge(), delay > 0 ? Math.max(delay, this.lastMergeMs * WHOLE_INDEX_WORK_SPACING) : 0);
  }

  /**
   * Merge now, or right after the merge under way; resolves when the merge under way, if any, is
   * done (whenIdle waits for the one after it too).
   */
  private merge(): Promise<void> {
    clearTimeout(this.mergeTimer);
    this.mergeTimer = undefined;
    if (this.merging) {
      this.mergeAgain = true;
      return this.merging;
    }
    this.merging = this.mergeInSlices().finally(() => {
      this.merging = undefined;
      if (!this.mergeAgain) return;
      this.mergeAgain = false;
      void this.merge();
    });
    return this.merging;
  }

  private async mergeInSlices(): Promise<void> {
    const generation = this.generation;
    let busyMs = 0;
    let started = performance.now();
    this.minNameConfidence = this.allSettings.current.minNameConfidence;
    const documents: DocumentDigest[] = [...this.files.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([file, stored]) => {
        const date = stored.frontMatterDate ?? fileNameDate(file);
        return withDigestNamesAtLeast({ file, ...stored.digest, ...(date !== undefined && { date }) }, this.minNameConfidence);
      });
    // Each file under its own folder's corrections (a multi-root workspace has one file per folder).
    const correctionsOf = (file: string): readonly Correction[] => this.corrections.correctionsFor(vscode.Uri.parse(file));
    const steps = (function* () {
      const index = yield* workspaceInSteps(documents, correctionsOf);
      return { index, symbols: yield* symbolTableInSteps(index.entities) };
    })();
    for (;;) {
      let step = steps.next();
      while (!step.done && performance.now() - started < MERGE_SLICE_MS) step = steps.next();
      busyMs += performance.now() - started;
      if (step.done) {
        if (generation !== this.generation) return; // restarted or disposed meanwhile: stale
        started = performance.now();
        ({ index: this.index, symbols: this.symbols } = step.value);
        this.changed.fire();
        this.lastMergeMs = busyMs + performance.now() - started;
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 0));
      started = performance.now();
    }
  }

  private scheduleSave(): void {
    const file = this.storeFile;
    if (!file || this.saveTimer !== undefined) return;
    this.saveTimer = setTimeout(() => {
      this.saveNow().catch((error) => console.error(`Dossier: could not save the workspace index: ${error}`));
    }, Math.max(SAVE_DELAY_MS, this.lastSaveMs * WHOLE_INDEX_WORK_SPACING));
  }

  dispose(): void {
    this.stop();
    this.generation++;
    clearTimeout(this.mergeTimer);
    if (this.saveTimer !== undefined) void this.saveNow().catch(() => undefined);
    for (const watcher of this.watchers) watcher.dispose();
    this.pool?.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}

/** What the index depends on among the settings; a change elsewhere (decorations) leaves it alone. */
function indexKey(settings: DossierSettings): string {
  return JSON.stringify([settings.enabled, settings.maxDocumentSize, settings.languages, settings.workspace]);
}

/** The file's size and modification time, or undefined when it cannot be had (then the file is read). */
async function stampOf(uri: vscode.Uri): Promise<FileStamp | undefined> {
  try {
    const { mtime, size } = await vscode.workspace.fs.stat(uri);
    return [mtime, size];
  } catch {
    return undefined;
  }
}

/** The file's text, or undefined when it is binary, not UTF-8, or above the size limit. */
function textOf(bytes: Uint8Array, maxDocumentSize: number): string | undefined {
  if (bytes.includes(0)) return undefined;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
  return text.length > maxDocumentSize ? undefined : text;
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** The analysis version: a hash of the worker that analyses, so any change to the NLP drops the store. */
let version: Promise<string> | undefined;
function analysisVersion(extensionUri: vscode.Uri): Promise<string> {
  version ??= Promise.resolve(vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'dist', 'worker.js')))
    .then(sha1Hex)
    .catch(() => 'unknown');
  return version;
}
