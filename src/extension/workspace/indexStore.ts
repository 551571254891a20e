// The workspace index on disk, in the extension's workspace storage, so that a folder opened
// again is read back rather than analysed again. Analyses are keyed by the file's content hash
// (a renamed or copied file is not analysed again) and the whole store by the analysis version,
// so a new Dossier never trusts an old one's findings. A store that cannot be read, or was written
// by another version, is dropped and rebuilt; a file whose analysis is missing (a save cut short by
// a crash) is indexed again alone. Read and written through vscode.workspace.fs (so on
// the web too), which is passed in: it is unit-tested directly, on a real disk.
//
// It is in parts, so that the extension host holds only what the views show, and never reads or
// writes the whole index at once (for ten thousand files that blocked the host for seconds). The
// store file lists the files, their content hashes and the size and modification time each had
// then (so a folder opened again reads only the files that changed). Beside it, a folder has each content's
// summary (see summaryOf), in 256 shard files by the first two digits of its hash: read when the
// folder opens and kept in memory; a save writes only the shards that changed. And one small file
// per content has the spans of all its mentions, read when Find All References asks and never held.
import { ENTITY_KINDS } from '../../core/model/model';
import { compactSummary, ShortStrings, type DigestMentions, type DocumentDigest } from '../../core/workspace/digest';
import { writeFileAtomic, type WritableUri, type WriteFileSystem } from '../atomicWrite';

/** Where the store is: a `StoreUri` in the host, its parts in the index worker. */
export type StoreUri = WritableUri;

/** The parts of `vscode.workspace.fs` the store uses (the index worker's are done by the host for it). */
export interface StoreFileSystem extends WriteFileSystem {
  readFile(uri: StoreUri): PromiseLike<Uint8Array>;
  createDirectory(uri: StoreUri): PromiseLike<void>;
}

/** Bumped when the shape of the stored data changes. */
export const STORE_FORMAT = 5;

/** How many files a load reads, or a save writes, at once (each is a round trip through the host's file system). */
const PARALLEL_FILES = 64;

/** What the index keeps of one file content: its summary and where its lines start. */
export interface StoredAnalysis {
  /** The summary: each entity with its first mention only (see summaryOf). */
  readonly digest: Omit<DocumentDigest, 'file'>;
  /** The offset of each line's first character, to turn offsets into positions without the text. */
  readonly lineStarts: readonly number[];
  /** The `date` of the content's front matter, when it has one (a date in the file's name is not the content's). */
  readonly frontMatterDate?: string;
}

/**
 * A file's size and modification time when it was last indexed: while both are the same, its
 * content is taken to be the same, as make and git take it, and the file is not read again.
 */
export type FileStamp = readonly [mtime: number, size: number];

interface StoreFile {
  readonly format: number;
  readonly analysisVersion: string;
  /** File URI → content hash. */
  readonly files: Record<string, string>;
  /** File URI → its stamp when its hash was taken. */
  readonly stamps: Record<string, FileStamp>;
}

export type LoadResult =
  | { readonly state: 'loaded'; readonly store: IndexStore }
  /** Nothing there yet, or something unusable that was dropped; `why` says what, for the log. */
  | { readonly state: 'new'; readonly store: IndexStore; readonly why?: string };

/** The shard of a content hash: its first two digits. */
const shardOf = (hash: string): string => hash.slice(0, 2);

/** The folder beside the store file with the summaries and mentions (workspace-index.json → workspace-index/). */
function dataFolderOf(file: StoreUri): StoreUri {
  return file.with({ path: file.path.replace(/\.json$/, '') });
}

function inFolder(folder: StoreUri, ...names: string[]): StoreUri {
  return folder.with({ path: [folder.path, ...names].join('/') });
}

/** Run `work` on every item, PARALLEL_FILES at a time. */
async function inBatches<T>(items: readonly T[], work: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += PARALLEL_FILES) await Promise.all(items.slice(i, i + PARALLEL_FILES).map(work));
}

export class IndexStore {
  /** The mentions of contents new since the last save: written with the next one. */
  private readonly unsavedMentions = new Map<string, DigestMentions>();
  /** The shards with a content added or dropped since the last save. */
  private readonly changedShards = new Set<string>();

  private constructor(
    private readonly analysisVersion: string,
    /** Where the store is kept; without one (no workspace storage), the mentions stay in memory. */
    private readonly location: StoreUri | undefined,
    /** Shard → content hash → analysis. */
    private readonly shards: Map<string, Map<string, StoredAnalysis>>,
    /** The hash each file had when it was last indexed. */
    readonly files: Map<string, string>,
    /** File URI → its stamp when it was last indexed (see hashIfUnchanged). */
    private readonly stamps: Map<string, FileStamp>,
    /** The strings the analyses share (see compactSummary). */
    private readonly strings: ShortStrings,
  ) {}

  static empty(analysisVersion: string, location?: StoreUri): IndexStore {
    return new IndexStore(analysisVersion, location, new Map(), new Map(), new Map(), new ShortStrings());
  }

