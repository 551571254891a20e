import { assemble, assembleAfter, type ParagraphFindings } from '../core/pipeline/analyze';
import type { Analysis, Span } from '../core/model/model';
import { overlaps } from '../core/model/spans';
import type { TextChange } from '../core/pipeline/textChange';
import type { JobStats, UnitText } from './protocol';
import type { ParagraphCache } from './paragraphCache';
import { analyzeUnits } from './paragraphPass';
import { rehearseEdit } from './rehearsal';
import type { SharedAnalysis } from './transfer';

/** How long the analysing thread works before it lets messages (a cancel, a newer version) in. */
const SLICE_MS = 20;
/**
 * Below this many characters left to read, a second thread costs more (a message each way) than
 * it saves: compromise reads about 100–200 characters a millisecond.
 */
const HELPER_MIN_CHARS = 1_000;
/**
 * The most characters handed to the helper at a time: enough to amortise the message, small enough
 * to balance. The helper's reply is read only between this thread's slices, so it idles up to a
 * slice after each batch; a batch of about 150 ms of work keeps that idling small.
 */
const HELPER_BATCH_CHARS = 40_000;
/** Send a first, partial analysis when at least this many units remain after the priority range. */
const PARTIAL_THRESHOLD = 200;

/** Another thread that runs the per-paragraph pass. */
export interface Helper {
  /** Whether it is running and has nothing to do: work is never queued behind its start or other work. */
  readonly isFree: () => boolean;
  /** It may fail; the job then does the units itself. */
  readonly analyze: (units: readonly UnitText[]) => Promise<readonly ParagraphFindings[]>;
}

export interface JobOptions {
  /** Analyse the units meeting this range first (the visible part of an editor). */
  readonly priority?: Span;
  /** Called once, when the priority range is done and much of the document remains. */
  readonly onPartial?: (analysis: Analysis) => void;
  /** True once the job is no longer wanted; checked between slices. */
  readonly isCancelled: () => boolean;
  /** Let the thread's event loop run (incoming messages, the helper's replies). */
  readonly pause: () => Promise<void>;
  readonly helper?: Helper;
  /** changeBetween(the text the cache was last asked about, text), when the caller knows it. */
  readonly change?: TextChange;
}

/** A finished job: the analysis, how the work went, and the edit rehearsal to run after a first analysis. */
export interface JobResult {
  readonly analysis: Analysis;
  readonly stats: JobStats;
  /** After a document's first analysis: rehearseEdit on it, given the analysis the host holds. */
  readonly rehearse?: (sent: SharedAnalysis | undefined) => unknown;
}

/**
 * Analyse `text`, reusing what the cache knows of the document's previous version. Returns
 * undefined when cancelled. Work is done in slices so the thread stays responsive to cancellation;
 * whenever the helper is free and enough text is left, it takes up to half of what is left, from
 * the end, so that a small document too is read by both threads at once.
 */
