// Runs the built command-line annotator (dist/cli.js) as a user would, for the CLI suites.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..', '..');
export const CLI = path.join(ROOT, 'dist', 'cli.js');

export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Build dist/cli.js from the current sources, so the suites never test a stale build. */
export function buildCli(): void {
  const build = spawnSync(process.execPath, [path.join(ROOT, 'esbuild.mjs')], { cwd: ROOT, encoding: 'utf8' });
  assert.strictEqual(build.status, 0, build.stderr);
}

/** `dossier annotate ARGS...` in `cwd`. */
export function annotate(cwd: string, ...args: string[]): CliRun {
  const result = spawnSync(process.execPath, [CLI, 'annotate', ...args], { cwd, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
