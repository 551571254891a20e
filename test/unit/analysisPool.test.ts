// The pool of analysis workers that indexes a folder, with the real worker (dist/worker.js, built here).
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as path from 'path';
import { AnalysisClient } from '../../src/analysis/analysisClient';
import { AnalysisPool } from '../../src/analysis/analysisPool';
import { analyze } from '../../src/core/pipeline/analyze';
import { coordinatorThread } from '../../src/analysis/nodeTransport';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const ARTICLES = [
  'Helena Marsh won the vote in Dover. “This matters,” Marsh said.',
  'Tomas Oakley published the figures. “Nobody has seen them,” he said.',
  'Priya Nandan runs the Avery Dock Company in Dover.',
];

describe('AnalysisPool', function () {
  this.timeout(60_000);
  let pool: AnalysisPool;
  before(() => {
    const build = spawnSync(process.execPath, [path.join(ROOT, 'esbuild.mjs')], { cwd: ROOT, encoding: 'utf8' });
    assert.strictEqual(build.status, 0, build.stderr);
  });
  beforeEach(() => (pool = new AnalysisPool(2, { startWorker: coordinatorThread(path.join(ROOT, 'dist', 'worker.js')), lowPriority: false })));
  afterEach(() => pool.dispose());

  it('gives, for many documents at once, what the one-thread pipeline gives', async () => {
    const results = await Promise.all([...ARTICLES, ...ARTICLES].map((text) => pool.analyze(text)));
    assert.deepStrictEqual(
      results.map((a) => a?.entities.map((e) => e.name)),
      [...ARTICLES, ...ARTICLES].map((text) => analyze(text).entities.map((e) => e.name)),
    );
  });

  it('cancelAll makes the analyses under way resolve to undefined, and the pool goes on', async () => {
    const running = Promise.all(ARTICLES.map((text) => pool.analyze(text.repeat(200))));
    pool.cancelAll();
    assert.deepStrictEqual(await running, [undefined, undefined, undefined]);
    assert.ok(await pool.analyze(ARTICLES[0]));
  });

  it('a read-once worker, as the pool starts them, analyses a long document alone: no helper thread competes with the other workers', async () => {
    // waitForHelper would make an editor's worker share this document with its helper (see analysisClient.test.ts).
    const readOnce = new AnalysisClient({ startWorker: coordinatorThread(path.join(ROOT, 'dist', 'worker.js')), lowPriority: false, readOnce: true, waitForHelper: true });
    try {
      const text = Array.from({ length: 400 }, (_, i) => `Paragraph ${i}: ${ARTICLES[i % ARTICLES.length]}`).join('\n\n');
      const completed = await readOnce.analyze('long', text);
      assert.strictEqual(completed?.stats.analysedByHelper, 0);
      assert.strictEqual(completed?.stats.analysed, 400);
      assert.deepStrictEqual(completed?.analysis, analyze(text));
    } finally {
      readOnce.dispose();
    }
  });

  for (const size of [0, -1, 1.5]) {
    it(`refuses a pool of ${size} workers`, () => assert.throws(() => new AnalysisPool(size, { startWorker: coordinatorThread('unused.js') }), RangeError));
  }
});
