// The background index of the workspace: every included file analysed in worker threads, after
// the active editor and never ahead of it, kept current by a file watcher, persisted so that a
// folder opened again is read back. What the index holds (every file's summary, the merged
// entities, the store) is the index worker's (indexService.ts): the host finds, watches and reads
// the files, has them analysed, and keeps only what the Workspace view lists.
import * as vscode from 'vscode';
import { AnalysisPool } from '../../analysis/analysisPool';
import type { Correction } from '../../core/corrections/corrections';
import type { Analysis } from '../../core/model/model';
import { digestOf, summaryOf } from '../../core/workspace/digest';
import { frontMatterDate } from '../../core/workspace/documentDate';
import type { DocumentModels } from '../documentModels';
import type { DossierSettings, Settings, WorkspaceIndexSettings } from '../settings';
import { analysisWorker, indexWorker } from '../analysisWorker';
import { sha1Hex } from '../contentHash';
import { relativePathOf } from '../uriPaths';
import { IndexClient, partsOf } from './indexClient';
import type { EntitySummary, FolderCorrections, IndexCalls, IndexMethod, IndexView } from './indexProtocol';
import type { FileStamp } from './indexStore';
import { withIndexingProgress, type IndexingProgress } from './indexingProgress';
import { languageFilesGlob, type LanguageManifest } from './languageFiles';

/** The index's two analysis workers: both cores, at a lower priority than the editor's own. */
const POOL_SIZE = 2;
/** How long to wait for the active editor's analysis before looking again. */
const ACTIVE_EDITOR_POLL_MS = 250;
/** How many files' sizes and times are asked for at once when the folder is scanned. */
const PARALLEL_STATS = 64;

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

/** The index worker, and the reading of the store into it. */
interface StartedWorker {
  readonly worker: IndexClient;
  readonly opened: Promise<void>;
}

