// The worker-thread client with the real worker (dist/worker.js, built here).
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as path from 'path';
import { Worker } from 'worker_threads';
import { AnalysisClient, type AnalyzeOptions, type Completed } from '../../src/analysis/analysisClient';
import type { CoordinatorRequest } from '../../src/analysis/protocol';
import { analyze } from '../../src/core/pipeline/analyze';
import { coordinatorThread } from '../../src/analysis/nodeTransport';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const WORKER = path.join(ROOT, 'dist', 'worker.js');
const TEXT = 'Angela Merkel met Emmanuel Macron in Paris.\n\n“We agree,” Merkel said.';
const big = (n: number): string => Array.from({ length: n }, (_, i) => `Paragraph ${i}: Angela Merkel met Emmanuel Macron in Paris.`).join('\n\n');
/**
 * A book-sized text, and options that call `started` when its first paragraphs are done (the
 * partial analysis): the job is then running, with over a thousand paragraphs still to read. Tests
 * wait for this event rather than for a time that a busy machine may overshoot.
 */
const BOOK = big(1500);
const whenStarted = (started: () => void): AnalyzeOptions => ({ priority: { start: 0, end: 100 }, onPartial: started });

/**
 * Records what the client posts to its workers, with the worker it went to: a test can then see,
 * the moment a worker dies, whether the job it held was sent to the new one, instead of waiting
 * for a result that would never come.
 */
function recordPosts(): { posts: { worker: Worker; message: CoordinatorRequest }[]; restore: () => void } {
  const posts: { worker: Worker; message: CoordinatorRequest }[] = [];
  const original = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (this: Worker, message: CoordinatorRequest, ...rest: unknown[]) {
    posts.push({ worker: this, message });
    return (original as (...args: unknown[]) => void).call(this, message, ...rest);
  };
  return { posts, restore: () => (Worker.prototype.postMessage = original) };
}

