// The workspace index on disk, in the extension's workspace storage, so that a folder opened
// again is read back rather than analysed again. Analyses are keyed by the file's content hash
// (a renamed or copied file is not analysed again) and the whole store by the analysis version,
// so a new Dossier never trusts an old one's findings. A store that cannot be read, or was written
// by another version, is dropped and rebuilt. Read and written through vscode.workspace.fs (so on
// the web too), which is passed in: it is unit-tested directly, on a real disk.
//
// It is in two parts, so that the extension host holds only what the views show. The store file
// has each content's summary (see summaryOf): read whole when the folder opens, and kept in
// memory. Beside it, a folder has one small file per content with the spans of all its mentions,
// read when Find All References asks for them and never held.
import type * as vscode from 'vscode';
import { ENTITY_KINDS } from '../../core/model/model';
import type { DigestMentions, DocumentDigest } from '../../core/workspace/digest';
import { writeFileAtomic, type WriteFileSystem } from '../atomicWrite';

/** The parts of `vscode.workspace.fs` the store uses. */
export type StoreFileSystem = WriteFileSystem & Pick<vscode.FileSystem, 'readFile' | 'createDirectory'>;

/** Bumped when the shape of the stored data changes. */
export const STORE_FORMAT = 3;

/** How many mention files a save writes at once. */
const PARALLEL_WRITES = 16;

/** What the index keeps of one file content: its summary and where its lines start. */
export interface StoredAnalysis {
  /** The summary: each entity with its first mention only (see summaryOf). */
  readonly digest: Omit<DocumentDigest, 'file'>;
  /** The offset of each line's first character, to turn offsets into positions without the text. */
  readonly lineStarts: readonly number[];
  /** The `date` of the content's front matter, when it has one (a date in the file's name is not the content's). */
  readonly frontMatterDate?: string;
}

interface StoreFile {
  readonly format: number;
  readonly analysisVersion: string;
  /** Content hash → analysis. */
  readonly analyses: Record<string, StoredAnalysis>;
  /** File URI → content hash. */
  readonly files: Record<string, string>;
}

export type LoadResult =
  | { readonly state: 'loaded'; readonly store: IndexStore }
  /** Nothing there yet, or something unusable that was dropped; `why` says what, for the log. */
  | { readonly state: 'new'; readonly store: IndexStore; readonly why?: string };

/** The folder of the mention files of the store at `file` (workspace-index.json → workspace-index-mentions). */
function mentionsFolderOf(file: vscode.Uri): vscode.Uri {
  return file.with({ path: `${file.path.replace(/\.json$/, '')}-mentions` });
}

export class IndexStore {
  /** The mentions of contents new since the last save: written with the next one. */
  private readonly unsavedMentions = new Map<string, DigestMentions>();

  private constructor(
    private readonly analysisVersion: string,
    /** Where the store is kept; without one (no workspace storage), the mentions stay in memory. */
    private readonly location: vscode.Uri | undefined,
    private readonly analyses: Map<string, StoredAnalysis>,
    /** The hash each file had when it was last indexed. */
    readonly files: Map<string, string>,
  ) {}

  static empty(analysisVersion: string, location?: vscode.Uri): IndexStore {
    return new IndexStore(analysisVersion, location, new Map(), new Map());
  }

  /** The store at `file`, or an empty one when it is missing, corrupt or of another version. */
  static async load(files: StoreFileSystem, file: vscode.Uri, analysisVersion: string): Promise<LoadResult> {
    let text: string | undefined;
    try {
      text = new TextDecoder('utf-8').decode(await files.readFile(file));
    } catch {
      // Nothing there: mention files left without their store (written before a crash) go too.
    }
    const parsed = text === undefined ? undefined : parseStore(text);
    const why = typeof parsed === 'string' ? parsed : parsed && (parsed.analysisVersion !== analysisVersion || parsed.format !== STORE_FORMAT) ? 'written by another version' : undefined;
    if (parsed === undefined || typeof parsed === 'string' || why !== undefined) {
      if (text !== undefined) await files.delete(file);
      await Promise.resolve(files.delete(mentionsFolderOf(file), { recursive: true })).catch(() => undefined);
      return { state: 'new', store: IndexStore.empty(analysisVersion, file), ...(why !== undefined && { why }) };
    }
    return { state: 'loaded', store: new IndexStore(analysisVersion, file, new Map(Object.entries(parsed.analyses)), new Map(Object.entries(parsed.files))) };
  }

  analysisOf(hash: string): StoredAnalysis | undefined {
    return this.analyses.get(hash);
  }

  /** `mentions` are given when the content is new to the store, and kept on disk from the next save. */
  set(uri: string, hash: string, analysis: StoredAnalysis, mentions?: DigestMentions): void {
    this.files.set(uri, hash);
    this.analyses.set(hash, analysis);
    if (mentions) this.unsavedMentions.set(hash, mentions);
  }

  delete(uri: string): void {
    this.files.delete(uri);
  }

  /** Every mention span of the content's entities, by entity id; undefined when they cannot be read. */
  async mentionsOf(files: Pick<vscode.FileSystem, 'readFile'>, hash: string): Promise<DigestMentions | undefined> {
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
   * Write the store atomically, keeping only the analyses some file still has: the mentions of new
   * contents first, each in its file, then the store that refers to them, then drop the unused.
   */
  async save(files: StoreFileSystem): Promise<void> {
    if (!this.location) return;
    const used = new Set(this.files.values());
    const unused = [...this.analyses.keys()].filter((hash) => !used.has(hash));
    for (const hash of unused) {
      this.analyses.delete(hash);
      this.unsavedMentions.delete(hash);
    }
    const unsaved = [...this.unsavedMentions];
    if (unsaved.length > 0) await files.createDirectory(mentionsFolderOf(this.location));
    for (let i = 0; i < unsaved.length; i += PARALLEL_WRITES) {
      await Promise.all(
        unsaved.slice(i, i + PARALLEL_WRITES).map(async ([hash, mentions]) => {
          await writeFileAtomic(files, this.mentionsFile(hash), JSON.stringify(mentions));
          if (this.unsavedMentions.get(hash) === mentions) this.unsavedMentions.delete(hash);
        }),
      );
    }
    const data: StoreFile = {
      format: STORE_FORMAT,
      analysisVersion: this.analysisVersion,
      analyses: Object.fromEntries(this.analyses),
      files: Object.fromEntries(this.files),
    };
    await writeFileAtomic(files, this.location, JSON.stringify(data));
    // A content dropped here and indexed again meanwhile has its mentions unsaved again: keep its file.
    const gone = unused.filter((hash) => !this.analyses.has(hash));
    await Promise.all(gone.map((hash) => Promise.resolve(files.delete(this.mentionsFile(hash))).catch(() => undefined)));
  }

  private mentionsFile(hash: string): vscode.Uri {
    const folder = mentionsFolderOf(this.location!);
    return folder.with({ path: `${folder.path}/${hash}.json` });
  }
}

/** The store, or why it cannot be trusted. Every field is checked: a half-written or edited file must not crash the index. */
function parseStore(text: string): StoreFile | string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return 'not valid JSON';
  }
  if (!isRecord(value) || typeof value.format !== 'number' || typeof value.analysisVersion !== 'string') return 'not an index store';
  if (!isRecord(value.analyses) || !isRecord(value.files)) return 'not an index store';
  if (!Object.values(value.files).every((h) => typeof h === 'string' && h in (value.analyses as object))) return 'files without analyses';
  if (!Object.values(value.analyses).every(isStoredAnalysis)) return 'malformed analyses';
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
