// The worker-thread client with the real worker (dist/worker.js, built here).
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as path from 'path';
import { AnalysisClient } from '../../src/analysis/analysisClient';
import { analyze } from '../../src/core/pipeline/analyze';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const TEXT = 'Angela Merkel met Emmanuel Macron in Paris.\n\n“We agree,” Merkel said.';
const big = (n: number): string => Array.from({ length: n }, (_, i) => `Paragraph ${i}: Angela Merkel met Emmanuel Macron in Paris.`).join('\n\n');

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
    client = new AnalysisClient({ workerScript: path.join(ROOT, 'dist', 'worker.js'), onWorkerLost: (e) => lost.push(e) });
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
    const bigJob = client.analyze('big', big(600)).then(() => order.push('big'));
    await new Promise((resolve) => setTimeout(resolve, 100));
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
    const text = big(400);
    const completed = await client.analyze('big', text);
    assert.ok((completed?.stats.analysedByHelper ?? 0) > 0, 'the helper took some paragraphs');
    assert.deepStrictEqual(completed?.analysis, analyze(text));
  });

  it('restarts a worker that died and finishes the job it held', async () => {
    const job = client.analyze('a', big(300));
    await new Promise((resolve) => setTimeout(resolve, 200));
    await client.crashWorkerForTesting();
    const completed = await job;
    assert.strictEqual(lost.length, 1);
    assert.strictEqual(completed?.analysis.textLength, big(300).length);
    assert.ok(await client.analyze('b', TEXT), 'the new worker serves later requests');
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
      const superseded = [];
      for (let i = 0; i < 3; i++) {
        const start = Math.floor(text.length * ((round * 3 + i) % 7) / 7);
        text = `${text.slice(0, start)}Angela ${round}${i} ${text.slice(start)}`;
        superseded.push(client.analyze('a', text));
        await new Promise((resolve) => setTimeout(resolve, (round * 7 + i * 3) % 11));
      }
      const completed = await client.analyze('a', text);
      assert.deepStrictEqual(completed?.analysis, analyze(text));
      for (const result of await Promise.all(superseded)) if (result) assert.strictEqual(result.analysis.textLength <= text.length, true);
    }
    client.forget('a');
    const again = await client.analyze('a', TEXT);
    assert.deepStrictEqual(again?.analysis, analyze(TEXT));
  });

  it('sends a restarted worker whole texts, and edits go on from there', async () => {
    const text = big(30);
    await client.analyze('a', text);
    await client.crashWorkerForTesting();
    await new Promise((resolve) => setTimeout(resolve, 100));
    const edited = `${text} Angela Merkel left.`;
    const completed = await client.analyze('a', edited);
    assert.deepStrictEqual(completed?.analysis, analyze(edited));
    assert.strictEqual(lost.length, 1);
  });

  it('resolves pending requests to undefined when disposed', async () => {
    const job = client.analyze('a', big(50));
    client.dispose();
    assert.strictEqual(await job, undefined);
  });
});
