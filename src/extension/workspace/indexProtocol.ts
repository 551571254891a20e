// The messages between the extension host and the index worker (indexWorker.ts), which holds the
// workspace index: every file's summary, the merged entities, the symbol table and the store. The
// host keeps what the views show (the Workspace view's first entities of each kind) and asks the
// worker for the rest. Everything here is plain data: it crosses threads by structured clone.
import type { Correction } from '../../core/corrections/corrections';
import type { EntityKind } from '../../core/model/model';
import type { DigestMentions } from '../../core/workspace/digest';
import type { Dossier } from '../../core/workspace/dossier';
import type { Listing } from '../../core/workspace/listing';
import type { WorkspaceEntity } from '../../core/workspace/merge';
import type { FileStamp, StoredAnalysis } from './indexStore';

/** A URI as its parts, to rebuild it on the other side (the worker has no vscode.Uri). */
export interface UriParts {
  readonly scheme: string;
  readonly authority: string;
  readonly path: string;
}

/** A range as line, character, line, character. */
export type RangeParts = readonly [number, number, number, number];

export interface LocationParts {
  readonly file: string;
  readonly range: RangeParts;
}

/** What the views show of an entity: its names and counts, not its files and quotes. */
export type EntitySummary = Pick<WorkspaceEntity, 'id' | 'kind' | 'name' | 'aliases' | 'roles' | 'mentionCount'> & {
  readonly files: number;
  readonly quotes: number;
};

/** The Workspace view's top level, sent to the host after every merge. */
export interface IndexView {
  /** How many entities the folder has, of every kind. */
  readonly entityCount: number;
  /** Each kind's first entities (see listing.ts), the revealed one included. */
  readonly kinds: Readonly<Record<EntityKind, Listing<EntitySummary>>>;
}

/** One file under an entity in the Workspace view, with the entity's quotes there. */
export interface EntityFileView {
  readonly file: string;
  readonly mentions: number;
  /** The first mention; absent when the file's lines are not known. */
  readonly first?: RangeParts;
  readonly quotes: readonly { readonly text: string; readonly start: number; readonly range?: RangeParts }[];
}

/** A hit of Go to Symbol in Workspace: an entity, or one of its quotes. */
export interface SymbolFound {
  readonly name: string;
  readonly kind: EntityKind;
  readonly files: number;
  readonly quotes: number;
  /** The quote's text when the hit is a quote. */
  readonly quote?: string;
  readonly location: LocationParts;
}

/** The corrections of each workspace folder, by the folder's URI. */
export type FolderCorrections = readonly (readonly [folder: string, corrections: readonly Correction[]])[];

/** The worker's calls: each request names one, with its arguments, and is answered with its result. */
export interface IndexCalls {
  /** Read the store (or start an empty one); says why the one there was dropped, if it was. */
  open(storeFile: UriParts | undefined, analysisVersion: string): { readonly dropped?: string };
  /** The files whose size and modification time are those the store has: taken from it unread. */
  takeUnchanged(files: readonly (readonly [file: string, stamp: FileStamp])[]): readonly string[];
  /** Take the file's content from the store if it has it (the file was read and hashed); false when it must be analysed. */
  takeKnown(file: string, hash: string, stamp: FileStamp | undefined): boolean;
  /** A file analysed: its summary, and every mention span apart (kept on disk). */
  put(file: string, hash: string, stamp: FileStamp | undefined, analysis: StoredAnalysis, mentions: DigestMentions): void;
  remove(files: readonly string[]): void;
  /** What the merge applies: each folder's corrections, the names threshold. */
  configure(corrections: FolderCorrections, minNameConfidence: number): void;
  /** Merge now (or after the merge under way) and resolve when merged. */
  merge(): void;
  /** Resolve when no merge is waiting or under way. */
  whenMerged(): void;
  save(): void;
  /** List the entity in the view even past its kind's first (a hover's link to it); its summary. */
  reveal(id: string): EntitySummary | undefined;
  entityFiles(id: string): readonly EntityFileView[];
  symbols(query: string, max: number): readonly SymbolFound[];
  /** The entity called `name` and how many other files than `file` name it. */
  entityNamed(kind: EntityKind, name: string, file: string): { readonly entity: EntitySummary; readonly otherFiles: number } | undefined;
  /** Every mention of the entity called `name` in the files other than `file`. */
  references(kind: EntityKind, name: string, file: string): readonly LocationParts[];
  dossier(id: string): Dossier | undefined;
}

export type IndexMethod = keyof IndexCalls;

/** The worker's side of the calls: each may answer at once or later. */
export type IndexServer = { [M in IndexMethod]: (...args: Parameters<IndexCalls[M]>) => ReturnType<IndexCalls[M]> | Promise<ReturnType<IndexCalls[M]>> };

export type IndexRequest =
  { [M in IndexMethod]: { readonly kind: 'call'; readonly id: number; readonly method: M; readonly args: Parameters<IndexCalls[M]> } }[IndexMethod]
  /** The answer to a file system request of the worker's. */
  | { readonly kind: 'fsDone'; readonly id: number; readonly result?: Uint8Array; readonly error?: string };

/** The store's file system operations, done by the host for the worker (vscode.workspace.fs is the host's). */
export type FileOperation =
  | { readonly op: 'readFile'; readonly uri: UriParts }
  | { readonly op: 'writeFile'; readonly uri: UriParts; readonly content: Uint8Array }
  | { readonly op: 'rename'; readonly uri: UriParts; readonly target: UriParts }
  | { readonly op: 'delete'; readonly uri: UriParts; readonly recursive: boolean }
  | { readonly op: 'createDirectory'; readonly uri: UriParts };

export type IndexReply =
  | { readonly kind: 'done'; readonly id: number; readonly result: unknown }
  | { readonly kind: 'failed'; readonly id: number; readonly message: string }
  | { readonly kind: 'changed'; readonly view: IndexView }
  | ({ readonly kind: 'fs'; readonly id: number } & FileOperation);

/**
 * How the index worker is started. It runs at the editor's priority, not below it like the
 * analysis workers: it answers the reader (Ctrl+T, a hover, the view), and spaces out its merges.
 */
export interface IndexSetup {
  readonly role: 'index';
}
