// A document full of terminal escape sequences: the CLI must never write them raw to a terminal.
// Raw, `ESC ]0;…BEL` retitles the terminal, `ESC [31m` recolours it, `ESC ]52;…` writes the
// clipboard on some terminals, and a right-to-left override reorders what the reader sees.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { annotate, buildCli } from './cliProcess';

const ESC = '\x1b';
const BEL = '\x07';
const HOSTILE = [
  `Angela Merkel${ESC}]0;owned${BEL} met Emmanuel Macron in Paris.`,
  `“We agreed ${ESC}[31mon every point${ESC}[0m${ESC}]52;c;aGVsbG8=${BEL},” Merkel said.`,
  `“Nothing\u202e changed\x9b31m here\x7f,\b” said Macron.`,
  '',
].join('\n');
const FILE = `notes${ESC}[2J.txt`;

/** Every character the report must never print raw: C0 (but line feed) and C1 controls, DEL, bidi controls. */
const RAW = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

describe('CLI on a document full of escape sequences', function () {
  this.timeout(60_000);
  let dir: string;

  before(() => {
    buildCli();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-cli-escapes-'));
    fs.writeFileSync(path.join(dir, FILE), HOSTILE);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('the text report shows every control character escaped, and the words around them', () => {
    const run = annotate(dir, FILE);
    assert.strictEqual(run.status, 0, run.stderr);
    assert.doesNotMatch(run.stdout, RAW);
    for (const shown of ['== notes\\x1b[2J.txt', '\\x1b[31mon every point\\x1b[0m\\x1b]52;c;aGVsbG8=\\x07', 'Nothing\\u202e changed\\x9b31m here\\x7f,\\x08', 'Emmanuel Macron']) {
      assert.ok(run.stdout.includes(shown), `missing ${shown} in\n${run.stdout}`);
    }
  });

  it('the wrapped text report escapes them too', () => {
    const run = annotate(dir, '--width', '40', FILE);
    assert.strictEqual(run.status, 0, run.stderr);
    assert.doesNotMatch(run.stdout, RAW);
  });

  for (const format of ['json', 'jsonl']) {
    it(`--format ${format} escapes them and keeps the text exact`, () => {
      const run = annotate(dir, '--format', format, FILE);
      assert.strictEqual(run.status, 0, run.stderr);
      assert.doesNotMatch(run.stdout.replace(/\n/g, ''), RAW);
      const value = JSON.parse(run.stdout);
      const record = Array.isArray(value) ? value[0] : value;
      assert.strictEqual(record.file, FILE);
      for (const quote of record.quotes) assert.strictEqual(quote.text, HOSTILE.slice(quote.start, quote.end));
      assert.ok(record.quotes.some((q: { text: string }) => q.text.includes('\u202e')), 'the override is kept in the data');
    });
  }
});
