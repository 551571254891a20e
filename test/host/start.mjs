#!/usr/bin/env node
// `npm start`: build, then open Dossier on samples/ in VS Code. Desktop VS Code is used when a
// `code` command exists; otherwise a code-server host on 127.0.0.1, reached through a short URL
// (http://127.0.0.1:8080/, or the next free port) that redirects to the workbench with the
// extension loaded. Ctrl+C stops it and everything it started.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { ROOT, ensureTools, startCodeServer, toolsInstalled, workbenchUrl } from './codeServer.mjs';

const started = Date.now();
const elapsed = () => {
  const seconds = Math.round((Date.now() - started) / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
};
const say = (message) => console.log(`[start ${elapsed()}] ${message}`);

say('building the extension');
execFileSync('node', ['esbuild.mjs'], { cwd: ROOT, stdio: 'inherit' });
const samples = path.join(ROOT, 'samples');
const sample = path.join(samples, 'xi-putin-moscow.txt');
const hasCode = spawnSync('code', ['--version'], { stdio: 'ignore' }).status === 0;
if (hasCode && !process.env.DOSSIER_USE_CODE_SERVER) {
  say('opening desktop VS Code on samples/');
  execFileSync('code', ['--extensionDevelopmentPath', ROOT, samples, sample], { stdio: 'inherit' });
} else {
  if (!toolsInstalled()) await installTools();
  let workbench;
  const redirect = await listenFrom(Number(process.env.PORT ?? 8080), (request, response) => {
    response.writeHead(302, { location: workbench }).end();
  });
  say('starting code-server');
  const server = await startOnSteadyPort(redirect.address().port + 1);
  workbench = workbenchUrl(server, samples, { extensionDevelopmentPath: ROOT, openFile: sample });
  say('ready');
  console.log(`
  Open http://127.0.0.1:${redirect.address().port}/ in a browser.

  The sample article opens; on the first start, with the Dossier sidebar and a short walkthrough
  ("Get to know Dossier") beside it (F1 > "Dossier: Get Started with Dossier" brings it back).
  Names are underlined by kind (people, places, organizations, each in its own colour); quotes
  sit on a soft background. Start by hovering "Xi" or "Putin" in the article.

  Press Ctrl+C to stop.
`);
  const stop = async () => {
    redirect.close();
    await server.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

/**
 * Node 24 and code-server are installed on the first start only: 2 to 5 minutes on an idle 2-core
 * machine (20 on one shared with other builds), most of it compiling code-server's native modules, during which npm prints nothing. The install
 * runs in a child process so that this one can say what is going on and for how long.
 */
async function installTools() {
  say('installing Node 24 and code-server into .vscode-test/ (first start only: 2 to 5 minutes on an idle 2-core machine, longer on a busy one, most of it compiling native modules)');
  const script = `import { ensureTools } from ${JSON.stringify(new URL('./codeServer.mjs', import.meta.url).href)}; ensureTools();`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'inherit', 'pipe'] });
  child.stderr.on('data', (data) => {
    for (const line of data.toString().split('\n').filter(Boolean)) say(line.replace(/^\[host\] /, '').replace(/ \(first run only.*\)$/, ''));
  });
  const ticker = setInterval(() => say('still installing…'), 15000);
  const code = await new Promise((resolve) => child.on('exit', resolve));
  clearInterval(ticker);
  if (code !== 0) {
    console.error('[start] the install failed; see the messages above. Run `npm start` again to retry.');
    process.exit(1);
  }
  say('installed');
}

/**
 * code-server on `port`, or the next free one: the same port from one start to the next, because
 * the workbench keeps its state (what extensions remember, such as a first start already greeted)
 * in the browser, per origin. Its profile (settings, extensions' files) is kept in the clone's
 * .vscode-test/ for the same reason; delete that folder to start afresh.
 */
async function startOnSteadyPort(port) {
  const profile = path.join(ROOT, '.vscode-test', 'start-profile');
  for (let candidate = port; candidate < port + 20; candidate++) {
    if (!(await isFree(candidate))) continue;
    return startCodeServer({ port: candidate, profile, logFile: path.join(profile, 'code-server.log') });
  }
  throw new Error(`no free port for code-server between ${port} and ${port + 19}: set PORT to another one`);
}

function isFree(port) {
  const probe = http.createServer();
  return new Promise((resolve) => {
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

/** An HTTP server on `port`, or the next free port of the twenty after it. */
async function listenFrom(port, handler) {
  for (let candidate = port; candidate < port + 20; candidate++) {
    const server = http.createServer(handler);
    const listening = await new Promise((resolve) => {
      server.once('error', () => resolve(false));
      server.listen(candidate, '127.0.0.1', () => resolve(true));
    });
    if (listening) return server;
    if (candidate === port) say(`port ${port} is taken; trying the next ones`);
  }
  throw new Error(`no free port between ${port} and ${port + 19}: set PORT to another one`);
}
