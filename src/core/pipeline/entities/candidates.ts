import type { EntityKind, Span, Value } from '../../model/model';
import { overlaps } from '../../model/spans';
import { classifyRun, type NameFinding } from './classify';
import { isPlaceName } from './gazetteer';
import { markMiddleInitials } from './middleInitials';
import { parseParagraph } from './parse';
import type { Term } from './terms';
import { findRuns } from './runs';
import { readsLikeSport } from './sport';
import { tokenize, type Token } from './tokens';
import { findValues } from './values';
import { beginOf } from './nameModel/labels';
import type { NameModel } from './nameModel/model';
import { combineWithRules } from './nameModel/combine';
import { BODIES_NAMED_OF, BODY_ENDINGS, DEPARTMENTS, INSTITUTIONS, TITLES } from './lexicon';
import { shippedNameModel } from './nameModel/shipped';
import { isCommonWord, isFollowedByState, isGivenName, isKnownFirstName, isPartyAffiliation } from './words';

/** A name found in one paragraph, before document-level merging. Offsets are document offsets. */
export interface EntityCandidate extends Span {
  readonly kind: EntityKind;
  readonly text: string;
  /** Titles and descriptions written with this mention ("Russian President"). */
  readonly roles: readonly string[];
  /**
   * How sure the name model is that these words are a name of this kind, from 0 to 1; the rules
   * give no probability, so their names, when the model cannot load, carry 1.
   */
  readonly confidence: number;
  /** How sure the model is of the kind, if the words are a name: low where person and organization compete. */
  readonly kindConfidence: number;
}

export interface ParagraphEntities {
  readonly candidates: EntityCandidate[];
  /** Words shaped like names that are not: a legislator's party and state ("D-Ore."). */
  readonly notNames: Span[];
  readonly values: Value[];
}

/** The longest place name looked up in a line written in capitals, in words. */
const MAX_CAPS_PLACE_WORDS = 3;

/**
 * Names and values in one paragraph; `offset` is where the paragraph starts in the document.
 * Compromise parses the paragraph once; everything else reads its words and tags. The names are
 * the name model's when its weights load, else the rules' (`model` null).
 */
export function findEntityCandidates(paragraph: string, offset: number, model: NameModel | null = shippedNameModel()): ParagraphEntities {
  return findInParse(parseParagraph(paragraph), paragraph, offset, model);
}

/**
 * Names and values in a paragraph, from compromise's sentences of it. `addedScores` (per word, per
 * label) are added to the model's scores: the document stage's (nameModel/documentStage.ts).
 */
export function findInParse(
  sentences: readonly (readonly Term[])[], paragraph: string, offset: number, model: NameModel | null = shippedNameModel(), addedScores?: Float64Array,
): ParagraphEntities {
  const rules = readByRules(sentences, paragraph);
  const names = model ? withDatelines(modelNames(model, rules, paragraph, addedScores), rules.datelines, paragraph) : rules.names.map((n) => ({ ...n, confidence: 1, kindConfidence: 1 }));
  const candidates = names.map((n) => ({ ...n, start: n.start + offset, end: n.end + offset }));
  const notNames = rules.notNames.map((n) => ({ start: n.start + offset, end: n.end + offset }));
  return { candidates, notNames, values: findValues(rules.tokens, paragraph, offset) };
}

/**
 * A dateline's town is a place whatever the model read there: after "PARIS — " it read "PARIS
 * Jean" of "PARIS — Jean-Luc Moreau" as a person.
 */
function withDatelines(names: EntityCandidate[], datelines: readonly Span[], paragraph: string): EntityCandidate[] {
  if (datelines.length === 0) return names;
  const kept = names.filter((n) => !datelines.some((d) => overlaps(n, d)));
  for (const d of datelines) kept.push({ ...d, kind: 'place', text: paragraph.slice(d.start, d.end), roles: [], confidence: 1, kindConfidence: 1 });
  return kept.sort((a, b) => a.start - b.start);
}

/** A name the rules found, with paragraph offsets. */
type RuleName = Omit<EntityCandidate, 'confidence' | 'kindConfidence'>;

/** A paragraph's words and what the rules make of them; offsets are relative to the paragraph. */
export interface RuleReading {
  readonly tokens: Token[];
  readonly names: RuleName[];
  readonly notNames: Span[];
  /** The rules' names as a label per word, which the name model reads as a feature. */
  readonly labels: Uint8Array;
  /** The towns of the paragraph's datelines ("PARIS — "), places whatever the model reads there. */
  readonly datelines: Span[];
}

