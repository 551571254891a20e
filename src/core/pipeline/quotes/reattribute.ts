// Quote attribution after an edit: the quotes the edit cannot have touched keep what they were given.
import type { Quote, Span, Speaker } from '../../model/model';
import { isMovedSpan, shiftOf, type TextChange } from '../textChange';
import { PARAGRAPHS_REMEMBERED, QuoteAttributor, type AttributionContext, type LastAttribution } from './attribute';
import type { Attribution } from './clauses';
import type { QuoteSpan, RescannedParagraphs } from './find';
import { firstStartingFrom, spanIndexAt } from '../../model/spans';
import { buildLayout, layoutAfterChange, type Layout } from './layout';
import type { SpeakerPhrase } from './phrases';
import { SpeakerResolver, type PersonAt } from './speakers';
import { speakingTurns } from './transcript';

/** What attributing one version's quotes keeps, so that the next version can reuse it. */
export interface AttributionMemo {
  readonly layout: Layout;
  readonly quotes: readonly Quote[];
  /** The attribution each quote took, if any; the next quotes of its paragraph may continue it. */
  readonly attributions: readonly (Attribution | undefined)[];
  /** The unrecognised speakers the quotes named, in text order (see SpeakerResolver). */
  readonly remembered: readonly PersonAt[];
  /** How many of `remembered` had been named once each quote was attributed. */
  readonly rememberedAfter: readonly number[];
  /** Where each transcript turn starts, and whether it speaks (see speakingTurns). */
  readonly turns: Turns;
}

/** Each transcript turn's start and whether it speaks, in text order. */
type Turns = readonly (readonly [start: number, speaks: boolean])[];

/** The version before: its memo, the change since, and the paragraphs whose quote spans were found again. */
export interface PreviousAttribution {
  readonly memo: AttributionMemo;
  readonly change: TextChange;
  readonly rescanned: RescannedParagraphs;
  /** The entities are the old ones, moved; else each quote is attributed again (over the reused layout). */
  readonly sameEntities: boolean;
}

/**
 * How far before a quote what decides its attribution may lie, past the paragraph before it:
 * the words before its opening mark that its kind reads.
 */
const LOOK_BEHIND = 48;

/**
 * attributeQuotes, given the memo of the version before the change when the entities are the same
 * but for the move. A quote's attribution depends on its own paragraph and the one before, on
 * what the quotes before it in those paragraphs took, and on the unrecognised speakers named so
 * far. So quotes before the rescanned paragraphs keep theirs, and quotes after them are attributed
 * again only until that state is the old one, moved: from there on, the old results are moved.
 */
export function attributeQuotesAfterChange(found: readonly QuoteSpan[], context: AttributionContext, previous?: PreviousAttribution): AttributionMemo {
  const spans = speakingTurns(context.text, found, context.entities);
  return { ...attributed(found, spans, context, previous), turns: turnsOf(found, spans) };
}

function attributed(found: readonly QuoteSpan[], spans: readonly QuoteSpan[], context: AttributionContext, previous?: PreviousAttribution): Omit<AttributionMemo, 'turns'> {
  const { text, paragraphs } = context;
  // A scan that started again at the first paragraph found every span anew.
  // Whether a transcript's turn speaks depends on the entities and on the turns around it, which
  // an edit elsewhere may change: when any turn's reading is not the old one, moved, the document
  // is attributed whole again (a book with a letter's "MONSIEUR LE PRINCE:" is not, for each edit).
  if (!previous || previous.rescanned.from === 0 || !sameTurns(previous.memo.turns, turnsOf(found, spans), previous.change)) return attributeAll(spans, context, buildLayout(text, paragraphs, spans));
  const { memo, rescanned } = previous;
  const layout = layoutAfterChange(text, paragraphs, spans, memo.layout, rescanned);
  if (!previous.sameEntities) return attributeAll(spans, context, layout);
  const from = paragraphs[rescanned.from].start;
  // Quotes before `from` are the old ones, in the same places.
  const first = firstStartingFrom(spans, from);
  const remembered = memo.remembered.slice(0, first > 0 ? memo.rememberedAfter[first - 1] : 0);
  const attributor = new QuoteAttributor(layout, new SpeakerResolver(text, context.entities, context.mentions, layout, remembered));
  // Turn-taking and vocatives read the paragraphs before a quote's own.
  for (let paragraph = rescanned.from - PARAGRAPHS_REMEMBERED; paragraph < rescanned.from; paragraph++) {
    const carried = lastAttributionIn(memo, paragraph, first);
    if (carried) attributor.continueAfter(paragraph, carried);
  }
  return attributeFrom(first, spans, layout, attributor, { ...previous, firstOld: first });
}