export async function runJob(text: string, cache: ParagraphCache, options: JobOptions): Promise<JobResult | undefined> {
  const started = performance.now();
  const { units, findings, analysis: finished } = cache.prepare(text, options.change);
  const missing = orderByPriority(unitsToRead(findings), units, options.priority);
  const prepared = performance.now();
  if (finished) return { analysis: finished, stats: statsOf(units.length, 0, 0, [started, prepared, prepared, prepared]) };

  const size = (i: number): number => units[i].end - units[i].start;
  const unitText = (i: number): UnitText => ({ start: units[i].start, text: detached(text.slice(units[i].start, units[i].end)) });
  const priorityCount = options.priority ? missing.filter((i) => overlaps(units[i], options.priority as Span)).length : 0;
  const total = missing.length;
  let next = 0; // missing[next..end) is still to do; the helper takes its batches from the end
  let end = missing.length;
  let charsLeft = missing.reduce((sum, i) => sum + size(i), 0);
  let batch: Promise<void> | undefined;
  let helperFailed = false;
  let analysedByHelper = 0;
  let partialSent = false;

  const offload = (helper: Helper): void => {
    if (batch || helperFailed || charsLeft < HELPER_MIN_CHARS || !helper.isFree()) return;
    const budget = Math.min(HELPER_BATCH_CHARS, charsLeft / 2);
    let taken = 0;
    const from = end;
    while (end > next + 1 && taken < budget) taken += size(missing[--end]);
    if (end === from) return;
    charsLeft -= taken;
    const indexes = missing.slice(end, from);
    batch = helper.analyze(indexes.map(unitText)).then(
      (results) => {
        results.forEach((result, j) => (findings[indexes[j]] = result));
        analysedByHelper += indexes.length;
        batch = undefined;
      },
      () => {
        // The helper is gone: do its batch here, and stop using it for this job.
        helperFailed = true;
        end = from;
        charsLeft += taken;
        batch = undefined;
      },
    );
  };

  while (next < end || batch) {
    if (options.helper) offload(options.helper);
    const sliceEnd = performance.now() + SLICE_MS;
    while (next < end && performance.now() < sliceEnd) {
      const i = missing[next++];
      [findings[i]] = analyzeUnits([unitText(i)]);
      charsLeft -= size(i);
    }
    if (!partialSent && options.onPartial && priorityCount > 0 && next >= priorityCount && total - next >= PARTIAL_THRESHOLD) {
      partialSent = true;
      options.onPartial(assemble(text, findings.filter((f): f is ParagraphFindings => f !== undefined)));
    }
    // With nothing left here, wait for the helper rather than spin.
    if (next >= end && batch) await batch;
    else await options.pause();
    if (options.isCancelled()) return undefined;
  }
  const analysed = performance.now();
  const last = cache.lastAssembly;
  const assembly = assembleAfter(last, text, findings as ParagraphFindings[], last && cache.changeSince(last, text));
  cache.complete(text, assembly);
  const stats = statsOf(units.length, total, analysedByHelper, [started, prepared, analysed, performance.now()]);
  // After the document's first analysis, the code that follows an edit has never run.
  const rehearse = last ? undefined : (sent: SharedAnalysis | undefined) => rehearseEdit(assembly, findings as ParagraphFindings[], sent);
  return { analysis: assembly.analysis, stats, rehearse };
}

/**
 * The text as a string of its own. V8 keeps a slice of a long string as a view of all of it, and
 * findings (which hold their paragraph's text and names) outlive the version of the document they
 * were read in: each paragraph read after an edit would keep that whole version of a book alive.
 * Concatenating makes V8 copy the characters, and the slice is then a view of that copy.
 */
function detached(text: string): string {
  return ` ${text}`.slice(1);
}

function statsOf(paragraphs: number, analysed: number, analysedByHelper: number, [started, prepared, read, finished]: readonly number[]): JobStats {
  const ms = (from: number, to: number): number => Math.round((to - from) * 10) / 10;
  const phases = { prepareMs: ms(started, prepared), paragraphsMs: ms(prepared, read), assembleMs: ms(read, finished) };
  return { paragraphs, analysed, analysedByHelper, milliseconds: ms(started, finished), phases };
}

/** The indexes of the units without findings: a plain loop, as a book has thousands of units and an edit leaves one or two. */
function unitsToRead(findings: readonly (ParagraphFindings | undefined)[]): number[] {
  const indexes: number[] = [];
  for (let i = 0; i < findings.length; i++) if (!findings[i]) indexes.push(i);
  return indexes;
}

/** The units meeting the priority range first, then the rest in document order. */
function orderByPriority(indexes: number[], units: readonly Span[], priority: Span | undefined): number[] {
  if (!priority) return indexes;
  const first = indexes.filter((i) => overlaps(units[i], priority));
  const rest = indexes.filter((i) => !overlaps(units[i], priority));
  return [...first, ...rest];
}
