// Attribution clauses in one sentence of the writer's text: who says, with which verb, carried by which outlet.
import type { Span } from '../../model/model';
import { QUOTED, tokenizeFrame, type Layout, type FrameToken } from './layout';
import { clauseSubject, isPastTense, OUTSIDE_NOUN_PHRASE, phraseAfter, skipAdverbs, SUBJECT_PRONOUNS, subjectBefore, type SpeakerPhrase } from './phrases';
import { reportingVerbAt, type VerbForm } from './verbs';

export interface Attribution {
  readonly speaker: SpeakerPhrase;
  /** The reporting words as written ("said", "according to", "was quoted as saying"). */
  readonly verb: Span & { readonly text: string };
  /** The outlet the sentence credits for carrying the words ("as quoted by RT"). */
  readonly reportedBy?: SpeakerPhrase;
  /** Where the clause's reading ended, when past the verb ("quoted Xi as saying"). */
  readonly consumedTo?: number;
  /** The clause hangs on a conjunction ("after the interview concluded"), so it is not the sentence's main one. */
  readonly subordinate?: boolean;
}

/** How far back from a verb its clause is searched; bounds the work per verb in run-on sentences. */
const MAX_CLAUSE_TOKENS = 60;
const DASHES = new Set(['―', '—', '–']);
const COORDINATORS = new Set(['and', 'but', 'or']);
const SUBORDINATORS = new Set([
  'after', 'when', 'because', 'while', 'that', 'who', 'as', 'since', 'before', 'if', 'although', 'though', 'where', 'once',
  'until', 'whereas', 'unless',
]);
/** Verbs without an object, which may come before their speaker ("…, said Paul Beck."); "told X" names a listener. */
const INVERTIBLE = new Set([
  'said', 'says', 'added', 'adds', 'wrote', 'writes', 'noted', 'notes', 'explained', 'continued', 'replied', 'answered',
  'responded', 'argued', 'insisted', 'warned', 'declared', 'recalled', 'concluded', 'conceded', 'stated', 'observed',
  'remarked', 'joked', 'quipped', 'tweeted', 'countered', 'asked', 'admitted', 'acknowledged',
]);
const PASSIVE_AUXILIARIES = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being']);
/** Auxiliaries of an -ing verb's progressive: "Trump is telling veterans", "she has been saying". */
const PROGRESSIVE_AUXILIARIES = new Set(['is', 'was', 'are', 'were', 'am', 'been', "'s", '’s']);
/** Prepositions before a name and a mostly-noun form that make them one noun phrase: "32% of Republican claims". */
const BEFORE_A_NOUN_PHRASE = new Set(['of', 'about', 'against', 'to', 'with', 'for', 'from', 'on']);
/** Words before an -ing verb that make it hang on the clause's subject: "…, saying", "while adding". */
const PARTICIPLE_LEADS = new Set([',', 'while', 'after', 'before', 'when', 'by', 'in', '—', '–', ';', 'and']);

