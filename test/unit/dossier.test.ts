// A person's dossier from the workspace index: files ordered by quotes then mentions, companions
// by shared files, and the Markdown export.
import * as assert from 'assert';
import type { EntityKind } from '../../src/core/model/model';
import type { DigestEntity, DocumentDigest } from '../../src/core/workspace/digest';
import { dossierMarkdown, dossierOf } from '../../src/core/workspace/dossier';
import { buildWorkspace } from '../../src/core/workspace/merge';

function entity(id: string, kind: EntityKind, names: string, mentions = 1): DigestEntity {
  const [name, ...aliases] = names.split('|');
  return { id, kind, name, aliases, roles: [], mentions: Array.from({ length: mentions }, (_, i) => [i * 10 + 3, i * 10 + 8]).flat() };
}

const documents: DocumentDigest[] = [
  { file: 'a.md', entities: [entity('e1', 'person', 'Helena Marsh|Marsh', 2), entity('e2', 'place', 'Dover'), entity('e3', 'person', 'Tomas Oakley')], quotes: [] },
  { file: 'b.md', entities: [entity('e1', 'person', 'Marsh'), entity('e2', 'person', 'Tomas Oakley', 4)], quotes: [{ start: 40, end: 50, text: '“Invented,”', speakerId: 'e1' }] },
  { file: 'c.md', entities: [entity('e1', 'person', 'Tomas Oakley'), entity('e2', 'place', 'Calais')], quotes: [] },
  { file: 'd.md', entities: [entity('e1', 'person', 'Helena Marsh', 3), entity('e2', 'place', 'Dover')], quotes: [] },
];
const index = buildWorkspace(documents);

describe('dossierOf', () => {
  const marsh = dossierOf(index, 'person/Helena Marsh')!;

  it('lists the files with quotes first, then by mentions, each with its first mention', () =>
    assert.deepStrictEqual(
      marsh.files.map((f) => [f.file, f.mentions, f.quotes.length, f.first.start]),
      [['b.md', 1, 1, 3], ['d.md', 3, 0, 3], ['a.md', 2, 0, 3]],
    ));

  it('ranks the entities named in the same files by how many they share, then by how many files name them', () =>
    assert.deepStrictEqual(marsh.companions.map((c) => [c.entity.name, c.sharedFiles]), [['Tomas Oakley', 2], ['Dover', 2]]));

  it('keeps at most the companions asked for', () => assert.strictEqual(dossierOf(index, 'person/Helena Marsh', 1)!.companions.length, 1));

  it('knows no entity by an unknown id', () => assert.strictEqual(dossierOf(index, 'person/Nobody'), undefined));
});

describe('dossierMarkdown', () => {
  it('writes name, counts, aliases, quotes by file, files and companions', () =>
    assert.strictEqual(
      dossierMarkdown(dossierOf(index, 'person/Helena Marsh')!, (f) => f.toUpperCase()),
      [
        '# Helena Marsh',
        '',
        '*person* · 3 files · 6 mentions · 1 quote',
        '',
        '**Also called:** Marsh',
        '',
        '## Quotes',
        '',
        '### B.MD',
        '',
        '> “Invented,”',
        '',
        '## Files',
        '',
        '- B.MD (1 mention, 1 quote)',
        '- D.MD (3 mentions)',
        '- A.MD (2 mentions)',
        '',
        '## Often named with',
        '',
        '- Tomas Oakley (person, 2 shared files)',
        '- Dover (place, 2 shared files)',
        '',
      ].join('\n'),
    ));

  it('says so when there are no quotes', () => assert.match(dossierMarkdown(dossierOf(index, 'place/Calais')!, (f) => f), /## Quotes\n\nNo quotes\.\n/));
});
