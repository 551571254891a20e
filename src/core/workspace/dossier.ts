// A person's dossier: everything the workspace index holds on one entity, arranged for reading:
// their quotes grouped by file, the files that name them, who appears most often beside them, and
// when the files that carry a date name them.
import type { EntityQuote, WorkspaceEntity, WorkspaceIndex } from './merge';

/** A mention with the sentence around it (see `excerpt` in the model's navigation). */
export interface MentionInContext {
  readonly before: string;
  readonly match: string;
  readonly after: string;
}

export interface DossierFile {
  readonly file: string;
  readonly mentions: number;
  /** The first mention's span in the file. */
  readonly first: { readonly start: number; readonly end: number };
  readonly quotes: readonly EntityQuote[];
  /** The file's date (YYYY-MM-DD), when it has one. */
  readonly date?: string;
}

/** One step of the timeline (a day, or a month when the files span many days). */
export interface TimelineDay {
  /** YYYY-MM-DD, or YYYY-MM for a month. */
  readonly date: string;
  readonly files: number;
  readonly mentions: number;
  readonly quotes: number;
}

export interface Companion {
  /** Enough to name and open it: a dossier crosses threads, and a companion's files and quotes are not its. */
  readonly entity: Pick<WorkspaceEntity, 'id' | 'kind' | 'name'>;
  /** In how many of the dossier's files the companion is named too. */
  readonly sharedFiles: number;
}

export interface Dossier {
  readonly entity: WorkspaceEntity;
  /** Files with quotes first, then by number of mentions. */
  readonly files: readonly DossierFile[];
  /** The entities named in most of the same files, most first; at most `maxCompanions`. */
  readonly companions: readonly Companion[];
  /** The days of the dated files, earliest first (months when there are many); empty when no file has a date. */
  readonly timeline: readonly TimelineDay[];
}

export function dossierOf(index: WorkspaceIndex, entityId: string, maxCompanions = 10): Dossier | undefined {
  const entity = index.byId.get(entityId);
  if (!entity) return undefined;
  const files = entity.files
    .map((f) => ({
      file: f.file,
      mentions: f.mentions,
      first: { start: f.spans[0], end: f.spans[1] },
      quotes: entity.quotes.filter((q) => q.file === f.file),
      ...(f.date !== undefined && { date: f.date }),
    }))
    .sort((a, b) => b.quotes.length - a.quotes.length || b.mentions - a.mentions);
  const mine = new Set(entity.files.map((f) => f.file));
  const companions = index.entities
    .filter((e) => e !== entity)
    .map((e) => ({ entity: e, sharedFiles: e.files.filter((f) => mine.has(f.file)).length }))
    .filter((c) => c.sharedFiles > 0)
    .sort((a, b) => b.sharedFiles - a.sharedFiles || b.entity.files.length - a.entity.files.length || (a.entity.name < b.entity.name ? -1 : 1))
    .slice(0, maxCompanions)
    .map(({ entity: { id, kind, name }, sharedFiles }) => ({ entity: { id, kind, name }, sharedFiles }));
  return { entity, files, companions, timeline: timelineOf(files) };
}

/** More distinct days than this, and the timeline counts by month: a bar a day would be too thin to read. */
const MAX_TIMELINE_DAYS = 60;

function timelineOf(files: readonly DossierFile[]): TimelineDay[] {
  const distinctDays = new Set(files.map((f) => f.date).filter((d) => d !== undefined)).size;
  const step = (date: string): string => (distinctDays > MAX_TIMELINE_DAYS ? date.slice(0, 7) : date);
  const days = new Map<string, { date: string; files: number; mentions: number; quotes: number }>();
  for (const f of files) {
    if (f.date === undefined) continue;
    const date = step(f.date);
    const day = days.get(date) ?? { date, files: 0, mentions: 0, quotes: 0 };
    day.files++;
    day.mentions += f.mentions;
    day.quotes += f.quotes.length;
    days.set(date, day);
  }
  return [...days.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
}

/**
 * The dossier as Markdown, for the export; `fileName` turns a stored file (a URI) into what the
 * reader sees, and `firstMentions` gives the files' first mentions in context, where they were read.
 */
export function dossierMarkdown(dossier: Dossier, fileName: (file: string) => string, firstMentions: ReadonlyMap<string, MentionInContext> = new Map()): string {
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
  for (const f of dossier.files) {
    const first = firstMentions.get(f.file);
    const dated = f.date === undefined ? '' : `${f.date}, `;
    lines.push(`- ${fileName(f.file)} (${dated}${count(f.mentions, 'mention')}${f.quotes.length ? `, ${count(f.quotes.length, 'quote')}` : ''})`);
    if (first) lines.push(`  > ${first.before}**${first.match}**${first.after}`);
  }
  lines.push('');
  if (dossier.timeline.length) {
    lines.push('## Timeline', '');
    for (const day of dossier.timeline) lines.push(`- ${day.date}: ${count(day.mentions, 'mention')} in ${count(day.files, 'file')}${day.quotes ? `, ${count(day.quotes, 'quote')}` : ''}`);
    lines.push('');
  }
  if (dossier.companions.length) {
    lines.push('## Often named with', '');
    for (const c of dossier.companions) lines.push(`- ${c.entity.name} (${c.entity.kind}, ${count(c.sharedFiles, 'shared file')})`);
    lines.push('');
  }
  return lines.join('\n');
}
