#!/usr/bin/env node
// `npm run test:electron`: the same integration suites in desktop VS Code, downloaded by
// @vscode/test-electron. For machines that can reach VS Code's download server; elsewhere use
// `npm run test:integration` (code-server).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { ROOT } from './codeServer.mjs';
import { buildTests } from './buildTests.mjs';

const extensionTestsPath = await buildTests('test/integration');
const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-workspace-'));
fs.cpSync(path.join(ROOT, 'test', 'fixtures'), workspace, { recursive: true });
try {
  await runTests({
    version: '1.90.0',
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: path.join(extensionTestsPath, 'index.js'),
    launchArgs: [workspace, '--disable-extensions', '--skip-welcome', '--skip-release-notes'],
    extensionTestsEnv: { DOSSIER_TEST_WORKSPACE: workspace },
  });
} catch (error) {
  const offline = /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|getaddrinfo/.test(String(error?.message ?? error));
  console.error(offline
    ? 'Desktop VS Code could not be downloaded (no access to its download server). Run `npm run test:integration` instead.'
    : `The integration tests failed: ${error?.message ?? error}`);
  process.exitCode = 1;
} finally {
  for (const folder of [workspace, `${workspace}-scratch`]) fs.rmSync(folder, { recursive: true, force: true });
}
