#!/usr/bin/env node
// Runs the integration suites inside the extension host of a real VS Code (code-server 4.139.1),
// opened in headless Chromium. Ends with "N passed, N failed, N skipped" from mocha's own counts
// (written to --results FILE, by default out/results/<suite>.json); the exit code fails when a
// test failed, no test ran, a test was skipped that is not an expected skip, or the extension
// logged an error.
//
//   node test/host/runIntegration.mjs [--suite test/integration] [--grep PATTERN] [--profile] [--vsix dossier.vsix] [--workspace DIR] [--user-data DIR --port N] [--timeout 1200] [--results FILE]
//   node test/host/runIntegration.mjs --web [--grep PATTERN] [--results FILE]
//
// --grep runs only the tests whose full title matches PATTERN (a regular expression). --profile
// asks the tests that measure the extension host to write CPU profiles of it into out/profiles/
// (summarise one with `node test/host/profileSummary.mjs FILE`).
// --user-data keeps VS Code's profile (settings, the extensions' workspace storage) in DIR between
// runs, for checks that open a folder again (bench/workspace.mjs); without it each run's is blank.
// Such checks need one --port too: code-server keys a folder's storage by its URI, port included.
// With --vsix, the packaged extension is installed first and the suite runs beside it (the suite
// folder then needs its own package.json, as test/vsix has).
// With --web, the extension runs in code-server's web worker extension host, as in VS Code for the
// Web, and so do the suites that make sense there (test/host/buildWebTests.mjs); their results come
// back on a marked log line, as the worker has no file system to write them to.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs, format } from 'node:util';
import { ROOT, ensureTools, startCodeServer, launchChromium, workbenchUrl } from './codeServer.mjs';
import { buildTests } from './buildTests.mjs';
import { buildWebTests } from './buildWebTests.mjs';
import { formatResults, problemsOf, readResults, writeResults } from './results.mjs';

const { values: args } = parseArgs({ options: {
  suite: { type: 'string', default: 'test/integration' },
  grep: { type: 'string' },
  profile: { type: 'boolean', default: false },
  vsix: { type: 'string' },
  workspace: { type: 'string' },
  'user-data': { type: 'string' },
  port: { type: 'string', default: '0' },
  timeout: { type: 'string', default: '1200' },
  verbose: { type: 'boolean', default: false },
  results: { type: 'string' },
  web: { type: 'boolean', default: false },
} });
const EXTENSION_ID = 'dossier.dossier';