/** The paragraph's words and the names the rules find in them. */
export function readByRules(sentences: readonly (readonly Term[])[], paragraph: string): RuleReading {
  const tokens = markMiddleInitials(tokenize(sentences, paragraph));
  const names: RuleName[] = [];
  const add = (first: number, last: number, kind: EntityKind, roles: readonly string[]): void => {
    const span = nameSpan(paragraph, tokens[first].start, tokens[last].end);
    if (span) names.push({ ...span, kind, text: paragraph.slice(span.start, span.end), roles });
  };
  const datelines = datelinePlaces(paragraph);
  for (const d of datelines) names.push({ ...d, kind: 'place', text: paragraph.slice(d.start, d.end), roles: [] });
  const inDateline = (first: number): boolean => datelines.some((d) => overlaps(tokens[first], d));
  const notNames: Span[] = [];
  let previous: NameFinding | undefined;
  const isParty = (at: number): boolean => isPartyAffiliation(tokens[at].text, tokens[at].pre.endsWith('(') || /,\s*$/.test(tokens[at - 1]?.post ?? ''));
  tokens.forEach((token, at) => isParty(at) && notNames.push({ start: token.start, end: token.end }));
  for (const run of findRuns(tokens)) {
    if (inDateline(run.first) || (run.first === run.last && isParty(run.first))) continue;
    const found = classifyRun(tokens, run, paragraph, coordinatedKind(tokens, previous, run.first));
    for (const name of found) add(name.first, name.last, name.kind, name.roles);
    previous = found.at(-1);
  }
  for (const name of capsLineNames(tokens, paragraph)) if (!inDateline(name.first)) add(name.first, name.last, name.kind, []);
  names.sort((a, b) => a.start - b.start);
  notNames.sort((a, b) => a.start - b.start);
  return { tokens, names, notNames, labels: labelsOfNames(tokens, names), datelines };
}

/** Labels over the words for names given by character spans: a word a name overlaps is in it. */
export function labelsOfNames(tokens: readonly Token[], names: readonly (Span & { readonly kind: EntityKind })[]): Uint8Array {
  const labels = new Uint8Array(tokens.length);
  let at = 0;
  for (const name of names) {
    while (at < tokens.length && tokens[at].end <= name.start) at++;
    for (let i = at; i < tokens.length && tokens[i].start < name.end; i++) labels[i] = beginOf(name.kind) + (i === at ? 0 : 1);
  }
  return labels;
}

/**
 * The model's names, combined with the rules' (nameModel/combine.ts), with the roles the rules
 * found for the same words ("Russian President" before "Vladimir Putin"). One convention of
 * Dossier's stands over the training data's: an institution that stands for a government ("the
 * Kremlin", "the White House") is an organization.
 */
function modelNames(model: NameModel, rules: RuleReading, paragraph: string, addedScores?: Float64Array): EntityCandidate[] {
  const { tokens } = rules;
  const names: EntityCandidate[] = [];
  let sport: boolean | undefined;
  for (const found of combineWithRules(model.read(tokens, rules.labels, addedScores), rules.labels, tokens)) {
    // A title before a person's name is a role, not part of the name: "Mr. Smith" is "Smith".
    let first = found.first;
    while (found.kind === 'person' && first < found.last && TITLES.has(tokens[first].lower)) first++;
    if (found.kind === 'person') first = afterDepartment(tokens, first, found.last);
    const span = nameSpan(paragraph, tokens[first].start, tokens[found.last].end);
    if (!span || rules.notNames.some((n) => n.start === span.start && n.end === span.end)) continue;
    const text = paragraph.slice(span.start, span.end);
    // The kinds Dossier's conventions and a state written after a town ("Mabel Creek, Texas") settle;
    // so does the gazetteer, for a town or county the model learnt as a sports team, outside sport
    // ("moved to Northamptonshire"; "Leicestershire beat Somerset" is the team).
    const townOutsideSport = (): boolean => found.kind === 'organization' && isPlaceName(text) && !(sport ??= readsLikeSport(paragraph));
    // …and a team named as people are ("drew 0-0 with Chelsea"), where it meets another side.
    const teamInMatch = (): boolean => found.kind === 'person' && meetsAnotherSide(tokens, found) && (sport ??= readsLikeSport(paragraph));
    const settled = INSTITUTIONS.has(text.toLowerCase()) || (found.kind !== 'organization' && isBody(tokens, found)) || teamInMatch() ? 'organization' : isFollowedByState(tokens, found.last) || townOutsideSport() ? 'place' : undefined;
    const kind = settled ?? found.kind;
    const same = rules.names.find((r) => r.kind === kind && overlaps(r, span));
    names.push({ ...span, kind, text, roles: same?.roles ?? [], confidence: found.confidence, kindConfidence: settled ? 1 : found.kindConfidence });
  }
  return names;
}

