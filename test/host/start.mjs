#!/usr/bin/env node
// `npm start`: build, then open Dossier on samples/ in VS Code. Desktop VS Code is used when a
// `code` command exists; otherwise a code-server host on 127.0.0.1 whose URL is printed.
// Ctrl+C stops it and everything it started.
import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import { ROOT, ensureTools, startCodeServer, workbenchUrl } from './codeServer.mjs';

execFileSync('node', ['esbuild.mjs'], { cwd: ROOT, stdio: 'inherit' });
const samples = path.join(ROOT, 'samples');
const hasCode = spawnSync('code', ['--version'], { stdio: 'ignore' }).status === 0;
if (hasCode && !process.env.DOSSIER_USE_CODE_SERVER) {
  execFileSync('code', ['--extensionDevelopmentPath', ROOT, samples, path.join(samples, 'xi-putin-moscow.txt')], { stdio: 'inherit' });
} else {
  ensureTools();
  const port = Number(process.env.PORT ?? 8080);
  const server = await startCodeServer({ port });
  const url = workbenchUrl(server, samples, { extensionDevelopmentPath: ROOT, openFile: path.join(samples, 'xi-putin-moscow.txt') });
  console.log(`Dossier is running in code-server. Open this URL in a browser:\n\n  ${url}\n\nPress Ctrl+C to stop.`);
  const stop = async () => { await server.stop(); process.exit(0); };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  setInterval(() => {}, 1 << 30);
}
