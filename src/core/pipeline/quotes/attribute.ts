import type { Entity, Mention, Quote, Span, Speaker, SpeakerBasis } from '../../model/model';
import { attributionsIn, type Attribution } from './clauses';
import type { QuoteSpan } from './find';
import { isTitle, quoteKind } from './kinds';
import { countWhile, spanIndexAt } from '../../model/spans';
import { buildLayout, QUOTED, tokenizeFrame, type FrameToken, type Layout } from './layout';
import { afterParenthesis, clauseSubject, type SpeakerPhrase } from './phrases';
import { NARRATOR, SpeakerResolver, type ResolvedSpeaker } from './speakers';
import { labelKind, speakingTurns } from './transcript';

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
/**
 * How many paragraphs before its own a quote's attribution may read what quotes took: turn-taking
 * reads two, and a quote addressed to the carried speaker looks this far for the other participant.
 * An edit's re-attribution carries and compares this many paragraphs' last attributions.
 */
export const PARAGRAPHS_REMEMBERED = 4;
/** How many tokens a subject's apposition may run before its verb ("…, who lost the primaries to Clinton, identified"). */
const MAX_APPOSITION_TOKENS = 30;
/** How many sentences a quote looks through for a speaker to continue; bounds the work per quote. */
const MAX_SENTENCES_AWAY = 8;

/** Decide each quote's kind, speaker, verb and outlet. Linear in the number of quotes and sentences. */
export function attributeQuotes(found: readonly QuoteSpan[], context: AttributionContext): Quote[] {
  const spans = speakingTurns(context.text, found, context.entities);
  const layout = buildLayout(context.text, context.paragraphs, spans);
  const attributor = new QuoteAttributor(layout, new SpeakerResolver(context.text, context.entities, context.mentions, layout));
  return spans.map((span) => attributor.attribute(span).quote);
}

/** What a quote was given: the quote as the model has it, and the attribution it took, if any. */
export interface Attributed {
  readonly quote: Quote;
  readonly attribution: Attribution | undefined;
}

/** The attribution that the last quote of a paragraph took, for quotes that continue it. */
export interface LastAttribution {
  /** Where that quote starts and ends. */
  readonly from: number;
  readonly at: number;
  readonly attribution: Attribution;
  /** The name it was resolved to, when the quote kept a speaker: turn-taking compares them. */
  readonly speaker?: string;
  /** That speaker's entity, when resolved to one. */
  readonly speakerId?: string;
}

/** An attribution found for a quote, and how it reached the quote when not through the quote's own clause. */
interface Found {
  readonly attribution: Attribution;
  readonly reach: 'own' | 'continuation' | 'turn' | 'guess';
  /** The quote continues a speaker from the paragraph before, not from its own. */
  readonly fromEarlierParagraph?: boolean;
}

/** What each way of finding a speaker is worth, before what the words at the attribution subtract. */
const CONFIDENCE: Record<SpeakerBasis, number> = { explicit: 0.95, title: 0.8, pronoun: 0.75, continuation: 0.7, turn: 0.6, guess: 0.4 };

/** Attributes quotes one after another, in document order, each knowing what the ones before it took. */
export class QuoteAttributor {
  private readonly sentences: SentenceIndex;
  private readonly lastOfParagraph = new Map<number, LastAttribution>();

  constructor(
    private readonly layout: Layout,
    readonly resolver: SpeakerResolver,
  ) {
    this.sentences = indexSentences(layout);
  }

  /** What the paragraph's quotes so far left for the next quote to continue. */
  lastAttributionIn(paragraph: number): LastAttribution | undefined {
    return this.lastOfParagraph.get(paragraph);
  }

  /** Start after quotes this attributor did not see, which left `last` in `paragraph`. */
  continueAfter(paragraph: number, last: LastAttribution): void {
    this.lastOfParagraph.set(paragraph, last);
  }

