import { moveFindings, type ParagraphFindings } from '../core/analyze';
import type { Span } from '../core/model';

/**
 * The findings of one document's paragraphs, keyed by paragraph text. Keying on text rather than
 * position means a paragraph that moved (text inserted above it) is still found, and relocated.
 * The cache holds what the last complete analysis of the document used, plus whatever was analysed
 * since, so its size follows the document's and not its edit history.
 */
export class ParagraphCache {
  private entries = new Map<string, ParagraphFindings>();
  private fresh = new Map<string, ParagraphFindings>();

  /** The findings of the unit, if a unit with the same text was analysed before. */
  lookup(text: string, unit: Span): ParagraphFindings | undefined {
    const key = text.slice(unit.start, unit.end);
    const found = this.fresh.get(key) ?? this.entries.get(key);
    if (!found) return undefined;
    this.fresh.set(key, found);
    return moveFindings(found, unit.start);
  }

  store(findings: ParagraphFindings): void {
    this.fresh.set(findings.text, findings);
  }

  /** A complete pass over the document ended: drop the paragraphs it no longer contains. */
  completePass(): void {
    this.entries = this.fresh;
    this.fresh = new Map();
  }

  get size(): number {
    return this.entries.size + this.fresh.size;
  }
}

