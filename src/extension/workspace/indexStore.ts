// The workspace index on disk, in the extension's workspace storage, so that a folder opened
// again is read back rather than analysed again. Analyses are keyed by the file's content hash
// (a renamed or copied file is not analysed again) and the whole store by the analysis version,
// so a new Dossier never trusts an old one's findings. A store that cannot be read, or was written
// by another version, is dropped and rebuilt. Read and written through vscode.workspace.fs (so on
// the web too), which is passed in: it is unit-tested directly, on a real disk.
import type * as vscode from 'vscode';
import { ENTITY_KINDS } from '../../core/model/model';
import type { DocumentDigest } from '../../core/workspace/digest';
import { writeFileAtomic, type WriteFileSystem } from '../atomicWrite';

/** The parts of `vscode.workspace.fs` the store uses. */
export type StoreFileSystem = WriteFileSystem & Pick<vscode.FileSystem, 'readFile'>;

/** Bumped when the shape of the stored data changes. */
export const STORE_FORMAT = 2;

/** What the index keeps of one file content: its findings and where its lines start. */
export interface StoredAnalysis {
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

export class IndexStore {
  private constructor(
    private readonly analysisVersion: string,
    private readonly analyses: Map<string, StoredAnalysis>,
    /** The hash each file had when it was last indexed. */
    readonly files: Map<string, string>,
  ) {}

  static empty(analysisVersion: string): IndexStore {
    return new IndexStore(analysisVersion, new Map(), new Map());
  }

  /** The store at `file`, or an empty one when it is missing, corrupt or of another version. */
  static async load(files: StoreFileSystem, file: vscode.Uri, analysisVersion: string): Promise<LoadResult> {
    let text: string;
    try {
      text = new TextDecoder('utf-8').decode(await files.readFile(file));
    } catch {
      return { state: 'new', store: IndexStore.empty(analysisVersion) };
    }
    const parsed = parseStore(text);
    const why = typeof parsed === 'string' ? parsed : parsed.analysisVersion !== analysisVersion || parsed.format !== STORE_FORMAT ? 'written by another version' : undefined;
    if (why !== undefined || typeof parsed === 'string') {
      await files.delete(file);
      return { state: 'new', store: IndexStore.empty(analysisVersion), why };
    }
    return { state: 'loaded', store: new IndexStore(analysisVersion, new Map(Object.entries(parsed.analyses)), new Map(Object.entries(parsed.files))) };
  }

  analysisOf(hash: string): StoredAnalysis | undefined {
    return this.analyses.get(hash);
  }

  set(uri: string, hash: string, analysis: StoredAnalysis): void {
    this.files.set(uri, hash);
    this.analyses.set(hash, analysis);
  }

  delete(uri: string): void {
    this.files.delete(uri);
  }

  /** Write the store atomically, keeping only the analyses some file still has. */
  async save(files: WriteFileSystem, file: vscode.Uri): Promise<void> {
    const used = new Set(this.files.values());
    for (const hash of this.analyses.keys()) if (!used.has(hash)) this.analyses.delete(hash);
    const data: StoreFile = {
      format: STORE_FORMAT,
      analysisVersion: this.analysisVersion,
      analyses: Object.fromEntries(this.analyses),
      files: Object.fromEntries(this.files),
    };
    await writeFileAtomic(files, file, JSON.stringify(data));
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
    entities.every((e) => isRecord(e) && typeof e.id === 'string' && ENTITY_KINDS.includes(e.kind as never) && typeof e.name === 'string' && isStrings(e.aliases) && isStrings(e.roles) && isNumbers(e.mentions) && (e.confidence === undefined || typeof e.confidence === 'number')) &&
    Array.isArray(quotes) &&
    quotes.every((q) => isRecord(q) && typeof q.start === 'number' && typeof q.end === 'number' && typeof q.text === 'string' && (q.speakerConfidence === undefined || typeof q.speakerConfidence === 'number'))
  );
}

const isNumbers = (v: unknown): boolean => Array.isArray(v) && v.every((n) => typeof n === 'number');
const isStrings = (v: unknown): boolean => Array.isArray(v) && v.every((s) => typeof s === 'string');
