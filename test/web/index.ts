// The web worker extension host loads this module and calls run(): the integration suites that
// make sense on the web (test/host/buildWebTests.mjs names them), run a second time with the
// extension in VS Code for the Web's worker host. There is no `fs` to write results to, so mocha's
// counts go to the runner on one marked log line (RESULTS_MARK), which it writes to the results
// file. The first test proves where the suites run: a suite that silently ran in the Node host
// would otherwise pass.
import 'mocha/mocha';
import * as assert from 'assert';
import * as vscode from 'vscode';
import { collectResults } from '../host/mochaStats.mjs';
import { inWebWorkerHost, report, REPORT_MARK } from '../integration/helpers';

/** Marks the line that carries the run's results (test/host/runIntegration.mjs --web). */
const RESULTS_MARK = `${REPORT_MARK}RESULTS `;

/** Mocha's browser build (mocha/mocha.js, bundled by buildWebTests.mjs), as it sets itself up on the global scope. */
declare const mocha: {
  setup(options: { ui: 'bdd'; reporter: 'spec'; color: boolean; timeout: number; grep?: RegExp }): void;
  run(done: (failures: number) => void): import('mocha').Runner;
};
declare const Mocha: typeof import('mocha');
/** The --grep pattern, fixed when the bundle is built ('' for all). */
declare const DOSSIER_TEST_GREP: string;

const WHERE = 'the web worker extension host';

export function run(): Promise<void> {
  (Mocha.reporters.Base as unknown as { consoleLog: typeof report }).consoleLog = report;
  report(`Running in VS Code ${vscode.version} (${vscode.env.appName}), web worker extension host`);
  mocha.setup({ ui: 'bdd', reporter: 'spec', color: false, timeout: 30000, ...(DOSSIER_TEST_GREP ? { grep: new RegExp(`^${WHERE}|${DOSSIER_TEST_GREP}`) } : {}) });
  describe(WHERE, () => {
    it('runs these suites: in a web worker, in a web UI', () => {
      assert.ok(inWebWorkerHost, 'not in a web worker');
      assert.strictEqual(vscode.env.uiKind, vscode.UIKind.Web);
    });
  });
  // The suites, after mocha.setup has made `describe` and `it` global (a module buildWebTests.mjs makes).
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- must load after setup, which an import cannot
  require('dossier:web-suites');
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      report(RESULTS_MARK + JSON.stringify(results));
      if (failures > 0) reject(new Error(`${failures} integration tests failed in the web worker host`));
      else resolve();
    });
    const results = collectResults(runner);
  });
}