/** The turns among the spans found, and whether each still speaks among the spans kept. */
function turnsOf(found: readonly QuoteSpan[], spans: readonly QuoteSpan[]): Turns {
  const turns = found.filter((span) => span.label);
  if (turns.length === 0) return [];
  const speaking = new Set(spans.filter((span) => span.label).map((span) => span.start));
  return turns.map((turn) => [turn.start, speaking.has(turn.start)] as const);
}

/** Whether the turns are the old ones, moved, each reading as it did; none may lie in the change. */
function sameTurns(before: Turns, after: Turns, change: TextChange): boolean {
  if (before.length !== after.length) return false;
  return before.every(([start, speaks], k) => {
    const moved = movedPosition(change, start);
    return moved !== undefined && start !== change.start && after[k][0] === moved && after[k][1] === speaks;
  });
}

function attributeAll(spans: readonly QuoteSpan[], context: AttributionContext, layout: Layout): Omit<AttributionMemo, 'turns'> {
  return attributeFrom(0, spans, layout, new QuoteAttributor(layout, new SpeakerResolver(context.text, context.entities, context.mentions, layout)));
}

/** Attribute spans[first..], after the memo's first quotes, joining the old results when the state allows. */
function attributeFrom(
  first: number,
  spans: readonly QuoteSpan[],
  layout: Layout,
  attributor: QuoteAttributor,
  previous?: PreviousAttribution & { readonly firstOld: number },
): Omit<AttributionMemo, 'turns'> {
  const quotes: Quote[] = previous ? previous.memo.quotes.slice(0, first) : [];
  const attributions: (Attribution | undefined)[] = previous ? previous.memo.attributions.slice(0, first) : [];
  const rememberedAfter: number[] = previous ? previous.memo.rememberedAfter.slice(0, first) : [];
  const { paragraphs } = layout;
  const joinFrom = previous && previous.rescanned.to < paragraphs.length ? paragraphs[previous.rescanned.to].start : Infinity;
  let checkedParagraph = -1;
  let mayJoin = previous !== undefined;
  // Both lists of remembered speakers only grow, so entries found the same stay the same.
  const remembered = { sameUpTo: previous && previous.firstOld > 0 ? previous.memo.rememberedAfter[previous.firstOld - 1] : 0 };
  for (let k = first; k < spans.length; k++) {
    const span = spans[k];
    if (previous && mayJoin && span.start >= joinFrom) {
      const paragraph = spanIndexAt(paragraphs, span.start);
      // Turn-taking also reads the narration of the paragraphs remembered: the change must lie before them.
      const windowStart = paragraphs[Math.max(0, paragraph - PARAGRAPHS_REMEMBERED)].start;
      if (paragraph !== checkedParagraph && paragraph > previous.rescanned.to && Math.min(paragraphs[paragraph].start - LOOK_BEHIND, windowStart) >= previous.change.newEnd) {
        checkedParagraph = paragraph;
        const oldK = k + previous.memo.quotes.length - spans.length;
        const state = sameState(previous, attributor, paragraphs.length, paragraph, oldK, remembered);
        mayJoin = state !== 'never';
        if (state === 'same') {
          return joined(previous, layout, quotes, attributions, rememberedAfter, attributor.resolver.remembered, oldK);
        }
      }
    }
    const { quote, attribution } = attributor.attribute(span);
    quotes.push(quote);
    attributions.push(attribution);
    rememberedAfter.push(attributor.resolver.remembered.length);
  }
  return { layout, quotes, attributions, remembered: attributor.resolver.remembered, rememberedAfter };
}

