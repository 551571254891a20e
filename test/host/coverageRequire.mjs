// For the unit suites compiled by tsc (npm run test:coverage), which plain Node runs without
// esbuild's bundling: makes Node load what the bundles resolve differently.
import fs from 'node:fs';
import Module from 'node:module';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const COMPILED = path.join(ROOT, 'coverage') + path.sep;

// esbuild bundles `.bin` imports (the name model's weights) as their bytes.
Module._extensions['.bin'] = (module, filename) => {
  module.exports = new Uint8Array(fs.readFileSync(filename));
};

// The sources import jsonc-parser's ES module build, which esbuild bundles but Node cannot require
// (its imports have no file extensions); its CommonJS build is the same code.
// tsc compiles no plain ES modules (tools/*.mjs) into coverage/: a compiled file imports them from
// the source tree.
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, parent, ...rest) {
  if (request === 'jsonc-parser/lib/esm/main.js') request = 'jsonc-parser';
  else if (request.startsWith('.') && request.endsWith('.mjs') && parent?.filename?.startsWith(COMPILED)) {
    request = path.resolve(ROOT, path.relative(COMPILED, path.dirname(parent.filename)), request);
  }
  return resolve.call(this, request, parent, ...rest);
};
