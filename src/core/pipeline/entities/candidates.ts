import type { EntityKind, Span, Value } from '../../model/model';
import { classifyRun, isCountryModifier, type NameFinding } from './classify';
import { isPlaceName } from './gazetteer';
import { parseParagraph } from './parse';
import type { Term } from './terms';
import { findRuns } from './runs';
import { tokenize, type Token } from './tokens';
import { findValues } from './values';

/** A name found in one paragraph, before document-level merging. Offsets are document offsets. */
export interface EntityCandidate extends Span {
  readonly kind: EntityKind;
  readonly text: string;
  /** Titles and descriptions written with this mention ("Russian President"). */
  readonly roles: readonly string[];
}

export interface ParagraphEntities {
  readonly candidates: EntityCandidate[];
  /** Words shaped like names that the paragraph's grammar says are not ("U.S." in "U.S. trade"). */
  readonly notNames: Span[];
  readonly values: Value[];
}

/** The longest place name looked up in a line written in capitals, in words. */
const MAX_CAPS_PLACE_WORDS = 3;

/**
 * Names and values in one paragraph; `offset` is where the paragraph starts in the document.
 * Compromise parses the paragraph once; everything else reads its words and tags.
 */
export function findEntityCandidates(paragraph: string, offset: number): ParagraphEntities {
  return findInParse(parseParagraph(paragraph), paragraph, offset);
}

/** Names and values in a paragraph, from compromise's sentences of it. */
export function findInParse(sentences: readonly (readonly Term[])[], paragraph: string, offset: number): ParagraphEntities {
  const tokens = tokenize(sentences, paragraph);
  const candidates: EntityCandidate[] = [];
  const add = (first: number, last: number, kind: EntityKind, roles: readonly string[]): void => {
    const span = nameSpan(paragraph, tokens[first].start, tokens[last].end);
    if (span) candidates.push({ start: span.start + offset, end: span.end + offset, kind, text: paragraph.slice(span.start, span.end), roles });
  };
  const datelines = datelinePlaces(paragraph);
  for (const d of datelines) candidates.push({ start: d.start + offset, end: d.end + offset, kind: 'place', text: paragraph.slice(d.start, d.end), roles: [] });
  const inDateline = (first: number): boolean => datelines.some((d) => tokens[first].start < d.end && tokens[first].end > d.start);
  const notNames: Span[] = [];
  let previous: NameFinding | undefined;
  for (const run of findRuns(tokens)) {
    if (inDateline(run.first)) continue;
    if (isCountryModifier(tokens, run.last)) notNames.push({ start: tokens[run.last].start + offset, end: tokens[run.last].end + offset });
    const found = classifyRun(tokens, run, paragraph, coordinatedKind(tokens, previous, run.first));
    for (const name of found) add(name.first, name.last, name.kind, name.roles);
    previous = found.at(-1);
  }
  for (const name of capsLineNames(tokens, paragraph)) if (!inDateline(name.first)) add(name.first, name.last, name.kind, []);
  candidates.sort((a, b) => a.start - b.start);
  return { candidates, notNames, values: findValues(tokens, paragraph, offset) };
}

/**
 * The kind of the name this run is listed with ("Kursk and Bryansk", "China, Venezuela, and
 * Cuba"): the name just before it, with only a comma, "and" or "or" between them.
 */
function coordinatedKind(tokens: readonly Token[], previous: NameFinding | undefined, first: number): EntityKind | undefined {
  if (!previous) return undefined;
  const between = tokens.slice(previous.last + 1, first);
  const post = tokens[previous.last].post;
  if (between.length === 0 && /^,\s+$/.test(post)) return previous.kind;
  if (between.length === 1 && /^(and|or)$/.test(between[0].lower) && /^,?\s+$/.test(post)) return previous.kind;
  return undefined;
}

/**
 * In a line written in capitals case says nothing, so only gazetteer places are taken here (or
 * teams, where the line is a row of a results table); other names in it are found by the
 * document-level pass, from their mentions in ordinary sentences.
 */
function capsLineNames(tokens: readonly Token[], paragraph: string): { first: number; last: number; kind: EntityKind }[] {
  const names: { first: number; last: number; kind: EntityKind }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i].capsLine) continue;
    for (let last = Math.min(tokens.length - 1, i + MAX_CAPS_PLACE_WORDS - 1); last >= i; last--) {
      if (tokens[last].sentence !== tokens[i].sentence) continue;
      if (isPlaceName(paragraph.slice(tokens[i].start, tokens[last].end))) {
        const team = tokens[i].tableRow && /^\d+$/.test(tokens[last + 1]?.text ?? '');
        names.push({ first: i, last, kind: team ? 'organization' : 'place' });
        i = last;
        break;
      }
    }
  }
  return names;
}

/**
 * A dateline at the start of a line names the place the story was filed from, in capitals:
 * "NAIROBI 2024-05-01", "MAHALA, Bosnia 2024-05-01", "LIMA (Reuters) -".
 */
const DATELINE = /^(\p{Lu}[\p{Lu}'’.-]*(?: \p{Lu}[\p{Lu}'’.-]*){0,3})(?=(?:\s*,[^\n,]{1,40})?\s+\d{4}-\d\d-\d\d\s*$|(?:\s*,[^\n(]{0,40})?\s*\(\p{Lu}[\p{L} .]{0,20}\)\s*[-—–])/gmu;

function datelinePlaces(paragraph: string): Span[] {
  return [...paragraph.matchAll(DATELINE)].filter((m) => /\p{L}{2}/u.test(m[1])).map((m) => ({ start: m.index, end: m.index + m[1].length }));
}

/**
 * A name's span trimmed to letters and digits at both ends and without a possessive ’s, so that
 * quote marks and punctuation never belong to it (an abbreviation's own full stop does).
 */
function nameSpan(text: string, start: number, end: number): Span | undefined {
  while (start < end && !/[\p{L}\p{N}]/u.test(text[start])) start++;
  while (end > start && !/[\p{L}\p{N}]/u.test(text[end - 1])) end--;
  const possessive = /['’]s$/i.exec(text.slice(start, end));
  if (possessive) end -= possessive[0].length;
  // An abbreviation keeps its last full stop: "U.S.", "U.N.".
  else if (text[end] === '.' && /(?:^|\s)(?:\p{Lu}\.)+\p{Lu}$/u.test(text.slice(start, end))) end++;
  return end > start ? { start, end } : undefined;
}
