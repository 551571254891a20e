import * as path from 'path';
import { format } from 'util';
import * as vscode from 'vscode';
import type { Analysis } from '../../src/core/model/model';
import type { DocumentState, ModelsInspection } from '../../src/extension/documentModels';
import { DEFAULT_MIN_NAME_CONFIDENCE, withNamesAtLeast } from '../../src/core/model/nameConfidence';
import { analyze } from '../../src/core/pipeline/analyze';

export const EXTENSION_ID = 'dossier.dossier';

/** Marks the lines the runner prints from the extension host's log (test/host/runIntegration.mjs). */
export const REPORT_MARK = '\u2063DOSSIER\u2063';

/**
 * Whether these tests run in a web worker: the extension host of VS Code for the Web, where there
 * is no Node (code-server's UI is a web page for both hosts, so `vscode.env.uiKind` cannot tell).
 */
export const inWebWorkerHost = typeof (globalThis as { importScripts?: unknown }).importScripts === 'function';

/** A line for the test run's output, such as a measurement; plain console.log only reaches the log file. */
export function report(...parts: unknown[]): void {
  console.log(REPORT_MARK + format(...parts));
}

/** The throw-away workspace the runner made from test/fixtures. */
export function fixturePath(name: string): string {
  const workspace = process.env.DOSSIER_TEST_WORKSPACE ?? vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  if (!workspace) throw new Error('no test workspace');
  return path.join(workspace, name);
}

/**
 * A fixture of the test workspace as a URI: what the suites that also run in the web worker host
 * use, where the workspace is not on this machine's disk.
 */
export function fixtureUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  if (!folder) throw new Error('no test workspace');
  return vscode.Uri.joinPath(folder, name);
}

/**
 * A file a test writes outside the test workspace (so neither the workspace index nor a watcher
 * sees it), in a folder beside it on the workspace's own file system, which the web host reaches too.
 */
export function scratchUri(name: string): vscode.Uri {
  const folder = fixtureUri('');
  return vscode.Uri.joinPath(folder, '..', `${path.posix.basename(folder.path)}-scratch`, name);
}

// Files through vscode.workspace.fs, the same on both hosts (the web worker host has no `fs`).

export async function readText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

export async function writeText(uri: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
}

export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch (error) {
    if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return false;
    throw error;
  }
}

/** Delete a file, or a folder with what it holds, if it is there. */
export async function remove(uri: vscode.Uri): Promise<void> {
  if (await exists(uri)) await vscode.workspace.fs.delete(uri, { recursive: true });
}

/** Open a fixture in an editor and wait until the extension is active. */
export async function openFixture(name: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(fixtureUri(name));
  const editor = await vscode.window.showTextDocument(document);
  await activeExtension();
  return editor;
}

export async function activeExtension(): Promise<vscode.Extension<unknown>> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  if (!extension) throw new Error(`${EXTENSION_ID} is not installed`);
  await extension.activate();
  return extension;
}

/** Poll until `probe` returns a value that is not undefined, or fail after `timeoutMs`. */
export async function eventually<T>(probe: () => T | undefined | Promise<T | undefined>, what: string, timeoutMs = 10000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** What the extension tells its tests of its documents and its worker (the `dossier.test.state` command). */
export const inspect = (uri?: vscode.Uri): Thenable<ModelsInspection> => vscode.commands.executeCommand<ModelsInspection>('dossier.test.state', uri);
export const stateOf = async (uri: vscode.Uri): Promise<DocumentState | undefined> => (await inspect(uri)).state;
export const becomes = (uri: vscode.Uri, wanted: DocumentState, timeoutMs = 20_000): Promise<true> =>
  eventually(async () => ((await stateOf(uri)) === wanted ? true : undefined), `${uri.toString()} to be ${wanted}`, timeoutMs);

/** The extension's API (what activate() returns), once it is active. */
export async function dossier(): Promise<import('../../src/extension/extension').DossierApi> {
  return (await activeExtension()).exports as import('../../src/extension/extension').DossierApi;
}

/** Wait until Dossier has painted the editor's current version (any decorations at all). */
export async function decorated(editor: vscode.TextEditor, what = 'decorations'): Promise<import('../../src/extension/decorations').AppliedDecorations> {
  const api = await dossier();
  return eventually(() => {
    const applied = api.decorationsOf(editor);
    return applied && Object.values(applied).some((ranges) => ranges.length > 0) ? applied : undefined;
  }, what);
}

/** Change `dossier.*` settings for the length of `body`, then put them back. */
export async function withSettings<T>(values: Record<string, unknown>, body: () => Promise<T>): Promise<T> {
  const config = vscode.workspace.getConfiguration('dossier');
  const before = Object.keys(values).map((key) => [key, config.inspect(key)?.globalValue] as const);
  try {
    for (const [key, value] of Object.entries(values)) await config.update(key, value, vscode.ConfigurationTarget.Global);
    return await body();
  } finally {
    for (const [key, value] of before) await config.update(key, value, vscode.ConfigurationTarget.Global);
  }
}

/** The offset of the `occurrence`-th (0-based) appearance of `needle` in the document. */
export function offsetOf(document: vscode.TextDocument, needle: string, occurrence = 0): number {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = document.getText().indexOf(needle, at + 1);
    if (at === -1) throw new Error(`"${needle}" occurs fewer than ${occurrence + 1} times`);
  }
  return at;
}

