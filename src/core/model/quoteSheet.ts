import type { Analysis } from './model';
import { lineOf } from './navigation';

const cell = (text: string): string => text.replace(/\s+/g, ' ').replace(/\\/g, '\\\\').replace(/\|/g, '\\|').trim();

/**
 * Who said what, as a Markdown table a reporter can paste into notes: one row per quote (scare
 * quotes are not anyone's words, so they are left out), in document order, lines counted from 1.
 */
export function quoteSheet(text: string, analysis: Analysis): string {
  const line = lineOf(text);
  const rows = analysis.quotes
    .filter((quote) => quote.kind !== 'scare')
    .map((quote) => `| ${cell(quote.speaker?.name ?? 'unattributed')} | ${cell(quote.text)} | ${line(quote.start) + 1} |`);
  return ['| Speaker | Quote | Line |', '| --- | --- | ---: |', ...rows].join('\n') + '\n';
}
