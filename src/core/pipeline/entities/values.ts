import type { Value, ValueKind } from '../../model/model';
import type { Token } from './tokens';

/** The tag that starts a value of each kind, and the tags that may continue it. */
const VALUE_TAGS: readonly { kind: ValueKind; starts: string; continues: readonly string[] }[] = [
  { kind: 'money', starts: 'Money', continues: ['Money', 'Value'] },
  { kind: 'percent', starts: 'Percent', continues: ['Percent'] },
  { kind: 'date', starts: 'Date', continues: ['Date'] },
];

/**
 * Dates and quantities from the tags compromise gave the words: runs of words of one kind within
 * a sentence ("May 3", "$20 million", "145%"). `offset` is the paragraph's place in the document.
 */
export function findValues(tokens: readonly Token[], paragraph: string, offset: number): Value[] {
  const values: Value[] = [];
  let i = 0;
  while (i < tokens.length) {
    const rule = VALUE_TAGS.find((r) => tokens[i].tags.has(r.starts));
    if (!rule) {
      i++;
      continue;
    }
    let last = i;
    while (last + 1 < tokens.length && tokens[last + 1].sentence === tokens[i].sentence && /^\s*$/.test(tokens[last].post) && rule.continues.some((t) => tokens[last + 1].tags.has(t))) {
      last++;
    }
    const start = tokens[i].start;
    const end = tokens[last].end;
    if (rule.kind === 'date' && !namesADate(tokens.slice(i, last + 1))) {
      i = last + 1;
      continue;
    }
    values.push({ kind: rule.kind, start: start + offset, end: end + offset, text: paragraph.slice(start, end) });
    i = last + 1;
  }
  return values;
}

/** A date has a number, a month, a weekday or a day word; "year" alone is no date. */
function namesADate(words: readonly Token[]): boolean {
  return words.some((w) => /\d/.test(w.text) || w.tags.has('Month') || w.tags.has('WeekDay') || /^(today|yesterday|tomorrow|tonight)$/.test(w.lower));
}
