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
/** Built inside each test, so that each one runs the merge it depends on. */
const index = (): ReturnType<typeof buildWorkspace> => buildWorkspace(documents);

describe('dossierOf', () => {
  const marsh = (): NonNullable<ReturnType<typeof dossierOf>> => dossierOf(index(), 'person/Helena Marsh')!;

  it('lists the files with quotes first, then by mentions, each with its first mention', () =>
    assert.deepStrictEqual(
      marsh().files.map((f) => [f.file, f.mentions, f.quotes.length, f.first.start]),
      [['b.md', 1, 1, 3], ['d.md', 3, 0, 3], ['a.md', 2, 0, 3]],
    ));

  it('ranks the entities named in the same files by how many they share, then by how many files name them', () =>
    assert.deepStrictEqual(marsh().companions.map((c) => [c.entity.name, c.sharedFiles]), [['Tomas Oakley', 2], ['Dover', 2]]));

  it('keeps at most the companions asked for', () => assert.strictEqual(dossierOf(index(), 'person/Helena Marsh', 1)!.companions.length, 1));

  it('has no timeline when no file carries a date', () => assert.deepStrictEqual(marsh().timeline, []));

  it('counts the dated files by day, earliest first, and leaves the undated out', () => {
    const dated = buildWorkspace(documents.map((d, i) => (i === 2 ? d : { ...d, date: ['2024-03-05', '2024-03-01', '', '2024-03-05'][i] })));
    assert.deepStrictEqual(dossierOf(dated, 'person/Tomas Oakley')!.timeline, [
      { date: '2024-03-01', files: 1, mentions: 4, quotes: 0 },
      { date: '2024-03-05', files: 1, mentions: 1, quotes: 0 },
    ]);
    assert.deepStrictEqual(dossierOf(dated, 'person/Helena Marsh')!.timeline, [
      { date: '2024-03-01', files: 1, mentions: 1, quotes: 1 },
      { date: '2024-03-05', files: 2, mentions: 5, quotes: 0 },
    ]);
  });

  it('orders the days by date when the files, ordered by quotes and mentions, run backwards in time', () => {
    const dated = buildWorkspace(documents.map((d, i) => (i === 2 ? d : { ...d, date: ['2024-03-01', '2024-03-09', '', '2024-03-05'][i] })));
    assert.deepStrictEqual(dossierOf(dated, 'person/Helena Marsh')!.files.map((f) => f.date), ['2024-03-09', '2024-03-05', '2024-03-01']);
    assert.deepStrictEqual(dossierOf(dated, 'person/Helena Marsh')!.timeline.map((d) => d.date), ['2024-03-01', '2024-03-05', '2024-03-09']);
  });

  it('counts by month once the files span more than 60 days', () => {
    const many: DocumentDigest[] = Array.from({ length: 61 }, (_, i) => ({
      file: `${i}.md`,
      entities: [entity('e1', 'person', 'Helena Marsh')],
      quotes: [],
      date: new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10),
    }));
    assert.deepStrictEqual(
      dossierOf(buildWorkspace(many), 'person/Helena Marsh')!.timeline.map((d) => [d.date, d.files]),
      [['2024-01', 31], ['2024-02', 29], ['2024-03', 1]],
    );
  });

  it('knows no entity by an unknown id', () => assert.strictEqual(dossierOf(index(), 'person/Nobody'), undefined));
});

describe('dossierMarkdown', () => {
  it('writes name, counts, aliases, quotes by file, files and companions', () =>
    assert.strictEqual(
      dossierMarkdown(dossierOf(index(), 'person/Helena Marsh')!, (f) => f.toUpperCase()),
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

  it('adds each file\'s date and first mention in context, and the timeline, when it has them', () => {
    const dated = buildWorkspace(documents.map((d) => (d.file === 'b.md' ? { ...d, date: '2024-03-05' } : d)));
    const markdown = dossierMarkdown(dossierOf(dated, 'person/Helena Marsh')!, (f) => f, new Map([['b.md', { before: 'Yesterday ', match: 'Marsh', after: ' spoke.' }]]));
    assert.match(markdown, /- b\.md \(2024-03-05, 1 mention, 1 quote\)\n {2}> Yesterday \*\*Marsh\*\* spoke\.\n- d\.md \(3 mentions\)\n/);
    assert.match(markdown, /## Timeline\n\n- 2024-03-05: 1 mention in 1 file, 1 quote\n\n## Often named with\n/);
  });

  it('says so when there are no quotes', () => assert.match(dossierMarkdown(dossierOf(index(), 'place/Calais')!, (f) => f), /## Quotes\n\nNo quotes\.\n/));
});

describe('a dossier among equals', () => {
  const small: DocumentDigest[] = [
    {
      file: 'x.md',
      // Zed Park's extra mentions list him before Bo Park in the index: only the name puts Bo first.
      entities: [{ ...entity('e1', 'person', 'Ann Lee'), roles: ['poet'] }, entity('e2', 'person', 'Zed Park', 3), entity('e3', 'person', 'Bo Park')],
      quotes: [{ start: 40, end: 60, text: '“Line one\n   line two,”', speakerId: 'e1' }],
    },
    { file: 'y.md', entities: [entity('e1', 'person', 'Solo Person')], quotes: [] },
  ];
  const ann = (): NonNullable<ReturnType<typeof dossierOf>> => dossierOf(buildWorkspace(small), 'person/Ann Lee')!;

  it('ranks companions that share as many files, in as many files, by name, and never lists the entity itself', () =>
    assert.deepStrictEqual(ann().companions.map((c) => c.entity.name), ['Bo Park', 'Zed Park']));

  it('writes the roles, and each quote on one line', () => {
    const markdown = dossierMarkdown(ann(), (f) => f);
    assert.match(markdown, /\n\*\*Roles:\*\* poet\n\n## Quotes\n\n### x\.md\n\n> “Line one line two,”\n\n## Files\n/);
    assert.doesNotMatch(markdown, /Also called/);
  });

  it('leaves out the companions section when no other entity shares a file', () => {
    const markdown = dossierMarkdown(dossierOf(buildWorkspace(small), 'person/Solo Person')!, (f) => f);
    assert.strictEqual(markdown, ['# Solo Person', '', '*person* · 1 file · 1 mention · 0 quotes', '', '## Quotes', '', 'No quotes.', '', '## Files', '', '- y.md (1 mention)', ''].join('\n'));
  });
});