/** The attributions of `sentence`, in order of their verbs. */
export function attributionsIn(layout: Layout, sentence: Span): Attribution[] {
  const { text, frame } = layout;
  const tokens = tokenizeFrame(frame, sentence.start, sentence.end);
  const lower = tokens.map((t) => (t.isWord ? t.text.toLowerCase() : t.text));
  const found: Attribution[] = [];
  let pendingOutlet: SpeakerPhrase | undefined;
  const verbSpan = (from: number, to: number): Span & { text: string } => ({
    start: tokens[from].start,
    end: tokens[to].end,
    text: text.slice(tokens[from].start, tokens[to].end),
  });
  const push = (attribution: Attribution): void => {
    found.push(pendingOutlet && !attribution.reportedBy ? { ...attribution, reportedBy: pendingOutlet } : attribution);
    pendingOutlet = undefined;
  };

  for (let i = 0; i < tokens.length; i++) {
    const word = lower[i];
    // "“…” ― Pamela Padilla": a dash after a quote, then the name, as under a quotation; the closing
    // mark may be left in the writer's text when a quote inside it ("…calls “hell” than…”) closed early.
    if (DASHES.has(word) && (tokens[i - 1]?.text.startsWith(QUOTED) || /^[”"]$/.test(tokens[i - 1]?.text ?? '')) && isNameOrPronoun(tokens[i + 1])) {
      const speaker = phraseAfter(text, tokens, i + 1, lineEnd(text, tokens, i + 1));
      if (speaker?.name) push({ speaker, verb: verbSpan(i, i) });
      continue;
    }
    if (!tokens[i].isWord) continue;
    const saying = possessorOfSaying(tokens, lower, i);
    if (saying) {
      push(saying);
      continue;
    }
    // "as quoted by RT", "as reported by Tass": the outlet, for the attribution it follows.
    if ((word === 'quoted' || word === 'reported') && lower[i - 1] === 'as' && lower[i + 1] === 'by') {
      const outlet = phraseAfter(text, tokens, i + 2, tokens.length);
      if (outlet) {
        const previous = found[found.length - 1];
        if (previous && !previous.reportedBy) found[found.length - 1] = { ...previous, reportedBy: outlet };
        else pendingOutlet = outlet;
        i += 2;
      }
      continue;
    }
    if (word === 'according' && lower[i + 1] === 'to') {
      const source = phraseAfter(text, tokens, i + 2, tokens.length);
      if (!source) continue;
      // "Putin said, according to Tass": with a speaker already named, the source is the outlet.
      const previous = found[found.length - 1];
      if (previous && !previous.reportedBy && previous.verb.text !== 'according to') found[found.length - 1] = { ...previous, reportedBy: source };
      else push({ speaker: source, verb: verbSpan(i, i + 1) });
      i += 1;
      continue;
    }
    // Verbs are lower case in running text, and capitalised only to open a sentence ("Said Ellis: …").
    if (tokens[i].text !== word && (i > 0 || tokens[i].text !== word[0].toUpperCase() + word.slice(1))) continue;
    const listed = reportingVerbAt(lower, i);
    // "“…,” tweets Putin": right after a quote and before a name, the form is the quote's tag.
    const tagAfterQuote = tokens[i - 1]?.text.startsWith(QUOTED) && isNameOrPronoun(tokens[i + 1]);
    const readAsNoun = listed?.mostlyNoun && !tagAfterQuote && (!isNameOrPronoun(tokens[i - 1]) || BEFORE_A_NOUN_PHRASE.has(lower[i - 2]) || modifiesNoun(tokens, lower, i));
    // A form read as a noun may still tag a quote ("“…,” thought Tom").
    const form = (readAsNoun ? undefined : listed) ?? tagVerbAt(text, tokens, lower, i);
    if (!form) continue;
    const lastVerbToken = i + form.words - 1;
    const attribution = readClause(text, tokens, lower, i, lastVerbToken, form.participle, found, verbSpan);
    i = lastVerbToken;
    if (!attribution) continue;
    push(isSubordinate(tokens, lower, i, attribution.speaker.start) ? { ...attribution, subordinate: true } : attribution);
    const consumedTo = attribution.consumedTo ?? attribution.verb.end;
    while (i + 1 < tokens.length && tokens[i + 1].end <= consumedTo) i++; // "quoted Xi as saying" is read whole
  }
  return found;
}

/** The index of the first token after `from` on a later line, or the tokens' end: a signature ends with its line ("― Steve Jobs\nCollected …"). */
function lineEnd(text: string, tokens: readonly FrameToken[], from: number): number {
  for (let k = from + 1; k < tokens.length; k++) if (text.slice(tokens[k - 1].end, tokens[k].start).includes('\n')) return k;
  return tokens.length;
}

/**
 * "a Donald Trump tweet", "the Clinton campaign claim": the base form of a mostly-noun verb after a
 * name that a determiner opens is a noun the name modifies; a singular name would take "tweets".
 */
function modifiesNoun(tokens: readonly FrameToken[], lower: readonly string[], verb: number): boolean {
  if (lower[verb].endsWith('s') || isPastTense(lower[verb])) return false;
  let k = verb - 1;
  // "A Putin tweet" opening a sentence: its capitalised article is no part of the name.
  while (k > 0 && /^\p{Lu}/u.test(tokens[k - 1].text) && tokens[k - 1].isWord && !NOUN_DETERMINERS.has(lower[k - 1])) k--;
  return !/s$/.test(lower[verb - 1]) && NOUN_DETERMINERS.has(lower[k - 1] ?? '');
}

const NOUN_DETERMINERS = new Set(['a', 'an', 'the', 'this', 'his', 'her', 'their', 'its', 'another', 'every']);

/** Past forms that only help the verb after them ("“…,” Lopez was told", "“…,” she had claimed"): never a tag's verb. */
const PAST_AUXILIARIES = new Set(['was', 'were', 'had', 'did']);
/** What any verb of a quote's tag is: one word, a finite verb. */
const TAG_VERB: VerbForm = { participle: false, words: 1, mostlyNoun: false };
/** A quote that a comma or a dash ends inside its marks, so that its sentence goes on into the tag. */
const LEFT_OPEN_FOR_TAG = /[,—–-]["”’'»\s]*$/;
const ASKED_OR_CRIED = /[?!]["”’'»\s]*$/;
/** How many words a description of what was read may have, "the" included ("the group's letter"). */
const MAX_DESCRIPTION_WORDS = 4;
const isLowerCaseWord = (token: FrameToken): boolean => token.isWord && /^\p{Ll}/u.test(token.text);
/** How many words and full stops a name between a quote and its tag verb may have ("Mr. E. W. B. Childers"). */
const MAX_NAME_TOKENS = 8;

/**
 * Fiction tags its dialogue with many more verbs than any list holds ("“…,” Louisa repeated",
 * "“…?” resumed Tom", "“…,” she nodded"). A verb in the past tense right after a quote the
 * writer's sentence runs on from, next to a name or a pronoun, is its tag, and that name or pronoun
 * its speaker. After "?" or "!" the sentence runs on only when the tag is not capitalised, so there
 * the speaker must be a pronoun after the verb or a lower-case pronoun before it.
 */
function tagVerbAt(text: string, tokens: readonly FrameToken[], lower: readonly string[], i: number): VerbForm | undefined {
  // "Read" is spelled as its present: past only in a tag, after the thing read ("“…,” the letter read").
  const read = lower[i] === 'read';
  if (!(read || isPastTense(lower[i])) || tokens[i].text !== lower[i] || PAST_AUXILIARIES.has(lower[i])) return undefined;
  const quoteEnds = (token: FrameToken | undefined, lowerCaseTag: boolean): boolean => {
    if (!token?.text.startsWith(QUOTED)) return false;
    const quoted = text.slice(Math.max(token.start, token.end - 4), token.end);
    return LEFT_OPEN_FOR_TAG.test(quoted) || (lowerCaseTag && ASKED_OR_CRIED.test(quoted));
  };
  // "“…,” repeated Louisa": the verb right after the quote, the name after it; after a comma, a
  // description too ("“…,” growled the whelp").
  if (quoteEnds(tokens[i - 1], true) && isNameOrPronoun(tokens[i + 1])) return TAG_VERB;
  if (quoteEnds(tokens[i - 1], false) && lower[i + 1] === 'the' && /^\p{Ll}/u.test(tokens[i + 2]?.text ?? '')) return TAG_VERB;
  // "“…,” the statement read": a description of a text written.
  if (read) {
    const article = i > 0 ? lower.lastIndexOf('the', i - 1) : -1; // lastIndexOf at -1 would search from the end
    return article > 0 && i - article <= MAX_DESCRIPTION_WORDS && tokens.slice(article + 1, i).every(isLowerCaseWord) && quoteEnds(tokens[article - 1], false) ? TAG_VERB : undefined;
  }
  // "“…,” Mr. Louis Berg eagerly repeated": back over the adverbs and the name to the quote.
  const subject = skipAdverbs(tokens, i - 1, 0);
  if (!isNameOrPronoun(tokens[subject])) return undefined;
  let first = subject;
  while (first > 0 && subject - first < MAX_NAME_TOKENS && (/^\p{Lu}/u.test(tokens[first - 1].text) || tokens[first - 1].text === '.')) first--;
  return quoteEnds(tokens[first - 1], SUBJECT_PRONOUNS.has(tokens[subject].text)) ? TAG_VERB : undefined;
}

/** Nouns for what someone said, which "was" and a possessive tie to a quote: "“Yes,” was his answer". */
const SAYING_NOUNS = new Set([
  'answer', 'reply', 'response', 'rejoinder', 'retort', 'remark', 'comment', 'admission', 'exclamation', 'question',
  'observation', 'inquiry', 'enquiry', 'reproach', 'greeting', 'verdict',
]);
const POSSESSIVE_PRONOUNS = new Map([['his', 'he'], ['her', 'she'], ['their', 'they']]);
/** How many words (adjectives) may stand between the possessive and its noun: "was Fanny's humble answer". */
const MAX_WORDS_BEFORE_SAYING = 2;

/**
 * "“No,” was Edmund's answer", "“Yes,” was his only reply": after "was" right after a quote, the
 * owner of a noun for what was said is the quote's speaker. The verb spans "was" to the noun, so
 * that it starts right after the quote.
 */
function possessorOfSaying(tokens: readonly FrameToken[], lower: readonly string[], i: number): Attribution | undefined {
  if (lower[i] !== 'was' || !tokens[i - 1]?.text.startsWith(QUOTED)) return undefined;
  const owner = tokens[i + 1];
  if (!owner?.isWord) return undefined;
  let noun = i + 2;
  while (noun < tokens.length && noun < i + 2 + MAX_WORDS_BEFORE_SAYING && tokens[noun].isWord && !SAYING_NOUNS.has(lower[noun])) noun++;
  if (!SAYING_NOUNS.has(lower[noun] ?? '')) return undefined;
  const verb = { start: tokens[i].start, end: tokens[noun].end, text: tokens.slice(i, noun + 1).map((t) => t.text).join(' ') };
  const pronoun = POSSESSIVE_PRONOUNS.get(lower[i + 1]);
  if (pronoun) return { speaker: { start: owner.start, end: owner.end, text: owner.text, pronoun }, verb };
  const possessive = /^(\p{Lu}\p{L}*)['’]s$/u.exec(owner.text);
  if (!possessive) return undefined;
  const name = { start: owner.start, end: owner.start + possessive[1].length, text: possessive[1] };
  return { speaker: { ...name, name }, verb };
}

function readClause(
  text: string,
  tokens: readonly FrameToken[],
  lower: readonly string[],
  verb: number,
  lastVerbToken: number,
  participle: boolean,
  earlier: readonly Attribution[],
  verbSpan: (from: number, to: number) => Span & { text: string },
): Attribution | undefined {
  const previous = lower[verb - 1];
  // "Tass quoted Xi as saying": Xi speaks, Tass carries it.
  if (lower[verb] === 'quoted' && !PASSIVE_AUXILIARIES.has(previous)) {
    const asAt = lower.indexOf('as', verb + 1);
    const speaker = asAt > verb + 1 && asAt < verb + 8 ? phraseAfter(text, tokens, verb + 1, asAt) : undefined;
    if (!speaker) return undefined;
    const outlet = subjectBefore(text, tokens, verb, 0);
    // The clause is read up to "as saying" so that its -ing verb is not read again.
    const consumed = lower[asAt + 1]?.endsWith('ing') ? asAt + 1 : asAt;
    return { speaker, verb: verbSpan(verb, verb), consumedTo: tokens[consumed].end, ...(outlet && { reportedBy: outlet }) };
  }
  if (PASSIVE_AUXILIARIES.has(previous) && !participle) {
    // "Xi was quoted as saying" names the speaker; other passives ("was told") name the listener,
    // and the speaker only after "by" ("“…,” Lopez was told by a guard").
    if (lower[lastVerbToken + 1] === 'by') {
      const agent = phraseAfter(text, tokens, lastVerbToken + 2, tokens.length);
      if (lower[verb] !== 'quoted') return agent && { speaker: agent, verb: verbSpan(verb - 1, lastVerbToken + 1) };
      // "Xi was quoted by Tass as saying": Xi speaks, Tass carries it.
      const speaker = subjectBefore(text, tokens, verb - 1, 0);
      return speaker && { speaker, verb: verbSpan(verb - 1, verb), ...(agent && { reportedBy: agent, consumedTo: agent.end }) };
    }
    if (lower[verb] !== 'quoted' || lower[verb + 1] !== 'as') return undefined;
    const speaker = subjectBefore(text, tokens, verb - 1, 0);
    const lastVerb = lower[verb + 2]?.endsWith('ing') ? verb + 2 : verb + 1;
    return speaker && { speaker, verb: verbSpan(verb - 1, lastVerb) };
  }
  // "…, saying" and "…, and then tweeted": the clause's subject, or the speaker the sentence already named.
  const coordinated = COORDINATORS.has(lower[skipAdverbs(tokens, verb - 1, 0)] ?? '');
  if ((participle && (verb === 0 || PARTICIPLE_LEADS.has(previous))) || coordinated) {
    const inherited = earlier[earlier.length - 1];
    const subordinate = coordinated ? subjectOfSubordinateClause(text, tokens, lower, verb, inherited?.verb.end ?? 0) : undefined;
    if (subordinate) return { speaker: subordinate, verb: verbSpan(verb, lastVerbToken) };
    // "…an architect who said he was stiffed, saying": a relative clause's "who" is not the subject the -ing verb hangs on.
    const main = !inherited || inherited.speaker.pronoun === 'who' ? clauseSubject(text, tokens, 0, verb, true) : undefined;
    // "It was a potent punch, as Mrs. Clinton echoed the criticism, saying": an empty "it" says
    // nothing, so the -ing verb hangs on the subject of the clause nearer to it.
    const inner = main?.pronoun === 'it' ? subjectOfSubordinateClause(text, tokens, lower, verb, main.end) : undefined;
    if (inner) return { speaker: inner, verb: verbSpan(verb, lastVerbToken) };
    const speaker = (main?.name || main?.pronoun ? main : undefined) ?? inherited?.speaker ?? main ?? subjectAfterOpeningParticiple(text, tokens, verb);
    return speaker && { speaker, verb: verbSpan(verb, lastVerbToken), ...(inherited?.reportedBy && { reportedBy: inherited.reportedBy }) };
  }
  // "“…,” said Fallon": straight after a quote the speaker follows the verb.
  if (followsQuote(tokens, verb)) {
    const speaker = phraseAfter(text, tokens, lastVerbToken + 1, tokens.length);
    if (speaker) return { speaker, verb: verbSpan(verb, lastVerbToken) };
  }
  const speaker =
    subjectBefore(text, tokens, participle ? beforeProgressive(tokens, lower, verb) : verb, 0) ??
    speakerAfterCommaAtClauseEnd(text, tokens, verb, lastVerbToken) ??
    subjectAcrossApposition(text, tokens, verb) ??
    subjectAcrossDashes(text, tokens, verb) ??
    speakerAfterOpeningVerb(text, tokens, verb, lastVerbToken);
  // "at one point calling", "banners proclaiming": an -ing verb after a thing, not a person, hangs on the clause's subject.
  if (participle && speaker && !speaker.name && !speaker.pronoun) {
    const inherited = earlier[earlier.length - 1];
    const subject = inherited?.speaker ?? clauseSubject(text, tokens, 0, verb);
    if (subject?.name || subject?.pronoun) return { speaker: subject, verb: verbSpan(verb, lastVerbToken) };
  }
  return speaker && { speaker, verb: verbSpan(verb, lastVerbToken) };
}

/**
 * "After saying her foot was “so swollen …,” she was", "Saying …, Smith left": a participle that
 * opens the sentence hangs on the subject after the comma that ends its clause (maybe inside a quote's marks).
 */
function subjectAfterOpeningParticiple(text: string, tokens: readonly FrameToken[], verb: number): SpeakerPhrase | undefined {
  if (verb > 1) return undefined;
  let comma = verb + 1;
  while (comma < tokens.length && comma - verb < MAX_CLAUSE_TOKENS && !isComma(text, tokens[comma])) comma++;
  if (comma >= tokens.length || comma - verb >= MAX_CLAUSE_TOKENS) return undefined;
  const subject = clauseSubject(text, tokens, comma + 1, tokens.length);
  return subject?.name || subject?.pronoun ? subject : undefined;
}

/** Where the subject of an -ing verb ends: before its progressive auxiliary, if it has one ("Trump is also telling"). */
function beforeProgressive(tokens: readonly FrameToken[], lower: readonly string[], verb: number): number {
  const auxiliary = skipAdverbs(tokens, verb - 1, 0);
  return auxiliary >= 0 && PROGRESSIVE_AUXILIARIES.has(lower[auxiliary]) ? auxiliary : verb;
}

function followsQuote(tokens: readonly FrameToken[], verb: number): boolean {
  let k = verb - 1;
  while (k >= 0 && /^[,—–-]$/.test(tokens[k].text)) k--;
  return k >= 0 && tokens[k].text.startsWith(QUOTED);
}

/** A comma, or a blanked quote whose own marks end with one ("“The Long Winter,”"): where a clause ends. */
function isComma(text: string, token: FrameToken | undefined): boolean {
  return token !== undefined && (token.text === ',' || (token.text.startsWith(QUOTED) && /,\W$/.test(text.slice(token.start, token.end))));
}

/** "Brian Fallon, the campaign’s press secretary, (firmly) noted": past the apposition to the clause's subject. */
function subjectAcrossApposition(text: string, tokens: readonly FrameToken[], verbAt: number): SpeakerPhrase | undefined {
  // The apposition's closing comma may come before an adverb: "…, forcefully told".
  const verb = skipAdverbs(tokens, verbAt - 1, 0) + 1;
  // The comma may sit inside a title's marks: "author of “The Long Winter,” put it".
  if (!isComma(text, tokens[verb - 1])) return undefined;
  let clauseStart = verb - 1;
  while (clauseStart > 0 && verb - clauseStart < MAX_CLAUSE_TOKENS && !/^[;:—–]$/.test(tokens[clauseStart - 1].text)) clauseStart--;
  // The clause starts after a quote it attributes ("“…,” Lopez, the spokeswoman, said"), or at the
  // sentence's start when the quote was a title inside the apposition.
  let afterQuote = verb - 1;
  while (afterQuote > clauseStart && !tokens[afterQuote - 1].text.startsWith(QUOTED)) afterQuote--;
  for (const start of afterQuote > clauseStart ? [afterQuote, clauseStart] : [clauseStart]) {
    const subject = clauseSubject(text, tokens, start, verb - 1);
    if (subject?.name || subject?.pronoun) return subject;
  }
  return namedBeforeApposition(text, tokens, verb - 1, Math.max(clauseStart, afterQuote));
}

/**
 * "John Dickey, the chief executive of Ora Media -- the company that owns …, which … -- told me":
 * past an aside between dashes to the subject before it, named or set off by an apposition.
 */
function subjectAcrossDashes(text: string, tokens: readonly FrameToken[], verbAt: number): SpeakerPhrase | undefined {
  const close = skipAdverbs(tokens, verbAt - 1, 0);
  if (!isDash(tokens, close)) return undefined;
  let open = close - (tokens[close - 1]?.text === '-' ? 2 : 1);
  while (open > 0 && close - open < MAX_APPOSITION_TOKENS * 2 && !isDash(tokens, open)) open--;
  if (!isDash(tokens, open)) return undefined;
  if (tokens[open - 1]?.text === '-') open--;
  const apposed = namedBeforeApposition(text, tokens, open, 0);
  if (apposed) return apposed;
  const subject = subjectBefore(text, tokens, open, 0);
  return subject?.name || subject?.pronoun ? subject : undefined;
}

/** A dash: "—", "–", or the "--" that some papers type for one. */
function isDash(tokens: readonly FrameToken[], k: number): boolean {
  const token = tokens[k]?.text;
  return token !== undefined && (DASHES.has(token) || (token === '-' && (tokens[k - 1]?.text === '-' || tokens[k + 1]?.text === '-')));
}

/** How many tokens an apposition between a subject and its verb may run. */
const MAX_APPOSITION_TOKENS = 30;

/**
 * The name an apposition's commas set off from a clause the sentence opened with something else:
 * "…, Col. Ann Reyes, a military spokeswoman in Kabul, said", "…, her adviser, Tom Hale, said",
 * "after Mr. Diaz, asked about the vote, had said", "Gov. Ann Reyes (R-Ohio), said". `comma` is the
 * comma before the verb; the apposition opens with a lower-case word that does not start a clause.
 */
function namedBeforeApposition(text: string, tokens: readonly FrameToken[], comma: number, floor: number): SpeakerPhrase | undefined {
  const named = (phrase: SpeakerPhrase | undefined): SpeakerPhrase | undefined => (phrase?.name ? phrase : undefined);
  // "Gov. Ann Reyes (R-Ohio), said": a stray comma after the party label.
  if (tokens[comma - 1]?.text === ')') return named(subjectBefore(text, tokens, comma, floor));
  let open = comma - 1;
  while (open > floor && comma - open < MAX_APPOSITION_TOKENS && tokens[open].text !== ',') open--;
  if (tokens[open]?.text !== ',' || open <= floor) return undefined;
  const first = tokens[open + 1];
  // "her senior adviser, Tom Hale, said": the apposition is the name.
  // Not a description that ends with a name ("John Dickey, the chief executive of Ora Media -- … -- told").
  const appositionName = first?.isWord && /^\p{Lu}/u.test(first.text) ? named(phraseAfter(text, tokens, open + 1, comma)) : undefined;
  if (appositionName && tokens[comma - 1].end === appositionName.end) return appositionName;
  if (!first?.isWord || !/^\p{Ll}/u.test(first.text) || (OUTSIDE_NOUN_PHRASE.has(first.text) && first.text !== 'who')) return undefined;
  const subject = subjectBefore(text, tokens, open, floor);
  // "A senior official, who spoke on condition of anonymity, said": a relative clause may follow a description too.
  return first.text === 'who' && subject && !subject.pronoun ? subject : named(subject);
}

/** "…” in the 2008 primary, said Paul Beck.": after a comma, a name that ends the clause follows the verb. */
function speakerAfterCommaAtClauseEnd(text: string, tokens: readonly FrameToken[], verb: number, lastVerbToken: number): SpeakerPhrase | undefined {
  if (tokens[verb - 1]?.text !== ',' || !INVERTIBLE.has(tokens[verb].text) || !/^(?:\p{Lu}|the$|a$|an$)/u.test(tokens[lastVerbToken + 1]?.text ?? '')) return undefined;
  const speaker = phraseAfter(text, tokens, lastVerbToken + 1, tokens.length);
  if (!speaker?.name) return undefined;
  let next = lastVerbToken + 1;
  while (next < tokens.length && tokens[next].start < speaker.end) next++;
  return next >= tokens.length || /^[,.;!?]$/.test(tokens[next].text) ? speaker : undefined;
}

/** With no subject before it, a verb that opens its sentence has the speaker after it ("Said Trump: …"). */
function speakerAfterOpeningVerb(text: string, tokens: readonly FrameToken[], verb: number, lastVerbToken: number): SpeakerPhrase | undefined {
  const opens = verb === 0 || /^[:;]$/.test(tokens[verb - 1].text);
  return opens ? phraseAfter(text, tokens, lastVerbToken + 1, tokens.length) : undefined;
}

/** A word that can be the subject right before a verb: a name (not a possessive, "Thursday’s remarks") or a pronoun. */
function isNameOrPronoun(token: FrameToken | undefined): boolean {
  // Not a possessive ("Thursday’s remarks") nor a compound ("Trump-style retort").
  if (!token?.isWord || /['’]s$/.test(token.text) || /-\p{Ll}+$/u.test(token.text)) return false;
  return /^\p{Lu}/u.test(token.text) || SUBJECT_PRONOUNS.has(token.text);
}

/** "after she attacked the police and blamed …": the subject that opens the clause the verb is coordinated in. */
function subjectOfSubordinateClause(text: string, tokens: readonly FrameToken[], lower: readonly string[], verb: number, notBefore: number): SpeakerPhrase | undefined {
  for (let k = verb - 1; k >= 0 && verb - k < MAX_CLAUSE_TOKENS && tokens[k].start >= notBefore; k--) {
    if (!SUBORDINATORS.has(lower[k])) continue;
    const subject = phraseAfter(text, tokens, k + 1, verb);
    return subject?.name || subject?.pronoun ? subject : undefined;
  }
  return undefined;
}

/** Whether the clause of the verb at `verb`, whose speaker starts at `speakerStart`, opens with a conjunction ("after the interview concluded"). */
function isSubordinate(tokens: readonly FrameToken[], lower: readonly string[], verb: number, speakerStart: number): boolean {
  let k = verb;
  while (k > 0 && verb - k < 20 && tokens[k].start > speakerStart) k--;
  // "an architect who said he was never paid": a relative clause is not the sentence's main one.
  if (tokens[k].start === speakerStart && lower[k] === 'who') return true;
  const opener = tokens[k].start === speakerStart ? lower[k - 1] : lower[verb - 1];
  return SUBORDINATORS.has(opener ?? '');
}
