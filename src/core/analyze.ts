import type { Analysis, Span, Value } from './model';
import { splitParagraphs } from './paragraphs';
import { findEntityCandidates, type EntityCandidate } from './entities/candidates';
import { resolveEntities } from './entities/resolve';
import { findQuoteSpans } from './quotes/find';
import { attributeQuotes } from './quotes/attribute';

/**
 * What one paragraph yields on its own. This is the expensive part, so it is what gets cached and
 * sent across threads: plain data, offsets relative to the document.
 */
export interface ParagraphFindings extends Span {
  /** The paragraph's text, so a cache can tell whether it changed. */
  readonly text: string;
  readonly candidates: readonly EntityCandidate[];
  /** Name-shaped words the paragraph pass rejected, which the document pass must not take. */
  readonly notNames: readonly Span[];
  readonly values: readonly Value[];
}

export function analyzeParagraph(text: string, paragraph: Span): ParagraphFindings {
  const paragraphText = text.slice(paragraph.start, paragraph.end);
  const { candidates, notNames, values } = findEntityCandidates(paragraphText, paragraph.start);
  return { ...paragraph, text: paragraphText, candidates, notNames, values };
}

/** The document-level passes over the paragraphs' findings; linear in the number of findings. */
export function assemble(text: string, paragraphs: readonly ParagraphFindings[]): Analysis {
  const { entities, mentions } = resolveEntities(
    text,
    paragraphs.flatMap((p) => p.candidates),
    paragraphs.flatMap((p) => p.notNames),
  );
  const quotes = attributeQuotes(findQuoteSpans(text), { text, entities, mentions });
  return {
    textLength: text.length,
    entities,
    mentions,
    quotes,
    values: paragraphs.flatMap((p) => p.values),
  };
}

/** The whole pipeline, in one thread. */
export function analyze(text: string): Analysis {
  return assemble(text, splitParagraphs(text).map((p) => analyzeParagraph(text, p)));
}
