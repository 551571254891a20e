import { assembleAfter, moveFindings, type Assembly, type ParagraphFindings } from '../core/pipeline/analyze';
import { changeBetween } from '../core/pipeline/textChange';
import { encodeAnalysis, type SharedAnalysis } from './transfer';

/**
 * Run what follows an edit once on a made-up edit, and throw the result away. V8 compiles a
 * function to fast code only after it has run a while, and the code that follows an edit (moving
 * findings, joining the passes' old results, encoding a delta) does not run during a document's
 * first analysis: without this, the first edits of a book run it slowly, 1.5 to 2 times slower
 * than later ones. Done once after the first analysis, while the reader has not typed yet.
 *
 * The made-up edit adds a blank line after a unit in the middle, which leaves every unit as it
 * was, so the findings are the known ones, those after it moved. Returns what it assembled (the
 * edited text's), or undefined when there is no such unit.
 */
export function rehearseEdit(assembly: Assembly, findings: readonly ParagraphFindings[], sent: SharedAnalysis | undefined): Assembly | undefined {
  const text = assembly.memo.text;
  const at = unitEndAtLineEnd(text, findings);
  if (at === undefined) return undefined;
  const edited = `${text.slice(0, at)}\n\n${text.slice(at)}`;
  const moved = findings.map((found) => (found.start >= at ? moveFindings(found, found.start + 2) : found));
  const rehearsed = assembleAfter(assembly, edited, moved, changeBetween(text, edited));
  encodeAnalysis(rehearsed.analysis, sent);
  return rehearsed;
}

/** The end of a unit from the middle on that is also the end of its line, where a blank line can go. */
function unitEndAtLineEnd(text: string, findings: readonly ParagraphFindings[]): number | undefined {
  for (let i = findings.length >> 1; i < findings.length - 1; i++) {
    const end = findings[i].end;
    const next = text.charCodeAt(end);
    if (next === 10 || next === 13) return end;
  }
  return undefined;
}
