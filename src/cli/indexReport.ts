// The workspace index as the `index` command prints it: the JSON the consumers read, one
// entity per line, or a report for people.
import { ENTITY_KINDS, KIND_HEADINGS } from '../core/model/model';
import type { DocumentDigest } from '../core/workspace/digest';
import type { WorkspaceEntity, WorkspaceIndex } from '../core/workspace/merge';
import { safeLine } from './controlCharacters';

export function entityRecord(entity: WorkspaceEntity): object {
  return {
    id: entity.id,
    kind: entity.kind,
    name: entity.name,
    aliases: entity.aliases,
    files: entity.files.map((f) => ({ file: f.file, mentions: f.mentions })),
    quotes: entity.quotes.map((q) => ({ file: q.file, start: q.start, end: q.end, text: q.text, ...(q.speakerConfidence !== undefined && { speakerConfidence: q.speakerConfidence }) })),
  };
}

export function indexRecord(documents: readonly DocumentDigest[], index: WorkspaceIndex): object {
  return {
    documents: documents.map((d) => ({ file: d.file, entities: d.entities.length, quotes: d.quotes.length })),
    entities: index.entities.map(entityRecord),
  };
}


/**
 * Entities by kind, most files first, each with its files and its quotes in full, one line each
 * (for grep). Names, file names and quotes come from the documents, so their control characters
 * are shown escaped, as in annotate's report.
 */
export function indexTextReport(documents: readonly DocumentDigest[], index: WorkspaceIndex): string {
  const quotes = index.entities.reduce((n, e) => n + e.quotes.length, 0);
  const lines = [`== ${count(documents.length, 'file')}, ${count(index.entities.length, 'entity', 'entities')}, ${count(quotes, 'attributed quote')}`];
  for (const kind of ENTITY_KINDS) {
    const entities = index.entities.filter((e) => e.kind === kind);
    if (entities.length === 0) continue;
    lines.push('', `${KIND_HEADINGS[kind]} (${entities.length})`);
    for (const e of entities) {
      const also = e.aliases.length ? `  (also: ${safeLine(e.aliases.join(', '))})` : '';
      lines.push(`  ${safeLine(e.name)}: ${count(e.files.length, 'file')}, ${count(e.mentionCount, 'mention')}, ${count(e.quotes.length, 'quote')}${also}`);
      for (const f of e.files) lines.push(`    ${safeLine(f.file)} ×${f.mentions}`);
      for (const q of e.quotes) lines.push(`    ${safeLine(q.text)} — ${safeLine(q.file)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

function count(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}