  /** The store at `file`, or an empty one when it is missing, corrupt or of another version. */
  static async load(files: StoreFileSystem, file: StoreUri, analysisVersion: string): Promise<LoadResult> {
    let text: string | undefined;
    try {
      text = new TextDecoder('utf-8').decode(await files.readFile(file));
    } catch {
      // Nothing there: summaries and mentions left without their store file (a crash) go too.
    }
    const parsed = text === undefined ? undefined : parseStoreFile(text);
    const why = typeof parsed === 'string' ? parsed : parsed && (parsed.analysisVersion !== analysisVersion || parsed.format !== STORE_FORMAT) ? 'written by another version' : undefined;
    const strings = new ShortStrings();
    const shards = typeof parsed === 'object' && why === undefined ? await readShards(files, dataFolderOf(file), parsed.files, strings) : undefined;
    if (parsed === undefined || typeof parsed === 'string' || why !== undefined || typeof shards !== 'object') {
      if (text !== undefined) await files.delete(file);
      await Promise.resolve(files.delete(dataFolderOf(file), { recursive: true })).catch(() => undefined);
      const reason = why ?? (typeof shards === 'string' ? shards : undefined);
      return { state: 'new', store: IndexStore.empty(analysisVersion, file), ...(reason !== undefined && { why: reason }) };
    }
    // A file whose analysis is missing is what a save cut short leaves (a crash between the shards
    // and the store file): that file alone is indexed again, the rest is kept.
    const fileHashes = new Map(Object.entries(parsed.files).filter(([, hash]) => shards.get(shardOf(hash))?.has(hash)));
    const stamps = new Map(Object.entries(parsed.stamps).filter(([uri]) => fileHashes.has(uri)));
    return { state: 'loaded', store: new IndexStore(analysisVersion, file, shards, fileHashes, stamps, strings) };
  }

  analysisOf(hash: string): StoredAnalysis | undefined {
    return this.shards.get(shardOf(hash))?.get(hash);
  }

  /** The file's hash when it was last indexed, if its size and modification time are still the same. */
  hashIfUnchanged(uri: string, stamp: FileStamp): string | undefined {
    const known = this.stamps.get(uri);
    return known && known[0] === stamp[0] && known[1] === stamp[1] ? this.files.get(uri) : undefined;
  }

  /**
   * `stamp` is the file's when its content (`hash`) was read; `mentions` are given when the
   * content is new to the store, and kept on disk from the next save. Returns the analysis as the
   * store keeps it: `analysis` itself when it came from the store, else a compacted copy.
   */
  set(uri: string, hash: string, stamp: FileStamp | undefined, analysis: StoredAnalysis, mentions?: DigestMentions): StoredAnalysis {
    this.files.set(uri, hash);
    if (stamp) this.stamps.set(uri, stamp);
    else this.stamps.delete(uri);
    const shard = shardOf(hash);
    let analyses = this.shards.get(shard);
    if (!analyses) this.shards.set(shard, (analyses = new Map()));
    let kept = analysis;
    if (analyses.get(hash) !== analysis) {
      this.changedShards.add(shard);
      kept = compacted(analysis, this.strings);
      analyses.set(hash, kept);
    }
    if (mentions) this.unsavedMentions.set(hash, mentions);
    return kept;
  }

  delete(uri: string): void {
    this.files.delete(uri);
    this.stamps.delete(uri);
  }

  /** Every mention span of the content's entities, by entity id; undefined when they cannot be read. */
  async mentionsOf(files: Pick<StoreFileSystem, 'readFile'>, hash: string): Promise<DigestMentions | undefined> {
    const unsaved = this.unsavedMentions.get(hash);
    if (unsaved || !this.location) return unsaved;
    try {
      const value: unknown = JSON.parse(new TextDecoder('utf-8').decode(await files.readFile(this.mentionsFile(hash))));
      return isRecord(value) && Object.values(value).every(isNumbers) ? (value as DigestMentions) : undefined;
    } catch {
      return undefined;
    }
  }

