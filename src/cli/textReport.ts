import { ENTITY_KINDS, KIND_HEADINGS, type Analysis } from '../core/model/model';
import { safeLine as flat } from './controlCharacters';
import { positionsIn } from './positions';

/** The quote lines' continuation indent: past the line number ("  1234: "). */
const QUOTE_INDENT = 8;
const ENTITY_INDENT = 4;

/**
 * A report for people: entities grouped by kind with counts and aliases, then every quote in full
 * with its line and speaker. With `width`, entries wrap at that many columns; without it each
 * stays on one line, for grep. Control characters from the document are shown escaped.
 */
export function textReport(file: string, text: string, analysis: Analysis, width?: number): string {
  const wrap = (line: string, indent: number): string[] => (width === undefined ? [line] : wrapLine(line, width, indent));
  const lines: string[] = wrap(`== ${flat(file)}`, 3);
  for (const kind of ENTITY_KINDS) {
    const entities = analysis.entities.filter((e) => e.kind === kind);
    if (entities.length === 0) continue;
    lines.push('', `${KIND_HEADINGS[kind]} (${entities.length})`);
    const sorted = [...entities].sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
    for (const entity of sorted) {
      const extras = [
        entity.roles.length ? `roles: ${entity.roles.join(', ')}` : '',
        entity.aliases.length ? `also: ${entity.aliases.join(', ')}` : '',
      ].filter(Boolean);
      lines.push(...wrap(`  ${flat(entity.name)} ×${entity.mentions.length}${extras.length ? `  (${flat(extras.join('; '))})` : ''}`, ENTITY_INDENT));
    }
  }
  const scare = analysis.quotes.filter((q) => q.kind === 'scare').length;
  lines.push('', ...wrap(`Quotes (${analysis.quotes.length - scare})${scare ? ` and scare quotes (${scare})` : ''}`, 2));
  const positionOf = positionsIn(text);
  for (const quote of analysis.quotes) {
    const who = quote.kind === 'scare' ? 'scare quote' : quote.speaker ? quote.speaker.name : 'unattributed';
    const outlet = quote.reportedBy ? `, via ${quote.reportedBy}` : '';
    const line = String(positionOf(quote.start).line).padStart(4);
    lines.push(...wrap(`  ${line}: ${flat(quote.text)} — ${flat(who + outlet)}`, QUOTE_INDENT));
  }
  return lines.join('\n');
}

/** `line` broken at spaces into lines of at most `width` columns; a longer word keeps its own line. */
function wrapLine(line: string, width: number, indent: number): string[] {
  const lead = /^ */.exec(line)?.[0] ?? '';
  const words = line.slice(lead.length).split(' ');
  const lines: string[] = [];
  let current = lead + words[0];
  for (const word of words.slice(1)) {
    if (columns(current) + 1 + columns(word) <= width) current += ` ${word}`;
    else {
      lines.push(current);
      current = ' '.repeat(indent) + word;
    }
  }
  lines.push(current);
  return lines;
}

/** The columns a string takes, counting code points (not UTF-16 units). */
function columns(text: string): number {
  return Array.from(text).length;
}
