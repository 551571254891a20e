// Every option of the command-line annotator, run as a user runs it (the built dist/cli.js).
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { annotate, buildCli, CLI, type CliRun } from './cliProcess';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const TEXT = 'Angela Merkel met Emmanuel Macron in Paris.\n“We agreed on every point that matters to the people of both countries, and on the few that do not,” Merkel said on Friday.\nIt was a “historic” day.\n';

/** `dossier ARGS...` (no subcommand added). */
function dossier(cwd: string, ...args: string[]): CliRun {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('CLI options', function () {
  this.timeout(60_000);
  let dir: string;

  before(() => {
    buildCli();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-cli-options-'));
    fs.writeFileSync(path.join(dir, 'a.txt'), TEXT);
    fs.writeFileSync(path.join(dir, 'b.txt'), 'Nothing to see here.\n');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  describe('help and version', () => {
    const version = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;
    const cases: { args: string[]; stdout: RegExp }[] = [
      { args: ['--version'], stdout: new RegExp(`^dossier ${version.replaceAll('.', '\\.')}\\n$`) },
      { args: ['-v'], stdout: new RegExp(`^dossier ${version.replaceAll('.', '\\.')}\\n$`) },
      { args: ['--help'], stdout: /^usage: dossier annotate/ },
      { args: ['-h'], stdout: /^usage: dossier annotate/ },
      { args: ['annotate', '--help'], stdout: /^usage: dossier annotate/ },
      { args: ['annotate', '-h'], stdout: /^usage: dossier annotate/ },
      { args: ['annotate', 'a.txt', '--help'], stdout: /^usage: dossier annotate/ },
    ];
    for (const { args, stdout } of cases) {
      it(`dossier ${args.join(' ')}: prints to standard output and exits 0`, () => {
        const run = dossier(dir, ...args);
        assert.deepStrictEqual([run.status, run.stderr], [0, '']);
        assert.match(run.stdout, stdout);
      });
    }
  });

  describe('usage errors exit 2 with the reason and the usage', () => {
    const cases: { args: string[]; reason: RegExp }[] = [
      { args: [], reason: /missing command/ },
      { args: ['annotat', 'a.txt'], reason: /unknown command "annotat"/ },
      { args: ['annotate'], reason: /no files given/ },
      { args: ['annotate', '--colour', 'a.txt'], reason: /unknown option "--colour"/ },
      { args: ['annotate', '--format', 'xml', 'a.txt'], reason: /unknown format "xml"/ },
      { args: ['annotate', '--width', 'wide', 'a.txt'], reason: /--width needs a whole number of columns, at least 30 \(got "wide"\)/ },
      { args: ['annotate', '--width=10', 'a.txt'], reason: /at least 30 \(got "10"\)/ },
      { args: ['annotate', '--width', '80', '--format', 'json', 'a.txt'], reason: /--width applies to --format text only/ },
      { args: ['annotate', '--corrections'], reason: /--corrections needs a file/ },
      { args: ['annotate', '--min-confidence', '2', 'a.txt'], reason: /--min-confidence needs a number from 0 to 1 \(got "2"\)/ },
      { args: ['annotate', '--min-confidence=high', 'a.txt'], reason: /--min-confidence needs a number from 0 to 1 \(got "high"\)/ },
    ];
    for (const { args, reason } of cases) {
      it(`dossier ${args.join(' ') || '(nothing)'}`, () => {
        const run = dossier(dir, ...args);
        assert.strictEqual(run.status, 2);
        assert.match(run.stderr, reason);
        assert.match(run.stderr, /^usage: dossier annotate/m);
        assert.strictEqual(run.stdout, '');
      });
    }
  });

  describe('--format json', () => {
    for (const files of [[], ['a.txt'], ['a.txt', 'b.txt'], ['a.txt', 'b.txt', 'a.txt']]) {
      it(`is one JSON array for ${files.length} readable file(s)`, () => {
        const run = annotate(dir, '--format', 'json', ...files, ...(files.length ? [] : ['missing.txt']));
        const value = JSON.parse(run.stdout);
        assert.ok(Array.isArray(value));
        assert.deepStrictEqual(value.map((r: { file: string }) => r.file), files);
      });
    }

    it('gives the 1-based line and column where each span starts, beside its offsets', () => {
      const [record] = JSON.parse(annotate(dir, '--format', 'json', 'a.txt').stdout);
      const lines = TEXT.split('\n');
      const spans = [
        ...record.entities.flatMap((e: { mentions: unknown[]; firstMention: unknown }) => [...e.mentions, e.firstMention]),
        ...record.quotes, ...record.quotes.map((q: { speaker: unknown }) => q.speaker).filter(Boolean), ...record.values,
      ] as { start: number; end: number; line: number; column: number }[];
      assert.ok(spans.length > 8, 'too few spans to test');
      for (const span of spans) {
        const lineStart = lines.slice(0, span.line - 1).reduce((offset, line) => offset + line.length + 1, 0);
        assert.strictEqual(lineStart + span.column - 1, span.start, JSON.stringify(span));
        const keys = Object.keys(span);
        assert.deepStrictEqual(keys.slice(keys.indexOf('end'), keys.indexOf('end') + 3), ['end', 'line', 'column']);
      }
    });

    it('keeps the JSON Lines records as they were: no positions', () => {
      const record = JSON.parse(annotate(dir, '--format', 'jsonl', 'a.txt').stdout);
      assert.strictEqual(record.quotes[0].line, undefined);
      assert.deepStrictEqual(Object.keys(record), ['file', 'entities', 'quotes', 'values']);
    });
  });

  describe('--format text', () => {
    const quote = '“We agreed on every point that matters to the people of both countries, and on the few that do not,”';

    it('shows every quote in full on one line by default, with counts that tell scare quotes apart', () => {
      const run = annotate(dir, 'a.txt');
      assert.strictEqual(run.status, 0, run.stderr);
      assert.ok(run.stdout.includes(`\n     2: ${quote} — Angela Merkel`), run.stdout);
      assert.match(run.stdout, /^Quotes \(1\) and scare quotes \(1\)$/m);
      assert.match(run.stdout, /^ {5}3: “historic” — scare quote$/m);
    });

    for (const width of [30, 50, 80]) {
      it(`--width ${width} wraps every line to ${width} columns and keeps every word`, () => {
        const run = annotate(dir, '--width', String(width), 'a.txt');
        assert.strictEqual(run.status, 0, run.stderr);
        for (const line of run.stdout.split('\n')) assert.ok(Array.from(line).length <= width, `too wide: ${line}`);
        const words = (text: string): string[] => text.split(/\s+/).filter(Boolean);
        assert.deepStrictEqual(words(run.stdout), words(annotate(dir, 'a.txt').stdout));
      });
    }
  });
});