/** The last attribution the memo's quotes before `before` took in `paragraph`. */
function lastAttributionIn(memo: AttributionMemo, paragraph: number, before: number): LastAttribution | undefined {
  if (paragraph < 0) return undefined;
  const { start, end } = memo.layout.paragraphs[paragraph];
  let k = before - 1;
  while (k >= 0 && memo.quotes[k].start >= end) k--;
  for (; k >= 0 && memo.quotes[k].start >= start; k--) {
    const attribution = memo.attributions[k];
    const speaker = memo.quotes[k].speaker;
    if (attribution) return { from: memo.quotes[k].start, at: memo.quotes[k].end, attribution, ...(speaker && { speaker: speaker.name }), ...(speaker?.entityId !== undefined && { speakerId: speaker.entityId }) };
  }
  return undefined;
}

/**
 * Whether the quotes from spans[k] on, the first in `paragraph`, will be given what the old ones
 * from oldK on were, moved: the paragraph before left the same attribution to continue, and the
 * same unrecognised speakers were named. 'never' once those speakers differ: both lists only grow,
 * so they cannot become the same again, and the checks stop.
 */
function sameState(
  previous: PreviousAttribution,
  attributor: QuoteAttributor,
  paragraphCount: number,
  paragraph: number,
  oldK: number,
  compared: { sameUpTo: number },
): 'same' | 'not yet' | 'never' {
  const { memo, change } = previous;
  const oldParagraph = paragraph + memo.layout.paragraphs.length - paragraphCount;
  // What the paragraphs before left: the next quotes continue it or take turns after it.
  for (let back = 1; back <= PARAGRAPHS_REMEMBERED; back++) {
    const last = attributor.lastAttributionIn(paragraph - back);
    const oldLast = lastAttributionIn(memo, oldParagraph - back, oldK);
    if (last === undefined ? oldLast !== undefined : oldLast === undefined || !sameMovedLast(change, oldLast, last)) return 'not yet';
  }
  const remembered = attributor.resolver.remembered;
  const oldCount = oldK > 0 ? memo.rememberedAfter[oldK - 1] : 0;
  const common = Math.min(remembered.length, oldCount);
  for (let j = compared.sameUpTo; j < common; j++) if (!sameMovedPerson(change, memo.remembered[j], remembered[j])) return 'never';
  compared.sameUpTo = common;
  return remembered.length === oldCount ? 'same' : 'not yet';
}

// Whether the old version's state is the new one's, moved as the change moved the text: each is
// held equal to the generic comparison (isMovedCopy) by a property test.

export function sameMovedLast(change: TextChange, before: LastAttribution, after: LastAttribution): boolean {
  const a = before.attribution;
  const b = after.attribution;
  return (
    movedPosition(change, before.from) === after.from &&
    movedPosition(change, before.at) === after.at &&
    before.speaker === after.speaker &&
    before.speakerId === after.speakerId &&
    sameMovedPhrase(change, a.speaker, b.speaker) &&
    isMovedSpan(change, a.verb, b.verb) &&
    a.verb.text === b.verb.text &&
    (a.reportedBy === undefined ? b.reportedBy === undefined : b.reportedBy !== undefined && sameMovedPhrase(change, a.reportedBy, b.reportedBy))
  );
}

export function sameMovedPhrase(change: TextChange, a: SpeakerPhrase, b: SpeakerPhrase): boolean {
  if (!isMovedSpan(change, a, b) || a.text !== b.text || a.pronoun !== b.pronoun) return false;
  if (a.name === undefined ? b.name !== undefined : b.name === undefined || !isMovedSpan(change, a.name, b.name) || a.name.text !== b.name.text) return false;
  return a.antecedent === undefined ? b.antecedent === undefined : b.antecedent !== undefined && sameMovedPhrase(change, a.antecedent, b.antecedent);
}

export function sameMovedPerson(change: TextChange, a: PersonAt, b: PersonAt): boolean {
  return isMovedSpan(change, a, b) && a.name === b.name && a.entityId === b.entityId;
}

