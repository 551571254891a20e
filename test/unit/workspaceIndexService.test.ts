// The index worker's index (IndexService) without a worker: files put in, merged, asked about as
// the views and commands ask, removed, and read back from its store on a real disk by a new one.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { summaryOf, type DocumentDigest } from '../../src/core/workspace/digest';
import type { IndexView } from '../../src/extension/workspace/indexProtocol';
import { IndexService } from '../../src/extension/workspace/indexService';
import type { FileStamp } from '../../src/extension/workspace/indexStore';
import { fileUri, nodeFileSystem } from './nodeFileSystem';

const HARBOUR = 'file:///news/harbour.txt';
const DOCK = 'file:///news/dock.txt';
/** Two lines: "Helena Marsh" at 0–12 on the first, "Marsh" at 30–35 on the second, which starts at 20. */
const LINE_STARTS = [0, 20];
const harbour: Omit<DocumentDigest, 'file'> = {
  entities: [
    { id: 'e1', kind: 'person', name: 'Helena Marsh', aliases: ['Marsh'], roles: ['Mayor'], mentions: [0, 12, 30, 35] },
    { id: 'e2', kind: 'place', name: 'Dover', aliases: [], roles: [], mentions: [14, 19] },
  ],
  quotes: [{ start: 21, end: 28, text: '“Yes.”', speakerId: 'e1', speakerName: 'Helena Marsh' }],
};
const dock: Omit<DocumentDigest, 'file'> = {
  entities: [{ id: 'e1', kind: 'person', name: 'Marsh', aliases: [], roles: [], mentions: [22, 27] }],
  quotes: [],
};
const STAMP: FileStamp = [1_700_000_000_000, 40];

describe('workspace index service', () => {
  let dir: string;
  let views: IndexView[];
  /** The services of a test: each saves before its folder goes, so that no save of theirs is left due. */
  let services: IndexService[];
  const storeParts = (): { scheme: string; authority: string; path: string } => ({ scheme: 'file', authority: '', path: path.join(dir, 'workspace-index.json') });
  const service = (): IndexService => {
    const made = new IndexService(nodeFileSystem, (parts) => fileUri(parts.path), (view) => views.push(view));
    services.push(made);
    return made;
  };

  /** A service with both files put in and merged. */
  async function indexed(): Promise<IndexService> {
    const index = service();
    await index.open(storeParts(), 'v1');
    for (const [file, digest, hash] of [[HARBOUR, harbour, 'aa1'], [DOCK, dock, 'bb2']] as const) {
      const { summary, mentions } = summaryOf(digest);
      index.put(file, hash, STAMP, { digest: summary, lineStarts: LINE_STARTS }, mentions);
    }
    await index.merge();
    return index;
  }

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-index-service-'));
    views = [];
    services = [];
  });
  afterEach(async () => {
    for (const made of services) await made.save();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('sends the view after a merge: each kind\'s entities with their counts', async () => {
    await indexed();
    const view = views.at(-1)!;
    assert.strictEqual(view.entityCount, 2);
    assert.deepStrictEqual(view.kinds.person, { shown: [{ id: 'person/Helena Marsh', kind: 'person', name: 'Helena Marsh', aliases: ['Marsh'], roles: ['Mayor'], files: 2, quotes: 1, mentionCount: 3 }], more: 0 });
    assert.deepStrictEqual(view.kinds.place.shown.map((e) => e.name), ['Dover']);
    assert.deepStrictEqual(view.kinds.organization, { shown: [], more: 0 });
  });

  it('gives an entity\'s files with the first mention and the quotes as line and character ranges', async () => {
    const index = await indexed();
    assert.deepStrictEqual(index.entityFiles('person/Helena Marsh'), [
      { file: DOCK, mentions: 1, first: [1, 2, 1, 7], quotes: [] },
      { file: HARBOUR, mentions: 2, first: [0, 0, 0, 12], quotes: [{ text: '“Yes.”', start: 21, range: [1, 1, 1, 8] }] },
    ]);
    assert.deepStrictEqual(index.entityFiles('person/Nobody'), []);
  });

  it('answers Ctrl+T with entities, then quotes', async () => {
    const index = await indexed();
    assert.deepStrictEqual(index.symbols('marsh', 10).map((s) => [s.name, s.quote, s.location.file]), [['Helena Marsh', undefined, DOCK]]);
    assert.deepStrictEqual(index.symbols('yes', 10).map((s) => [s.name, s.quote, s.location.range]), [['Helena Marsh', '“Yes.”', [1, 1, 1, 8]]]);
    assert.strictEqual(index.symbols('e', 1).length, 1);
  });

  it('finds the entity under a name, with the other files that name it, and its mentions there from the store', async () => {
    const index = await indexed();
    assert.deepStrictEqual(index.entityNamed('person', 'Marsh', DOCK), { entity: views.at(-1)!.kinds.person.shown[0], otherFiles: 1 });
    assert.strictEqual(index.entityNamed('place', 'Marsh', DOCK), undefined);
    await index.save(); // the mentions now come from their file on disk
    assert.deepStrictEqual(await index.references('person', 'Marsh', DOCK), [
      { file: HARBOUR, range: [0, 0, 0, 12] },
      { file: HARBOUR, range: [1, 10, 1, 15] },
    ]);
  });

  it('gives the dossier, its companions by name only', async () => {
    const dossier = (await indexed()).dossier('person/Helena Marsh')!;
    assert.deepStrictEqual(dossier.companions, [{ entity: { id: 'place/Dover', kind: 'place', name: 'Dover' }, sharedFiles: 1 }]);
    assert.deepStrictEqual(dossier.files.map((f) => f.file), [HARBOUR, DOCK]);
  });

  it('reveals an entity by its id, and sends the view again once', async () => {
    const index = await indexed();
    const sent = views.length;
    assert.strictEqual(index.reveal('place/Dover')?.name, 'Dover');
    assert.strictEqual(index.reveal('place/Dover')?.name, 'Dover');
    assert.strictEqual(views.length, sent + 1);
    assert.strictEqual(index.reveal('place/Nowhere'), undefined);
  });

  it('merges under each folder\'s corrections', async () => {
    const index = await indexed();
    index.configure([['file:///news', [{ action: 'notEntity', name: 'Dover' }]]], 0);
    await index.whenMerged();
    assert.deepStrictEqual(views.at(-1)!.kinds.place.shown, []);
  });

  it('forgets a removed file', async () => {
    const index = await indexed();
    index.remove([DOCK]);
    await index.whenMerged();
    assert.strictEqual(views.at(-1)!.kinds.person.shown[0].files, 1);
  });

  it('reads a saved index back: a file with the same stamp is taken unread, a known content by its hash', async () => {
    await (await indexed()).save();
    const again = service();
    assert.deepStrictEqual(await again.open(storeParts(), 'v1'), {});
    assert.deepStrictEqual(again.takeUnchanged([[HARBOUR, STAMP], [DOCK, [STAMP[0] + 1, STAMP[1]]]]), [HARBOUR]);
    assert.strictEqual(again.takeKnown(DOCK, 'bb2', [STAMP[0] + 1, STAMP[1]]), true);
    assert.strictEqual(again.takeKnown('file:///news/new.txt', 'cc3', STAMP), false);
    await again.merge();
    assert.strictEqual(views.at(-1)!.kinds.person.shown[0].files, 2);
  });

  it('drops a store of another analysis version, and says why', async () => {
    await (await indexed()).save();
    assert.deepStrictEqual(await service().open(storeParts(), 'v2'), { dropped: 'written by another version' });
  });
});
