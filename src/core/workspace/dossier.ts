// A person's dossier: everything the workspace index holds on one entity, arranged for reading:
// their quotes grouped by file, the files that name them, and who appears most often beside them.
import type { EntityQuote, WorkspaceEntity, WorkspaceIndex } from './merge';

export interface DossierFile {
  readonly file: string;
  readonly mentions: number;
  /** The first mention's span in the file. */
  readonly first: { readonly start: number; readonly end: number };
  readonly quotes: readonly EntityQuote[];
}

export interface Companion {
  readonly entity: WorkspaceEntity;
  /** In how many of the dossier's files the companion is named too. */
  readonly sharedFiles: number;
}

export interface Dossier {
  readonly entity: WorkspaceEntity;
  /** Files with quotes first, then by number of mentions. */
  readonly files: readonly DossierFile[];
  /** The entities named in most of the same files, most first; at most `maxCompanions`. */
  readonly companions: readonly Companion[];
}

export function dossierOf(index: WorkspaceIndex, entityId: string, maxCompanions = 10): Dossier | undefined {
  const entity = index.byId.get(entityId);
  if (!entity) return undefined;
  const files = entity.files
    .map((f) => ({
      file: f.file,
      mentions: f.spans.length / 2,
      first: { start: f.spans[0], end: f.spans[1] },
      quotes: entity.quotes.filter((q) => q.file === f.file),
    }))
    .sort((a, b) => b.quotes.length - a.quotes.length || b.mentions - a.mentions);
  const mine = new Set(entity.files.map((f) => f.file));
  const companions = index.entities
    .filter((e) => e !== entity)
    .map((e) => ({ entity: e, sharedFiles: e.files.filter((f) => mine.has(f.file)).length }))
    .filter((c) => c.sharedFiles > 0)
    .sort((a, b) => b.sharedFiles - a.sharedFiles || b.entity.files.length - a.entity.files.length || (a.entity.name < b.entity.name ? -1 : 1))
    .slice(0, maxCompanions);
  return { entity, files, companions };
}

/** The dossier as Markdown, for the export; `fileName` turns a stored file (a URI) into what the reader sees. */
export function dossierMarkdown(dossier: Dossier, fileName: (file: string) => string): string {
  const { entity } = dossier;
  const count = (n: number, one: string): string => `${n} ${one}${n === 1 ? '' : 's'}`;
  const lines = [`# ${entity.name}`, '', `*${entity.kind}* · ${count(entity.files.length, 'file')} · ${count(entity.mentionCount, 'mention')} · ${count(entity.quotes.length, 'quote')}`, ''];
  if (entity.aliases.length) lines.push(`**Also called:** ${entity.aliases.join(', ')}`, '');
  if (entity.roles.length) lines.push(`**Roles:** ${entity.roles.join(', ')}`, '');
  lines.push('## Quotes', '');
  const quoted = dossier.files.filter((f) => f.quotes.length > 0);
  if (quoted.length === 0) lines.push('No quotes.', '');
  for (const f of quoted) {
    lines.push(`### ${fileName(f.file)}`, '');
    for (const q of f.quotes) lines.push(`> ${q.text.replace(/\s+/g, ' ')}`, '');
  }
  lines.push('## Files', '');
  for (const f of dossier.files) lines.push(`- ${fileName(f.file)} (${count(f.mentions, 'mention')}${f.quotes.length ? `, ${count(f.quotes.length, 'quote')}` : ''})`);
  lines.push('');
  if (dossier.companions.length) {
    lines.push('## Often named with', '');
    for (const c of dossier.companions) lines.push(`- ${c.entity.name} (${c.entity.kind}, ${count(c.sharedFiles, 'shared file')})`);
    lines.push('');
  }
  return lines.join('\n');
}