  attribute(span: QuoteSpan): Attributed {
    const { layout, resolver, sentences } = this;
    const { text } = layout;
    const quoted = text.slice(span.start, span.end);
    const before = text.slice(Math.max(0, span.start - 40), span.start);
    if (span.depth > 0) {
      const kind = quoteKind({ quoted, before, nested: true, opensSentence: false, hasSpeaker: false });
      return { quote: { start: span.start, end: span.end, text: quoted, kind, speaker: null }, attribution: undefined };
    }
    if (isNickname(text, span)) return { quote: { start: span.start, end: span.end, text: quoted, kind: 'scare', speaker: null }, attribution: undefined };
    const own = span.label ? undefined : (signatureOfLine(layout, span, sentences) ?? ownAttribution(layout, span, sentences) ?? transcriptLabel(text, span) ?? introducedByColon(layout, span, sentences) ?? this.headlineSpeaker(span));
    const found: Found | undefined = span.label
      ? this.turnOf(span, span.label)
      : own
        ? { attribution: own, reach: 'own' }
        : (this.notAddressed(span, this.continued(span)) ?? this.quotedBySubject(span, quoted, before));
    const attribution = found?.attribution;
    const resolved = found && (this.sameSpeakerAsBefore(span, found) ?? resolver.resolve(found.attribution.speaker));
    const speaker = found && resolved ? withBasis(found, resolved) : null;
    if (attribution) {
      const paragraph = spanIndexAt(layout.paragraphs, span.start);
      this.lastOfParagraph.set(paragraph, { from: span.start, at: span.end, attribution, speaker: speaker?.name, ...(speaker?.entityId !== undefined && { speakerId: speaker.entityId }) });
    }
    // A transcript's turn is someone's words, whether or not the transcript names who asks ("Q:").
    const kind = quoteKind({ quoted, before, nested: false, opensSentence: opensSentence(layout, span, sentences), hasSpeaker: speaker !== null || span.label !== undefined });
    if (kind === 'scare' || !attribution || !speaker) return { quote: { start: span.start, end: span.end, text: quoted, kind, speaker: null }, attribution };
    const quote: Quote = {
      start: span.start,
      end: span.end,
      text: quoted,
      kind,
      speaker,
      verb: attribution.verb.text,
      ...(attribution.reportedBy && { reportedBy: resolver.outletName(attribution.reportedBy) }),
    };
    return { quote, attribution };
  }

  /**
   * "“…,” replied Sir Thomas gravely. And with a smile, he added, “…”": a "he" or "she" at the
   * quote's own reporting verb goes on with the speaker of the paragraph's quote before, the person
   * its talk is about, when the narration between names nobody else and the gender fits. It finds
   * a speaker named by a description ("said the General"), which no mention holds for the pronoun.
   */
  private sameSpeakerAsBefore(span: QuoteSpan, found: Found): ResolvedSpeaker | undefined {
    const phrase = found.attribution.speaker;
    if (found.reach !== 'own' || (phrase.pronoun !== 'he' && phrase.pronoun !== 'she')) return undefined;
    const last = this.lastOfParagraph.get(spanIndexAt(this.layout.paragraphs, span.start));
    const before = last?.attribution.speaker;
    // A pronoun left as written before stands for nobody known.
    // The quote before may share this very clause (“…,” he added, “…”).
    if (!last?.speaker || !before || before.start > phrase.start || (before.pronoun && last.speaker === before.text)) return undefined;
    // A description counts when it reads as one ("the General"), not any word a subject was read from.
    if (!before.pronoun && !before.name && !/^the\s/i.test(before.text)) return undefined;
    const speaker = { name: last.speaker, ...(last.speakerId !== undefined && { entityId: last.speakerId }) };
    if (!this.resolver.mayBeCalled(phrase.pronoun, before, speaker) || this.resolver.namesSomeoneBut({ start: before.end, end: phrase.start }, (person) => person.name === speaker.name || (speaker.entityId !== undefined && person.entityId === speaker.entityId))) return undefined;
    return { speaker: { start: phrase.start, end: phrase.end, ...speaker }, words: 'pronoun', unresolvedPronoun: false };
  }

  /**
   * A carried speaker whom the quote addresses by name ("…, Anna?") did not say it: in dialogue the
   * other participant did, the latest speaker of the few paragraphs before who is not addressed, as
   * they did when no speaker was carried; failing that, nobody is credited.
   */
  private notAddressed(span: QuoteSpan, found: Found | undefined): Found | undefined {
    const addressed = this.resolver.addressedIn(span);
    if (addressed.size === 0 || (found && !addressed.has(this.resolver.resolve(found.attribution.speaker).speaker.name))) return found;
    const paragraph = spanIndexAt(this.layout.paragraphs, span.start);
    for (let back = 0; back <= PARAGRAPHS_REMEMBERED; back++) {
      const other = this.lastOfParagraph.get(paragraph - back);
      if (other?.speaker && !addressed.has(other.speaker)) return { attribution: other.attribution, reach: 'turn' };
    }
    return undefined;
  }

  /** The person or organization a headline's label names, when the document knows them ("Sanders: …"). */
  private headlineSpeaker(span: QuoteSpan): Attribution | undefined {
    const attribution = headlineLabel(this.layout, span);
    return attribution && this.resolver.resolve(attribution.speaker).speaker.entityId !== undefined ? attribution : undefined;
  }

