// Bundles the extension (for the desktop and for the web) and the CLI. `--production` minifies, `--watch` rebuilds on change.
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { webTwins } from './tools/webTwins.mjs';

const require = createRequire(import.meta.url);
const { version } = JSON.parse(fs.readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

/**
 * The first-name list that tells "he" from "she" (gender-detection-from-name) is a Map literal of
 * 32,000 entries, 760 kB of source; bundled as two '|'-joined strings, one per gender, it is a
 * third of that, and builds the same Map when the worker first reads it.
 */
const compactFirstNames = {
  name: 'compact-first-names',
  setup(build) {
    build.onLoad({ filter: /gender-detection-from-name[\\/]names[\\/]en\.js$/ }, (args) => {
      const byGender = { male: [], female: [] };
      for (const [name, gender] of require(args.path)) byGender[gender]?.push(name);
      const list = (gender) => `${JSON.stringify(byGender[gender].join('|'))}.split('|').map((name) => [name, '${gender}'])`;
      return { contents: `module.exports = new Map([...${list('male')}, ...${list('female')}]);`, loader: 'js' };
    });
  },
};

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  // The name model's weights (src/core/pipeline/entities/nameModel/names.bin) are bundled as bytes.
  loader: { '.bin': 'binary' },
  plugins: [compactFirstNames],
};

/** VS Code for the Web runs extensions in a web worker: no Node built-ins (see the README's "On the web"). */
const web = {
  ...common,
  platform: 'browser',
  target: 'es2022',
  mainFields: ['browser', 'module', 'main'],
  define: { global: 'globalThis' },
  plugins: [compactFirstNames, webTwins],
  outdir: 'dist/web',
};

const builds = [
  { ...common, entryPoints: { extension: 'src/extension/extension.ts' }, outdir: 'dist', external: ['vscode'] },
  // The analysis worker thread, loaded by the extension from dist/worker.js (see src/analysis/worker.ts).
  { ...common, entryPoints: { worker: 'src/analysis/worker.ts' }, outdir: 'dist' },
  // The workspace index's worker, from dist/indexWorker.js (see src/extension/workspace/indexWorker.ts).
  { ...common, entryPoints: { indexWorker: 'src/extension/workspace/indexWorker.ts' }, outdir: 'dist' },
  { ...web, entryPoints: { extension: 'src/extension/extension.ts' }, external: ['vscode'] },
  { ...web, entryPoints: { worker: 'src/analysis/worker.ts' } },
  { ...web, entryPoints: { indexWorker: 'src/extension/workspace/indexWorker.ts' } },
  { ...common, entryPoints: { cli: 'src/cli/main.ts' }, outdir: 'dist', banner: { js: '#!/usr/bin/env node' }, define: { DOSSIER_VERSION: JSON.stringify(version) } },
];

// SQLite for `dossier index --db`: the CLI loads its WebAssembly from beside itself.
fs.mkdirSync('dist', { recursive: true });
fs.copyFileSync('node_modules/sql.js/dist/sql-wasm.wasm', 'dist/sql-wasm.wasm');

if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
  console.log('[esbuild] watching for changes');
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
