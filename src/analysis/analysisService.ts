import { analyze } from '../core/analyze';
import type { Analysis } from '../core/model';

/**
 * Analyses documents and keeps the newest result for each, keyed by document URI and version.
 * It knows nothing of VS Code, so it can be tested and benchmarked on its own.
 */
export class AnalysisService {
  private readonly latest = new Map<string, { version: number; analysis: Analysis }>();

  /** The analysis of exactly this version, if it is ready. */
  get(key: string, version: number): Analysis | undefined {
    const entry = this.latest.get(key);
    return entry && entry.version === version ? entry.analysis : undefined;
  }

  async analyze(key: string, version: number, text: string): Promise<Analysis> {
    const cached = this.get(key, version);
    if (cached) return cached;
    const analysis = analyze(text);
    this.latest.set(key, { version, analysis });
    return analysis;
  }

  forget(key: string): void {
    this.latest.delete(key);
  }

  dispose(): void {
    this.latest.clear();
  }
}
