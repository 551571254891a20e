// The dossier's edges: the timeline's switch from days to months, and the Markdown's lists.
import * as assert from 'assert';
import type { DigestEntity, DocumentDigest } from '../../src/core/workspace/digest';
import { dossierMarkdown, dossierOf } from '../../src/core/workspace/dossier';
import { buildWorkspace } from '../../src/core/workspace/merge';

const marsh = (names = 'Helena Marsh', roles: string[] = []): DigestEntity => {
  const [name, ...aliases] = names.split('|');
  return { id: 'e1', kind: 'person', name, aliases, roles, mentions: [3, 8] };
};
const day = (i: number): string => new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10);
const files = (dated: number, undated = 0): DocumentDigest[] => [
  ...Array.from({ length: dated }, (_, i) => ({ file: `${i}.md`, entities: [marsh()], quotes: [], date: day(i) })),
  ...Array.from({ length: undated }, (_, i) => ({ file: `undated-${i}.md`, entities: [marsh()], quotes: [] })),
];
const timeline = (documents: DocumentDigest[]): string[] => dossierOf(buildWorkspace(documents), 'person/Helena Marsh')!.timeline.map((d) => d.date);

describe('the dossier timeline', () => {
  it('counts by day up to 60 distinct days', () => assert.deepStrictEqual(timeline(files(60)), Array.from({ length: 60 }, (_, i) => day(i))));
  it('does not count undated files as days', () => assert.strictEqual(timeline(files(60, 2)).length, 60));
  it('counts by month past 60 distinct days', () => assert.deepStrictEqual(timeline(files(61)), ['2024-01', '2024-02', '2024-03']));
});

describe('dossierMarkdown lists', () => {
  it('joins aliases and roles with commas, and gives a day without quotes no quote count', () => {
    const documents: DocumentDigest[] = [{ file: 'a.md', entities: [marsh('Helena Marsh|Marsh|H. Marsh', ['mayor', 'author'])], quotes: [], date: '2024-03-01' }];
    const lines = dossierMarkdown(dossierOf(buildWorkspace(documents), 'person/Helena Marsh')!, (f) => f).split('\n');
    assert.ok(lines.includes('**Also called:** Marsh, H. Marsh'), lines.join('\n'));
    assert.ok(lines.includes('**Roles:** mayor, author'), lines.join('\n'));
    assert.ok(lines.includes('- 2024-03-01: 1 mention in 1 file'), lines.join('\n'));
  });
});
