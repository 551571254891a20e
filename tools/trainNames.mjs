#!/usr/bin/env node
// `npm run train:names`: bundles the trainer (tools/names/), builds the word clusters from unlabelled
// text (buildClusters.ts, into out/tools/clusters.bin), then trains (train.ts); arguments pass
// through to the trainer. It rebuilds src/core/pipeline/entities/nameModel/names.bin, which holds
// the clusters too; docs/names-model.md says from what.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const run = async (entry, ...args) => {
  const outfile = path.join(ROOT, 'out', 'tools', `${entry}.js`);
  await esbuild.build({
    entryPoints: [path.join(ROOT, 'tools', 'names', `${entry}.ts`)], outfile, bundle: true, platform: 'node', target: 'node20', format: 'cjs',
    logLevel: 'warning', loader: { '.bin': 'binary' },
  });
  execFileSync(process.execPath, ['--max-old-space-size=3072', outfile, ...args], { cwd: ROOT, stdio: 'inherit' });
};
await run('buildClusters', '--out', path.join('out', 'tools', 'clusters.bin'));
await run('train', ...process.argv.slice(2));
