import type { Analysis, Span, Value } from './model';
import { splitParagraphs } from './paragraphs';
import { findEntityCandidates, type EntityCandidate } from './entities/candidates';
import { resolveEntities } from './entities/resolve';
import { findQuoteSpans } from './quotes/find';
import { attributeQuotes } from './quotes/attribute';
import { applyCorrections, type Correction } from './corrections';

/**
 * What one paragraph yields on its own. This is the expensive part, so it is what gets cached and
 * sent across threads: plain data, offsets relative to the document.
 */
export interface ParagraphFindings extends Span {
  /** The paragraph's text, so a cache can tell whether it changed. */
  readonly text: string;
  readonly candidates: readonly EntityCandidate[];
  readonly values: readonly Value[];
}

export function analyzeParagraph(text: string, paragraph: Span): ParagraphFindings {
  const paragraphText = text.slice(paragraph.start, paragraph.end);
  const { candidates, values } = findEntityCandidates(paragraphText, paragraph.start);
  return { ...paragraph, text: paragraphText, candidates, values };
}

/**
 * The document-level passes over the paragraphs' findings; linear in the number of findings.
 * The reader's corrections come last, so they override what the passes decided.
 */
export function assemble(text: string, paragraphs: readonly ParagraphFindings[], corrections: readonly Correction[] = []): Analysis {
  const { entities, mentions } = resolveEntities(paragraphs.flatMap((p) => p.candidates));
  const quotes = attributeQuotes(findQuoteSpans(text), { text, entities, mentions });
  return applyCorrections(text, {
    textLength: text.length,
    entities,
    mentions,
    quotes,
    values: paragraphs.flatMap((p) => p.values),
  }, corrections);
}

/** The whole pipeline, in one thread. */
export function analyze(text: string, corrections: readonly Correction[] = []): Analysis {
  return assemble(text, splitParagraphs(text).map((p) => analyzeParagraph(text, p)), corrections);
}