describe('AnalysisClient', function () {
  this.timeout(60_000);
  let client: AnalysisClient;
  let lost: Error[];

  before(() => {
    const build = spawnSync(process.execPath, [path.join(ROOT, 'esbuild.mjs')], { cwd: ROOT, encoding: 'utf8' });
    assert.strictEqual(build.status, 0, build.stderr);
  });
  beforeEach(() => {
    lost = [];
    client = new AnalysisClient({ startWorker: coordinatorThread(WORKER), onWorkerLost: (e) => lost.push(e) });
  });
  afterEach(() => client.dispose());

  it('gives what the one-thread pipeline gives, entities sharing the objects of `mentions`', async () => {
    const completed = await client.analyze('a', TEXT);
    assert.deepStrictEqual(completed?.analysis, analyze(TEXT));
    const analysis = completed?.analysis;
    assert.ok(analysis && analysis.mentions.length > 0);
    for (const entity of analysis.entities) for (const mention of entity.mentions) assert.ok(analysis.mentions.includes(mention));
  });

  it('cancels the older request for the same key', async () => {
    const older = client.analyze('a', big(200));
    const newer = client.analyze('a', TEXT);
    assert.strictEqual(await older, undefined);
    assert.strictEqual((await newer)?.analysis.textLength, TEXT.length);
  });

  it('does not make a small document wait for a big one', async () => {
    const order: string[] = [];
    let bigStarted!: () => void;
    const started = new Promise<void>((resolve) => (bigStarted = resolve));
    const bigJob = client.analyze('big', BOOK, whenStarted(() => bigStarted())).then(() => order.push('big'));
    await started;
    const smallJob = client.analyze('small', TEXT).then(() => order.push('small'));
    await Promise.all([bigJob, smallJob]);
    assert.deepStrictEqual(order, ['small', 'big']);
  });

  it('sends the visible range first, as a partial analysis, for big documents', async () => {
    const text = big(600);
    const visible = { start: Math.floor(text.length * 0.8), end: Math.floor(text.length * 0.8) + 500 };
    const events: string[] = [];
    let partialMentionsInView = 0;
    const completed = await client.analyze('big', text, {
      priority: visible,
      onPartial: (partial) => {
        events.push('partial');
        partialMentionsInView = partial.mentions.filter((m) => m.start >= visible.start && m.end <= visible.end).length;
      },
    });
    events.push('done');
    assert.deepStrictEqual(events, ['partial', 'done']);
    const inView = completed?.analysis.mentions.filter((m) => m.start >= visible.start && m.end <= visible.end).length;
    assert.ok(partialMentionsInView > 0 && partialMentionsInView === inView, `${partialMentionsInView} of ${inView} mentions in view`);
  });

  it('uses the helper thread for big documents and still agrees with one thread', async () => {
    // The job waits for the helper to load, so the helper's share never depends on the machine's load.
    const withHelper = new AnalysisClient({ startWorker: coordinatorThread(WORKER), waitForHelper: true });
    try {
      const text = big(400);
      const completed = await withHelper.analyze('big', text);
      const byHelper = completed?.stats.analysedByHelper ?? 0;
      assert.ok(byHelper > 0 && byHelper < 400, `the helper took ${byHelper} of 400 paragraphs`);
      assert.deepStrictEqual(completed?.analysis, analyze(text));
    } finally {
      withHelper.dispose();
    }
  });

  it('stops the helper thread once no document has been open for its idle time, and starts a new one for the next job', async () => {
    let stopped!: () => void;
    const helperStopped = new Promise<void>((resolve) => (stopped = resolve));
    const idle = new AnalysisClient({ startWorker: coordinatorThread(WORKER), waitForHelper: true, helperIdleMs: 0, onHelperStopped: () => stopped() });
    try {
      const text = big(400);
      assert.ok(((await idle.analyze('a', text))?.stats.analysedByHelper ?? 0) > 0, 'the helper took part');
      idle.forget('a');
      await helperStopped;
      const again = await idle.analyze('b', text);
      assert.ok((again?.stats.analysedByHelper ?? 0) > 0, 'a new helper took part in the next job');
      assert.deepStrictEqual(again?.analysis, analyze(text));
    } finally {
      idle.dispose();
    }
  });

  it('restarts a worker that died and finishes the job it held', async () => {
    let ended = false;
    let crash!: () => void;
    const running = new Promise<void>((resolve) => (crash = resolve));
    const job = client.analyze('a', BOOK, whenStarted(() => crash()));
    void job.then(() => (ended = true));
    await running;
    assert.ok(!ended, 'the job is still running when its worker dies');
    const { posts, restore } = recordPosts();
    try {
      await client.crashWorkerForTesting();
    } finally {
      restore();
    }
    assert.strictEqual(lost.length, 1);
    // By the time terminate() resolves the client has seen the exit: the job must already be on
    // its way to a new worker, whole (fails at once, rather than by the timeout, if it is not).
    const resent = posts.filter((p) => p.message.kind === 'analyze');
    assert.strictEqual(resent.length, 1, 'the job was sent again');
    const [{ worker, message }] = resent;
    assert.ok(message.kind === 'analyze' && 'whole' in message.text && message.text.whole === BOOK && !message.delta, 'sent whole, expecting a whole analysis');
    assert.ok(posts.every((p) => p.worker === worker), 'to one new worker');
    const completed = await job;
    assert.deepStrictEqual(completed?.analysis, analyze(BOOK));
    assert.strictEqual(completed?.stats.analysed, completed?.stats.paragraphs, 'the new worker read the whole text');
    assert.ok(await client.analyze('b', TEXT), 'the new worker serves later requests');
  });

  it('fails a job whose worker dies a second time, and serves the next one', async () => {
    let partials = 0;
    const job = client.analyze('a', BOOK, whenStarted(() => {
      if (++partials <= 2) void client.crashWorkerForTesting(); // in the first worker, then in the one it was resent to
    }));
    await assert.rejects(job, /stopped twice while analysing this document/);
    assert.strictEqual(lost.length, 2);
    assert.deepStrictEqual((await client.analyze('b', TEXT))?.analysis, analyze(TEXT));
  });

  it('after edits gives what the one-thread pipeline gives, keeping the objects before the edit', async () => {
    let text = big(60);
    const first = await client.analyze('a', text);
    assert.deepStrictEqual(first?.analysis, analyze(text));
    let previous = first?.analysis;
    for (const [at, inserted] of [[0.5, ' Vladimir Putin came.'], [0.9, 'x'], [0.1, '\n\nReuters said so.'], [0.5, '']] as const) {
      const start = Math.floor(text.length * at);
      text = text.slice(0, start) + inserted + text.slice(start + 3);
      const completed = await client.analyze('a', text);
      assert.deepStrictEqual(completed?.analysis, analyze(text));
      assert.ok((completed?.stats.analysed ?? 0) <= 2, 'only the edited paragraphs are read again');
      assert.strictEqual(completed?.analysis.mentions[0], previous?.mentions[0], 'the first mention, before every edit, is the very object the host had');
      previous = completed?.analysis;
    }
  });

  it('stays right when requests for a document overtake each other', async () => {
    let text = big(40);
    for (let round = 0; round < 8; round++) {
      const superseded: { text: string; result: Promise<Completed | undefined> }[] = [];
      for (let i = 0; i < 3; i++) {
        const start = Math.floor(text.length * ((round * 3 + i) % 7) / 7);
        text = `${text.slice(0, start)}Angela ${round}${i} ${text.slice(start)}`;
        superseded.push({ text, result: client.analyze('a', text) });
        // Pauses of 0 to 10 ms, so that some requests finish and others are overtaken; the
        // assertions below hold either way.
        await new Promise((resolve) => setTimeout(resolve, (round * 7 + i * 3) % 11));
      }
      const completed = await client.analyze('a', text);
      assert.deepStrictEqual(completed?.analysis, analyze(text));
      // An overtaken request resolves to undefined; one that finished first, to its own text's analysis.
      for (const request of superseded) {
        const result = await request.result;
        if (result) assert.deepStrictEqual(result.analysis, analyze(request.text));
      }
    }
    client.forget('a');
    const again = await client.analyze('a', TEXT);
    assert.deepStrictEqual(again?.analysis, analyze(TEXT));
  });

  it('sends a restarted worker whole texts, and edits go on from there', async () => {
    const text = big(30);
    await client.analyze('a', text);
    await client.crashWorkerForTesting();
    assert.strictEqual(lost.length, 1, 'the client knows the worker died once terminate resolves');
    const edited = `${text} Angela Merkel left.`;
    const completed = await client.analyze('a', edited);
    assert.deepStrictEqual(completed?.analysis, analyze(edited));
    assert.strictEqual(completed?.stats.analysed, completed?.stats.paragraphs, 'the whole text was read again');
  });

  it('resolves pending requests to undefined when disposed', async () => {
    const job = client.analyze('a', big(50));
    client.dispose();
    assert.strictEqual(await job, undefined);
  });
});
