// One measurement of the bench, run in a process of its own so its peak memory is its own.
//   node out/bench/measure.js baseline FILE   raw compromise, paragraph by paragraph
//   node out/bench/measure.js dossier FILE    Dossier's worker analysis: cold, warm, after edits
// Prints one JSON object on stdout; bench/run.mjs puts the numbers side by side.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import nlp from 'compromise';
import { AnalysisClient } from '../src/analysis/analysisClient';
import type { Analysis } from '../src/core/model/model';
import { splitParagraphs } from '../src/core/pipeline/paragraphs';
import { resolveEntities } from '../src/core/pipeline/entities/resolve';
import { findQuoteSpans, paragraphsOf } from '../src/core/pipeline/quotes/find';
import { attributeQuotes } from '../src/core/pipeline/quotes/attribute';
import { coordinatorThread } from '../src/analysis/nodeTransport';

/** Analyses of a short text before the warm ones are timed. */
const WARM_UP_RUNS = 20;

const [mode, file] = process.argv.slice(2);
const text = readFileSync(file, 'utf8');

function peakMemoryMB(): number {
  return process.resourceUsage().maxRSS / 1024; // maxRSS is in kilobytes and covers every thread
}

/** CPU time of the whole process (every thread), in ms: on a shared machine, the work itself. */
function cpuMs(since?: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}

function timed<T>(run: () => T): { value: T; ms: number; cpuMs: number } {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const value = run();
  return { value, ms: performance.now() - started, cpuMs: cpuMs(cpu) };
}

async function baseline(): Promise<object> {
  const paragraphs = text.split(/\n\s*\n/).filter((p) => p.trim() !== '');
  const { ms, cpuMs: cpu } = timed(() => {
    for (const paragraph of paragraphs) {
      const doc = nlp(paragraph);
      doc.people().out('array');
      doc.places().out('array');
      doc.organizations().out('array');
      doc.quotations().out('array');
    }
  });
  return { paragraphs: paragraphs.length, ms, cpuMs: cpu, peakMemoryMB: peakMemoryMB() };
}

async function dossier(): Promise<object> {
  // Normal priority, like the baseline: on a busy machine the editor's setting (lower priority)
  // would measure the other processes more than Dossier.
  const client = new AnalysisClient({ startWorker: coordinatorThread(path.join(__dirname, '..', '..', 'dist', 'worker.js')), lowPriority: false });
  // The longest the main thread (the extension host, in the editor) went without running its event loop.
  const hostDelay = monitorEventLoopDelay({ resolution: 5 });
  hostDelay.enable();
  const analyse = async (key: string, body: string) => {
    const started = performance.now();
    const cpu = process.cpuUsage();
    const completed = await client.analyze(key, body);
    if (!completed) throw new Error('the analysis was cancelled');
    return { ms: performance.now() - started, cpuMs: cpuMs(cpu), analysis: completed.analysis, stats: completed.stats };
  };

  const cold = await analyse('document', text);
  const coldHostMaxDelayMs = hostDelay.max / 1e6;
  hostDelay.reset();

  // One character typed in the middle, five times at different places near it.
  const edits = [];
  let current = text;
  for (let i = 0; i < 5; i++) {
    const at = Math.floor(current.length / 2) + i * 997;
    current = `${current.slice(0, at)}x${current.slice(at)}`;
    const edit = await analyse('document', current);
    // What is neither the worker's job nor its encoding: posting both ways, and rebuilding the analysis here.
    const hostMs = edit.ms - edit.stats.milliseconds - (edit.stats.phases.encodeMs ?? 0);
    edits.push({ ms: edit.ms, cpuMs: edit.cpuMs, analysed: edit.stats.analysed, workerMs: edit.stats.milliseconds, phases: edit.stats.phases, hostMs });
  }
  const editHostMaxDelayMs = hostDelay.max / 1e6;
  hostDelay.disable();

  // The same text once the threads are warm, under fresh keys so no paragraph is cached.
  const warm = [];
  const small = text.length < 1_000_000;
  const warmRuns = small ? 7 : 1;
  // Each key's paragraph cache is dropped when done with, as closing the document does in the editor.
  client.forget('document');
  // A short text has not given V8 time to optimise the tagger's hot code by now: it takes about
  // twenty analyses of a news article (a book is plenty on its own). Those are timed apart.
  const warmingUp = [];
  for (let i = 0; small && i < WARM_UP_RUNS; i++) {
    warmingUp.push((await analyse(`warming-${i}`, text)).ms);
    client.forget(`warming-${i}`);
  }
  for (let i = 0; i < warmRuns; i++) {
    warm.push(await analyse(`warm-${i}`, text));
    if (i > 0) client.forget(`warm-${i}`);
  }
  warm.sort((a, b) => a.ms - b.ms);
  const median = warm[Math.floor(warm.length / 2)];
  const cached = (await analyse('warm-0', text)).ms;
  client.dispose();
  // Before the in-process passes below, which are the bench's own and not the analysis.
  const peakMemory = peakMemoryMB();

  return {
    chars: text.length,
    paragraphs: cold.stats.paragraphs,
    coldMs: cold.ms,
    coldCpuMs: cold.cpuMs,
    coldByHelper: cold.stats.analysedByHelper,
    warmingUpMs: warmingUp,
    warmMs: median.ms,
    warmCpuMs: median.cpuMs,
    warmByHelper: median.stats.analysedByHelper,
    cachedMs: cached,
    edits,
    coldHostMaxDelayMs,
    editHostMaxDelayMs,
    counts: counts(cold.analysis),
    peakMemoryMB: peakMemory,
    passes: passTimes(cold.analysis),
  };
}

function counts(analysis: Analysis): object {
  return { entities: analysis.entities.length, mentions: analysis.mentions.length, quotes: analysis.quotes.length, values: analysis.values.length };
}

/** The document-level passes, timed here on the same input (warm, best of three), to see which one costs. */
function passTimes(analysis: Analysis): Record<string, number> {
  const kindOf = new Map(analysis.entities.map((e) => [e.id, e.kind]));
  const candidates = analysis.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text, kind: kindOf.get(m.entityId) ?? 'person', roles: [], confidence: 1, kindConfidence: 1 }));
  const best = (run: () => unknown): number => Math.min(...[0, 1, 2].map(() => timed(run).ms));
  const paragraphs = paragraphsOf(text, splitParagraphs(text));
  const spans = findQuoteSpans(text, paragraphs);
  return {
    splitParagraphs: best(() => splitParagraphs(text)),
    resolveEntities: best(() => resolveEntities(text, candidates, [])),
    findQuoteSpans: best(() => findQuoteSpans(text, paragraphs)),
    attributeQuotes: best(() => attributeQuotes(spans, { text, paragraphs, entities: analysis.entities, mentions: analysis.mentions })),
  };
}

(mode === 'baseline' ? baseline() : dossier()).then(
  (result) => process.stdout.write(`${JSON.stringify(result)}\n`),
  (error) => {
    process.stderr.write(`${error?.stack ?? error}\n`);
    process.exitCode = 1;
  },
);
