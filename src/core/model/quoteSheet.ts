import type { Analysis } from './model';
import { lineOf } from './navigation';
import { BASIS_LABEL, confidenceLabel } from './speakerBasis';

const cell = (text: string): string => text.replace(/\s+/g, ' ').replace(/\\/g, '\\\\').replace(/\|/g, '\\|').trim();

/**
 * Who said what, as a Markdown table a reporter can paste into notes: one row per quote (scare
 * quotes are not anyone's words, so they are left out), in document order, lines counted from 1,
 * with how each speaker was found and how sure that is, so an inferred name is checked before use.
 */
export function quoteSheet(text: string, analysis: Analysis): string {
  const line = lineOf(text);
  const rows = analysis.quotes
    .filter((quote) => quote.kind !== 'scare')
    .map((quote) => {
      const found = quote.speaker ? `${BASIS_LABEL[quote.speaker.how]}, ${confidenceLabel(quote.speaker)}` : '';
      return `| ${cell(quote.speaker?.name ?? 'unattributed')} | ${found} | ${cell(quote.text)} | ${line(quote.start) + 1} |`;
    });
  return ['| Speaker | How found | Quote | Line |', '| --- | --- | --- | ---: |', ...rows].join('\n') + '\n';
}
