import type { Entity, Mention, Quote, Span } from '../model';
import { attributionsIn, type Attribution } from './clauses';
import type { QuoteSpan } from './find';
import { isTitle, quoteKind } from './kinds';
import { buildLayout, QUOTED, spanIndexAt, type Layout } from './layout';
import { SpeakerResolver } from './speakers';

export interface AttributionContext {
  readonly text: string;
  /** Paragraph spans in order; a quote without its own attribution may continue the one before. */
  readonly paragraphs: readonly Span[];
  readonly entities: readonly Entity[];
  readonly mentions: readonly Mention[];
}

/** How far after a quote its attribution may start ("…,” the former secretary of state said). */
const MAX_TRAILING_GAP = 80;
const TRANSCRIPT_LABEL = /^(["“'‘]+)(\p{Lu}[\p{Lu}.'’ -]*\p{Lu}):\s/u;
/** How many sentences a quote looks through for a speaker to continue; bounds the work per quote. */
const MAX_SENTENCES_AWAY = 8;

/** Decide each quote's kind, speaker, verb and outlet. Linear in the number of quotes and sentences. */
export function attributeQuotes(spans: readonly QuoteSpan[], context: AttributionContext): Quote[] {
  const { text } = context;
  const layout = buildLayout(text, context.paragraphs, spans);
  const resolver = new SpeakerResolver(text, context.entities, context.mentions, layout.sentences);
  const bySentence = new Map<number, Attribution[]>();
  const attributionsOf = (sentence: number): Attribution[] => {
    let found = bySentence.get(sentence);
    if (!found) bySentence.set(sentence, (found = sentence >= 0 ? attributionsIn(layout, layout.sentences[sentence]) : []));
    return found;
  };
  /** The attribution that the last quote of each paragraph took, for quotes that continue it. */
  const lastOfParagraph = new Map<number, { at: number; attribution: Attribution }>();

  return spans.map((span) => {
    const quoted = text.slice(span.start, span.end);
    const before = text.slice(Math.max(0, span.start - 40), span.start);
    if (span.depth > 0) {
      const kind = quoteKind({ quoted, before, nested: true, opensSentence: false, hasSpeaker: false });
      return { start: span.start, end: span.end, text: quoted, kind, speaker: null };
    }
    const attribution =
      ownAttribution(layout, span, attributionsOf) ?? transcriptLabel(text, span) ?? continuedAttribution(layout, span, attributionsOf, lastOfParagraph);
    if (attribution) {
      const paragraph = spanIndexAt(layout.paragraphs, span.start);
      lastOfParagraph.set(paragraph, { at: span.end, attribution });
    }
    const speaker = attribution ? resolver.resolve(attribution.speaker) : null;
    const kind = quoteKind({ quoted, before, nested: false, opensSentence: opensSentence(layout, span), hasSpeaker: speaker !== null });
    if (kind === 'scare' || !attribution || !speaker) return { start: span.start, end: span.end, text: quoted, kind, speaker: null };
    return {
      start: span.start,
      end: span.end,
      text: quoted,
      kind,
      speaker,
      verb: attribution.verb.text,
      ...(attribution.reportedBy && { reportedBy: resolver.outletName(attribution.reportedBy) }),
    };
  });
}

type AttributionsOf = (sentence: number) => Attribution[];

/**
 * An attribution in the quote's own sentence: the one right after it ("…,” Putin said), else the
 * nearest before it (Xi said that “…”), else any later one in the sentence.
 */
function ownAttribution(layout: Layout, quote: QuoteSpan, attributionsOf: AttributionsOf): Attribution | undefined {
  const first = spanIndexAt(layout.sentences, quote.start);
  const last = spanIndexAt(layout.sentences, quote.end - 1);
  const after = attributionsOf(last).filter((a) => a.verb.start >= quote.end);
  const trailing = after.find((a) => isRightAfter(layout, quote.end, Math.min(a.speaker.start, a.verb.start)));
  if (trailing) return trailing;
  // “What curfew?” Trump asked. The question mark ended the sentence before its attribution.
  if (quote.closed && /[?!]\W*$/.test(layout.text.slice(quote.end - 3, quote.end))) {
    const next = layout.sentences[last + 1];
    const nextTrailing = next && spanIndexAt(layout.paragraphs, next.start) === spanIndexAt(layout.paragraphs, quote.start)
      ? attributionsOf(last + 1).find((a) => isRightAfter(layout, quote.end, Math.min(a.speaker.start, a.verb.start)))
      : undefined;
    if (nextTrailing) return nextTrailing;
  }
  // Of several clauses before the quote, the first is the main one ("Trump said that Clinton described it as “…”").
  const clauseStart = Math.max(layout.sentences[first].start, layout.frame.lastIndexOf(QUOTED, quote.start - 1) + 1);
  const before = attributionsOf(first).filter((a) => a.verb.end <= quote.start);
  // “…” and “…” after one verb: a quote with no clause of its own shares the sentence's first.
  const leading = before.find((a) => a.verb.start >= clauseStart) ?? before[0];
  return leading ?? after[0];
}

/** "PENCE: Well, look…": a transcript's speaker label opening the quote. */
function transcriptLabel(text: string, quote: QuoteSpan): Attribution | undefined {
  const label = TRANSCRIPT_LABEL.exec(text.slice(quote.start, quote.start + 40));
  if (!label) return undefined;
  const start = quote.start + label[1].length;
  const name = { start, end: start + label[2].length, text: label[2] };
  return { speaker: { ...name, name }, verb: { start: name.end, end: name.end + 1, text: ':' } };
}

function opensSentence(layout: Layout, quote: Span): boolean {
  const sentence = layout.sentences[spanIndexAt(layout.sentences, quote.start)];
  return !!sentence && !/[\p{L}\p{N}]/u.test(layout.frame.slice(sentence.start, quote.start));
}

/** Nothing but an attribution's opening words lie between the quote's end and `position`. */
function isRightAfter(layout: Layout, quoteEnd: number, position: number): boolean {
  if (position < quoteEnd || position - quoteEnd > MAX_TRAILING_GAP) return false;
  const gap = layout.frame.slice(quoteEnd, position);
  return !gap.includes(QUOTED) && /^[\s,;:—–-]*$/.test(gap);
}

/**
 * A quote that is a sentence of its own, with no attribution, continues the last speaker of its
 * paragraph, or of the paragraph before when it opens its paragraph (the news convention); failing
 * that, it takes the next attribution in its paragraph (“…” “…,” he said).
 */
function continuedAttribution(
  layout: Layout,
  quote: QuoteSpan,
  attributionsOf: AttributionsOf,
  lastOfParagraph: Map<number, { at: number; attribution: Attribution }>,
): Attribution | undefined {
  if (!opensSentence(layout, quote)) return undefined;
  const sentence = spanIndexAt(layout.sentences, quote.start);
  if (isTitle(layout.text.slice(quote.start, quote.end))) return undefined; // a heading, not a continued statement
  const paragraph = spanIndexAt(layout.paragraphs, quote.start);
  const paragraphStart = layout.paragraphs[paragraph].start;
  const earlier = latestAttribution(layout, attributionsOf, paragraphStart, sentence - 1, lastOfParagraph.get(paragraph));
  if (earlier) return earlier;
  if (layout.sentences[sentence].start === paragraphStart && paragraph > 0) {
    const previous = layout.paragraphs[paragraph - 1];
    const fromPrevious = latestAttribution(layout, attributionsOf, previous.start, spanIndexAt(layout.sentences, previous.end - 1), lastOfParagraph.get(paragraph - 1));
    if (fromPrevious) return fromPrevious;
  }
  const paragraphEnd = layout.paragraphs[paragraph].end;
  const limit = Math.min(layout.sentences.length, sentence + 1 + MAX_SENTENCES_AWAY);
  for (let s = sentence + 1; s < limit && layout.sentences[s].start < paragraphEnd; s++) {
    const found = attributionsOf(s)[0];
    if (found) return found;
  }
  return undefined;
}

/** The last attribution in sentences [.., upTo] that start at or after `from`, or a quote's, whichever comes later. */
function latestAttribution(
  layout: Layout,
  attributionsOf: AttributionsOf,
  from: number,
  upTo: number,
  lastQuote: { at: number; attribution: Attribution } | undefined,
): Attribution | undefined {
  for (let s = upTo; s >= 0 && s > upTo - MAX_SENTENCES_AWAY && layout.sentences[s].start >= from; s--) {
    const found = attributionsOf(s);
    const last = found[found.length - 1];
    if (!last) continue;
    return lastQuote && lastQuote.at > last.verb.start ? lastQuote.attribution : last;
  }
  return lastQuote?.attribution;
}
