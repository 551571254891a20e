// The workspace index's store on disk: read back when it is sound and of this version, dropped
// (file deleted, empty store) when it is not, never a crash; saved whole, without orphan analyses.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { IndexStore, STORE_FORMAT, type FileStamp, type StoredAnalysis } from '../../src/extension/workspace/indexStore';
import { fileUri, nodeFileSystem } from './nodeFileSystem';

const ANALYSIS: StoredAnalysis = {
  digest: {
    entities: [{ id: 'e1', kind: 'person', name: 'Helena Marsh', aliases: ['Marsh'], roles: ['Mayor'], mentions: [0, 12, 40, 45] }],
    quotes: [{ start: 50, end: 60, text: '“Yes.”', speakerId: 'e1', speakerName: 'Helena Marsh' }],
  },
  lineStarts: [0, 30],
};
/** A file's modification time and size. */
const STAMP: FileStamp = [1_700_000_000_000, 61];
const sound = { format: STORE_FORMAT, analysisVersion: 'v1', files: { 'file:///a.txt': 'h1' }, stamps: { 'file:///a.txt': STAMP } };
/** The shard of the contents whose hash starts with "h1". */
const soundShard = { h1: ANALYSIS };

describe('IndexStore', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-store-'));
    file = path.join(dir, 'workspace-index.json');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** Write the store file and its one shard as given (text as it is, anything else as JSON). */
  function writeStore(store: unknown, shard: unknown = soundShard): void {
    fs.writeFileSync(file, typeof store === 'string' ? store : JSON.stringify(store));
    fs.mkdirSync(path.join(dir, 'workspace-index', 'summaries'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'workspace-index', 'summaries', 'h1.json'), typeof shard === 'string' ? shard : JSON.stringify(shard));
  }

  it('reads back a sound store of the same version', async () => {
    writeStore(sound);
    const loaded = await IndexStore.load(nodeFileSystem, fileUri(file), 'v1');
    assert.strictEqual(loaded.state, 'loaded');
    assert.deepStrictEqual(loaded.store.analysisOf('h1'), ANALYSIS);
    assert.deepStrictEqual([...loaded.store.files], [['file:///a.txt', 'h1']]);
  });

  it('starts empty, silently, when there is no store yet', async () => {
    const loaded = await IndexStore.load(nodeFileSystem, fileUri(file), 'v1');
    assert.deepStrictEqual([loaded.state, loaded.state === 'new' && loaded.why], ['new', undefined]);
    assert.strictEqual(loaded.store.files.size, 0);
  });

  const bad: { name: string; store?: unknown; shard?: unknown; why: string }[] = [
    { name: 'a half-written file', store: JSON.stringify(sound).slice(0, 40), why: 'not valid JSON' },
    { name: 'an empty file', store: '', why: 'not valid JSON' },
    { name: 'another analysis version', store: { ...sound, analysisVersion: 'v0' }, why: 'written by another version' },
    { name: 'another store format', store: { ...sound, format: STORE_FORMAT + 1 }, why: 'written by another version' },
    { name: 'not an object', store: [1, 2], why: 'not an index store' },
    { name: 'no files table', store: { ...sound, files: undefined }, why: 'not an index store' },
    { name: 'a file whose hash is not a string', store: { ...sound, files: { 'file:///a.txt': 1 } }, why: 'not an index store' },
    { name: 'no stamps table', store: { ...sound, stamps: undefined }, why: 'not an index store' },
    { name: 'a stamp without the size', store: { ...sound, stamps: { 'file:///a.txt': [STAMP[0]] } }, why: 'not an index store' },
    { name: 'a half-written shard', shard: JSON.stringify(soundShard).slice(0, 40), why: 'malformed analyses' },
    { name: 'an entity of an unknown kind', shard: { h1: { ...ANALYSIS, digest: { ...ANALYSIS.digest, entities: [{ ...ANALYSIS.digest.entities[0], kind: 'planet' }] } } }, why: 'malformed analyses' },
    { name: 'line starts that are not numbers', shard: { h1: { ...ANALYSIS, lineStarts: ['0'] } }, why: 'malformed analyses' },
    { name: 'a quote without text', shard: { h1: { ...ANALYSIS, digest: { ...ANALYSIS.digest, quotes: [{ start: 1, end: 2 }] } } }, why: 'malformed analyses' },
  ];
  for (const { name, store = sound, shard = soundShard, why } of bad) {
    it(`drops ${name} and starts empty`, async () => {
      writeStore(store, shard);
      const loaded = await IndexStore.load(nodeFileSystem, fileUri(file), 'v1');
      assert.deepStrictEqual([loaded.state, loaded.state === 'new' && loaded.why], ['new', why]);
      assert.strictEqual(loaded.store.files.size, 0);
      assert.deepStrictEqual(fs.readdirSync(dir), [], 'the unusable store is deleted, its folder too');
    });
  }

  // What a save cut short leaves (the index worker killed, out of memory, between a shard and the
  // store file): the files whose analyses are missing are indexed again, the others are kept.
  const partial: { name: string; files: Record<string, string> }[] = [
    { name: 'whose analysis is missing from its shard', files: { 'file:///a.txt': 'h1', 'file:///b.txt': 'h1x' } },
    { name: 'whose shard is missing', files: { 'file:///a.txt': 'h1', 'file:///b.txt': 'h2' } },
  ];
  for (const { name, files } of partial) {
    it(`keeps the rest of a store with a file ${name}, and takes that file as changed`, async () => {
      writeStore({ ...sound, files, stamps: { 'file:///a.txt': STAMP, 'file:///b.txt': STAMP } });
      const loaded = await IndexStore.load(nodeFileSystem, fileUri(file), 'v1');
      assert.deepStrictEqual([loaded.state, loaded.state === 'new' && loaded.why], ['loaded', false]);
      assert.deepStrictEqual([...loaded.store.files], [['file:///a.txt', 'h1']]);
      assert.strictEqual(loaded.store.hashIfUnchanged('file:///a.txt', STAMP), 'h1');
      assert.strictEqual(loaded.store.hashIfUnchanged('file:///b.txt', STAMP), undefined, 'b.txt is indexed again');
    });
  }

  it('loses only the changed file when the process dies during a save, between the shards and the store file', async () => {
    const store = IndexStore.empty('v1', fileUri(file));
    store.set('file:///a.txt', 'h1', STAMP, ANALYSIS);
    store.set('file:///b.txt', 'h2', STAMP, { ...ANALYSIS, lineStarts: [0] });
    await store.save(nodeFileSystem);
    // a.txt edited and indexed again: its old analysis h1 is pruned from shard h1, then the worker dies.
    store.set('file:///a.txt', 'h1b', STAMP, { ...ANALYSIS, lineStarts: [0, 5] });
    const dying = { ...nodeFileSystem, rename: async (source: Parameters<typeof nodeFileSystem.rename>[0], target: Parameters<typeof nodeFileSystem.rename>[1]) => (target.path === file ? Promise.reject(new Error('worker killed')) : nodeFileSystem.rename(source, target)) };
    await assert.rejects(store.save(dying), /worker killed/);
    const loaded = await IndexStore.load(nodeFileSystem, fileUri(file), 'v1');
    assert.strictEqual(loaded.state, 'loaded', 'the store is not dropped');
    assert.deepStrictEqual([...loaded.store.files], [['file:///b.txt', 'h2']], 'b.txt is kept; a.txt, whose old analysis went, is indexed again');
  });

  it('saves what it holds, keeping only the analyses some file still has', async () => {
    const store = IndexStore.empty('v1', fileUri(file));
    store.set('file:///a.txt', 'h1', STAMP, ANALYSIS);
    store.set('file:///b.txt', 'h2', STAMP, { ...ANALYSIS, lineStarts: [0] });
    store.set('file:///c.txt', 'h1', STAMP, ANALYSIS); // a copy of a.txt: one analysis for both
    store.delete('file:///b.txt');
    await store.save(nodeFileSystem);
    assert.deepStrictEqual(fs.readdirSync(dir).sort(), ['workspace-index', 'workspace-index.json']);
    assert.deepStrictEqual(fs.readdirSync(path.join(dir, 'workspace-index', 'summaries')), ['h1.json'], 'one shard, of h1 alone');
    const loaded = await IndexStore.load(nodeFileSystem, fileUri(file), 'v1');
    assert.strictEqual(loaded.state, 'loaded');
    assert.deepStrictEqual([...loaded.store.files].sort(), [['file:///a.txt', 'h1'], ['file:///c.txt', 'h1']]);
    assert.strictEqual(loaded.store.analysisOf('h2'), undefined);
  });

  const MENTIONS = { e1: [0, 12, 40, 45, 70, 75] };
  const mentionsFolder = (): string => path.join(dir, 'workspace-index', 'mentions');

  it('writes each new content’s mentions beside the store and reads them back once it is loaded again', async () => {
    const store = IndexStore.empty('v1', fileUri(file));
    store.set('file:///a.txt', 'h1', STAMP, ANALYSIS, MENTIONS);
    assert.deepStrictEqual(await store.mentionsOf(nodeFileSystem, 'h1'), MENTIONS, 'unsaved mentions are read from memory');
    await store.save(nodeFileSystem);
    assert.deepStrictEqual(fs.readdirSync(mentionsFolder()), ['h1.json']);
    const loaded = await IndexStore.load(nodeFileSystem, fileUri(file), 'v1');
    assert.deepStrictEqual(await loaded.store.mentionsOf(nodeFileSystem, 'h1'), MENTIONS);
    assert.strictEqual(await loaded.store.mentionsOf(nodeFileSystem, 'h2'), undefined, 'a content it never had');
  });

  it('deletes the mention file of a content no file has any more', async () => {
    const store = IndexStore.empty('v1', fileUri(file));
    store.set('file:///a.txt', 'h1', STAMP, ANALYSIS, MENTIONS);
    store.set('file:///b.txt', 'h2', STAMP, ANALYSIS, { e1: [1, 2] });
    await store.save(nodeFileSystem);
    store.delete('file:///b.txt');
    await store.save(nodeFileSystem);
    assert.deepStrictEqual(fs.readdirSync(mentionsFolder()), ['h1.json']);
  });

  it('gives no mentions from a corrupt mention file', async () => {
    const store = IndexStore.empty('v1', fileUri(file));
    store.set('file:///a.txt', 'h1', STAMP, ANALYSIS, MENTIONS);
    await store.save(nodeFileSystem);
    fs.writeFileSync(path.join(mentionsFolder(), 'h1.json'), '{"e1": [0, "12"');
    const loaded = await IndexStore.load(nodeFileSystem, fileUri(file), 'v1');
    assert.strictEqual(await loaded.store.mentionsOf(nodeFileSystem, 'h1'), undefined);
  });

  it('drops the mention files with a store of another version', async () => {
    const store = IndexStore.empty('v0', fileUri(file));
    store.set('file:///a.txt', 'h1', STAMP, ANALYSIS, MENTIONS);
    await store.save(nodeFileSystem);
    const loaded = await IndexStore.load(nodeFileSystem, fileUri(file), 'v1');
    assert.deepStrictEqual([loaded.state, loaded.state === 'new' && loaded.why], ['new', 'written by another version']);
    assert.deepStrictEqual(fs.readdirSync(dir), []);
  });

  it('writes only the shards that changed since the last save', async () => {
    const store = IndexStore.empty('v1', fileUri(file));
    store.set('file:///a.txt', 'h1', STAMP, ANALYSIS);
    await store.save(nodeFileSystem);
    const shards = path.join(dir, 'workspace-index', 'summaries');
    fs.rmSync(path.join(shards, 'h1.json'));
    store.set('file:///b.txt', 'k1', STAMP, ANALYSIS);
    await store.save(nodeFileSystem);
    assert.deepStrictEqual(fs.readdirSync(shards), ['k1.json']);
  });

  const stampCases: { name: string; stamp: FileStamp; hash: string | undefined }[] = [
    { name: 'the same size and modification time', stamp: STAMP, hash: 'h1' },
    { name: 'a later modification time', stamp: [STAMP[0] + 1, STAMP[1]], hash: undefined },
    { name: 'another size', stamp: [STAMP[0], STAMP[1] + 1], hash: undefined },
  ];
  for (const { name, stamp, hash } of stampCases) {
    it(`after a save and a load, takes a file with ${name} as ${hash ? 'unchanged' : 'changed'}`, async () => {
      const store = IndexStore.empty('v1', fileUri(file));
      store.set('file:///a.txt', 'h1', STAMP, ANALYSIS);
      await store.save(nodeFileSystem);
      const loaded = await IndexStore.load(nodeFileSystem, fileUri(file), 'v1');
      assert.strictEqual(loaded.store.hashIfUnchanged('file:///a.txt', stamp), hash);
    });
  }

  it('takes a file indexed without a stamp, or deleted, as changed', () => {
    const store = IndexStore.empty('v1', fileUri(file));
    store.set('file:///a.txt', 'h1', STAMP, ANALYSIS);
    store.set('file:///a.txt', 'h1', undefined, ANALYSIS); // its stat failed when it was read again
    store.set('file:///b.txt', 'h1', STAMP, ANALYSIS);
    store.delete('file:///b.txt');
    assert.deepStrictEqual(['a', 'b'].map((f) => store.hashIfUnchanged(`file:///${f}.txt`, STAMP)), [undefined, undefined]);
  });
});
