import type { Analysis, Span } from '../core/model/model';
import type { AnalysisClient } from './analysisClient';

export interface ServiceAnalyzeOptions {
  /** Analyse this range first (the visible part of the editors showing the document). */
  readonly priority?: Span;
  /** Called when a first, partial analysis (the priority range) is ready. */
  readonly onPartial?: () => void;
}

interface Entry {
  readonly version: number;
  readonly analysis: Analysis;
  readonly complete: boolean;
}

/** A complete analysis, and how to read the text it is of (corrections are anchored in that text). */
export interface Analysed {
  readonly analysis: Analysis;
  readonly text: () => string;
}

/**
 * Analyses documents off the calling thread and keeps the newest result for each, keyed by
 * document URI and version. Results for versions older than the newest requested are dropped.
 * It knows nothing of VS Code, so it can be tested and benchmarked on its own.
 */
export class AnalysisService {
  private readonly latest = new Map<string, Entry>();
  private readonly inFlight = new Map<string, { version: number; result: Promise<Analysed | undefined> }>();
  /** The newest version requested for each key; anything older that arrives is stale. */
  private readonly wanted = new Map<string, number>();

  constructor(private readonly client: AnalysisClient) {}

  /** The analysis of exactly this version, if ready; it may still be partial (see `isComplete`). */
  get(key: string, version: number): Analysis | undefined {
    const entry = this.latest.get(key);
    return entry && entry.version === version ? entry.analysis : undefined;
  }

  isComplete(key: string, version: number): boolean {
    const entry = this.latest.get(key);
    return entry !== undefined && entry.version === version && entry.complete;
  }

  /**
   * The complete analysis of this version; undefined if a newer version was requested meanwhile.
   * Asked again for a version already being analysed, it joins that request: `readText` is called
   * only when a new request is made, so a book's text is copied once per version however many
   * features ask.
   */
  analyze(key: string, version: number, readText: () => string, options: ServiceAnalyzeOptions = {}): Promise<Analysed | undefined> {
    const entry = this.latest.get(key);
    if (entry && entry.version === version && entry.complete) return Promise.resolve({ analysis: entry.analysis, text: readText });
    const running = this.inFlight.get(key);
    if (running && running.version === version) return running.result;
    const text = readText();
    this.wanted.set(key, version);
    const isWanted = (): boolean => this.wanted.get(key) === version;
    const onPartial = (analysis: Analysis): void => {
      if (!isWanted()) return;
      this.latest.set(key, { version, analysis, complete: false });
      options.onPartial?.();
    };
    const result = (async () => {
      try {
        const completed = await this.client.analyze(key, text, { priority: options.priority, onPartial });
        if (!completed || !isWanted()) return undefined;
        this.latest.set(key, { version, analysis: completed.analysis, complete: true });
        return { analysis: completed.analysis, text: () => text };
      } finally {
        if (this.inFlight.get(key)?.version === version) this.inFlight.delete(key);
      }
    })();
    this.inFlight.set(key, { version, result });
    return result;
  }

  /** How many documents are being analysed now. */
  get busy(): number {
    return this.inFlight.size;
  }

  /** Stop work on the key (a newer version is coming); the last result stays readable. */
  cancel(key: string): void {
    this.inFlight.delete(key);
    this.wanted.delete(key);
    this.client.cancel(key);
  }

  forget(key: string): void {
    this.cancel(key);
    this.latest.delete(key);
    this.client.forget(key);
  }

  dispose(): void {
    this.latest.clear();
    this.inFlight.clear();
    this.client.dispose();
  }
}
