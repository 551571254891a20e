// The workspace index as the index worker holds it (see indexWorker.ts): every file's summary and
// its lines, the store they are saved in, the entities merged from them and what Go to Symbol in
// Workspace searches. The host asks it for what a view or a command shows; it tells the host when
// the merged index changed, with what the Workspace view lists. It runs off the editor's thread,
// so the merge of ten thousand files takes no time from the editor; it still runs in slices, so
// that a search or a hover is answered meanwhile, from the index before it.
import type { Correction } from '../../core/corrections/corrections';
import { ENTITY_KINDS, type EntityKind } from '../../core/model/model';
import { countWhile } from '../../core/model/spans';
import { withDigestNamesAtLeast, type DigestMentions, type DocumentDigest } from '../../core/workspace/digest';
import { dossierOf, type Dossier } from '../../core/workspace/dossier';
import { fileNameDate } from '../../core/workspace/documentDate';
import { listing } from '../../core/workspace/listing';
import { entityNamed, workspaceInSteps, type WorkspaceEntity, type WorkspaceIndex } from '../../core/workspace/merge';
import { matchingSymbols, symbolTableInSteps, type SymbolTable } from '../../core/workspace/symbolSearch';
import type { EntityFileView, EntitySummary, FolderCorrections, IndexServer, IndexView, UriParts, LocationParts, RangeParts, SymbolFound } from './indexProtocol';
import { IndexStore, type FileStamp, type StoredAnalysis, type StoreFileSystem, type StoreUri } from './indexStore';

/** The entities each kind lists, at most (see listing.ts); Go to Symbol in Workspace (Ctrl+T) finds the others. */
const MAX_ENTITIES_PER_KIND = 500;
/** Merge the files into entities at most this often while indexing, so the views fill in as it goes. */
const MERGE_DELAY_MS = 400;
const SAVE_DELAY_MS = 1_000;
/**
 * Merging and saving go over the whole index, so they take longer as it grows: while files come
 * in, each waits at least this many times as long as it last took, so the two take a bounded
 * share of the worker's time (without it, 10,000 files indexed ever slower as merges and saves of
 * everything so far crowded out the indexing).
 */
const WHOLE_INDEX_WORK_SPACING = 10;
/** A merge runs in slices of about this long, answering the host's questions between them. */
const MERGE_SLICE_MS = 15;

export class IndexService implements IndexServer {
  /** File URI → its summary and lines (the mentions are in the store). */
  private readonly files = new Map<string, StoredAnalysis>();
  private store: IndexStore = IndexStore.empty('');
  private index: WorkspaceIndex | undefined;
  private symbolTable: SymbolTable | undefined;
  private corrections: FolderCorrections = [];
  private minNameConfidence = 0;
  private revealedId: string | undefined;
  private mergeTimer: ReturnType<typeof setTimeout> | undefined;
  /** The merge under way, and whether another was asked for meanwhile (it runs next). */
  private merging: Promise<void> | undefined;
  private mergeAgain = false;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  /** The saves under way, one after another: of two saves at once, the second's renames failed. */
  private saving: Promise<void> = Promise.resolve();
  /** How long the last merge and the last save took. */
  private lastMergeMs = 0;
  private lastSaveMs = 0;

  constructor(
    private readonly fileSystem: StoreFileSystem,
    private readonly toUri: (parts: UriParts) => StoreUri,
    /** Called after each merge with what the Workspace view lists. */
    private readonly changed: (view: IndexView) => void,
  ) {}

  async open(storeFile: UriParts | undefined, analysisVersion: string): Promise<{ dropped?: string }> {
    if (!storeFile) {
      this.store = IndexStore.empty(analysisVersion);
      return {};
    }
    const file = this.toUri(storeFile);
    await this.fileSystem.createDirectory(file.with({ path: file.path.slice(0, file.path.lastIndexOf('/')) }));
    const loaded = await IndexStore.load(this.fileSystem, file, analysisVersion);
    this.store = loaded.store;
    return loaded.state === 'new' && loaded.why !== undefined ? { dropped: loaded.why } : {};
  }

  takeUnchanged(files: readonly (readonly [string, FileStamp])[]): string[] {
    const taken: string[] = [];
    for (const [file, stamp] of files) {
      const hash = this.store.hashIfUnchanged(file, stamp);
      const known = hash === undefined ? undefined : this.store.analysisOf(hash);
      if (!known) continue;
      this.files.set(file, known);
      taken.push(file);
    }
    return taken;
  }

