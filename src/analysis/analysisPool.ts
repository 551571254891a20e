import type { Analysis } from '../core/model/model';
import { AnalysisClient, type AnalysisClientOptions } from './analysisClient';

/**
 * Several analysis workers for many documents read once each (a folder being indexed), rather
 * than a few documents edited over and over: each document goes to the worker with the least work,
 * and is forgotten by it once analysed, so nothing of it stays in memory on either side.
 */
export class AnalysisPool {
  private readonly clients: { readonly client: AnalysisClient; pending: number }[];
  private nextKey = 1;
  /** The documents being analysed, by key, with the client analysing each. */
  private readonly inFlight = new Map<string, AnalysisClient>();

  /**
   * `size` worker threads and no more: each analyses its documents alone (`readOnce`), without
   * the helper thread an editor's worker keeps for long documents, so a pool of N uses N cores.
   * (With helpers, `--jobs 1` already ran two threads, and `--jobs 2` ran four on two cores.)
   */
  constructor(size: number, options: Omit<AnalysisClientOptions, 'readOnce' | 'waitForHelper'>) {
    if (!Number.isInteger(size) || size < 1) throw new RangeError(`a pool needs at least one worker, not ${size}`);
    this.clients = Array.from({ length: size }, () => ({ client: new AnalysisClient({ ...options, readOnce: true }), pending: 0 }));
  }

  get size(): number {
    return this.clients.length;
  }

  /** The analysis of `text`, or undefined when `cancelAll` stopped it or the pool is disposed. */
  async analyze(text: string): Promise<Analysis | undefined> {
    const slot = this.clients.reduce((best, c) => (c.pending < best.pending ? c : best));
    const key = `pool-${this.nextKey++}`;
    slot.pending++;
    this.inFlight.set(key, slot.client);
    try {
      return (await slot.client.analyze(key, text))?.analysis;
    } finally {
      slot.pending--;
      this.inFlight.delete(key);
      slot.client.forget(key);
    }
  }

  /** Stop every analysis under way, to give the cores to more urgent work; each resolves to undefined. */
  cancelAll(): void {
    for (const [key, client] of this.inFlight) client.cancel(key);
  }

  dispose(): void {
    for (const { client } of this.clients) client.dispose();
  }
}
