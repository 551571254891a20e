// Bundles integration suites for the web worker extension host (VS Code for the Web): one CommonJS
// file, out/test/web/index.js, inside the extension's folder (VS Code runs tests in the host of the
// extension whose folder holds them). The bootstrap is test/web/index.ts; the suites are the
// test/integration files named in WEB_SUITES, unchanged.
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { webTwins } from '../../tools/webTwins.mjs';
import { ROOT } from './codeServer.mjs';

const require = createRequire(import.meta.url);

/**
 * Every suite but robustness, which measures the Node host's event loop, reads War and Peace from
 * this machine's disk and runs git. The suites reach files through vscode.workspace.fs, and leave
 * out on the web only what the web does not have (the CLI, a Node program).
 */
export const WEB_SUITES = ['activation', 'analysisWorker', 'commands', 'corrections', 'decorations', 'firstView', 'hovers', 'languageFeatures', 'navigation', 'settingsStore', 'speakerBasis', 'trees', 'workspaceIndex'];

/** Mocha's browser build sets itself up on the global scope; its UMD wrapper would replace the bundle's exports. */
const mochaInTheWorker = {
  name: 'mocha-in-the-worker',
  setup(build) {
    build.onLoad({ filter: /[\\/]mocha[\\/]mocha\.js$/ }, (args) => ({
      contents: `(function (module, exports, define) {\n${fs.readFileSync(args.path, 'utf8')}\n}).call(globalThis);`,
      loader: 'js',
    }));
    build.onResolve({ filter: /^dossier:web-suites$/ }, () => ({ path: 'web-suites', namespace: 'dossier' }));
    build.onLoad({ filter: /.*/, namespace: 'dossier' }, () => ({
      contents: WEB_SUITES.map((name) => `require(${JSON.stringify(path.join(ROOT, 'test', 'integration', `${name}.test.ts`))});`).join('\n'),
      resolveDir: ROOT,
      loader: 'js',
    }));
  },
};

/** Bundle the web suites (only those whose full title matches `grep`, if given); returns the bundle's path. */
export async function buildWebTests({ grep = '' } = {}) {
  const outfile = path.join(ROOT, 'out', 'test', 'web', 'index.js');
  fs.rmSync(path.dirname(outfile), { recursive: true, force: true });
  await esbuild.build({
    entryPoints: [path.join(ROOT, 'test', 'web', 'index.ts')],
    outfile,
    bundle: true,
    platform: 'browser',
    target: 'es2022',
    format: 'cjs',
    sourcemap: 'inline',
    mainFields: ['browser', 'module', 'main'],
    // Imported on demand, only by tests that the web host leaves out: helpers.ts profiles the Node
    // host (robustness, not a web suite), corrections.test.ts runs the CLI.
    external: ['vscode', 'inspector', 'fs', 'child_process'],
    inject: [path.join(ROOT, 'test', 'web', 'processShim.mjs')],
    alias: { path: require.resolve('path-browserify') },
    define: { global: 'globalThis', DOSSIER_TEST_GREP: JSON.stringify(grep) },
    loader: { '.bin': 'binary' },
    logLevel: 'warning',
    plugins: [mochaInTheWorker, webTwins],
  });
  return outfile;
}
