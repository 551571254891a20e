import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { writeFileAtomic } from '../../src/extension/atomicWrite';
import { fileUri, nodeFileSystem } from './nodeFileSystem';

describe('writeFileAtomic', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-atomic-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('creates a file, then replaces it whole, leaving no temporary file behind', async () => {
    const target = path.join(dir, 'export.json');
    await writeFileAtomic(nodeFileSystem, fileUri(target), '{"v":1}');
    await writeFileAtomic(nodeFileSystem, fileUri(target), '{"v":2}');
    assert.strictEqual(fs.readFileSync(target, 'utf8'), '{"v":2}');
    assert.deepStrictEqual(fs.readdirSync(dir), ['export.json']);
  });

  it('leaves the old file untouched, and no temporary file, when the write fails', async () => {
    const target = path.join(dir, 'corrections.json');
    fs.writeFileSync(target, 'old');
    fs.mkdirSync(path.join(dir, 'blocker'));
    // Renaming a file over a directory fails after the temporary file was written.
    await assert.rejects(writeFileAtomic(nodeFileSystem, fileUri(path.join(dir, 'blocker')), 'new'));
    assert.strictEqual(fs.readFileSync(target, 'utf8'), 'old');
    assert.deepStrictEqual(fs.readdirSync(dir).sort(), ['blocker', 'corrections.json']);
  });

  it('lets concurrent writers finish with one whole version', async () => {
    const target = path.join(dir, 'export.txt');
    const versions = Array.from({ length: 10 }, (_, i) => `version ${i} `.repeat(10_000));
    await Promise.all(versions.map((v) => writeFileAtomic(nodeFileSystem, fileUri(target), v)));
    assert.ok(versions.includes(fs.readFileSync(target, 'utf8')));
    assert.deepStrictEqual(fs.readdirSync(dir), ['export.txt']);
  });
});
