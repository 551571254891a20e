// `dossier index` as a user runs it (dist/cli.js, built here) on a folder of articles: every
// format, --jobs, --corrections, --db (the database opened and queried), and bad files.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import initSqlJs from 'sql.js';
import { buildCli, CLI, type CliRun } from './cliProcess';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const NEWSROOM = path.join(ROOT, 'test', 'fixtures', 'newsroom');

function index(cwd: string, ...args: string[]): CliRun {
  const result = spawnSync(process.execPath, [CLI, 'index', ...args], { cwd, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface EntityRecord {
  id: string;
  kind: string;
  name: string;
  aliases: string[];
  files: { file: string; mentions: number }[];
  quotes: { file: string; start: number; end: number; text: string; speakerConfidence?: number }[];
}

describe('dossier index', function () {
  this.timeout(120_000);
  let dir: string;
  let json: { documents: { file: string; entities: number; quotes: number }[]; entities: EntityRecord[] };
  const marsh = (): EntityRecord => json.entities.find((e) => e.name === 'Helena Marsh')!;

  before(() => {
    buildCli();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-index-'));
    fs.cpSync(NEWSROOM, path.join(dir, 'newsroom'), { recursive: true });
    const run = index(dir, '--format', 'json', 'newsroom');
    assert.strictEqual(run.status, 0, run.stderr);
    json = JSON.parse(run.stdout);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('json: lists every file of the folder, recursively and in path order, with its counts', () =>
    assert.deepStrictEqual(
      json.documents.map((d) => d.file),
      ['2024-03-04-harbour-vote.md', '2024-03-11-oakley-figures.md', '2024-04-02-dock-company.txt', '2024-05-20-ferry.txt'].map((f) => path.join('newsroom', f)),
    ));

  it('json: one entity for a person named in several files, a lone surname included', () => {
    assert.deepStrictEqual(marsh().files.map((f) => path.basename(f.file)), ['2024-03-04-harbour-vote.md', '2024-03-11-oakley-figures.md', '2024-04-02-dock-company.txt']);
    assert.deepStrictEqual(marsh().aliases, ['Marsh']);
    assert.strictEqual(json.entities.filter((e) => /Marsh/.test(e.name)).length, 1);
  });

  it('json: the quotes of a person from every file, with offsets into their file', () => {
    assert.deepStrictEqual(marsh().quotes.map((q) => q.text), [
      '“This is the most important decision this council will take in a generation,”',
      '“These numbers are invented,”',
      '“a gift to the next generation.”',
    ]);
    for (const q of marsh().quotes) assert.strictEqual(fs.readFileSync(path.join(dir, q.file), 'utf8').slice(q.start, q.end), q.text);
  });

  it('json: has exactly the documented fields', () => {
    assert.deepStrictEqual(Object.keys(json), ['documents', 'entities']);
    assert.deepStrictEqual(Object.keys(json.documents[0]), ['file', 'entities', 'quotes']);
    assert.deepStrictEqual(Object.keys(marsh()), ['id', 'kind', 'name', 'aliases', 'files', 'quotes']);
    assert.strictEqual(marsh().id, 'person/Helena Marsh');
    for (const q of marsh().quotes) {
      assert.deepStrictEqual(Object.keys(q), ['file', 'start', 'end', 'text', 'speakerConfidence']);
      assert.ok(q.speakerConfidence! > 0 && q.speakerConfidence! <= 1, `confidence ${q.speakerConfidence}`);
    }
  });

  it('jsonl: one entity per line, the same as the json', () => {
    const run = index(dir, '--format=jsonl', 'newsroom');
    assert.strictEqual(run.status, 0, run.stderr);
    assert.deepStrictEqual(run.stdout.trimEnd().split('\n').map((line) => JSON.parse(line)), json.entities);
  });

  it('text: a report with totals, and each entity with its files and quotes', () => {
    const run = index(dir, 'newsroom');
    assert.strictEqual(run.status, 0, run.stderr);
    assert.match(run.stdout, /^== 4 files, \d+ entities, 7 attributed quotes$/m);
    assert.match(run.stdout, /^ {2}Helena Marsh: 3 files, 5 mentions, 3 quotes {2}\(also: Marsh\)$/m);
    assert.match(run.stdout, /^ {4}“These numbers are invented,” — newsroom\/2024-03-11-oakley-figures\.md$/m);
  });

  it('text: quotes in full, and the documents\' control characters escaped, never raw', () => {
    const hostile = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-index-hostile-'));
    try {
      const quote = '“The bridge will carry this town across the river for the next hundred years\u001b]0;owned\u0007 and more,”';
      fs.writeFileSync(path.join(hostile, 'bridge.txt'), `${quote} said Helena Marsh, the mayor of Dover.\n\nMarsh spoke on Monday.\n`);
      for (const format of ['text', 'json', 'jsonl']) {
        const run = index(hostile, '--format', format, '.');
        assert.strictEqual(run.status, 0, run.stderr);
        assert.doesNotMatch(run.stdout, /[\u0007\u001b]/, `${format} output holds a raw control character`);
        if (format === 'text') assert.match(run.stdout, /^ {4}“The bridge will carry this town across the river for the next hundred years\\x1b\]0;owned\\x07 and more,” — bridge\.txt$/m);
      }
    } finally {
      fs.rmSync(hostile, { recursive: true, force: true });
    }
  });

  for (const jobs of ['1', '2', '3']) {
    it(`--jobs ${jobs} gives the same index`, () => {
      const run = index(dir, '--jobs', jobs, '--format', 'json', 'newsroom');
      assert.strictEqual(run.status, 0, run.stderr);
      assert.deepStrictEqual(JSON.parse(run.stdout), json);
    });
  }

  const usage: { args: string[]; message: RegExp }[] = [
    { args: ['--jobs', '0', 'newsroom'], message: /--jobs takes a whole number from 1 to 64, not "0"/ },
    { args: ['--jobs', 'two', 'newsroom'], message: /--jobs takes a whole number from 1 to 64, not "two"/ },
    { args: ['--jobs'], message: /--jobs needs a value/ },
    { args: ['--format', 'xml', 'newsroom'], message: /unknown format "xml"/ },
    { args: ['--fast', 'newsroom'], message: /unknown option "--fast"/ },
    { args: ['--min-confidence', '2', 'newsroom'], message: /--min-confidence needs a number from 0 to 1, not "2"/ },
    { args: ['--min-confidence=sure', 'newsroom'], message: /--min-confidence needs a number from 0 to 1, not "sure"/ },
    { args: [], message: /no files or folders given/ },
  ];
  for (const { args, message } of usage) {
    it(`refuses ${args.join(' ') || 'no arguments'} with exit code 2`, () => {
      const run = index(dir, ...args);
      assert.strictEqual(run.status, 2);
      assert.match(run.stderr, message);
      assert.strictEqual(run.stdout, '');
    });
  }

  it('--min-confidence: leaves out doubtful names as annotate does, with the same default', () => {
    const entities = (...args: string[]) => {
      const run = index(dir, '--format', 'jsonl', ...args, 'newsroom');
      assert.strictEqual(run.status, 0, run.stderr);
      return run.stdout.trimEnd().split('\n').filter(Boolean).map((line) => (JSON.parse(line) as EntityRecord).name);
    };
    const all = entities('--min-confidence', '0');
    const sure = entities('--min-confidence=0.95');
    assert.deepStrictEqual(entities('--min-confidence', '0.5'), json.entities.map((e) => e.name));
    assert.ok(sure.length < json.entities.length && json.entities.length <= all.length, `${sure.length} < ${json.entities.length} <= ${all.length}`);
    for (const name of sure) assert.ok(all.includes(name), name);
  });

  it('--corrections: merges and not-an-entity apply across files', () => {
    fs.writeFileSync(
      path.join(dir, 'dossier.json'),
      JSON.stringify({ version: 1, corrections: [{ action: 'notEntity', name: 'Dover' }, { action: 'merge', name: 'Avery Dock Company', into: 'Priya Nandan' }] }),
    );
    const run = index(dir, '--format', 'json', '--corrections', 'dossier.json', 'newsroom');
    assert.strictEqual(run.status, 0, run.stderr);
    const entities: EntityRecord[] = JSON.parse(run.stdout).entities;
    assert.ok(!entities.some((e) => e.name === 'Dover'));
    const nandan = entities.find((e) => e.name === 'Priya Nandan')!;
    assert.deepStrictEqual([...nandan.aliases].sort(), ['Avery Dock Company', 'Nandan']);
    assert.deepStrictEqual(nandan.files.map((f) => path.basename(f.file)), ['2024-03-04-harbour-vote.md', '2024-04-02-dock-company.txt']);
  });

  it('--corrections: a malformed file stops the command before indexing', () => {
    fs.writeFileSync(path.join(dir, 'broken.json'), '{ "version": 1, "corrections": [ }');
    const run = index(dir, '--corrections', 'broken.json', 'newsroom');
    assert.strictEqual(run.status, 1);
    assert.match(run.stderr, /^dossier: broken\.json: /m);
    assert.strictEqual(run.stdout, '');
  });

  it('--db: writes an SQLite database that answers SQL about the folder', async () => {
    const db = path.join(dir, 'index.sqlite');
    fs.writeFileSync(db, 'an older file that the database replaces');
    const run = index(dir, '--format', 'jsonl', '--db', db, 'newsroom');
    assert.strictEqual(run.status, 0, run.stderr);
    const SQL = await initSqlJs({ locateFile: (name) => path.join(ROOT, 'node_modules', 'sql.js', 'dist', name) });
    const database = new SQL.Database(fs.readFileSync(db));
    const rows = (sql: string): unknown[][] => database.exec(sql)[0]?.values ?? [];
    try {
      assert.deepStrictEqual(rows("SELECT name, files, mentions, quotes FROM entities WHERE kind = 'person' ORDER BY files DESC, name"), [
        ['Helena Marsh', 3, 5, 3],
        ['Tomas Oakley', 3, 8, 3],
        ['Priya Nandan', 1, 2, 1],
      ]);
      assert.deepStrictEqual(rows('SELECT COUNT(*) FROM documents'), [[4]]);
      assert.deepStrictEqual(
        rows("SELECT d.file, COUNT(*) FROM mentions m JOIN documents d ON d.id = m.document WHERE m.entity = 'person/Tomas Oakley' GROUP BY d.file ORDER BY d.file"),
        [['newsroom/2024-03-04-harbour-vote.md', 2], ['newsroom/2024-03-11-oakley-figures.md', 4], ['newsroom/2024-05-20-ferry.txt', 2]],
      );
      assert.deepStrictEqual(
        rows("SELECT q.text FROM quotes q JOIN documents d ON d.id = q.document WHERE q.entity = 'person/Helena Marsh' AND d.file LIKE '%dock-company.txt'"),
        [['“a gift to the next generation.”']],
      );
      assert.deepStrictEqual(rows("SELECT json_extract(aliases, '$[0]') FROM entities WHERE id = 'person/Priya Nandan'"), [['Nandan']]);
      assert.deepStrictEqual(rows('SELECT COUNT(*) FROM quotes WHERE speaker_confidence > 0 AND speaker_confidence <= 1'), [[7]]);
      assert.deepStrictEqual(rows('PRAGMA foreign_key_check'), []);
    } finally {
      database.close();
    }
    assert.deepStrictEqual(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp')), []);
  });

  it('--db: a database that cannot be written is reported, after the index is printed', () => {
    const run = index(dir, '--format', 'jsonl', '--db', path.join(dir, 'no-such-folder', 'index.sqlite'), 'newsroom');
    assert.strictEqual(run.status, 1);
    assert.match(run.stderr, /^dossier: .*no-such-folder\/index\.sqlite: cannot write the database \(ENOENT/m);
    assert.strictEqual(run.stdout.trimEnd().split('\n').length, json.entities.length);
  });

  describe('on a folder with files it cannot read', () => {
    let bad: string;
    before(() => {
      bad = path.join(dir, 'mixed');
      fs.mkdirSync(path.join(bad, 'nested'), { recursive: true });
      fs.copyFileSync(path.join(NEWSROOM, '2024-05-20-ferry.txt'), path.join(bad, 'ferry.txt'));
      fs.copyFileSync(path.join(NEWSROOM, '2024-04-02-dock-company.txt'), path.join(bad, 'nested', 'dock.md'));
      fs.writeFileSync(path.join(bad, 'scan.txt'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0xff]));
      fs.writeFileSync(path.join(bad, 'nested', 'latin1.md'), Buffer.from('Caf\xe9 Marsh.\n', 'latin1'));
      fs.symlinkSync('loop.txt', path.join(bad, 'loop.txt')); // a link to itself
      fs.writeFileSync(path.join(bad, 'photo.jpg'), Buffer.from([0xff, 0xd8, 0x00])); // not included at all
    });

    it('names each bad file, indexes the rest, and exits 1', () => {
      const run = index(bad, '--format', 'json', '.');
      assert.strictEqual(run.status, 1);
      assert.match(run.stderr, /^dossier: scan\.txt: looks like a binary file/m);
      assert.match(run.stderr, /^dossier: nested\/latin1\.md: is not valid UTF-8 text$/m);
      assert.match(run.stderr, /^dossier: loop\.txt: cannot read \(ELOOP/m);
      assert.doesNotMatch(run.stderr, /photo\.jpg/);
      const result = JSON.parse(run.stdout);
      assert.deepStrictEqual(result.documents.map((d: { file: string }) => d.file), ['ferry.txt', 'nested/dock.md']);
      assert.ok(result.entities.some((e: EntityRecord) => e.name === 'Priya Nandan'));
    });

    it('takes a file named on the command line whatever its extension', () => {
      fs.copyFileSync(path.join(NEWSROOM, '2024-05-20-ferry.txt'), path.join(bad, 'ferry.article'));
      const run = index(bad, '--format', 'json', 'ferry.article', 'missing.txt');
      assert.strictEqual(run.status, 1);
      assert.match(run.stderr, /^dossier: missing\.txt: cannot read \(no such file\)$/m);
      assert.deepStrictEqual(JSON.parse(run.stdout).documents.map((d: { file: string }) => d.file), ['ferry.article']);
    });
  });
});
