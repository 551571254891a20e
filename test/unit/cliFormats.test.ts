// The CLI's three output formats for the sample article, compared with committed expected files:
// a change to any of them shows here, and a deliberate one updates the files in the same commit.
// Also what the CLI does without a format, on standard input, on a bad command line and on --help.
// Runs the built dist/cli.js (built here).
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { annotate, buildCli, CLI, type CliRun } from './cliProcess';
import { assertPinned } from './pinned';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const FIXTURES = path.join(ROOT, 'test', 'fixtures');
const ARTICLE = 'xi-putin-moscow.txt';
const UPDATE = 'DOSSIER_UPDATE_EXPECTED=1 npm run test:unit -- cliFormats';

const FORMATS = [
  { format: 'json', expected: 'xi-putin-moscow.json' },
  { format: 'jsonl', expected: 'xi-putin-moscow.jsonl' },
  { format: 'text', expected: 'xi-putin-moscow.report.txt' },
];

const run = (...args: string[]): CliRun => {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: FIXTURES, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
};

describe('CLI output formats, pinned', function () {
  this.timeout(60_000);
  before(buildCli);

  for (const { format, expected } of FORMATS) {
    it(`--format ${format} prints test/fixtures/expected/${expected} for the sample article`, () => {
      const result = annotate(FIXTURES, '--format', format, ARTICLE);
      assert.strictEqual(result.status, 0, result.stderr);
      assertPinned(result.stdout, path.join(FIXTURES, 'expected', expected), `the ${format} output`, UPDATE);
    });
  }

  it('prints the text report when no format is given', () => {
    const result = annotate(FIXTURES, ARTICLE);
    assert.strictEqual(result.status, 0, result.stderr);
    assert.strictEqual(result.stdout, fs.readFileSync(path.join(FIXTURES, 'expected', 'xi-putin-moscow.report.txt'), 'utf8'));
  });
});

describe('CLI command line', function () {
  this.timeout(60_000);
  before(buildCli);

  it('reads standard input for "-", named "-" in the record', () => {
    const text = fs.readFileSync(path.join(FIXTURES, ARTICLE), 'utf8');
    const fromStdin = spawnSync(process.execPath, [CLI, 'annotate', '--format', 'jsonl', '-'], { cwd: FIXTURES, input: text, encoding: 'utf8' });
    assert.strictEqual(fromStdin.status, 0, fromStdin.stderr);
    const fromFile = JSON.parse(annotate(FIXTURES, '--format', 'jsonl', ARTICLE).stdout);
    assert.deepStrictEqual(JSON.parse(fromStdin.stdout), { ...fromFile, file: '-' });
  });

  it('prints its usage on --help and -h, and exits 0', () => {
    for (const flag of ['--help', '-h']) {
      const result = run(flag);
      assert.strictEqual(result.status, 0);
      assert.match(result.stdout, /^usage: dossier annotate \[--format text\|json\|jsonl\]/);
      assert.strictEqual(result.stderr, '');
    }
  });

  const usageErrors = [
    { args: [], message: 'missing command' },
    { args: ['annotated', ARTICLE], message: 'unknown command "annotated"' },
    { args: ['annotate'], message: 'no files given' },
    { args: ['annotate', '--format', 'yaml', ARTICLE], message: 'unknown format "yaml" (text, json or jsonl)' },
    { args: ['annotate', ARTICLE, '--format'], message: 'unknown format "" (text, json or jsonl)' },
    { args: ['annotate', '--verbose', ARTICLE], message: 'unknown option "--verbose"' },
  ];
  for (const { args, message } of usageErrors) {
    it(`on "dossier ${args.join(' ')}" says "${message}", prints its usage, exits 2`, () => {
      const result = run(...args);
      assert.strictEqual(result.status, 2);
      assert.strictEqual(result.stdout, '');
      assert.match(result.stderr, new RegExp(`^dossier: ${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\nusage: dossier annotate`));
    });
  }
});
