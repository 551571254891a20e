#!/usr/bin/env node
// `npm run bench:workspace`: the workspace index in the editor, on a folder opened twice in the
// real extension host (code-server, as the integration tests run it) with one VS Code profile: the
// first window indexes the folder, the second opens it again and must read it back from the store
// without analysing a file. Each reports the time from activation to the complete index, the
// files analysed, the event loop's longest stall, and the host's heap after garbage collection.
// It reports; it does not pass or fail on the figures.
//   node bench/workspace.mjs [--articles 1000 | --folder test/fixtures/newsroom] [--profile]
// The articles are built by bench/corpus.mjs; --folder indexes a copy of a folder instead.
// --profile writes a CPU profile of the host thread for each window into out/profiles/.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildCorpus } from './corpus.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({ options: { articles: { type: 'string', default: '1000' }, folder: { type: 'string' }, profile: { type: 'boolean', default: false } } });

spawnSync(process.execPath, [path.join(ROOT, 'esbuild.mjs')], { cwd: ROOT, stdio: 'inherit' });
let workspace, description;
if (args.folder) {
  workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-workspace-bench-'));
  fs.cpSync(path.resolve(args.folder), workspace, { recursive: true });
  description = `a copy of ${args.folder}, ${fs.readdirSync(workspace, { recursive: true }).length} entries`;
} else {
  const corpus = buildCorpus(Number(args.articles));
  workspace = corpus.folder;
  description = `${corpus.count} articles, ${(corpus.bytes / 1e6).toFixed(1)} MB`;
}
// One port for both windows: code-server keys the folder's storage (where the index is) by its URI, port included.
const port = await new Promise((resolve) => {
  const server = net.createServer().listen(0, '127.0.0.1', () => {
    const { port: free } = server.address();
    server.close(() => resolve(free));
  });
});
const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-profile-bench-'));
console.log(`Dossier workspace bench — ${new Date().toISOString()}`);
console.log(`machine: ${os.cpus().length} cores, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
console.log(`folder: ${description} (${workspace})`);
let failed = false;
try {
  for (const window of ['first', 'reopen']) {
    const run = spawnSync(process.execPath, [path.join(ROOT, 'test', 'host', 'runIntegration.mjs'), '--suite', `bench/workspace/${window}`,
      '--workspace', workspace, '--user-data', userData, '--port', String(port), '--timeout', '7200', '--results', path.join(userData, `${window}.json`), ...(args.profile ? ['--profile'] : [])], { cwd: ROOT, stdio: 'inherit' });
    if (run.status !== 0) {
      failed = true;
      break;
    }
  }
} finally {
  fs.rmSync(workspace, { recursive: true, force: true });
  fs.rmSync(userData, { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;
