import { analyzeParagraph, moveFindings, type ParagraphFindings } from '../core/pipeline/analyze';
import type { UnitText } from './protocol';

/**
 * The per-paragraph pass (compromise), the one place either analysis thread runs it. Each unit is
 * read on its own text, which is all the helper thread ever sees of a document, and its findings
 * are then placed where the unit starts.
 */
export function analyzeUnits(units: readonly UnitText[]): ParagraphFindings[] {
  return units.map((unit) => moveFindings(analyzeParagraph(unit.text, { start: 0, end: unit.text.length }), unit.start));
}
