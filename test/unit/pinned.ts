// Output compared with a committed expected file: a change shows as a readable hunk, and a
// deliberate one updates the file in the same commit (DOSSIER_UPDATE_EXPECTED=1 rewrites it).
import * as assert from 'assert';
import * as fs from 'fs';

/** Where `actual` and `expected` first differ, a few lines either side, as a readable hunk. */
export function firstDifference(actual: string, expected: string): string {
  const a = actual.split('\n');
  const e = expected.split('\n');
  let first = 0;
  while (first < a.length && first < e.length && a[first] === e[first]) first++;
  let lastA = a.length - 1;
  let lastE = e.length - 1;
  while (lastA > first && lastE > first && a[lastA] === e[lastE]) { lastA--; lastE--; }
  const from = Math.max(0, first - 3);
  const lines = [`@@ line ${first + 1} @@`];
  for (let i = from; i < first; i++) lines.push(`  ${e[i]}`);
  for (let i = first; i <= Math.min(lastE, first + 20); i++) lines.push(`- ${e[i]}`);
  for (let i = first; i <= Math.min(lastA, first + 20); i++) lines.push(`+ ${a[i]}`);
  return lines.join('\n');
}

/** Fails unless `actual` is the content of `file`; `what` names it, `update` is the command that rewrites it. */
export function assertPinned(actual: string, file: string, what: string, update: string): void {
  if (process.env.DOSSIER_UPDATE_EXPECTED) fs.writeFileSync(file, actual);
  const pinned = fs.readFileSync(file, 'utf8');
  if (actual !== pinned) {
    assert.fail(`${what} changed (- expected, + now):\n${firstDifference(actual, pinned)}\n` +
      `If the change is meant, update the expected files and commit them with it: ${update}`);
  }
}