  /**
   * Write what changed, each file atomically, keeping only the analyses some file still has: the
   * mentions of new contents and the changed shards first, then the store file that refers to
   * them, then drop the mention files of the contents no file has.
   */
  async save(files: StoreFileSystem): Promise<void> {
    if (!this.location) return;
    const used = new Set(this.files.values());
    const unused: string[] = [];
    for (const [shard, analyses] of this.shards) {
      for (const hash of analyses.keys()) {
        if (used.has(hash)) continue;
        analyses.delete(hash);
        this.unsavedMentions.delete(hash);
        this.changedShards.add(shard);
        unused.push(hash);
      }
    }
    const folder = dataFolderOf(this.location);
    const mentions = [...this.unsavedMentions];
    const shards = [...this.changedShards];
    this.changedShards.clear();
    try {
      if (mentions.length > 0) await files.createDirectory(inFolder(folder, 'mentions'));
      await inBatches(mentions, async ([hash, spans]) => {
        await writeFileAtomic(files, this.mentionsFile(hash), JSON.stringify(spans));
        if (this.unsavedMentions.get(hash) === spans) this.unsavedMentions.delete(hash);
      });
      if (shards.length > 0) await files.createDirectory(inFolder(folder, 'summaries'));
      await inBatches(shards, async (shard) => {
        const shardFile = inFolder(folder, 'summaries', `${shard}.json`);
        const analyses = this.shards.get(shard);
        if (analyses?.size) await writeFileAtomic(files, shardFile, JSON.stringify(Object.fromEntries(analyses)));
        else await Promise.resolve(files.delete(shardFile)).catch(() => undefined); // emptied: never written, or no longer needed
      });
    } catch (error) {
      for (const shard of shards) this.changedShards.add(shard); // written again next time
      throw error;
    }
    const data: StoreFile = { format: STORE_FORMAT, analysisVersion: this.analysisVersion, files: Object.fromEntries(this.files), stamps: Object.fromEntries(this.stamps) };
    await writeFileAtomic(files, this.location, JSON.stringify(data));
    // A content dropped here and indexed again meanwhile has its mentions unsaved again: keep its file.
    const gone = unused.filter((hash) => this.analysisOf(hash) === undefined);
    await inBatches(gone, (hash) => Promise.resolve(files.delete(this.mentionsFile(hash))).catch(() => undefined));
  }

  private mentionsFile(hash: string): StoreUri {
    return inFolder(dataFolderOf(this.location!), 'mentions', `${hash}.json`);
  }
}

/**
 * The shards the files' hashes are in, read and checked, or why they cannot be trusted. A few at
 * a time, each parsed apart, so the host answers between them. A missing shard file is no
 * corruption (a save cut short before its first write of it): its files are indexed again. A shard
 * that is there but unreadable or malformed is (each is written atomically), and drops the store.
 */
async function readShards(files: StoreFileSystem, folder: StoreUri, fileHashes: Record<string, string>, strings: ShortStrings): Promise<Map<string, Map<string, StoredAnalysis>> | string> {
  const hashes = new Set(Object.values(fileHashes));
  const shards = new Map<string, Map<string, StoredAnalysis>>();
  let why: string | undefined;
  await inBatches([...new Set([...hashes].map(shardOf))], async (shard) => {
    let bytes: Uint8Array;
    try {
      bytes = await files.readFile(inFolder(folder, 'summaries', `${shard}.json`));
    } catch {
      return;
    }
    let value: unknown;
    try {
      value = JSON.parse(new TextDecoder('utf-8').decode(bytes));
    } catch {
      why ??= 'malformed analyses';
      return;
    }
    if (!isRecord(value) || !Object.values(value).every(isStoredAnalysis)) why ??= 'malformed analyses';
    else shards.set(shard, new Map(Object.entries(value as Record<string, StoredAnalysis>).map(([hash, analysis]) => [hash, compacted(analysis, strings)])));
  });
  return why ?? shards;
}

/** The analysis with its summary compacted (see compactSummary): ten thousand of them are held at once. */
function compacted({ digest, lineStarts, frontMatterDate }: StoredAnalysis, strings: ShortStrings): StoredAnalysis {
  return { digest: compactSummary(digest, strings), lineStarts, ...(frontMatterDate !== undefined && { frontMatterDate }) };
}

/** The store file, or why it cannot be trusted. Every field is checked: a half-written or edited file must not crash the index. */
function parseStoreFile(text: string): StoreFile | string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return 'not valid JSON';
  }
  if (!isRecord(value) || typeof value.format !== 'number' || typeof value.analysisVersion !== 'string') return 'not an index store';
  if (!isRecord(value.files) || !Object.values(value.files).every((h) => typeof h === 'string')) return 'not an index store';
  if (!isRecord(value.stamps) || !Object.values(value.stamps).every((s) => isNumbers(s) && (s as unknown[]).length === 2)) return 'not an index store';
  return value as unknown as StoreFile;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStoredAnalysis(value: unknown): boolean {
  if (!isRecord(value) || !isNumbers(value.lineStarts) || !isRecord(value.digest)) return false;
  if (value.frontMatterDate !== undefined && typeof value.frontMatterDate !== 'string') return false;
  const { entities, quotes } = value.digest;
  return (
    Array.isArray(entities) &&
    entities.every((e) => isRecord(e) && typeof e.id === 'string' && ENTITY_KINDS.includes(e.kind as never) && typeof e.name === 'string' && isStrings(e.aliases) && isStrings(e.roles) && isNumbers(e.mentions) && (e.mentionCount === undefined || typeof e.mentionCount === 'number') && (e.confidence === undefined || typeof e.confidence === 'number')) &&
    Array.isArray(quotes) &&
    quotes.every((q) => isRecord(q) && typeof q.start === 'number' && typeof q.end === 'number' && typeof q.text === 'string' && (q.speakerConfidence === undefined || typeof q.speakerConfidence === 'number'))
  );
}

const isNumbers = (v: unknown): boolean => Array.isArray(v) && v.every((n) => typeof n === 'number');
const isStrings = (v: unknown): boolean => Array.isArray(v) && v.every((s) => typeof s === 'string');
