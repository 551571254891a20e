// Stryker ignorer plugin for test/mutation/sample.mjs: leaves only the syntax nodes of the sampled
// mutants to be mutated. Stryker's `mutate` ranges select whole subtrees (a sampled `{ ... }` block
// would bring every mutant inside it); this ignores each node whose subtree holds no sampled mutant.
// The sample is read from the file named by STRYKER_SAMPLE: { [absolute file]: [location, ...] },
// locations as in Stryker's API (lines and columns from 0).
import fs from 'node:fs';
import { PluginKind, declareValuePlugin } from '@stryker-mutator/api/plugin';

let sample;
function sampledIn(file) {
  sample ??= JSON.parse(fs.readFileSync(process.env.STRYKER_SAMPLE, 'utf8'));
  return sample[file] ?? [];
}

const before = (a, b) => a.line < b.line || (a.line === b.line && a.column <= b.column);

/** Whether `outer` (a Babel location: lines from 1) contains `inner` (an API location: lines from 0). */
function contains(outer, inner) {
  const start = { line: outer.start.line - 1, column: outer.start.column };
  const end = { line: outer.end.line - 1, column: outer.end.column };
  return before(start, inner.start) && before(inner.end, end);
}

export const strykerPlugins = [
  declareValuePlugin(PluginKind.Ignore, 'sampled-only', {
    shouldIgnore(path) {
      const loc = path.node.loc;
      if (!loc) return undefined;
      const file = path.hub.file.opts.filename;
      return sampledIn(file).some((mutant) => contains(loc, mutant)) ? undefined : 'not in the sample';
    },
  }),
];
