// The extension host loads this module and calls run(). It prints the suites' results through the
// runner (the extension host ignores reassignments of console.log, so mocha's reporter is hooked),
// and writes mocha's own counts, skips and failures to DOSSIER_TEST_RESULTS for
// test/host/runIntegration.mjs, which judges them.
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';
import * as vscode from 'vscode';
import { collectResults, writeResults } from '../host/results.mjs';
import { report } from './helpers';

export function run(): Promise<void> {
  (Mocha.reporters.Base as unknown as { consoleLog: typeof report }).consoleLog = report;
  report(`Running in VS Code ${vscode.version} (${vscode.env.appName}), extension host ${process.version}`);
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: 30000 });
  // `runIntegration.mjs --grep PATTERN`: only the tests whose full title matches.
  if (process.env.DOSSIER_TEST_GREP) mocha.grep(new RegExp(process.env.DOSSIER_TEST_GREP));
  for (const file of fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort()) mocha.addFile(path.join(__dirname, file));
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const file = process.env.DOSSIER_TEST_RESULTS;
      if (file) writeResults(file, results);
      if (failures > 0) reject(new Error(`${failures} integration tests failed`));
      else resolve();
    });
    const results = collectResults(runner);
  });
}
