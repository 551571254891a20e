import type { Analysis, Span, Value } from '../model/model';
import { shiftSpan } from '../model/spans';
import { splitParagraphs } from './paragraphs';
import { findEntityCandidates, type EntityCandidate } from './entities/candidates';
import { resolveEntitiesAfterChange, type EntityMemo } from './entities/resolve';
import { changeBetween, type TextChange } from './textChange';
import { findQuoteSpansAfterChange, paragraphsOf, type QuoteSpanMemo } from './quotes/find';
import { attributeQuotesAfterChange, type AttributionMemo } from './quotes/reattribute';

/**
 * What one paragraph yields on its own. This is the expensive part, so it is what gets cached and
 * sent across threads: plain data, offsets relative to the document. `moveFindings` relocates a
 * cached paragraph that moved, so a field added here with an offset in it must be moved there too.
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

/**
 * The findings of a paragraph whose text is unchanged but which now starts at `start`: every
 * `start` and `end` inside them shifts by the same amount. This lets a cache keyed on paragraph
 * text reuse findings after an edit earlier in the document. After an edit in a book every
 * paragraph after it moves, so this copies each kind of finding by its own shape (three times
 * faster than walking the objects generically); what holds no offset (texts, roles) is shared.
 */
export function moveFindings(findings: ParagraphFindings, start: number): ParagraphFindings {
  const delta = start - findings.start;
  if (delta === 0) return findings;
  return {
    start,
    end: findings.end + delta,
    text: findings.text,
    candidates: findings.candidates.map((c) => ({
      start: c.start + delta, end: c.end + delta, kind: c.kind, text: c.text, roles: c.roles, confidence: c.confidence, kindConfidence: c.kindConfidence,
    })),
    notNames: findings.notNames.map((n) => shiftSpan(n, delta)),
    values: findings.values.map((v) => ({ kind: v.kind, start: v.start + delta, end: v.end + delta, text: v.text })),
  };
}

/**
 * The document-level passes over the paragraphs' findings; linear in the number of findings. The
 * reader's corrections are not applied here: the editor and the CLI apply them over the result
 * (applyCorrections), so a change of corrections needs no new analysis.
 */
export function assemble(text: string, paragraphs: readonly ParagraphFindings[]): Analysis {
  return assembleAfter(undefined, text, paragraphs).analysis;
}

/** An analysis, with what the passes keep so that the document's next version is assembled faster. */
export interface Assembly {
  readonly analysis: Analysis;
  readonly memo: AssemblyMemo;
}

/** Opaque to callers: the previous version's text and the passes' own memos. */
export interface AssemblyMemo {
  readonly text: string;
  readonly entities: EntityMemo;
  readonly quoteSpans: QuoteSpanMemo;
  readonly quotes: AttributionMemo;
}

/**
 * assemble, given the Assembly of the document's previous version (if any): the passes redo only
 * what the edit between the two versions can have changed, and the result is exactly assemble's.
 * `knownChange`, when the caller has it already, must be changeBetween(previous's text, text):
 * finding it again costs milliseconds on a book.
 */
export function assembleAfter(
  previous: Assembly | undefined,
  text: string,
  paragraphs: readonly ParagraphFindings[],
  knownChange?: TextChange,
): Assembly {
  const change = previous && (knownChange ?? changeBetween(previous.memo.text, text));
  const resolved = resolveEntitiesAfterChange(
    text,
    joined(paragraphs, (p) => p.candidates),
    joined(paragraphs, (p) => p.notNames),
    previous && change && { memo: previous.memo.entities, change },
  );
  const { entities, mentions } = resolved.memo.resolved;
  const quoteParagraphs = paragraphsOf(text, paragraphs);
  const found = findQuoteSpansAfterChange(text, quoteParagraphs, previous && change && { memo: previous.memo.quoteSpans, change });
  // Quotes keep what they were given only while the entities, which decide their speakers, are the same.
  const attributed = attributeQuotesAfterChange(
    found.memo.spans,
    { text, paragraphs: quoteParagraphs, entities, mentions },
    previous && change && { memo: previous.memo.quotes, change, rescanned: found.rescanned, sameEntities: resolved.moved },
  );
  const analysis: Analysis = {
    textLength: text.length,
    entities,
    mentions,
    quotes: attributed.quotes,
    values: joined(paragraphs, (p) => p.values),
  };
  return { analysis, memo: { text, entities: resolved.memo, quoteSpans: found.memo, quotes: attributed } };
}

/** The paragraphs' lists end to end: flatMap, by a plain loop, which is several times faster over a book's paragraphs. */
function joined<T>(paragraphs: readonly ParagraphFindings[], list: (p: ParagraphFindings) => readonly T[]): T[] {
  const all: T[] = [];
  for (const paragraph of paragraphs) for (const item of list(paragraph)) all.push(item);
  return all;
}

/** The whole pipeline, in one thread. */
export function analyze(text: string): Analysis {
  return assemble(text, splitParagraphs(text).map((p) => analyzeParagraph(text, p)));
}
