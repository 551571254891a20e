#!/usr/bin/env node
// Runs the unit suites (test/unit/*.test.ts) on this machine's Node. Ends with "N passed, N failed".
import fs from 'node:fs';
import path from 'node:path';
import Mocha from 'mocha';
import { buildTests } from './host/buildTests.mjs';

const outdir = await buildTests('test/unit');
const mocha = new Mocha({ ui: 'bdd', reporter: process.env.CI ? 'dot' : 'spec', timeout: 20000 });
const filter = process.argv[2];
for (const file of fs.readdirSync(outdir).filter((f) => f.endsWith('.test.js') && (!filter || f.includes(filter))).sort()) {
  mocha.addFile(path.join(outdir, file));
}
mocha.run((failures) => {
  console.log(`${mocha.suite.total() - failures} passed, ${failures} failed`);
  process.exitCode = failures ? 1 : 0;
});