export class WorkspaceIndexer implements vscode.Disposable {
  /** The files in the index: the watcher's changes and deletions are checked against them. */
  private readonly indexed = new Set<string>();
  private readonly queue = new Set<string>();
  private pool: AnalysisPool | undefined;
  /** The index worker, with the store read (or being read) into it. */
  private client: StartedWorker | undefined;
  /** What the Workspace view lists, as of the last merge. */
  private listed: IndexView | undefined;
  private running: Promise<void> | undefined;
  private cancelled = false;
  private generation = 0;
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
        else this.configure();
      }),
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.restart()),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.restart()),
      corrections.onDidChange(() => this.configure()),
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

  /** What the Workspace view lists, once the first files are merged; undefined when the workspace is not indexed. */
  get view(): IndexView | undefined {
    return this.listed;
  }

  /** The entity called `name` among those the view lists. */
  listedEntity(name: string): EntitySummary | undefined {
    return this.listed && Object.values(this.listed.kinds).flatMap((kind) => kind.shown).find((e) => e.name === name);
  }

  /** Ask the index worker; undefined when the workspace is not indexed, or the worker could not answer. */
  async ask<M extends IndexMethod>(method: M, ...args: Parameters<IndexCalls[M]>): Promise<ReturnType<IndexCalls[M]> | undefined> {
    const client = this.client;
    if (!client) return undefined;
    try {
      await client.opened;
      return await client.worker.call(method, ...args);
    } catch (error) {
      if (client === this.client) console.error(`Dossier: the workspace index could not answer (${method}): ${error}`);
      return undefined;
    }
  }

  /** Whether the file (by URI) is in the index. */
  isIndexed(uri: string): boolean {
    return this.indexed.has(uri);
  }

  /** Resolves when the queue is empty and the index merged (for tests and the bench). */
  async whenIdle(): Promise<void> {
    while (this.running) await this.running;
    await this.ask('whenMerged');
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
      this.forget();
      this.changed.fire();
      return;
    }
    this.watch();
    const previous = this.running ?? Promise.resolve();
    this.run(previous.then(() => this.scan(generation)));
  }

  /** Stop the index worker: what it held is gone (the store stays on disk). */
  private forget(): void {
    this.client?.worker.dispose();
    this.client = undefined;
    this.indexed.clear();
    this.listed = undefined;
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
    if (save) await this.saveNow();
    this.forget();
    this.droppedStore = undefined;
    this.restart();
    await this.whenIdle();
  }

  /** Write the store now rather than at the next save's due time (before the window closes, say). */
  async saveNow(): Promise<void> {
    await this.ask('save');
  }

  /** Where the index is kept: the extension's storage for this workspace, when it has one. */
  get storeFile(): vscode.Uri | undefined {
    return this.context.storageUri && vscode.Uri.joinPath(this.context.storageUri, 'workspace-index.json');
  }

  /** The index worker, started with the store read into it, the first time it is needed. */
  private started(): StartedWorker {
    if (this.client) return this.client;
    let started = false;
    const worker: IndexClient = new IndexClient(
      indexWorker(this.context.extensionUri),
      (view) => {
        if (this.client?.worker !== worker) return;
        this.listed = view;
        this.changed.fire();
      },
      (error) => {
        if (this.client?.worker !== worker) return;
        console.error(`Dossier: the workspace index's worker stopped: ${error.message}`);
        this.forget();
        // One that had read its store started again (from the store); one that never did would only fail again.
        if (started) this.restart();
        else this.changed.fire();
      },
    );
    const opened = (async () => {
      const file = this.storeFile;
      const { dropped } = await worker.call('open', file && partsOf(file), await analysisVersion(this.context.extensionUri));
      started = true;
      if (dropped !== undefined) this.droppedStore = dropped;
    })();
    this.client = { worker, opened };
    this.configure();
    return this.client;
  }

  /** Tell the index worker what its merge applies: each folder's corrections, the names threshold. */
  private configure(): void {
    const folders: FolderCorrections = (vscode.workspace.workspaceFolders ?? []).map((folder) => [folder.uri.toString(), this.corrections.correctionsFor(folder.uri)]);
    void this.ask('configure', folders, this.allSettings.current.minNameConfidence);
  }

  /**
   * Find the files; those whose size and modification time the store has are taken from it
   * without being read, the others queued. The files are listed and their stamps taken while the
   * worker starts and reads the store: a folder opened again waits for the longer of the two.
   */
  private async scan(generation: number): Promise<void> {
    this.cancelled = false;
    const { worker, opened } = this.started();
    const [{ found, stamped }] = await Promise.all([this.findStamped(), opened]);
    if (generation !== this.generation) return;
    const foundKeys = new Set(found.map((u) => u.toString()));
    this.remove([...this.indexed].filter((key) => !foundKeys.has(key)));
    const taken = new Set(await worker.call('takeUnchanged', stamped));
    for (const key of taken) this.indexed.add(key);
    for (const key of foundKeys) if (!taken.has(key)) this.queue.add(key);
    await this.drain(generation);
  }

  /** The included files, and the stamp of each that has one. */
  private async findStamped(): Promise<{ found: vscode.Uri[]; stamped: [string, FileStamp][] }> {
    const found = await this.findIncluded();
    const stamped: [string, FileStamp][] = [];
    for (let i = 0; i < found.length; i += PARALLEL_STATS) {
      const stamps = await Promise.all(found.slice(i, i + PARALLEL_STATS).map(stampOf));
      stamps.forEach((stamp, j) => stamp && stamped.push([found[i + j].toString(), stamp]));
    }
    return { found, stamped };
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
      this.remove([...this.indexed].filter((file) => file === key || file.startsWith(`${key}/`)));
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
      if (this.indexed.has(uri.toString())) enqueue(uri);
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

  private remove(keys: readonly string[]): void {
    if (keys.length === 0) return;
    for (const key of keys) this.indexed.delete(key);
    void this.ask('remove', keys);
  }

  /**
   * Index the queued files, two per worker at a time, showing the progress (see indexingProgress.ts),
   * then merge. Cancel stops the run; what is indexed stays, in the index and in the store, so
   * the next run (the folder opened again, or Reindex) analyses only the rest.
   */
  private async drain(generation: number): Promise<void> {
    const { worker } = this.started();
    if (this.queue.size > 0) {
      this.pool ??= new AnalysisPool(POOL_SIZE, { startWorker: analysisWorker(this.context.extensionUri) });
      const pool = this.pool;
      try {
        await this.indexQueued(generation, pool, worker);
      } finally {
        // Nothing left to analyse: the workers go, with the models each holds (hundreds of MB),
        // and a later change starts them again.
        if (this.queue.size === 0 && this.pool === pool) {
          this.pool = undefined;
          pool.dispose();
        }
      }
    }
    await this.ask('merge'); // the files taken from the store unread, or read back unchanged, wait for this one
  }

  private async indexQueued(generation: number, pool: AnalysisPool, worker: IndexClient): Promise<void> {
    await withIndexingProgress(async ({ report, token }) => {
      const stopping = token.onCancellationRequested(() => this.stop());
      let done = 0;
      report(done, this.queue.size);
      const runner = async (): Promise<void> => {
        for (;;) {
          if (this.cancelled || generation !== this.generation) return;
          const key = this.queue.values().next().value;
          if (key === undefined) return;
          this.queue.delete(key);
          await this.afterActiveEditor();
          if (this.cancelled) return;
          await this.indexFile(vscode.Uri.parse(key), pool, worker);
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

  private async indexFile(uri: vscode.Uri, pool: AnalysisPool, worker: IndexClient): Promise<void> {
    const key = uri.toString();
    // Taken before the read, so that a write during it leaves a stamp that no longer matches.
    const stamp = await stampOf(uri);
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(uri);
      this.readCount++;
    } catch {
      this.remove([key]); // gone, or unreadable: nothing to index
      return;
    }
    const hash = await sha1Hex(bytes);
    if (await worker.call('takeKnown', key, hash, stamp)) {
      this.indexed.add(key);
      return;
    }
    const text = textOf(bytes, this.allSettings.current.maxDocumentSize);
    if (text === undefined) {
      this.remove([key]);
      return;
    }
    // Stopped while the file was read: no new analysis starts after the reader said stop.
    if (this.cancelled) return;
    let analysis: Analysis | undefined;
    try {
      analysis = await pool.analyze(text);
    } catch (error) {
      // A file that killed the analysis worker was sent once more, whole, to a fresh one
      // (analysisClient.ts); killing that one too, it fails here. It must not end the run: the other
      // runners and the merge go on, the files already indexed stay, and it is named in the log.
      console.error(`Dossier: could not index ${key}: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    if (!analysis) {
      if (!this.cancelled) this.queue.add(key); // it gave way to the active editor: again later
      return;
    }
    this.analysedCount++;
    const { summary, mentions } = summaryOf(digestOf(key, analysis));
    const date = frontMatterDate(text);
    await worker.call('put', key, hash, stamp, { digest: summary, lineStarts: lineStartsOf(text), ...(date !== undefined && { frontMatterDate: date }) }, mentions);
    this.indexed.add(key);
  }

  dispose(): void {
    this.stop();
    this.generation++;
    for (const watcher of this.watchers) watcher.dispose();
    this.pool?.dispose();
    // The store as it is now, then the worker goes.
    const client = this.client;
    this.client = undefined;
    if (client) void client.worker.call('save').catch(() => undefined).finally(() => client.worker.dispose());
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
