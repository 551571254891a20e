// The CLI on files it cannot or must not read: each gets a clear error naming it, the other files
// are still processed, and the exit code is non-zero. Runs the built dist/cli.js (built here).
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { annotate, buildCli, CLI, type CliRun } from './cliProcess';

const GOOD = 'Angela Merkel met Emmanuel Macron in Paris.\n';

/** The JSON Lines annotator on `files`. */
const annotateJsonl = (cwd: string, ...files: string[]): CliRun => annotate(cwd, '--format', 'jsonl', ...files);

const processedFiles = (run: CliRun): string[] => run.stdout.trim().split('\n').filter(Boolean).map((line) => JSON.parse(line).file);

describe('CLI on bad input', function () {
  this.timeout(60_000);
  let dir: string;

  before(() => {
    buildCli();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-cli-'));
    fs.writeFileSync(path.join(dir, 'good.txt'), GOOD);
    fs.writeFileSync(path.join(dir, 'binary.bin'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff, 0x10]));
    fs.writeFileSync(path.join(dir, 'latin1.txt'), Buffer.from('Caf\xe9 au lait.\n', 'latin1'));
    fs.writeFileSync(path.join(dir, 'bom.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(GOOD)]));
    fs.mkdirSync(path.join(dir, 'folder'));
    fs.symlinkSync('loop', path.join(dir, 'loop')); // a link to itself: it exists but cannot be read
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  const cases: { name: string; file: string; message: RegExp }[] = [
    { name: 'a file that does not exist', file: 'missing.txt', message: /^dossier: missing\.txt: cannot read \(no such file\)$/m },
    { name: 'an unreadable file', file: 'loop', message: /^dossier: loop: cannot read \(ELOOP/m },
    { name: 'a directory', file: 'folder', message: /^dossier: folder: is a directory, not a text file$/m },
    { name: 'a binary file', file: 'binary.bin', message: /^dossier: binary\.bin: looks like a binary file/m },
    { name: 'invalid UTF-8', file: 'latin1.txt', message: /^dossier: latin1\.txt: is not valid UTF-8 text$/m },
  ];
  for (const { name, file, message } of cases) {
    it(`${name}: names the file, processes the others, exits non-zero`, () => {
      const run = annotateJsonl(dir, 'good.txt', file, 'bom.txt');
      assert.match(run.stderr, message);
      assert.deepStrictEqual(processedFiles(run), ['good.txt', 'bom.txt']);
      assert.strictEqual(run.status, 1);
    });
  }

  it('reads a file with a byte-order mark without counting the mark in offsets', () => {
    const run = annotateJsonl(dir, 'bom.txt');
    assert.strictEqual(run.status, 0, run.stderr);
    const record = JSON.parse(run.stdout);
    const mention = record.entities.flatMap((e: { mentions: { start: number; text: string }[] }) => e.mentions).find((m: { text: string }) => m.text === 'Angela Merkel');
    assert.strictEqual(mention?.start, 0);
  });

  it('reports every bad file, not only the first', () => {
    const run = annotateJsonl(dir, ...cases.map((c) => c.file), 'good.txt');
    for (const { message } of cases) assert.match(run.stderr, message);
    assert.deepStrictEqual(processedFiles(run), ['good.txt']);
    assert.strictEqual(run.status, 1);
  });

  it('exits quietly when its reader stops early', () => {
    const many = Array.from({ length: 30 }, () => 'good.txt');
    const result = spawnSync('sh', ['-c', `"${process.execPath}" "${CLI}" annotate --format json ${many.join(' ')} | head -n 1`], { cwd: dir, encoding: 'utf8' });
    assert.strictEqual(result.stderr, '');
    assert.strictEqual(result.stdout.trim(), '[');
  });
});
