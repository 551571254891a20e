// `dossier annotate --corrections FILE`: the CLI reads the editor's corrections file and gives the
// same result as the core; a faulty file stops it before any output. Runs the built dist/cli.js.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { analyze } from '../../src/core/pipeline/analyze';
import { applyCorrections } from '../../src/core/corrections/applyCorrections';
import type { Correction } from '../../src/core/corrections/corrections';
import { formatCorrectionsFile } from '../../src/core/corrections/correctionsFormat';
import { toRecord } from '../../src/core/model/record';
import { annotate, buildCli } from './cliProcess';

const TEXT = 'Angela Merkel met Emmanuel Macron in Paris. “We agree,” said Macron.\nThe Elysee Palace staff waited.\n';
const CORRECTIONS: Correction[] = [
  { action: 'notEntity', name: 'Paris' },
  { action: 'markAs', name: 'Elysee Palace', kind: 'organization' },
  { action: 'setSpeaker', quote: '“We agree,”', speaker: 'Angela Merkel' },
];

describe('CLI --corrections', function () {
  this.timeout(60_000);
  let dir: string;

  before(() => {
    buildCli();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-corrections-cli-'));
    fs.writeFileSync(path.join(dir, 'article.txt'), TEXT);
    fs.writeFileSync(path.join(dir, 'dossier.json'), formatCorrectionsFile({ corrections: CORRECTIONS }));
    fs.writeFileSync(path.join(dir, 'broken.json'), '{\n  "corrections": [{ "action": "rename" }]\n}\n');
  });

  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('applies the corrections exactly as the core does', () => {
    const run = annotate(dir, '--format', 'jsonl', '--min-confidence', '0', '--corrections', 'dossier.json', 'article.txt');
    assert.strictEqual(run.status, 0, run.stderr);
    assert.deepStrictEqual(JSON.parse(run.stdout), JSON.parse(JSON.stringify(toRecord('article.txt', applyCorrections(TEXT, analyze(TEXT), CORRECTIONS)))));
  });

  it('changes what is reported', () => {
    const plain = JSON.parse(annotate(dir, '--format', 'jsonl', '--min-confidence', '0', 'article.txt').stdout);
    const corrected = JSON.parse(annotate(dir, '--format', 'jsonl', '--min-confidence', '0', '--corrections=dossier.json', 'article.txt').stdout);
    const names = (record: { entities: { kind: string; name: string }[] }): string[] => record.entities.map((e) => `${e.kind}:${e.name}`);
    assert.notDeepStrictEqual(names(plain), names(corrected));
    assert.ok(!names(corrected).includes('place:Paris'));
    assert.ok(names(corrected).includes('organization:Elysee Palace'));
    assert.strictEqual(corrected.quotes[0].speaker.name, 'Angela Merkel');
  });

  it('refuses a malformed corrections file with its line and column, before any output', () => {
    const run = annotate(dir, '--corrections', 'broken.json', 'article.txt');
    assert.strictEqual(run.status, 1);
    assert.strictEqual(run.stdout, '');
    assert.strictEqual(run.stderr, 'dossier: broken.json: line 2, column 31: "action" must be one of markAs, notEntity, merge, setSpeaker\n');
  });

  it('says so when the corrections file cannot be read', () => {
    const run = annotate(dir, '--corrections', 'missing.json', 'article.txt');
    assert.strictEqual(run.status, 1);
    assert.strictEqual(run.stderr, 'dossier: missing.json: cannot read (no such file)\n');
  });

  it('asks for the file when the option has none', () => {
    const run = annotate(dir, 'article.txt', '--corrections');
    assert.strictEqual(run.status, 2);
    assert.match(run.stderr, /^dossier: --corrections needs a file\n/);
  });
});
