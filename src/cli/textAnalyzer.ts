// How `dossier annotate` analyses a file: a short one on this thread, a long one in the analysis
// worker the editor uses, whose helper thread reads half of it, so that a book is read on two
// cores. The analysis is the same either way: the worker's is assembled from the same paragraphs.
import * as path from 'node:path';
import { AnalysisClient } from '../analysis/analysisClient';
import { coordinatorThread } from '../analysis/nodeTransport';
import type { Analysis } from '../core/model/model';
import { analyze } from '../core/pipeline/analyze';

/**
 * Below this many characters the worker costs more than it saves: starting it and its helper
 * (each loads compromise and the name model) takes about as long as reading this much text here.
 */
export const WORKER_MIN_CHARS = 200_000;

export class TextAnalyzer {
  private client: AnalysisClient | undefined;
  private nextKey = 1;

  async analyze(text: string): Promise<Analysis> {
    if (text.length < WORKER_MIN_CHARS) return analyze(text);
    // The CLI has the machine to itself: the worker runs at normal priority.
    this.client ??= new AnalysisClient({ startWorker: coordinatorThread(path.join(__dirname, 'worker.js')), lowPriority: false });
    const key = `file-${this.nextKey++}`;
    try {
      const completed = await this.client.analyze(key, text);
      // Only a cancel or dispose resolves to undefined, and nothing here does either.
      if (!completed) throw new Error('the analysis was cancelled');
      return completed.analysis;
    } finally {
      this.client.forget(key);
    }
  }

  dispose(): void {
    this.client?.dispose();
  }
}
