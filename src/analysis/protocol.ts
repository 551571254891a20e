// The messages between the extension host (or the CLI, or the bench) and the analysis workers.
// Everything here is plain data: it crosses threads by structured clone.
import type { ParagraphFindings } from '../core/analyze';
import type { Span } from '../core/model';
import type { EncodedAnalysis } from './transfer';

/** To the coordinating worker, which owns the paragraph caches and assembles analyses. */
export type CoordinatorRequest =
  | { readonly kind: 'analyze'; readonly id: number; readonly key: string; readonly text: string; readonly priority?: Span }
  | { readonly kind: 'cancel'; readonly id: number }
  | { readonly kind: 'forget'; readonly key: string };

export type CoordinatorReply =
  /** The paragraphs in the priority range are done; the rest of the document is still being read. */
  | { readonly kind: 'partial'; readonly id: number; readonly analysis: EncodedAnalysis }
  | { readonly kind: 'done'; readonly id: number; readonly analysis: EncodedAnalysis; readonly stats: JobStats }
  | { readonly kind: 'cancelled'; readonly id: number }
  | { readonly kind: 'failed'; readonly id: number; readonly message: string };

/** What a job cost, for the bench and for logs. */
export interface JobStats {
  readonly paragraphs: number;
  /** Paragraphs that were not in the cache and went through compromise. */
  readonly analysed: number;
  /** Of those, how many the helper worker took. */
  readonly analysedByHelper: number;
  readonly milliseconds: number;
  /** Where the time went: splitting and cache look-ups, the per-paragraph pass, the document-level passes. */
  readonly phases: { readonly prepareMs: number; readonly paragraphsMs: number; readonly assembleMs: number };
}

/** A unit of text for the helper worker: its text and where it starts in the document. */
export interface UnitText {
  readonly start: number;
  readonly text: string;
}

/** To the helper worker, which only runs the per-paragraph pass so big documents use both cores. */
export interface HelperRequest {
  readonly id: number;
  readonly units: readonly UnitText[];
}

export type HelperReply =
  | { readonly id: number; readonly findings: readonly ParagraphFindings[] }
  | { readonly id: number; readonly error: string };

/** How a worker thread is started, passed as its `workerData`. */
export interface WorkerSetup {
  /** The coordinator serves the host; the helper serves the coordinator. */
  readonly role: 'coordinator' | 'helper';
  /** Run below the OS priority of the thread that started the pool (the editor's). */
  readonly lowPriority: boolean;
}