/** Where a position after the change is now; undefined inside the changed part. */
function movedPosition(change: TextChange, position: number): number | undefined {
  if (position <= change.start) return position;
  return position >= change.oldEnd ? position + shiftOf(change) : undefined;
}

/** The memo once the old quotes from oldK on, moved, follow the ones attributed again. */
function joined(
  previous: PreviousAttribution,
  layout: Layout,
  quotes: Quote[],
  attributions: (Attribution | undefined)[],
  rememberedAfter: number[],
  remembered: readonly PersonAt[],
  oldK: number,
): Omit<AttributionMemo, 'turns'> {
  const { memo, change } = previous;
  const move = new Mover(change);
  for (let j = oldK; j < memo.quotes.length; j++) {
    quotes.push(move.quote(memo.quotes[j]));
    const attribution = memo.attributions[j];
    attributions.push(attribution && move.attribution(attribution));
  }
  const oldCount = oldK > 0 ? memo.rememberedAfter[oldK - 1] : 0;
  const allRemembered = [...remembered];
  for (let j = oldCount; j < memo.remembered.length; j++) allRemembered.push(move.person(memo.remembered[j]));
  for (let j = oldK; j < memo.rememberedAfter.length; j++) rememberedAfter.push(memo.rememberedAfter[j] - oldCount + remembered.length);
  return { layout, quotes, attributions, remembered: allRemembered, rememberedAfter };
}

/**
 * Moves the old version's results to the new version: what lies after the change by its shift,
 * what lies before it not at all. Plain object literals, as a spread copy of each of thousands of
 * quotes was most of the cost of joining the old results. A property test holds each move equal
 * to the generic one (movedBy).
 */
export class Mover {
  private readonly after: number;
  private readonly delta: number;

  constructor(change: TextChange) {
    this.after = change.oldEnd;
    this.delta = shiftOf(change);
  }

  quote(value: Quote): Quote {
    const speaker = value.speaker && this.speaker(value.speaker);
    if (!this.moves(value) && speaker === value.speaker) return value;
    const { start, end } = this.moved(value);
    const { text, kind } = value;
    if (!speaker) return { start, end, text, kind, speaker: null };
    return value.reportedBy === undefined ? { start, end, text, kind, speaker, verb: value.verb } : { start, end, text, kind, speaker, verb: value.verb, reportedBy: value.reportedBy };
  }

  attribution(value: Attribution): Attribution {
    return {
      speaker: this.phrase(value.speaker),
      verb: this.words(value.verb),
      reportedBy: value.reportedBy && this.phrase(value.reportedBy),
      consumedTo: value.consumedTo === undefined || value.consumedTo < this.after ? value.consumedTo : value.consumedTo + this.delta,
      subordinate: value.subordinate,
    };
  }

  person(value: PersonAt): PersonAt {
    if (!this.moves(value)) return value;
    const { start, end } = this.moved(value);
    return value.entityId === undefined ? { start, end, name: value.name } : { start, end, name: value.name, entityId: value.entityId };
  }

  private speaker(value: Speaker): Speaker {
    if (!this.moves(value)) return value;
    const { start, end } = this.moved(value);
    const { name, how, confidence } = value;
    return value.entityId === undefined ? { start, end, name, how, confidence } : { start, end, name, entityId: value.entityId, how, confidence };
  }

  private phrase(value: SpeakerPhrase): SpeakerPhrase {
    const name = value.name && this.words(value.name);
    const antecedent = value.antecedent && this.phrase(value.antecedent);
    if (!this.moves(value) && name === value.name && antecedent === value.antecedent) return value;
    const { start, end } = this.moved(value);
    return { start, end, text: value.text, name, pronoun: value.pronoun, antecedent };
  }

  private words(value: Span & { readonly text: string }): Span & { readonly text: string } {
    if (!this.moves(value)) return value;
    const { start, end } = this.moved(value);
    return { start, end, text: value.text };
  }

  private moves(span: Span): boolean {
    return this.delta !== 0 && span.start >= this.after;
  }

  private moved(span: Span): Span {
    return this.moves(span) ? { start: span.start + this.delta, end: span.end + this.delta } : span;
  }
}
