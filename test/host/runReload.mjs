#!/usr/bin/env node
// Corrections survive a reload of the window: one VS Code window makes corrections in a folder and
// is closed (its extension host ends), then a new window on the same folder must show them.
// Ends with "N passed, N failed" over both windows.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './codeServer.mjs';

const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-reload-'));
fs.cpSync(path.join(ROOT, 'test', 'fixtures'), workspace, { recursive: true });
let passed = 0, failed = 0;
for (const half of ['before', 'after']) {
  const run = spawnSync(process.execPath, [path.join(ROOT, 'test/host/runIntegration.mjs'), '--suite', `test/reload/${half}`, '--workspace', workspace],
    { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const out = run.stdout ?? '';
  process.stdout.write(out.replace(/^\d+ passed, \d+ failed$/gm, ''));
  const counts = [...out.matchAll(/^(\d+) passed, (\d+) failed$/gm)].pop();
  passed += counts ? Number(counts[1]) : 0;
  failed += counts ? Number(counts[2]) : 0;
  if (run.status !== 0 && !(counts && Number(counts[2]) > 0)) failed++;
  if (run.status !== 0) break; // the second window means nothing without the first
}
fs.rmSync(workspace, { recursive: true, force: true });
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
