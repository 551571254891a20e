// For the unit suites compiled by tsc (npm run test:coverage), which plain Node runs without
// esbuild's bundling: makes Node load what the bundles resolve differently.
import fs from 'node:fs';
import Module from 'node:module';

// esbuild bundles `.bin` imports (the name model's weights) as their bytes.
Module._extensions['.bin'] = (module, filename) => {
  module.exports = new Uint8Array(fs.readFileSync(filename));
};

// The sources import jsonc-parser's ES module build, which esbuild bundles but Node cannot require
// (its imports have no file extensions); its CommonJS build is the same code.
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return resolve.call(this, request === 'jsonc-parser/lib/esm/main.js' ? 'jsonc-parser' : request, ...rest);
};