/** Verbs after which a match report names the other side: "beat Chelsea" (not "v.": "Roe v. Wade"). */
const MEETING_WORDS = new Set(['beat', 'beats', 'beating', 'defeated', 'faced', 'hosted', 'visited']);
/** Verbs after which "with" or "to" names it: "drew 0-0 with Chelsea", "lost to Chelsea". */
const DRAWING_OR_LOSING = /^(?:drew|draw|draws|drawn|drawing|lost|lose|loses|losing)$/;

/**
 * A one-word name that is also a first name ("Chelsea"), meeting another side: after a word of
 * MEETING_WORDS, after "with" or "to" that a draw or a defeat leads to, or before a score
 * ("Chelsea 2-1"). A name that is no first name the model reads as the team it is.
 */
function meetsAnotherSide(tokens: readonly Token[], { first, last }: { first: number; last: number }): boolean {
  if (first !== last || !isKnownFirstName(tokens[first].lower)) return false;
  if (/^\d+-\d+$/.test(tokens[last + 1]?.text ?? '')) return true;
  const before = tokens[first - 1];
  if (!before) return false;
  if (MEETING_WORDS.has(before.lower)) return true;
  // A score between them may be written as several words ("drew 0-0 with").
  return (before.lower === 'with' || before.lower === 'to') && tokens.slice(Math.max(0, first - 6), first - 1).some((t) => DRAWING_OR_LOSING.test(t.lower));
}

/**
 * "Secretary of State Mike Pompeo", "Minister of Foreign Affairs Sergei Lavrov": after a title and
 * "of", the ordinary words that open a person's name are the title's department, not the name.
 */
function afterDepartment(tokens: readonly Token[], first: number, last: number): number {
  if (tokens[first - 1]?.lower !== 'of' || !TITLES.has(tokens[first - 2]?.lower ?? '')) return first;
  let at = first;
  while (at < last && (DEPARTMENTS.has(tokens[at].lower) || isCommonWord(tokens[at].lower)) && !isGivenName(tokens[at], tokens[at + 1])) at++;
  return at;
}

/**
 * "the University of Paris", "the Bank of England", "the Tennessee Valley Authority": the model,
 * seeing the place in the name, may read the body as the place.
 */
function isBody(tokens: readonly Token[], { first, last }: { first: number; last: number }): boolean {
  if (last > first + 1 && BODIES_NAMED_OF.has(tokens[first].lower) && tokens[first + 1].lower === 'of') return true;
  return last > first && BODY_ENDINGS.has(tokens[last].lower);
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
 * "NAIROBI 2024-05-01", "MAHALA, Bosnia 2024-05-01", "LIMA (Reuters) -", and as American papers
 * write it, with the region and a dash: "KABUL, Afghanistan — ".
 */
const DATELINE = /^(\p{Lu}[\p{Lu}'’.-]*(?: \p{Lu}[\p{Lu}'’.-]*){0,3})(?=(?:\s*,[^\n,]{1,40})?\s+\d{4}-\d\d-\d\d\s*$|(?:\s*,[^\n(]{0,40})?\s*\(\p{Lu}[\p{L} .]{0,20}\)\s*[-—–]|\s*,\s*\p{Lu}[^\n,—–]{0,40}?\s+(?:[—–]|--)\s)/gmu;

/**
 * A dateline of a town alone before a dash ("PARIS — "), where the gazetteer knows the town: a
 * line may open with other words in capitals and a dash ("UPDATE — ").
 */
const TOWN_ALONE_DATELINE = /^(\p{Lu}[\p{Lu}'’.-]*(?: \p{Lu}[\p{Lu}'’.-]*){0,3})(?=\s+(?:[—–]|--)\s)/gmu;

function datelinePlaces(paragraph: string): Span[] {
  const places = [...paragraph.matchAll(DATELINE)].filter((m) => /\p{L}{2}/u.test(m[1]));
  const towns = [...paragraph.matchAll(TOWN_ALONE_DATELINE)].filter((m) => isPlaceName(m[1]) && !places.some((p) => p.index === m.index));
  return [...places, ...towns].map((m) => ({ start: m.index, end: m.index + m[1].length }));
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