  /**
   * A transcript's turn: the person its label names ("TAPPER:"), or for "Q:" and "A:" the
   * interviewer and the one interviewed, as the narration before the transcript introduces them.
   */
  private turnOf(span: QuoteSpan, label: Span): Found | undefined {
    const { text } = this.layout;
    const words = text.slice(label.start, label.end);
    const colon = { start: label.end, end: label.end + 1, text: ':' };
    const kind = labelKind(words);
    if (kind === 'name' || kind === 'role') {
      const speaker = { ...label, text: words, ...(kind === 'name' && { name: { ...label, text: words } }) };
      return { attribution: { speaker, verb: colon }, reach: 'own' };
    }
    const party = this.resolver.interviewParties(span.start)[kind === 'question' ? 'interviewer' : 'interviewee'];
    if (!party) return undefined;
    const name = { start: party.start, end: party.end, text: text.slice(party.start, party.end) };
    return { attribution: { speaker: { ...name, name }, verb: colon }, reach: 'turn' };
  }

  /**
   * "Trump is again questioning the voting system, urging supporters to make sure everything is “on
   * the up and up.”": a quote inside a sentence with no reporting verb, too long for a scare quote,
   * is most often the words of the person the sentence is about (a guess).
   */
  private quotedBySubject(span: QuoteSpan, quoted: string, before: string): Found | undefined {
    const { layout, sentences } = this;
    if (opensSentence(layout, span, sentences) || quoteKind({ quoted, before, nested: false, opensSentence: false, hasSpeaker: false }) === 'scare') return undefined;
    const subject = subjectOfNarration(layout, layout.sentences[spanIndexAt(layout.sentences, span.start)], this.resolver);
    return subject && subject.speaker.end <= span.start ? { attribution: subject, reach: 'guess' } : undefined;
  }

  /** A speaker carried to a quote with no attribution of its own: by turn-taking in a conversation, else by continuing one. */
  private continued(span: QuoteSpan): Found | undefined {
    const { layout, sentences } = this;
    if (!opensSentence(layout, span, sentences) || isTitle(layout.text.slice(span.start, span.end))) return undefined;
    return (
      answersVocative(layout, span, this.lastOfParagraph, this.resolver) ??
      takesTurn(layout, span, this.lastOfParagraph, this.resolver) ??
      continuedAttribution(layout, span, sentences, this.lastOfParagraph, this.resolver)
    );
  }
}

/** The speaker with how it was found and how sure that is. */
function withBasis(found: Found, resolved: ResolvedSpeaker): Speaker {
  const byWords = resolved.words;
  const how: SpeakerBasis = found.reach === 'own' ? byWords : found.reach;
  let confidence = CONFIDENCE[how];
  // A pronoun left as written ("they", or "he" with nobody before it) says little of who spoke.
  if (resolved.unresolvedPronoun) confidence *= 0.5;
  else if (!resolved.speaker.entityId) confidence *= 0.9;
  if (how !== byWords && byWords !== 'explicit') confidence *= 0.9;
  if (found.fromEarlierParagraph) confidence *= 0.9;
  confidence = Math.round(confidence * 100) / 100;
  // Plain literals of one shape, not spreads: a book has tens of thousands of speakers.
  const { start, end, name, entityId } = resolved.speaker;
  return entityId === undefined ? { start, end, name, how, confidence } : { start, end, name, entityId, how, confidence };
}

/** What the attribution passes need to know of each sentence, worked out once and only when asked. */
interface SentenceIndex {
  /** The sentence's attributions, in text order. */
  attributions(sentence: number): Attribution[];
  /** The index of its first main-clause attribution, or -1. */
  firstMain(sentence: number): number;
  /** Where its first word outside quotes starts (its end when it has none). */
  firstWord(sentence: number): number;
}

function indexSentences(layout: Layout): SentenceIndex {
  const attributions = new Map<number, Attribution[]>();
  const firstMain = new Map<number, number>();
  const firstWord = new Map<number, number>();
  const index: SentenceIndex = {
    attributions(sentence) {
      let found = attributions.get(sentence);
      if (!found) attributions.set(sentence, (found = sentence >= 0 ? attributionsIn(layout, layout.sentences[sentence]) : []));
      return found;
    },
    firstMain(sentence) {
      let found = firstMain.get(sentence);
      if (found === undefined) firstMain.set(sentence, (found = index.attributions(sentence).findIndex((a) => !a.subordinate)));
      return found;
    },
    firstWord(sentence) {
      let found = firstWord.get(sentence);
      if (found === undefined) {
        const { start, end } = layout.sentences[sentence];
        firstWord.set(sentence, (found = firstLetterOrDigit(layout.frame, start, end)));
      }
      return found;
    },
  };
  return index;
}

/**
 * Where the first letter or digit of text[start, end) is, or `end`: what `/[\p{L}\p{N}]/u` finds
 * in the slice, without copying a sentence that may hold pages of blanked quotes.
 */
