// A long file goes to the analysis worker and its helper thread (src/cli/textAnalyzer.ts): what the
// CLI prints for it must be what analysing it on one thread gives. Runs the built dist/cli.js.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { WORKER_MIN_CHARS } from '../../src/cli/textAnalyzer';
import { DEFAULT_MIN_NAME_CONFIDENCE, withNamesAtLeast } from '../../src/core/model/nameConfidence';
import { toRecord } from '../../src/core/model/record';
import { analyze } from '../../src/core/pipeline/analyze';
import { annotate, buildCli } from './cliProcess';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const ARTICLE = fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'xi-putin-moscow.txt'), 'utf8');

describe('dossier annotate on a long file', function () {
  this.timeout(180_000);
  let dir: string;

  before(() => {
    buildCli();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-long-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('prints the analysis one thread gives, though the worker and its helper read it', () => {
    const copies = Math.ceil((WORKER_MIN_CHARS * 1.2) / ARTICLE.length);
    const text = Array.from({ length: copies }, () => ARTICLE.trim()).join('\n\n');
    assert.ok(text.length >= WORKER_MIN_CHARS);
    fs.writeFileSync(path.join(dir, 'long.txt'), text);
    const run = annotate(dir, '--format', 'jsonl', 'long.txt');
    assert.strictEqual(run.status, 0, run.stderr);
    const expected = JSON.stringify(toRecord('long.txt', withNamesAtLeast(analyze(text), DEFAULT_MIN_NAME_CONFIDENCE)));
    assert.strictEqual(run.stdout, `${expected}\n`);
  });
});
