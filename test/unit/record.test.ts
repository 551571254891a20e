// The JSON record (what the CLI prints and the editor exports), built in this process from the
// sample article with the names shown by default, against the pinned file that the CLI's own test also reads
// (test/unit/cliFormats.test.ts). Here, a change to the record format fails without a CLI build.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { toRecord } from '../../src/core/model/record';
import { DEFAULT_MIN_NAME_CONFIDENCE, withNamesAtLeast } from '../../src/core/model/nameConfidence';
import { analyze } from '../../src/core/pipeline/analyze';

const FIXTURES = path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures');

describe('toRecord', () => {
  it('gives test/fixtures/expected/xi-putin-moscow.jsonl for the sample article', () => {
    const text = fs.readFileSync(path.join(FIXTURES, 'xi-putin-moscow.txt'), 'utf8');
    const pinned = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'expected', 'xi-putin-moscow.jsonl'), 'utf8'));
    assert.deepStrictEqual(JSON.parse(JSON.stringify(toRecord('xi-putin-moscow.txt', withNamesAtLeast(analyze(text), DEFAULT_MIN_NAME_CONFIDENCE)))), pinned,
      'the record changed; if that is meant: DOSSIER_UPDATE_EXPECTED=1 npm run test:unit -- cliFormats');
  });

  it('writes null, not nothing, for a quote without speaker, verb or outlet', () => {
    const record = toRecord('a.txt', { textLength: 9, entities: [], mentions: [], quotes: [{ start: 0, end: 9, kind: 'scare', text: '“strange”', speaker: null }], values: [] });
    assert.deepStrictEqual(JSON.parse(JSON.stringify(record)), {
      file: 'a.txt', entities: [], values: [],
      quotes: [{ start: 0, end: 9, kind: 'scare', text: '“strange”', speaker: null, verb: null, reportedBy: null }],
    });
  });
});