export function firstLetterOrDigit(text: string, start: number, end: number): number {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      if ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return i;
      continue;
    }
    if (text[i] === QUOTED) continue; // a blanked quote: no letters
    // A surrogate pair is one character, unless the slice ends between its halves.
    const pair = i + 1 < end && code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    if (/[\p{L}\p{N}]/u.test(pair ? text.slice(i, i + 2) : text[i])) return i;
    if (pair) i++;
  }
  return end;
}

/**
 * An attribution in the quote's own sentence: the one right after it ("…,” Putin said), else the
 * main clause's before it (Xi said that “…”), else any later one in the sentence. Binary searches
 * and scans bounded by the quote's own stretch of the sentence keep a sentence of 10,000 quotes linear.
 */
function ownAttribution(layout: Layout, quote: QuoteSpan, sentences: SentenceIndex): Attribution | undefined {
  const first = spanIndexAt(layout.sentences, quote.start);
  const last = spanIndexAt(layout.sentences, quote.end - 1);
  const later = sentences.attributions(last);
  const firstAfter = firstVerbFrom(later, quote.end);
  const own = sentences.attributions(first);
  const beforeQuote = firstVerbFrom(own, quote.start);
  const introducing = own[beforeQuote - 1];
  const introduces = introducing !== undefined && INTRODUCES.test(layout.frame.slice(Math.max(introducing.verb.end, introducing.speaker.end), quote.start));
  for (let k = firstAfter; k < later.length && later[k].verb.start - quote.end <= MAX_TRAILING_GAP * 2; k++) {
    if (!isRightAfter(layout, quote.end, Math.min(later[k].speaker.start, later[k].verb.start))) continue;
    // "Putin said “…,” Lopez said “…”": a clause after the quote that introduces the next one is that one's.
    if (introduces && INTRODUCES.test(layout.frame.slice(later[k].verb.end, layout.frame.indexOf(QUOTED, later[k].verb.end)))) break;
    return later[k];
  }
  // “What curfew?” Trump asked. The question mark ended the sentence before its attribution.
  if (quote.closed && /[?!]\W*$/.test(layout.text.slice(quote.end - 3, quote.end))) {
    const next = layout.sentences[last + 1];
    const opening = next && spanIndexAt(layout.paragraphs, next.start) === spanIndexAt(layout.paragraphs, quote.start) ? sentences.attributions(last + 1)[0] : undefined;
    if (opening && isRightAfter(layout, quote.end, Math.min(opening.speaker.start, opening.verb.start))) return opening;
  }
  // "…, and when pressed, the mother of three replied, “…”": a clause that ends right at the quote
  // introduces it, also across the object a naming verb takes ("Putin had called it “a farce.”").
  if (introduces) return introducing;
  // Of several clauses since the last quote, the first main one ("Trump said that Clinton described it as “…”");
  // "While he acknowledged …," or "after the interview concluded" is not the sentence's main clause.
  const clauseStart = lastSemicolonFrom(layout.frame, Math.max(layout.sentences[first].start, layout.frame.lastIndexOf(QUOTED, quote.start - 1) + 1), quote.start);
  for (let k = firstVerbFrom(own, clauseStart); k < beforeQuote; k++) if (!own[k].subordinate) return own[k];
  // “…” and “…” after one verb: a quote with no clause of its own shares the sentence's first.
  const main = sentences.firstMain(first);
  if (main >= 0 && main < beforeQuote) return own[main];
  return beforeQuote > 0 ? own[0] : later[firstAfter];
}

/** What may stand between a clause and the quote it introduces: punctuation, and a pronoun object ("called it"). */
const INTRODUCES = /^[\s,:—–-]*(?:(?:it|him|her|them|me|us)\s+(?:as\s+)?)?$/;

