#!/usr/bin/env node
// `npm run bench:indexMemory`: what the workspace index's worker holds for a folder of N articles
// (bench/corpus.mjs), measured in one process (bench/indexMemory.ts). It reports; it does not pass
// or fail.
//   node bench/indexMemory.mjs [--articles 10000]
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as esbuild from 'esbuild';
import { buildCorpus } from './corpus.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({ options: { articles: { type: 'string', default: '10000' } } });
execFileSync(process.execPath, [path.join(ROOT, 'esbuild.mjs')], { cwd: ROOT, stdio: 'inherit' });
const script = path.join(ROOT, 'out', 'bench', 'indexMemory.js');
await esbuild.build({
  entryPoints: [path.join(ROOT, 'bench', 'indexMemory.ts')], outfile: script, bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning', loader: { '.bin': 'binary' },
});
const { folder, count, bytes } = buildCorpus(Number(args.articles));
console.log(`Dossier index memory bench — ${new Date().toISOString()}`);
console.log(`machine: ${os.cpus().length} cores, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}, Node ${process.version}`);
console.log(`folder: ${count} articles, ${(bytes / 1e6).toFixed(1)} MB`);
try {
  execFileSync(process.execPath, ['--expose-gc', script, folder], { cwd: ROOT, stdio: 'inherit' });
} finally {
  fs.rmSync(folder, { recursive: true, force: true });
}
