// Mocha's own statistics of a run, and the reasons for its skips: the part of results.mjs that
// runs inside the extension host, the web worker host included (so no Node built-ins here).

/** The key a test sets on itself, through `skipBecause`, before it calls `this.skip()`. */
const SKIP_REASON = 'dossierSkipReason';

/** Skip the running test, saying why; the reason reaches the stage's results. */
export function skipBecause(context, reason) {
  if (context.test) context.test[SKIP_REASON] = reason;
  context.skip();
}

/** Follow a mocha runner: its counts (read from `runner.stats`), skips with reasons, and failures. */
export function collectResults(runner) {
  const results = {
    get passed() { return runner.stats?.passes ?? 0; },
    get failed() { return runner.stats?.failures ?? 0; },
    get skipped() { return runner.stats?.pending ?? 0; },
    skips: [],
    failures: [],
  };
  runner.on('pending', (test) => results.skips.push({ title: test.fullTitle(), reason: test[SKIP_REASON] ?? 'marked to skip in the source, with no reason given' }));
  runner.on('fail', (test, error) => results.failures.push({ title: test.fullTitle(), error: String(error?.message ?? error).split('\n')[0] }));
  return results;
}
