// Bundles test suites (TypeScript) into out/ so mocha can load them as CommonJS.
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './codeServer.mjs';

/**
 * Bundle every *.ts in `dir` (relative to the project) into out/<dir>; returns the output folder.
 * A suite without its own index.ts gets the integration suites' mocha bootstrap.
 */
export async function buildTests(dir) {
  const source = path.join(ROOT, dir);
  const outdir = path.join(ROOT, 'out', dir);
  fs.rmSync(outdir, { recursive: true, force: true });
  const files = fs.readdirSync(source).filter((f) => f.endsWith('.ts'));
  const entryPoints = files.map((f) => ({ in: path.join(source, f), out: f.replace(/\.ts$/, '') }));
  const bootstrap = path.join(ROOT, 'test', 'integration', 'index.ts');
  if (dir !== 'test/unit' && !files.includes('index.ts')) entryPoints.push({ in: bootstrap, out: 'index' });
  await esbuild.build({
    entryPoints, outdir, bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: 'inline',
    external: ['vscode', 'mocha', 'fast-check'], logLevel: 'warning', loader: { '.bin': 'binary' },
  });
  return outdir;
}
