import nlp from 'compromise';
import type { EntityKind, Span, Value, ValueKind } from '../model';

/** A name found in one paragraph, before document-level merging. */
export interface EntityCandidate extends Span {
  readonly kind: EntityKind;
  readonly text: string;
}

export interface ParagraphEntities {
  readonly candidates: EntityCandidate[];
  readonly values: Value[];
}

type Term = { offset: { start: number; length: number } };
type Match = { terms: Term[] };

/** Names and values in one paragraph; `offset` is where the paragraph starts in the document. */
export function findEntityCandidates(paragraph: string, offset: number): ParagraphEntities {
  const doc = nlp(paragraph);
  const candidates: EntityCandidate[] = [];
  const values: Value[] = [];
  const collect = <K>(matches: Match[], kind: K, into: (span: Span, kind: K) => void): void => {
    for (const match of matches) {
      const span = termSpan(paragraph, match.terms);
      if (span) into({ start: span.start + offset, end: span.end + offset }, kind);
    }
  };
  const addCandidate = (span: Span, kind: EntityKind): void => {
    candidates.push({ ...span, kind, text: paragraph.slice(span.start - offset, span.end - offset) });
  };
  const addValue = (span: Span, kind: ValueKind): void => {
    values.push({ ...span, kind, text: paragraph.slice(span.start - offset, span.end - offset) });
  };
  collect(doc.people().json({ offset: true }) as Match[], 'person', addCandidate);
  collect(doc.places().json({ offset: true }) as Match[], 'place', addCandidate);
  collect(doc.organizations().json({ offset: true }) as Match[], 'organization', addCandidate);
  collect(doc.match('#Date+').json({ offset: true }) as Match[], 'date', addValue);
  collect(doc.match('#Money+').json({ offset: true }) as Match[], 'money', addValue);
  collect(doc.match('#Percent+').json({ offset: true }) as Match[], 'percent', addValue);
  candidates.sort((a, b) => a.start - b.start);
  values.sort((a, b) => a.start - b.start);
  return { candidates, values };
}

/**
 * The span of a run of terms, from term offsets (a phrase's own offset leaves out a leading
 * quote mark but counts it in its length), trimmed to letters and digits at both ends and
 * without a possessive 's.
 */
function termSpan(text: string, terms: Term[]): Span | undefined {
  if (terms.length === 0) return undefined;
  const first = terms[0].offset;
  const last = terms[terms.length - 1].offset;
  let start = first.start;
  let end = last.start + last.length;
  while (start < end && !/[\p{L}\p{N}]/u.test(text[start])) start++;
  while (end > start && !/[\p{L}\p{N}]/u.test(text[end - 1])) end--;
  const possessive = /['’]s$/i.exec(text.slice(start, end));
  if (possessive) end -= possessive[0].length;
  return end > start ? { start, end } : undefined;
}
