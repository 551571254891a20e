#!/usr/bin/env node
// `npm run train:names`: bundles the trainer (tools/names/train.ts) and runs it; arguments pass through.
// It rebuilds src/core/pipeline/entities/nameModel/names.bin; docs/names-model.md says from what.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outfile = path.join(ROOT, 'out', 'tools', 'trainNames.js');
await esbuild.build({
  entryPoints: [path.join(ROOT, 'tools', 'names', 'train.ts')], outfile, bundle: true, platform: 'node', target: 'node20', format: 'cjs',
  logLevel: 'warning', loader: { '.bin': 'binary' },
});
execFileSync(process.execPath, ['--max-old-space-size=3072', outfile, ...process.argv.slice(2)], { cwd: ROOT, stdio: 'inherit' });
