// AnalysisService over a scripted client: which version's result it keeps, partial and complete
// results, and what cancelling and forgetting do. The client is a fake whose jobs the test settles
// by hand, so every interleaving is chosen, not left to threads.
import * as assert from 'assert';
import type { AnalysisClient, AnalyzeOptions, Completed } from '../../src/analysis/analysisClient';
import { AnalysisService } from '../../src/analysis/analysisService';
import type { Analysis } from '../../src/core/model/model';

interface FakeJob {
  readonly key: string;
  readonly text: string;
  readonly options: AnalyzeOptions;
  readonly finish: (analysis: Analysis | undefined) => void;
}

/** A client whose jobs wait until the test finishes them; it records what it was asked. */
class FakeClient {
  readonly jobs: FakeJob[] = [];
  readonly calls: string[] = [];
  analyze(key: string, text: string, options: AnalyzeOptions = {}): Promise<Completed | undefined> {
    return new Promise((resolve) => {
      const stats = { paragraphs: 1, analysed: 1, analysedByHelper: 0, milliseconds: 1, phases: { prepareMs: 0, paragraphsMs: 0, assembleMs: 0 } };
      this.jobs.push({ key, text, options, finish: (analysis) => resolve(analysis && { analysis, stats }) });
    });
  }
  cancel(key: string): void {
    this.calls.push(`cancel ${key}`);
  }
  forget(key: string): void {
    this.calls.push(`forget ${key}`);
  }
  dispose(): void {
    this.calls.push('dispose');
  }
}

const analysisOf = (text: string): Analysis => ({ textLength: text.length, entities: [], mentions: [], quotes: [], values: [] });

describe('AnalysisService', () => {
  let client: FakeClient;
  let service: AnalysisService;
  beforeEach(() => {
    client = new FakeClient();
    service = new AnalysisService(client as unknown as AnalysisClient);
  });

  it('keeps the complete analysis of the version asked for', async () => {
    const result = service.analyze('a', 1, () => 'one');
    assert.strictEqual(service.busy, 1);
    assert.strictEqual(service.get('a', 1), undefined, 'nothing before the job ends');
    client.jobs[0].finish(analysisOf('one'));
    assert.deepStrictEqual((await result)?.analysis, analysisOf('one'));
    assert.deepStrictEqual(service.get('a', 1), analysisOf('one'));
    assert.strictEqual(service.isComplete('a', 1), true);
    assert.strictEqual(service.get('a', 2), undefined, 'only for that version');
    assert.strictEqual(service.busy, 0);
  });

  it('drops the result of an older version that arrives after a newer one was asked for', async () => {
    const older = service.analyze('a', 1, () => 'one');
    const newer = service.analyze('a', 2, () => 'two');
    client.jobs[0].finish(analysisOf('one'));
    assert.strictEqual(await older, undefined);
    assert.strictEqual(service.get('a', 1), undefined, 'the stale result is not kept');
    client.jobs[1].finish(analysisOf('two'));
    assert.deepStrictEqual((await newer)?.analysis, analysisOf('two'));
    assert.deepStrictEqual(service.get('a', 2), analysisOf('two'));
  });

  it('drops a partial result of an older version', async () => {
    let partials = 0;
    void service.analyze('a', 1, () => 'one', { onPartial: () => partials++ });
    void service.analyze('a', 2, () => 'two');
    client.jobs[0].options.onPartial?.(analysisOf('on'));
    assert.strictEqual(partials, 0);
    assert.strictEqual(service.get('a', 1), undefined);
  });

  it('shows a partial result as not complete, then the complete one', async () => {
    let partials = 0;
    const result = service.analyze('a', 1, () => 'one', { onPartial: () => partials++ });
    client.jobs[0].options.onPartial?.(analysisOf('on'));
    assert.strictEqual(partials, 1);
    assert.deepStrictEqual(service.get('a', 1), analysisOf('on'));
    assert.strictEqual(service.isComplete('a', 1), false);
    client.jobs[0].finish(analysisOf('one'));
    await result;
    assert.deepStrictEqual(service.get('a', 1), analysisOf('one'));
    assert.strictEqual(service.isComplete('a', 1), true);
  });

  it('reads the text once per version, however many ask while it is analysed', async () => {
    let reads = 0;
    const readText = (): string => (reads++, 'one');
    const asked = [service.analyze('a', 1, readText), service.analyze('a', 1, readText), service.analyze('a', 1, readText)];
    client.jobs[0].finish(analysisOf('one'));
    for (const result of await Promise.all(asked)) assert.strictEqual(result?.text(), 'one');
    assert.strictEqual(reads, 1);
  });

  it('asks the client once for a version already being analysed, and not at all for one it has', async () => {
    const first = service.analyze('a', 1, () => 'one');
    const second = service.analyze('a', 1, () => 'one');
    assert.strictEqual(client.jobs.length, 1);
    client.jobs[0].finish(analysisOf('one'));
    assert.strictEqual(await first, await second);
    assert.deepStrictEqual((await service.analyze('a', 1, () => 'one'))?.analysis, analysisOf('one'));
    assert.strictEqual(client.jobs.length, 1);
  });

  it('asks again for a version it holds only partially', async () => {
    const result = service.analyze('a', 1, () => 'one');
    client.jobs[0].options.onPartial?.(analysisOf('on'));
    client.jobs[0].finish(undefined); // cancelled by the client after the partial
    assert.strictEqual(await result, undefined);
    void service.analyze('a', 1, () => 'one');
    assert.strictEqual(client.jobs.length, 2);
  });

  it('keeps documents apart', async () => {
    const a = service.analyze('a', 1, () => 'one');
    const b = service.analyze('b', 1, () => 'two');
    assert.strictEqual(service.busy, 2);
    client.jobs[1].finish(analysisOf('two'));
    client.jobs[0].finish(analysisOf('one'));
    assert.deepStrictEqual([(await a)?.analysis, (await b)?.analysis], [analysisOf('one'), analysisOf('two')]);
  });

  it('on cancel stops the work and drops its result, but keeps the last one readable', async () => {
    const first = service.analyze('a', 1, () => 'one');
    client.jobs[0].finish(analysisOf('one'));
    await first;
    const second = service.analyze('a', 2, () => 'two');
    service.cancel('a');
    assert.deepStrictEqual(client.calls, ['cancel a']);
    assert.strictEqual(service.busy, 0);
    client.jobs[1].finish(analysisOf('two'));
    assert.strictEqual(await second, undefined);
    assert.deepStrictEqual(service.get('a', 1), analysisOf('one'));
  });

  it('on forget drops what it holds and tells the client', async () => {
    const first = service.analyze('a', 1, () => 'one');
    client.jobs[0].finish(analysisOf('one'));
    await first;
    service.forget('a');
    assert.strictEqual(service.get('a', 1), undefined);
    assert.deepStrictEqual(client.calls, ['cancel a', 'forget a']);
  });

  it('passes the priority range to the client', () => {
    void service.analyze('a', 1, () => 'one', { priority: { start: 2, end: 3 } });
    assert.deepStrictEqual(client.jobs[0].options.priority, { start: 2, end: 3 });
  });
});
