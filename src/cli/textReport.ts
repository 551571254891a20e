import { ENTITY_KINDS, type Analysis, type EntityKind } from '../core/model/model';

const HEADINGS: Record<EntityKind, string> = { person: 'People', place: 'Places', organization: 'Organizations' };

/** A report for people: entities grouped by kind with counts and aliases, then the quotes. */
export function textReport(file: string, text: string, analysis: Analysis): string {
  const lines: string[] = [`== ${file}`];
  for (const kind of ENTITY_KINDS) {
    const entities = analysis.entities.filter((e) => e.kind === kind);
    if (entities.length === 0) continue;
    lines.push('', `${HEADINGS[kind]} (${entities.length})`);
    const sorted = [...entities].sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
    for (const entity of sorted) {
      const extras = [
        entity.roles.length ? `roles: ${entity.roles.join(', ')}` : '',
        entity.aliases.length ? `also: ${entity.aliases.join(', ')}` : '',
      ].filter(Boolean);
      lines.push(`  ${entity.name} ×${entity.mentions.length}${extras.length ? `  (${extras.join('; ')})` : ''}`);
    }
  }
  lines.push('', `Quotes (${analysis.quotes.length})`);
  for (const quote of analysis.quotes) {
    const line = lineOf(text, quote.start);
    const who = quote.kind === 'scare' ? 'scare quote' : quote.speaker ? quote.speaker.name : 'unattributed';
    const outlet = quote.reportedBy ? `, via ${quote.reportedBy}` : '';
    lines.push(`  ${String(line).padStart(4)}: ${ellipsis(quote.text, 70)} — ${who}${outlet}`);
  }
  return lines.join('\n');
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function ellipsis(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
