// An esbuild plugin for the web builds (VS Code for the Web): the extension and worker bundles
// (esbuild.mjs) and the web-host test bundle (test/host/buildWebTests.mjs).
import fs from 'node:fs';
import path from 'node:path';

/**
 * The web build takes `X.web.ts` wherever a module imports `./X` and that file exists: the few
 * modules that differ between a worker thread and a Web Worker (src/analysis/workerPlatform,
 * src/extension/analysisWorker) each have such a twin, with the same exports, and nothing else
 * needs to know which platform it is built for.
 */
export const webTwins = {
  name: 'web-twins',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\// }, (args) => {
      const twin = path.join(args.resolveDir, `${args.path}.web.ts`);
      return fs.existsSync(twin) ? { path: twin } : undefined;
    });
  },
};