const MARK = '\u2063DOSSIER\u2063'; // REPORT_MARK of test/integration/helpers.ts, on the lines to print
const RESULTS_MARK = `${MARK}RESULTS `; // of test/web/index.ts, on the line with a web run's results
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)}s`;
// One log folder per suite, so the packaged-extension and reload checks keep the main suite's logs.
const suiteName = args.web ? 'web' : path.basename(args.suite);
const logDir = path.join(ROOT, 'out', 'logs', suiteName);
fs.mkdirSync(logDir, { recursive: true });
const resultsFile = path.resolve(args.results ?? path.join(ROOT, 'out', 'results', `${suiteName}.json`));
fs.rmSync(resultsFile, { force: true });
let server, browser, workspace, finished = false;
// Errors the extension logged, and promise rejections it left unhandled (the extension host logs
// those as errors): any of them fails the run even when every test passed.
const problems = [];
const DIST = path.join(ROOT, 'dist');
const isOurs = (line) => /\bDossier\b/.test(line) || line.includes(DIST);

async function finish(code, why) {
  if (finished) return;
  finished = true;
  if (why) console.error(`[host] ${why}`);
  try { await browser?.close(); } catch { /* already closed */ }
  try { await server?.stop(); } catch (e) { console.error(`[host] could not stop code-server: ${e}`); }
  // The throw-away workspace and the scratch folder beside it (test/integration/helpers.ts, scratchUri).
  if (workspace && !args.workspace) for (const folder of [workspace, `${workspace}-scratch`]) fs.rmSync(folder, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  console.error(`[host] finished with exit code ${code} after ${elapsed()}`);
  process.exit(code);
}
process.on('SIGINT', () => finish(130, 'interrupted'));
process.on('SIGTERM', () => finish(143, 'terminated'));

try {
  ensureTools();
  // The time limit covers the suite, not the first-run installation of the tools. It catches a run
  // that hangs, not a slow one: the main suite takes about 5 minutes on two cores at load 7 to 20
  // (it ran into the old 300 s limit there), and each test has mocha's own timeout.
  setTimeout(() => finish(124, `timed out after ${args.timeout}s; logs in ${logDir}`), Number(args.timeout) * 1000).unref();
  const testsPath = args.web ? await buildWebTests({ grep: args.grep }) : await buildTests(args.suite);
  const extensionDevelopmentPath = args.vsix ? path.join(ROOT, args.suite) : ROOT;
  // A throw-away workspace holding copies of the test fixtures, so tests may edit files freely;
  // or a given one, for checks that span two windows (test/host/runReload.mjs).
  workspace = args.workspace ? path.resolve(args.workspace) : fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-workspace-'));
  if (!args.workspace) fs.cpSync(path.join(ROOT, 'test', 'fixtures'), workspace, { recursive: true });
  // An extension with both `main` and `browser` runs in the Node host unless the user setting sends it to the web worker.
  const settings = args.web ? { 'remote.extensionKind': { [EXTENSION_ID]: ['web'] } } : {};
  server = await startCodeServer({ logFile: path.join(logDir, 'code-server.log'), vsix: args.vsix ? [args.vsix] : [], settings, profile: args['user-data'] && path.resolve(args['user-data']), port: Number(args.port) });
  console.error(`[host] code-server ${server.url} up in ${elapsed()}`);
  browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
  page.on('crash', () => finish(3, 'the workbench page crashed'));
  const hostLog = fs.createWriteStream(path.join(logDir, 'extension-host.log'));
  await page.exposeFunction('codeAutomationLog', (type, lineArgs) => {
    const line = format(...(Array.isArray(lineArgs) ? lineArgs : [lineArgs]));
    hostLog.write(`[${type}] ${line}\n`);
    const reported = type === 'error' || line.startsWith('rejected promise not handled') || line.startsWith('stack trace:');
    if (reported && !line.includes(MARK) && isOurs(line)) problems.push(line);
    if (line.includes(RESULTS_MARK)) writeResults(resultsFile, JSON.parse(line.slice(line.indexOf(RESULTS_MARK) + RESULTS_MARK.length)));
    else if (line.includes(MARK)) process.stdout.write(`${line.replaceAll(MARK, '')}\n`);
    else if (args.verbose || (type === 'error' && !line.startsWith('Canceled'))) process.stderr.write(`[workbench:${type}] ${line}\n`);
  });
  await page.exposeFunction('codeAutomationExit', (code) => {
    for (const problem of problems) console.error(`[host] the extension reported a problem: ${problem}`);
    setTimeout(() => finish(judge(code), problems.length ? `${problems.length} problems reported by the extension` : undefined), 0);
  });
  await page.goto(workbenchUrl(server, workspace, {
    extensionDevelopmentPath, extensionTestsPath: testsPath, env: {
      DOSSIER_TEST_WORKSPACE: workspace,
      DOSSIER_TEST_RESULTS: resultsFile,
      ...(args.grep ? { DOSSIER_TEST_GREP: args.grep } : {}),
      ...(args.profile ? { DOSSIER_TEST_PROFILES: path.join(ROOT, 'out', 'profiles') } : {}),
    },
  }));
  await page.waitForSelector('.monaco-workbench', { timeout: 60000 });
  console.error(`[host] workbench shown in ${elapsed()}`);
} catch (e) {
  await finish(1, `could not run the suite: ${e?.stack ?? e}`);
}

/** The exit code from the suite's results as mocha counted them, and the extension's problems. */
function judge(hostCode) {
  const results = readResults(resultsFile);
  if (!results) {
    console.error(`[host] the suite wrote no results (${resultsFile}); the extension host exited with ${hostCode}`);
    return hostCode || 1;
  }
  console.log(formatResults(results, ROOT));
  const failing = problemsOf(results, ROOT);
  for (const problem of failing) console.error(`[host] ${problem}`);
  return failing.length || problems.length || hostCode ? hostCode || (problems.length ? 4 : 1) : 0;
}
