// The messages between the extension host (or the CLI, or the bench) and the analysis workers.
// Everything here is plain data: it crosses threads by structured clone.
import type { ParagraphFindings } from '../core/pipeline/analyze';
import type { Span } from '../core/model/model';
import type { TextChange } from '../core/pipeline/textChange';
import type { EncodedAnalysis } from './transfer';

/** To the coordinating worker, which owns the paragraph caches and assembles analyses. */
export type CoordinatorRequest =
  | AnalyzeRequest
  | { readonly kind: 'cancel'; readonly id: number }
  /** The document is closed: drop its text, its paragraphs and the analysis last sent for it. */
  | { readonly kind: 'forget'; readonly key: string };

export interface AnalyzeRequest {
  readonly kind: 'analyze';
  readonly id: number;
  readonly key: string;
  /**
   * The whole text, or how it differs from the text of the previous request for the key: the
   * change (the smallest single one, changeBetween's) and the text it inserted.
   */
  readonly text: { readonly whole: string } | { readonly change: TextChange; readonly inserted: string };
  /**
   * Whether the host holds the analysis of every earlier 'done' for the key: then the reply is
   * the change from the last of them. Otherwise it stands alone.
   */
  readonly delta: boolean;
  readonly priority?: Span;
}

export type CoordinatorReply =
  /** The paragraphs in the priority range are done; the rest of the document is still being read. Never a delta. */
  | { readonly kind: 'partial'; readonly id: number; readonly analysis: EncodedAnalysis }
  /** The host keeps it even when it no longer wants the job (a cancel crossed the reply): the next delta builds on it. */
  | { readonly kind: 'done'; readonly id: number; readonly key: string; readonly analysis: EncodedAnalysis; readonly stats: JobStats }
  | { readonly kind: 'cancelled'; readonly id: number }
  | { readonly kind: 'failed'; readonly id: number; readonly message: string }
  /** No document has been open for the helper's idle time: it was stopped, its memory given back. */
  | { readonly kind: 'helperStopped' };

/** What a job cost, for the bench and for logs. */
export interface JobStats {
  readonly paragraphs: number;
  /** Paragraphs that were not in the cache and went through compromise. */
  readonly analysed: number;
  /** Of those, how many the helper worker took. */
  readonly analysedByHelper: number;
  readonly milliseconds: number;
  /**
   * Where the time went: finding the changed paragraphs, the per-paragraph pass, the document-level
   * passes, and encoding the result for the host.
   */
  readonly phases: { readonly prepareMs: number; readonly paragraphsMs: number; readonly assembleMs: number; readonly encodeMs?: number };
}

/** A unit of text for the helper worker: its text and where it starts in the document. */
export interface UnitText {
  readonly start: number;
  readonly text: string;
}

/** To the helper worker, which only runs the per-paragraph pass so that analyses use both cores. */
export interface HelperRequest {
  readonly id: number;
  readonly units: readonly UnitText[];
}

export type HelperReply =
  /** Sent once, when the helper has loaded and can take work. */
  | { readonly ready: true }
  | { readonly id: number; readonly findings: readonly ParagraphFindings[] }
  | { readonly id: number; readonly error: string };

/** How a worker thread is started, passed as its `workerData`. */
export interface WorkerSetup {
  /** The coordinator serves the host; the helper serves the coordinator. */
  readonly role: 'coordinator' | 'helper';
  /** Run below the OS priority of the thread that started the pool (the editor's). */
  readonly lowPriority: boolean;
  /** Jobs wait until the helper has loaded, so its share of the paragraphs never depends on load. */
  readonly waitForHelper?: boolean;
  /** How long the helper is kept once no document is open (30 s unless set); tests shorten it. */
  readonly helperIdleMs?: number;
  /** Each document is analysed once and forgotten (a pool's): no helper thread, no rehearsed edit. */
  readonly readOnce?: boolean;
}