  takeKnown(file: string, hash: string, stamp: FileStamp | undefined): boolean {
    const known = this.store.analysisOf(hash);
    if (!known) return false;
    const unchanged = this.store.files.get(file) === hash && this.files.has(file);
    this.store.set(file, hash, stamp, known);
    this.files.set(file, known);
    this.scheduleSave(); // at least its new stamp
    // Touched but the same: the merge at the end of the run takes it in.
    if (!unchanged) this.scheduleMerge(MERGE_DELAY_MS);
    return true;
  }

  put(file: string, hash: string, stamp: FileStamp | undefined, analysis: StoredAnalysis, mentions: DigestMentions): void {
    this.files.set(file, this.store.set(file, hash, stamp, analysis, mentions));
    this.scheduleSave();
    this.scheduleMerge(MERGE_DELAY_MS);
  }

  remove(files: readonly string[]): void {
    for (const file of files) {
      this.files.delete(file);
      this.store.delete(file);
    }
    this.scheduleMerge(0);
    this.scheduleSave();
  }

  configure(corrections: FolderCorrections, minNameConfidence: number): void {
    this.corrections = corrections;
    this.minNameConfidence = minNameConfidence;
    this.scheduleMerge(0);
  }

  /**
   * Merge now, or right after the merge under way; resolves when the merge under way, if any, is
   * done (whenMerged waits for the one after it too).
   */
  merge(): Promise<void> {
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

  async whenMerged(): Promise<void> {
    if (this.mergeTimer !== undefined) void this.merge();
    while (this.merging) await this.merging;
  }

  save(): Promise<void> {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    const saved = this.saving.then(async () => {
      const started = performance.now();
      await this.store.save(this.fileSystem);
      this.lastSaveMs = performance.now() - started;
    });
    this.saving = saved.catch(() => undefined);
    return saved;
  }

  reveal(id: string): EntitySummary | undefined {
    const entity = this.index?.byId.get(id);
    if (!entity) return undefined;
    if (this.revealedId !== id) {
      this.revealedId = id;
      this.changed(this.view(this.index!));
    }
    return summaryOf(entity);
  }

  entityFiles(id: string): EntityFileView[] {
    const entity = this.index?.byId.get(id);
    if (!entity) return [];
    return entity.files.map(({ file, mentions, spans }) => {
      const first = this.rangeIn(file, spans[0], spans[1]);
      const quotes = entity.quotes.filter((q) => q.file === file).map((q) => ({ text: q.text, start: q.start, ...withRange(this.rangeIn(file, q.start, q.end)) }));
      return { file, mentions, ...(first && { first }), quotes };
    });
  }

  symbols(query: string, max: number): SymbolFound[] {
    const found: SymbolFound[] = [];
    if (!this.symbolTable) return found;
    for (const { entity, quote } of matchingSymbols(this.symbolTable, query)) {
      if (found.length >= max) break;
      const [file, start, end] = quote ? [quote.file, quote.start, quote.end] : [entity.files[0]?.file, entity.files[0]?.spans[0], entity.files[0]?.spans[1]];
      const range = file === undefined ? undefined : this.rangeIn(file, start, end);
      if (!range) continue;
      found.push({ name: entity.name, kind: entity.kind, files: entity.files.length, quotes: entity.quotes.length, ...(quote && { quote: quote.text }), location: { file: file!, range } });
    }
    return found;
  }

  entityNamed(kind: EntityKind, name: string, file: string): { entity: EntitySummary; otherFiles: number } | undefined {
    const entity = this.index && entityNamed(this.index, kind, name);
    return entity && { entity: summaryOf(entity), otherFiles: entity.files.filter((f) => f.file !== file).length };
  }

  async references(kind: EntityKind, name: string, here: string): Promise<LocationParts[]> {
    const entity = this.index && entityNamed(this.index, kind, name);
    if (!entity) return [];
    // The summaries hold each file's first mention only: the others are read from the store.
    const perFile = await Promise.all(
      entity.files
        .filter(({ file }) => file !== here)
        .map(async ({ file, localIds, spans }) => {
          const all = (await this.mentionSpans(file, localIds)) ?? spans;
          const locations: LocationParts[] = [];
          for (let i = 0; i < all.length; i += 2) {
            const range = this.rangeIn(file, all[i], all[i + 1]);
            if (range) locations.push({ file, range });
          }
          return locations;
        }),
    );
    return perFile.flat();
  }

  dossier(id: string): Dossier | undefined {
    return this.index && dossierOf(this.index, id);
  }

  /**
   * Every mention span, flattened and in document order, of the file's entities `localIds` (those
   * of one workspace entity there), read from the store. Undefined when the store cannot give them.
   */
  private async mentionSpans(file: string, localIds: readonly string[]): Promise<number[] | undefined> {
    const hash = this.store.files.get(file);
    const mentions = hash === undefined ? undefined : await this.store.mentionsOf(this.fileSystem, hash);
    if (!mentions || !localIds.every((id) => id in mentions)) return undefined;
    const pairs = localIds.flatMap((id) => Array.from({ length: mentions[id].length / 2 }, (_, i): [number, number] => [mentions[id][2 * i], mentions[id][2 * i + 1]]));
    return pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]).flat();
  }

  /** The range of two offsets of an indexed file, from its stored line starts. */
  private rangeIn(file: string, start: number, end: number): RangeParts | undefined {
    const lineStarts = this.files.get(file)?.lineStarts;
    if (!lineStarts) return undefined;
    const position = (offset: number): [number, number] => {
      const line = countWhile(lineStarts, (s) => s <= offset) - 1;
      return [line, offset - lineStarts[line]];
    };
    return [...position(start), ...position(end)];
  }

  private scheduleMerge(delay: number): void {
    if (this.mergeTimer !== undefined && delay > 0) return;
    clearTimeout(this.mergeTimer);
    this.mergeTimer = setTimeout(() => this.merge(), delay > 0 ? Math.max(delay, this.lastMergeMs * WHOLE_INDEX_WORK_SPACING) : 0);
  }

  private async mergeInSlices(): Promise<void> {
    let busyMs = 0;
    let started = performance.now();
    const minimum = this.minNameConfidence;
    const documents: DocumentDigest[] = [...this.files.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([file, stored]) => {
        const date = stored.frontMatterDate ?? fileNameDate(file);
        return withDigestNamesAtLeast({ file, ...stored.digest, ...(date !== undefined && { date }) }, minimum);
      });
    const correctionsOf = correctionsByFolder(this.corrections);
    const steps = (function* () {
      const index = yield* workspaceInSteps(documents, correctionsOf);
      return { index, symbols: yield* symbolTableInSteps(index.entities) };
    })();
    for (;;) {
      let step = steps.next();
      while (!step.done && performance.now() - started < MERGE_SLICE_MS) step = steps.next();
      busyMs += performance.now() - started;
      if (step.done) {
        started = performance.now();
        ({ index: this.index, symbols: this.symbolTable } = step.value);
        this.changed(this.view(this.index));
        this.lastMergeMs = busyMs + performance.now() - started;
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 0));
      started = performance.now();
    }
  }

  private view(index: WorkspaceIndex): IndexView {
    const byKind = new Map<EntityKind, WorkspaceEntity[]>(ENTITY_KINDS.map((kind) => [kind, []]));
    for (const entity of index.entities) byKind.get(entity.kind)!.push(entity);
    const kinds = Object.fromEntries(
      ENTITY_KINDS.map((kind) => {
        const { shown, more } = listing(byKind.get(kind)!, MAX_ENTITIES_PER_KIND, this.revealedId);
        return [kind, { shown: shown.map(summaryOf), more }];
      }),
    ) as unknown as IndexView['kinds'];
    return { entityCount: index.entities.length, kinds };
  }

  private scheduleSave(): void {
    if (this.saveTimer !== undefined) return;
    this.saveTimer = setTimeout(() => {
      this.save().catch((error) => console.error(`Dossier: could not save the workspace index: ${error}`));
    }, Math.max(SAVE_DELAY_MS, this.lastSaveMs * WHOLE_INDEX_WORK_SPACING));
  }
}

function summaryOf(entity: WorkspaceEntity): EntitySummary {
  const { id, kind, name, aliases, roles, mentionCount } = entity;
  return { id, kind, name, aliases, roles, files: entity.files.length, quotes: entity.quotes.length, mentionCount };
}

const withRange = (range: RangeParts | undefined): { range?: RangeParts } => (range ? { range } : {});

/**
 * Each file under its own folder's corrections (a multi-root workspace has one file per folder):
 * the same list for every file of a folder, so the merge reads each list once.
 */
function correctionsByFolder(folders: FolderCorrections): (file: string) => readonly Correction[] {
  const none: readonly Correction[] = [];
  const innermostFirst = [...folders].sort(([a], [b]) => b.length - a.length);
  return (file) => innermostFirst.find(([folder]) => file === folder || file.startsWith(folder.endsWith('/') ? folder : `${folder}/`))?.[1] ?? none;
}
