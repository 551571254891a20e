import type { Analysis, Entity, Mention, Quote, Span } from './model';
import { countWhile } from './spans';

// Finding things at an offset and stepping between them. Spans are in document order, as the
// model keeps them, so every lookup is a binary search.

/** The span that contains `offset` (its end included, so a cursor just after a word counts). */
export function spanAt<T extends Span>(spans: readonly T[], offset: number): T | undefined {
  const candidate = spans[countWhile(spans, (span) => span.start <= offset) - 1];
  return candidate && offset <= candidate.end ? candidate : undefined;
}

export function mentionAt(analysis: Analysis, offset: number): Mention | undefined {
  return spanAt(analysis.mentions, offset);
}

export function quoteAt(analysis: Analysis, offset: number): Quote | undefined {
  return spanAt(analysis.quotes, offset);
}

export function entityById(analysis: Analysis, id: string): Entity | undefined {
  return analysis.entities.find((entity) => entity.id === id);
}

export function entityAt(analysis: Analysis, offset: number): Entity | undefined {
  const mention = mentionAt(analysis, offset);
  return mention && entityById(analysis, mention.entityId);
}

export type Direction = 'next' | 'previous';

export interface Step<T> {
  readonly target: T;
  readonly index: number;
  /** True when the step went past the last (or first) span and came round to the other end. */
  readonly wrapped: boolean;
}

/**
 * The span after (or before) `offset`, wrapping round at the ends. Spans do not overlap, so a
 * cursor inside a span steps to its neighbours, never to the span itself.
 */
export function step<T extends Span>(spans: readonly T[], offset: number, direction: Direction): Step<T> | undefined {
  if (spans.length === 0) return undefined;
  if (direction === 'next') {
    const index = countWhile(spans, (span) => span.start <= offset);
    return index < spans.length ? { target: spans[index], index, wrapped: false } : { target: spans[0], index: 0, wrapped: true };
  }
  const index = countWhile(spans, (span) => span.end < offset) - 1;
  return index >= 0 ? { target: spans[index], index, wrapped: false } : { target: spans[spans.length - 1], index: spans.length - 1, wrapped: true };
}

/** The mention that best stands for the entity: the first that spells out its canonical name. */
export function definingMention(entity: Entity): Mention {
  return entity.mentions.find((mention) => mention.text === entity.name) ?? entity.mentions[0];
}

/** The quotes credited to an entity. */
export function quotesBy(analysis: Analysis, entity: Entity): Quote[] {
  return analysis.quotes.filter((quote) => quote.speaker?.entityId === entity.id || (!quote.speaker?.entityId && quote.speaker?.name === entity.name));
}

/**
 * The sentence around a span, for a hover: at most `radius` characters either side, never past
 * the paragraph's line, cut at word bounds and marked with an ellipsis where it was cut.
 */
export function excerpt(text: string, span: Span, radius = 90): { before: string; match: string; after: string } {
  const lineStart = text.lastIndexOf('\n', span.start - 1) + 1;
  const newline = text.indexOf('\n', span.end);
  const lineEnd = newline === -1 ? text.length : newline;
  let start = Math.max(lineStart, span.start - radius);
  let end = Math.min(lineEnd, span.end + radius);
  const sentenceBreaks = [...text.slice(start, span.start).matchAll(/[.?!][”"’»)]*\s+/g)];
  const lastBreak = sentenceBreaks[sentenceBreaks.length - 1];
  if (lastBreak?.index !== undefined) start += lastBreak.index + lastBreak[0].length;
  else if (start > lineStart) while (start < span.start && /\S/.test(text[start - 1])) start++;
  // A sentence ends at its stop and the closing marks after it: “…we will go.” keeps its ”.
  const sentenceEnd = /[.?!][”"’»)]*(?=\s|$)/.exec(text.slice(span.end, lineEnd));
  const sentenceEndsInReach = sentenceEnd !== null && sentenceEnd.index < end - span.end;
  if (sentenceEndsInReach) end = span.end + sentenceEnd.index + sentenceEnd[0].length;
  else if (end < lineEnd) while (end > span.end && /\S/.test(text[end])) end--;
  const squash = (s: string): string => s.replace(/\s+/g, ' ');
  return {
    before: (start > lineStart && !lastBreak ? '…' : '') + squash(text.slice(start, span.start)).trimStart(),
    match: squash(text.slice(span.start, span.end)),
    after: squash(text.slice(span.end, end)).trimEnd() + (end < lineEnd && !sentenceEndsInReach ? '…' : ''),
  };
}

/** The 0-based line of every offset, for many offsets at once. */
export function lineOf(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => countWhile(starts, (start) => start <= offset) - 1;
}

/** Short names that, alone in a label, read as a pronoun: "He" for He Lifeng. */
const PRONOUN_LIKE = new Set(['he', 'she', 'it', 'i', 'we', 'you', 'they', 'him', 'her', 'his', 'its', 'us', 'them', 'me', 'who']);

/**
 * A quote's speaker as a short reminder: the shortest name the article itself uses for them
 * ("Putin" for Vladimir Putin, "Xi" for Xi Jinping), unless it reads as a pronoun, else the whole
 * name ("Xinhua News Agency", "He Lifeng"). Undefined when the quote has no speaker.
 */
export function speakerLabel(analysis: Analysis, quote: Quote): string | undefined {
  if (!quote.speaker) return undefined;
  const entity = quote.speaker.entityId ? entityById(analysis, quote.speaker.entityId) : undefined;
  if (!entity) return quote.speaker.name;
  const words = entity.name.split(/\s+/);
  const usable = (alias: string): boolean => words.includes(alias) && !PRONOUN_LIKE.has(alias.toLowerCase());
  const shortest = entity.aliases.filter(usable).sort((a, b) => a.length - b.length)[0];
  return shortest ?? entity.name;
}
