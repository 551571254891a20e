// The counts of a test stage, taken from mocha's own statistics (never from scraped output), and
// the skips it made, each with its reason. Every test runner writes them to a file; `npm test`
// (test/runAll.mjs) adds the stages up.
import fs from 'node:fs';
import path from 'node:path';

export { collectResults, skipBecause } from './mochaStats.mjs';

/**
 * Skips that do not fail `npm test`, each only while its cause holds. A skip is matched by the
 * test's full title; any other skip (an `it.skip`, or one whose cause is gone) fails the run.
 */
export const EXPECTED_SKIPS = [
  {
    title: 'responsiveness on War and Peace never blocks the extension host event loop long, while the book is opened, scrolled and edited',
    cause: 'War and Peace is absent from ../shared/bench',
    holds: (root) => !warAndPeace(root),
  },
];

/** Where the tests and the bench find War and Peace: DOSSIER_BENCH_TEXT, or ../shared/bench. */
export function warAndPeace(root) {
  return [process.env.DOSSIER_BENCH_TEXT, path.join(root, '..', 'shared', 'bench', 'war-and-peace.txt')].find((f) => f && fs.existsSync(f));
}

/** The results of several runs (the two windows of the reload check) as one. */
export function combineResults(all) {
  return {
    passed: sum(all, 'passed'), failed: sum(all, 'failed'), skipped: sum(all, 'skipped'),
    skips: all.flatMap((r) => r.skips), failures: all.flatMap((r) => r.failures),
  };
}

const sum = (all, key) => all.reduce((total, r) => total + r[key], 0);

export function writeResults(file, results) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(results, null, 2));
}

/** The results a stage wrote, or undefined when it wrote none (it crashed before its tests ended). */
export function readResults(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Each skip with its reason, and whether it is one of the EXPECTED_SKIPS (by what cause). */
export function judgeSkips(results, root) {
  return results.skips.map((skip) => {
    const expected = EXPECTED_SKIPS.find((e) => e.title === skip.title && e.holds(root));
    return { ...skip, expected: expected?.cause };
  });
}

/**
 * Whether a stage's results make it green: no failure, at least one test run, and no skip that is
 * not expected. Returns the problems, one line each (empty when green).
 */
export function problemsOf(results, root) {
  const problems = [];
  if (results.failed > 0) problems.push(`${results.failed} failed`);
  if (results.passed + results.failed === 0) problems.push('no test ran');
  for (const skip of judgeSkips(results, root)) if (!skip.expected) problems.push(`unexpected skip: ${skip.title} (${skip.reason})`);
  return problems;
}

/** The lines a runner prints at its end: the skips with their reasons, then the counts. */
export function formatResults(results, root) {
  const lines = judgeSkips(results, root).map((s) => `skipped${s.expected ? ` (expected: ${s.expected})` : ' (NOT expected)'}: ${s.title}: ${s.reason}`);
  lines.push(`${results.passed} passed, ${results.failed} failed, ${results.skipped} skipped`);
  return lines.join('\n');
}
