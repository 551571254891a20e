import { analyzeParagraph, assemble, assembleAfter, type Assembly, type ParagraphFindings } from '../core/analyze';
import type { Analysis, Span } from '../core/model';
import { splitParagraphs } from '../core/paragraphs';
import type { JobStats, UnitText } from './protocol';
import type { ParagraphCache } from './paragraphCache';

/** How long the analysing thread works before it lets messages (a cancel, a newer version) in. */
const SLICE_MS = 20;
/** Units handed to the helper at a time: big enough to amortise the message, small enough to balance. */
const HELPER_BATCH = 40;
/** Below this many uncached units, a second thread costs more than it saves. */
const HELPER_THRESHOLD = 2 * HELPER_BATCH;
/** Send a first, partial analysis when at least this many units remain after the priority range. */
const PARTIAL_THRESHOLD = 200;

export interface JobOptions {
  /** Analyse the units meeting this range first (the visible part of an editor). */
  readonly priority?: Span;
  /** Called once, when the priority range is done and much of the document remains. */
  readonly onPartial?: (analysis: Analysis) => void;
  /** True once the job is no longer wanted; checked between slices. */
  readonly isCancelled: () => boolean;
  /** Let the thread's event loop run (incoming messages, the helper's replies). */
  readonly pause: () => Promise<void>;
  /** Another thread that can analyse units, for big documents; it may fail, then the job does the work. */
  readonly helper?: (units: readonly UnitText[]) => Promise<readonly ParagraphFindings[]>;
  /** The assembly of an earlier version of the document: the document-level passes then redo only what the edit changed. */
  readonly previous?: Assembly;
}

/**
 * Analyse `text`, reusing the cache for paragraphs seen before. Returns undefined when cancelled.
 * Work is done in slices so the thread stays responsive to cancellation.
 */
export async function runJob(text: string, cache: ParagraphCache, options: JobOptions): Promise<{ analysis: Analysis; assembly: Assembly; stats: JobStats } | undefined> {
  const started = Date.now();
  const units = splitParagraphs(text);
  const findings: (ParagraphFindings | undefined)[] = units.map((unit) => cache.lookup(text, unit));
  const missing = orderByPriority(units.map((_, i) => i).filter((i) => !findings[i]), units, options.priority);
  const prepared = Date.now();
  const priorityCount = options.priority ? missing.filter((i) => overlaps(units[i], options.priority as Span)).length : 0;
  let analysedByHelper = 0;
  const helperBatches: Promise<void>[] = [];
  let helperBusy = false;
  let helperFailed = false;
  const total = missing.length;
  let next = 0; // missing[next..end) is still to do; the helper takes batches from the end
  let end = missing.length;
  let partialSent = false;

  const offload = (): void => {
    if (!options.helper || helperBusy || helperFailed || end - next < HELPER_THRESHOLD) return;
    const batch = missing.slice(end - HELPER_BATCH, end);
    end -= HELPER_BATCH;
    helperBusy = true;
    const unitTexts = batch.map((i) => ({ start: units[i].start, text: text.slice(units[i].start, units[i].end) }));
    helperBatches.push(options.helper(unitTexts).then(
      (results) => {
        results.forEach((result, j) => {
          findings[batch[j]] = result;
          cache.store(result);
        });
        analysedByHelper += batch.length;
        helperBusy = false;
      },
      () => {
        // The helper is gone: do its batch here, and stop using it for this job.
        helperFailed = true;
        helperBusy = false;
        missing.splice(next, 0, ...batch);
        end += batch.length;
      },
    ));
  };

  while (next < end || helperBusy) {
    offload();
    const sliceEnd = Date.now() + SLICE_MS;
    while (next < end && Date.now() < sliceEnd) {
      const i = missing[next++];
      const result = analyzeParagraph(text, units[i]);
      findings[i] = result;
      cache.store(result);
    }
    if (!partialSent && options.onPartial && priorityCount > 0 && next >= priorityCount && total - next >= PARTIAL_THRESHOLD) {
      partialSent = true;
      options.onPartial(assemble(text, findings.filter((f): f is ParagraphFindings => f !== undefined)));
    }
    // With nothing left here, wait for the helper rather than spin.
    if (next >= end && helperBusy) await helperBatches[helperBatches.length - 1];
    else await options.pause();
    if (options.isCancelled()) return undefined;
  }
  await Promise.all(helperBatches);
  if (options.isCancelled()) return undefined;
  cache.completePass();
  const analysed = Date.now();
  const assembly = assembleAfter(options.previous, text, findings as ParagraphFindings[]);
  const finished = Date.now();
  const phases = { prepareMs: prepared - started, paragraphsMs: analysed - prepared, assembleMs: finished - analysed };
  return { analysis: assembly.analysis, assembly, stats: { paragraphs: units.length, analysed: total, analysedByHelper, milliseconds: finished - started, phases } };
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** The units meeting the priority range first, then the rest in document order. */
function orderByPriority(indexes: number[], units: readonly Span[], priority: Span | undefined): number[] {
  if (!priority) return indexes;
  const first = indexes.filter((i) => overlaps(units[i], priority));
  const rest = indexes.filter((i) => !overlaps(units[i], priority));
  return [...first, ...rest];
}