/** A signature ends a line: a dash, a name, perhaps a full stop ("“…” ― Christina Lastra."). */
/** How far after a quote the end of its line is looked for: a signed line ends soon after its quotes. */
const MAX_SIGNED_LINE_REST = 300;
const SIGNATURE_AT_LINE_END = /[―—–]\s*\p{Lu}[^\n―—–“”"]{0,60}$/u;

/**
 * "“…” And that’s all he has “…” ― Christina Lastra.": in a collection of quotations, one to a line,
 * the name signed at the end of the line is the speaker of every quote on it.
 */
function signatureOfLine(layout: Layout, quote: QuoteSpan, sentences: SentenceIndex): Attribution | undefined {
  const rest = layout.text.slice(quote.end, quote.end + MAX_SIGNED_LINE_REST);
  const newline = rest.indexOf('\n');
  if (newline < 0 && quote.end + rest.length < layout.text.length) return undefined;
  const signature = SIGNATURE_AT_LINE_END.exec((newline < 0 ? rest : rest.slice(0, newline)).trimEnd());
  if (!signature) return undefined;
  const dash = quote.end + signature.index;
  return sentences.attributions(spanIndexAt(layout.sentences, dash)).find((attribution) => attribution.verb.start === dash);
}

/**
 * Where the clause before `end` starts, from `from` on: after the last semicolon, which ends a clause
 * as a quote does ("Nike holds …; Goldman holds …, and the report says the company “…”").
 */
function lastSemicolonFrom(frame: string, from: number, end: number): number {
  for (let k = end - 1; k >= from; k--) if (frame.charCodeAt(k) === SEMICOLON) return k + 1;
  return from;
}

const SEMICOLON = 0x3b;

/** The index of the first attribution whose verb starts at or after `position` (attributions are in text order). */
function firstVerbFrom(attributions: readonly Attribution[], position: number): number {
  return countWhile(attributions, (attribution) => attribution.verb.start < position);
}

/** "Sanders made the following comment: “…”": the subject of the clause that a colon ends right before the quote. */
function introducedByColon(layout: Layout, quote: QuoteSpan, sentences: SentenceIndex): Attribution | undefined {
  let colon = quote.start - 1;
  while (colon >= 0 && /\s/.test(layout.frame[colon])) colon--;
  if (layout.frame[colon] !== ':') return undefined;
  const sentenceIndex = spanIndexAt(layout.sentences, colon);
  const sentence = layout.sentences[sentenceIndex];
  if (!sentence) return undefined;
  // "Putin said:" at the end of the paragraph before: the clause has its own verb.
  const clauseAttributions = sentences.attributions(sentenceIndex);
  const own = clauseAttributions[firstVerbFrom(clauseAttributions, colon) - 1];
  if (own) return own;
  const tokens = tokenizeFrame(layout.frame, Math.max(sentence.start, layout.frame.lastIndexOf(QUOTED, colon) + 1), colon);
  let clauseStart = tokens.length - 1;
  while (clauseStart > 0 && !/^[;\uE000]/.test(tokens[clauseStart - 1].text)) clauseStart--;
  const speaker = clauseSubject(layout.text, tokens, Math.max(0, clauseStart), tokens.length);
  if (!speaker?.name && !speaker?.pronoun) return undefined;
  return { speaker, verb: { start: colon, end: colon + 1, text: ':' } };
}

/**
 * Margaret "Peggy" O'Brien, Thomas "Tip" O'Neill: one or two capitalised words quoted between a
 * person's first name and surname are a nickname, nobody's words.
 */
const NICKNAME = /^["“'‘]\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)?["”'’]$/u;

function isNickname(text: string, quote: Span): boolean {
  return NICKNAME.test(text.slice(quote.start, quote.end)) && /\p{Lu}\p{Ll}+ $/u.test(text.slice(Math.max(0, quote.start - 30), quote.start)) && /^ \p{Lu}/u.test(text.slice(quote.end, quote.end + 2));
}

/** "PENCE: Well, look…": a transcript's speaker label opening the quote. */
function transcriptLabel(text: string, quote: QuoteSpan): Attribution | undefined {
  const label = TRANSCRIPT_LABEL.exec(text.slice(quote.start, quote.start + 40));
  if (!label) return undefined;
  const start = quote.start + label[1].length;
  return labelled({ start, end: start + label[2].length, text: label[2] });
}

/** The attribution of a label's name and the colon after it. */
function labelled(name: Span & { readonly text: string }): Attribution {
  return { speaker: { ...name, name }, verb: { start: name.end, end: name.end + 1, text: ':' } };
}

/** A headline's length at most: one line of a story's title. */
const MAX_HEADLINE = 200;
/** "Sanders: ", "Rush Limbaugh: ": a name of up to three capitalised words and a colon opening a line. */
const HEADLINE_LABEL = /^(\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2}):\s/u;

/**
 * "Sanders: Clinton needs to 'get away from all of this personality stuff' with Trump.": a
 * headline that opens with a name and a colon gives the quotes in it to that name.
 */
function headlineLabel(layout: Layout, quote: QuoteSpan): Attribution | undefined {
  const paragraph = layout.paragraphs[spanIndexAt(layout.paragraphs, quote.start)];
  if (!paragraph || paragraph.end - paragraph.start > MAX_HEADLINE) return undefined;
  const label = HEADLINE_LABEL.exec(layout.frame.slice(paragraph.start, quote.start));
  if (!label) return undefined;
  return labelled({ start: paragraph.start, end: paragraph.start + label[1].length, text: label[1] });
}

function opensSentence(layout: Layout, quote: Span, sentences: SentenceIndex): boolean {
  const sentence = spanIndexAt(layout.sentences, quote.start);
  return sentence >= 0 && sentences.firstWord(sentence) >= quote.start;
}

/** Nothing but an attribution's opening words lie between the quote's end and `position`. */
function isRightAfter(layout: Layout, quoteEnd: number, position: number): boolean {
  if (position < quoteEnd || position - quoteEnd > MAX_TRAILING_GAP) return false;
  const gap = layout.frame.slice(quoteEnd, position);
  // "…,” The Hill reported.": a speaker's phrase is read without the article that opens it.
  return !gap.includes(QUOTED) && /^[\s,;:—–-]*(?:(?:The|A|An)\s+)?$/.test(gap);
}

/**
 * Conversational alternation (Elson & McKeown 2010; He et al. 2013): a quote opening its paragraph
 * with no attribution, after a paragraph that opens with dialogue, is the answer of the other of
 * the last two distinct speakers of the run of quoting paragraphs before it ("Hello," said Tom. /
 * "Hi," said Ann. / "Well?" / "How are you?" is Tom's, then Ann's, then Tom's; "Hi," said Ann.
 * twice over and the next line is still Tom's: in the four PDNC novels an untagged line opening its
 * paragraph has the speaker of the line before in 86 of 1,599 cases). The run reaches back as far
 * as the paragraphs remembered, past paragraphs with no quote of known speaker or with the last
 * speaker's, unless their narration names someone else. A quote left open at the end of the
 * paragraph before runs on instead.
 */
function takesTurn(layout: Layout, quote: QuoteSpan, lastOfParagraph: ReadonlyMap<number, LastAttribution>, resolver: SpeakerResolver): Found | undefined {
  const paragraph = spanIndexAt(layout.paragraphs, quote.start);
  if (paragraph < 1 || quote.start !== firstWordOrQuote(layout, layout.paragraphs[paragraph])) return undefined;
  const previous = lastOfParagraph.get(paragraph - 1);
  if (!previous?.speaker) return skipsUnknownTurn(layout, paragraph, lastOfParagraph);
  if (!closesQuote(layout.text, previous.at)) return undefined;
  if (!opensWithQuote(layout, paragraph - 1)) {
    const before = lastOfParagraph.get(paragraph - 2);
    // "Anna looked at the sky. “No,” she said." / "“Since when?”": the line, not narration, ends the paragraph.
    // A line of dialogue opens with a capital; a phrase quoted in narration ("she called it “outrageous”") does not.
    const isLine = /^\P{L}*\p{Lu}/u.test(layout.text.slice(previous.from, previous.at));
    const endsParagraph = spanIndexAt(layout.sentences, previous.at - 1) === spanIndexAt(layout.sentences, layout.paragraphs[paragraph - 1].end - 1);
    if (!isLine || !endsParagraph || !before?.speaker || before.speaker === previous.speaker || !opensWithQuote(layout, paragraph - 2)) return undefined;
    return { attribution: before.attribution, reach: 'turn' };
  }
  for (let back = 2; back <= PARAGRAPHS_REMEMBERED && paragraph - back >= 0; back++) {
    const earlier = lastOfParagraph.get(paragraph - back);
    if (!earlier?.speaker || earlier.speaker === previous.speaker) continue;
    // Narration that brings in someone else may have turned the conversation to them: the answer is
    // then the latest other person named, unless the narration last named the one who just spoke,
    // as news introduces a source before quoting them at length (the next line goes on with them).
    const narration = { start: layout.paragraphs[paragraph - back + 1].start, end: layout.paragraphs[paragraph - 2].end };
    if (back > 2 && resolver.namesSomeoneBut(narration, (person) => person.name === previous.speaker || person.name === earlier.speaker)) {
      if (resolver.lastNamedIs(narration, previous.speaker)) return undefined;
      break;
    }
    return { attribution: earlier.attribution, reach: 'turn' };
  }
  // Nobody spoke before the last speaker: the answer is the latest other person the narration names.
  const from = layout.paragraphs[Math.max(0, paragraph - PARAGRAPHS_REMEMBERED)].start;
  const narration = { start: from, end: quote.start };
  // The narrator answers only a line spoken to someone (a question, a "you"): an untagged paragraph
  // after a statement goes on with its speaker, as news quotes a source at length.
  const spokenTo = /\?|\byou(?:r|rs|rself)?\b/i.test(layout.text.slice(previous.from, previous.at));
  const other = resolver.latestPersonBut(previous.speaker, narration) ?? (previous.speaker === NARRATOR || !spokenTo ? undefined : narratorIn(layout, narration));
  return other && { attribution: { speaker: other, verb: previous.attribution.verb }, reach: 'turn' };
}

/** "I found Holloway in the library. / “You took your time,” he said. / “The roads were flooded.”": a first-person narrator is the other one in the conversation. */
function narratorIn(layout: Layout, span: Span): SpeakerPhrase | undefined {
  const isLetter = (at: number): boolean => /[\p{L}\p{N}]/u.test(layout.frame[at] ?? '');
  // lastIndexOf reads a negative position as 0: an "I" opening the text ("It was late") would be found again for ever.
  for (let at = layout.frame.lastIndexOf('I', span.end - 1); at >= span.start; at = at > 0 ? layout.frame.lastIndexOf('I', at - 1) : -1) {
    if (!isLetter(at - 1) && !isLetter(at + 1)) return { start: at, end: at + 1, text: 'I', pronoun: 'i' };
  }
  return undefined;
}

/**
 * "“Refuse him?” said Tom. / “Yes.” / “Upon what plea?”": a line of dialogue whose speaker was not
 * found does not break the exchange. The line after it, opening its paragraph with no tag, is the
 * turn of the speaker of the line before that one, when both lines open their paragraphs.
 */
function skipsUnknownTurn(layout: Layout, paragraph: number, lastOfParagraph: ReadonlyMap<number, LastAttribution>): Found | undefined {
  if (paragraph < 2 || !opensWithQuote(layout, paragraph - 1) || !opensWithQuote(layout, paragraph - 2)) return undefined;
  const before = lastOfParagraph.get(paragraph - 2);
  if (!before?.speaker || !closesQuote(layout.text, before.at)) return undefined;
  return { attribution: before.attribution, reach: 'turn' };
}

/**
 * A line of dialogue that opens its paragraph with no tag, after a line that addressed someone by
 * name ("Are you sure, Anna?"), is the answer of the one addressed (Elson & McKeown 2010).
 */
function answersVocative(layout: Layout, quote: QuoteSpan, lastOfParagraph: ReadonlyMap<number, LastAttribution>, resolver: SpeakerResolver): Found | undefined {
  const paragraph = spanIndexAt(layout.paragraphs, quote.start);
  if (paragraph < 1 || quote.start !== firstWordOrQuote(layout, layout.paragraphs[paragraph])) return undefined;
  // "“For you, Anna?” / Her father let go of her arm. / “…”": narration naming nobody between the
  // line and its answer does not change who answers.
  const narrated = !lastOfParagraph.has(paragraph - 1) && !opensWithQuote(layout, paragraph - 1) && paragraph >= 2;
  const line = narrated ? paragraph - 2 : paragraph - 1;
  const previous = lastOfParagraph.get(line);
  if (!previous?.speaker || !opensWithQuote(layout, line) || !closesQuote(layout.text, previous.at)) return undefined;
  if (narrated && resolver.namesSomeoneBut(layout.paragraphs[paragraph - 1], () => false)) return undefined;
  const addressed = resolver.vocativesIn({ start: previous.from, end: previous.at }).find((mention) => resolver.nameOf(mention) !== previous.speaker);
  if (!addressed) return undefined;
  const name = { start: addressed.start, end: addressed.end, text: addressed.text };
  return { attribution: { speaker: { ...name, name }, verb: previous.attribution.verb }, reach: 'turn' };
}

/** The paragraph's first word is a quote's: it is a line of dialogue, not narration. */
function opensWithQuote(layout: Layout, paragraph: number): boolean {
  return layout.frame[firstWordOrQuote(layout, layout.paragraphs[paragraph])] === QUOTED;
}

/** Where the paragraph's first word or quote starts. */
function firstWordOrQuote(layout: Layout, paragraph: Span): number {
  let i = paragraph.start;
  while (i < paragraph.end && /\s/.test(layout.frame[i])) i++;
  return i;
}

/** The quote ending at `end` has its closing mark (it does not run on into the next paragraph). */
function closesQuote(text: string, end: number): boolean {
  return /[”"’'»]/.test(text[end - 1] ?? '');
}

/**
 * A quote that is a sentence of its own, with no attribution, continues the last speaker of its
 * paragraph, or goes to the person the sentence before it is about (a guess), or continues the
 * paragraph before when it opens its paragraph (the news convention); failing that, it takes the
 * next attribution in its paragraph (“…” “…,” he said), a guess when it lies beyond the next
 * sentence, and last the person a paragraph of narration before it ends on (a guess).
 */
function continuedAttribution(
  layout: Layout,
  quote: QuoteSpan,
  sentences: SentenceIndex,
  lastOfParagraph: ReadonlyMap<number, LastAttribution>,
  resolver: SpeakerResolver,
): Found | undefined {
  const sentence = spanIndexAt(layout.sentences, quote.start);
  const paragraph = spanIndexAt(layout.paragraphs, quote.start);
  const paragraphStart = layout.paragraphs[paragraph].start;
  const earlier = latestAttribution(layout, sentences, paragraphStart, sentence - 1, lastOfParagraph.get(paragraph));
  if (earlier) return { attribution: earlier, reach: 'continuation' };
  const narration = sentence > 0 && layout.sentences[sentence - 1].start >= paragraphStart ? subjectOfNarration(layout, layout.sentences[sentence - 1], resolver) : undefined;
  if (narration) return { attribution: narration, reach: 'guess' };
  if (layout.sentences[sentence].start === paragraphStart && paragraph > 0) {
    const previous = layout.paragraphs[paragraph - 1];
    const fromPrevious = latestAttribution(layout, sentences, previous.start, spanIndexAt(layout.sentences, previous.end - 1), lastOfParagraph.get(paragraph - 1));
    if (fromPrevious) return { attribution: fromPrevious, reach: 'continuation', fromEarlierParagraph: true };
  }
  const paragraphEnd = layout.paragraphs[paragraph].end;
  const limit = Math.min(layout.sentences.length, sentence + 1 + MAX_SENTENCES_AWAY);
  for (let s = sentence + 1; s < limit && layout.sentences[s].start < paragraphEnd; s++) {
    const found = sentences.attributions(s)[0];
    if (found) return { attribution: found, reach: s === sentence + 1 ? 'continuation' : 'guess' };
  }
  // "“We are ready.” Putin smiled.": the person the sentence right after the line is about (a guess).
  const after = layout.sentences[sentence + 1];
  const beat = after && after.start < paragraphEnd && spanIndexAt(layout.sentences, quote.end - 1) === sentence ? subjectOfNarration(layout, after, resolver) : undefined;
  if (beat) return { attribution: beat, reach: 'guess' };
  // "Polina giggled. / “Last time you told me…”": a line opening its paragraph after a paragraph of narration.
  if (layout.sentences[sentence].start !== paragraphStart || paragraph === 0 || opensWithQuote(layout, paragraph - 1)) return undefined;
  const narrated = subjectOfNarration(layout, layout.sentences[spanIndexAt(layout.sentences, layout.paragraphs[paragraph - 1].end - 1)], resolver);
  return narrated && { attribution: narrated, reach: 'guess', fromEarlierParagraph: true };
}

/**
 * "Slackbridge jumped up and stood beside him. “Oh, my friends…”": a paragraph of fiction belongs to
 * one character, and a line of dialogue with no tag goes to the person its narration is about, the
 * subject of the sentence before it. The word after the subject stands for the verb.
 */
function subjectOfNarration(layout: Layout, sentence: Span, resolver: SpeakerResolver): Attribution | undefined {
  const tokens = tokenizeFrame(layout.frame, sentence.start, sentence.end);
  const speaker = clauseSubject(layout.text, tokens, 0, tokens.length);
  // A person, not any capitalised word: "Stop the …" opens a list item, "The Bank" is no one.
  if (!speaker || !(speaker.name ? resolver.namesPersonIn(speaker.name) : speaker.pronoun === 'he' || speaker.pronoun === 'she' || speaker.pronoun === 'i')) return undefined;
  const verb = tokens[verbAfterApposition(tokens, countWhile(tokens, (token) => token.start < speaker.end))];
  if (!verb?.isWord || !/^\p{Ll}/u.test(verb.text)) return undefined;
  return { speaker, verb: { start: verb.start, end: verb.end, text: verb.text } };
}

/** "Sen. Bernie Sanders (Vt.), who lost the primaries, identified": the verb after a subject's party label and apposition. */
function verbAfterApposition(tokens: readonly FrameToken[], afterSubject: number): number {
  const next = afterParenthesis(tokens, afterSubject, tokens.length);
  if (tokens[next]?.text !== ',') return next;
  for (let k = next + 1; k < tokens.length && k - next < MAX_APPOSITION_TOKENS; k++) if (tokens[k].text === ',') return k + 1;
  return next;
}

/** The last attribution in sentences [.., upTo] that start at or after `from`, or a quote's, whichever comes later. */
function latestAttribution(
  layout: Layout,
  sentences: SentenceIndex,
  from: number,
  upTo: number,
  lastQuote: LastAttribution | undefined,
): Attribution | undefined {
  for (let s = upTo; s >= 0 && s > upTo - MAX_SENTENCES_AWAY && layout.sentences[s].start >= from; s--) {
    const found = sentences.attributions(s);
    const last = found[found.length - 1];
    if (!last) continue;
    return lastQuote && lastQuote.at > last.verb.start ? lastQuote.attribution : last;
  }
  return lastQuote?.attribution;
}
