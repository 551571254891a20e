// The extension host loads this module and calls run(). It prints the suites' results through the
// runner (the extension host ignores reassignments of console.log, so mocha's reporter is hooked).
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';
import * as vscode from 'vscode';
import { report } from './helpers';

export function run(): Promise<void> {
  (Mocha.reporters.Base as unknown as { consoleLog: typeof report }).consoleLog = report;
  report(`Running in VS Code ${vscode.version} (${vscode.env.appName}), extension host ${process.version}`);
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: 30000 });
  for (const file of fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort()) mocha.addFile(path.join(__dirname, file));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => {
      report(`${mocha.suite.total() - failures} passed, ${failures} failed`);
      if (failures > 0) reject(new Error(`${failures} integration tests failed`));
      else resolve();
    });
  });
}