/** The position inside the `occurrence`-th appearance of `needle` (one character in). */
export function positionIn(document: vscode.TextDocument, needle: string, occurrence = 0): vscode.Position {
  return document.positionAt(offsetOf(document, needle, occurrence) + 1);
}

/** Text of a hover's contents, markdown included. */
export function hoverText(hovers: vscode.Hover[]): string {
  return hovers.flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : content.value))).join('\n');
}

/** The editor's selection as document offsets: [start, end]. */
export const selected = (editor: vscode.TextEditor): [number, number] => [editor.document.offsetAt(editor.selection.start), editor.document.offsetAt(editor.selection.end)];

/** The arguments of every command link of `command` in a piece of Markdown. */
export function commandLinkArgs(markdown: string, command: string): unknown[][] {
  const pattern = new RegExp(`\\(command:${command.replace('.', '\\.')}\\?([^)\\s]+)`, 'g');
  return [...markdown.matchAll(pattern)].map((match) => JSON.parse(decodeURIComponent(match[1])) as unknown[]);
}

/** A stretch of time, in microseconds of the monotonic clock that CPU profiles use too. */
export interface ProfileWindow {
  readonly startUs: number;
  readonly endUs: number;
  readonly label: string;
}

/** Now, on the clock of a CPU profile's timestamps (both are the OS's monotonic clock). */
export const profileClockUs = (): number => Number(process.hrtime.bigint() / 1000n);

/**
 * Start a CPU profile of this thread (the extension host's) when the run asked for profiles
 * (`runIntegration.mjs --profile`); the returned function stops it and writes
 * out/profiles/<name>.cpuprofile, with the windows given (stalls seen by the test) beside it in
 * <name>.windows.json for test/host/profileSummary.mjs. Without --profile both are no-ops, so
 * measurements stay clean.
 */
export async function profileHost(name: string): Promise<(windows?: readonly ProfileWindow[]) => Promise<string | undefined>> {
  const folder = process.env.DOSSIER_TEST_PROFILES;
  if (!folder) return async () => undefined;
  const { Session } = await import('inspector');
  const fs = await import('fs');
  const session = new Session();
  session.connect();
  const post = (method: string, params?: object): Promise<unknown> =>
    new Promise((resolve, reject) => session.post(method, params, (error, result) => (error ? reject(error) : resolve(result))));
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 250 });
  await post('Profiler.start');
  return async (windows = []) => {
    const { profile } = (await post('Profiler.stop')) as { profile: unknown };
    session.disconnect();
    fs.mkdirSync(folder, { recursive: true });
    const file = path.join(folder, `${name}.cpuprofile`);
    fs.writeFileSync(file, JSON.stringify(profile));
    fs.writeFileSync(path.join(folder, `${name}.windows.json`), JSON.stringify(windows));
    return file;
  };
}

/** The analysis of `text` as the editor shows it by default: without the names the model doubts. */
export function shownByDefault(text: string): Analysis {
  return withNamesAtLeast(analyze(text), DEFAULT_MIN_NAME_CONFIDENCE);
}
