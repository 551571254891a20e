// The pool of analysis workers that indexes a folder, with the real worker (dist/worker.js, built here).
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as path from 'path';
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

  for (const size of [0, -1, 1.5]) {
    it(`refuses a pool of ${size} workers`, () => assert.throws(() => new AnalysisPool(size, { startWorker: coordinatorThread('unused.js') }), RangeError));
  }
});
