// The noun phrase that names a speaker, read off the tokens on either side of a reporting verb.
import type { Span } from '../../model/model';
import { QUOTED, type FrameToken } from './layout';
import { LEXICON } from '../entities/compromiseInternals';

/** Words that can sit between a speaker and the verb: "Putin also said", "she has repeatedly claimed". */
const BETWEEN_SPEAKER_AND_VERB = new Set([
  'also', 'then', 'later', 'once', 'previously', 'recently', 'repeatedly', 'often', 'again', 'just', 'even', 'only',
  'reportedly', 'has', 'have', 'had', 'would', 'will', 'could', 'should', 'might', 'may', 'did', 'does', 'do', 'not',
  'further', 'first', 'finally', 'still', 'never', 'always', 'earlier', 'since', 'subsequently', 'immediately',
  'frequently', 'initially', 'ultimately', 'herself', 'himself', 'themselves', 'itself', 'now', 'today', 'yesterday',
  "didn't", "doesn't", "don't", "hasn't", "haven't", "hadn't", "won't", "wouldn't", "can't", "couldn't", "isn't", "wasn't",
]);

/** Lower-case words a speaker's noun phrase never contains; reading leftwards stops at them. */
export const OUTSIDE_NOUN_PHRASE = new Set([
  'that', 'which', 'whom', 'whose', 'what', 'when', 'where', 'while', 'as', 'because', 'since', 'after', 'before', 'if',
  'but', 'and', 'or', 'nor', 'so', 'than', 'though', 'although', 'to', 'in', 'on', 'by', 'with', 'from', 'into',
  'about', 'during', 'under', 'over', 'against', 'without', 'through', 'per', 'like', 'unless', 'until', 'whether',
  'how', 'why', 'there', 'here', 'is', 'was', 'are', 'were', 'be', 'been', 'being', 'not', 'then', 'also', 'once', 'till',
  'at', 'for', 'of', 'who', 'said', 'says', 'say', 'told', 'tells', 'has', 'have', 'had', 'will', 'would', 'can',
  'could', 'did', 'does', 'do', 'among', 'amid', 'toward', 'towards', 'upon', 'onto', 'via', 'despite', 'it',
]);

/** Pronouns that are objects only: a subject's noun phrase never ends with one. */
const OBJECT_PRONOUNS = new Set(['him', 'them', 'me', 'us']);

/** Quantifiers that may follow the pronoun they quantify: "they all said", "we both agreed". */
const FLOATING_QUANTIFIERS = new Set(['all', 'both', 'each']);

/** How far into a sentence an opening adverbial may run. */
const MAX_ADVERBIAL_TOKENS = 40;

const ARTICLES = new Set(['a', 'an', 'the']);
const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your']);

/** Prepositions that open an adverbial between a subject and its verb. */
const ADVERBIAL_PREPOSITIONS = new Set(['at', 'on', 'in', 'during', 'after', 'before', 'since', 'via', 'through', 'over']);
/** Prepositions that open an adverbial before a sentence's subject: "In Oslo, …", "From Riga, …". */
const OPENING_PREPOSITIONS = new Set([...ADVERBIAL_PREPOSITIONS, 'from', 'for', 'with', 'by', 'near', 'across', 'outside', 'inside', 'under', 'amid', 'among']);

export const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you', 'who']);
/** The subject pronouns that stand for people. */
const PERSONAL_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'you']);

/** Capitalised words that open sentences and clauses rather than names. */
const CAPITALISED_FUNCTION_WORDS = new Set([
  'The', 'A', 'An', 'But', 'And', 'Or', 'In', 'On', 'At', 'For', 'With', 'From', 'By', 'As', 'After', 'Before', 'When',
  'While', 'If', 'Although', 'Though', 'Yet', 'So', 'Then', 'Still', 'However', 'Meanwhile', 'Later', 'Earlier',
  'Also', 'This', 'That', 'These', 'Those', 'Its', 'His', 'Her', 'Their', 'Our', 'My', 'Your', 'It', 'He', 'She',
  'They', 'We', 'I', 'You', 'There', 'Here', 'Now', 'Today', 'Yesterday', 'Last', 'Next', 'Even', 'Only', 'Just',
  'Some', 'Many', 'Most', 'Several', 'Both', 'All', 'Each', 'Every', 'Another', 'Other', 'Such', 'What', 'Who',
  'Asked', 'According', 'Speaking', 'Instead', 'Indeed', 'Separately', 'Ultimately', 'Finally', 'During', 'Following',
  'Once', 'Perhaps', 'Despite', 'Since', 'Until', 'Because', 'Like', 'Unlike', 'Amid', 'Among', 'Under', 'Over',
  'Through', 'Without', 'Within', 'Whether', 'Having', 'Given', 'Upon', 'Of', 'To', 'Not', 'No', 'Nor', 'Where', 'Why',
  'How', 'Which', 'Whose',
]);

/** Days and months are capitalised but never part of a speaker's name ("said Friday", "tweets early Friday"). */
const CALENDAR_WORDS = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Aug|Sept?|Oct|Nov|Dec)$/;

/** Nouns that may follow a name inside one noun phrase: "MSNBC host Chris Matthews", "Clinton communication director". */
const ROLE_NOUNS = new Set([
  'host', 'anchor', 'spokesman', 'spokeswoman', 'spokesperson', 'director', 'secretary', 'president', 'chairman',
  'chairwoman', 'chair', 'reporter', 'correspondent', 'adviser', 'advisor', 'aide', 'senator', 'candidate', 'nominee',
  'official', 'officials', 'attorney', 'lawyer', 'leader', 'manager', 'chief', 'executive', 'campaign', 'communication',
  'communications', 'press', 'staff', 'strategist', 'pollster', 'analyst', 'economist', 'professor', 'founder',
  'member', 'members', 'governor', 'mayor', 'minister', 'ambassador', 'general', 'commander', 'head', 'editor',
  'columnist', 'writer', 'author', 'deputy', 'vice', 'running', 'mate', 'surrogate', 'supporter', 'supporters',
  'critic', 'fellow', 'researcher', 'scientist', 'expert', 'state', 'media', 'outlet', 'agency', 'news', 'party',
]);

/** Titles dropped from a speaker's name ("Sen. Tim Kaine" → "Tim Kaine"). */
const TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mlle', 'mme', 'dr', 'sen', 'rep', 'gov', 'del', 'gen', 'lt', 'col', 'sgt', 'capt', 'adm', 'prof', 'rev',
  'president', 'vice', 'senator', 'representative', 'governor', 'secretary', 'judge', 'justice', 'mayor', 'chairman',
  'chairwoman', 'minister', 'prime', 'premier', 'vice-premier', 'vice-president', 'sheriff', 'chief', 'commissioner',
  'pope', 'king', 'queen', 'prince', 'princess', 'lord', 'lady', 'sir', 'dame', 'attorney', 'general', 'ambassador',
  'spokesman', 'spokeswoman', 'speaker', 'leader', 'director', 'officer', 'candidate', 'nominee', 'host', 'former',
]);

const NAME_PARTICLES = new Set(['de', 'van', 'von', 'der', 'den', 'bin', 'ibn', 'al', 'la', 'le', 'du', 'del', 'da', 'di', 'dos', 'st']);
/** How many particles may stand in a row inside a name ("Ursula von der Leyen"). */
const MAX_PARTICLES = 3;

/** Whether tokens[k] opens a run of particles that a name part follows, inside `first..last`: "de" in "Paul de Witt". */
function particlesBeforeName(tokens: readonly FrameToken[], k: number, last: number): boolean {
  let e = k;
  while (e <= last && e - k < MAX_PARTICLES && NAME_PARTICLES.has(tokens[e].text)) e++;
  return e > k && e <= last && isNamePart(tokens, e);
}

/** Whether tokens[k] closes a run of particles that a name part precedes, from `first` on: "der" in "von der Leyen". */
function particlesAfterName(tokens: readonly FrameToken[], k: number, first: number): boolean {
  let s = k;
  while (s >= first && k - s < MAX_PARTICLES && NAME_PARTICLES.has(tokens[s].text)) s--;
  return s < k && s >= first && isNamePart(tokens, s);
}

/**
 * A name with the possessive ending ("Tomas Hale’s"): the noun after it, not the name, is who the
 * phrase is about. Only "’s", not the names' POSSESSIVE (entities/tokens.ts), which also takes
 * "Jones’": at a reporting verb that mark is as often a closing quotation mark.
 */
const isPossessive = (token: FrameToken): boolean => token.isWord && /['’]s$/.test(token.text);

/** A phrase naming a speaker: its span, and within it the span of a proper name when it has one at its head. */
export interface SpeakerPhrase extends Span {
  readonly text: string;
  /** The name at the head of the phrase without titles ("Jennifer Palmieri" in "Clinton communication director Jennifer Palmieri"). */
  readonly name?: Span & { readonly text: string };
  /** Set when the phrase is a pronoun ("he", "who"). */
  readonly pronoun?: string;
  /** For a relative "who", the phrase it refers back to ("McConnell" in "McConnell, the leader, who said"). */
  readonly antecedent?: SpeakerPhrase;
}

const isDeterminer = (token: FrameToken): boolean => token.isWord && DETERMINERS.has(token.text.toLowerCase());
const isSubjectPronoun = (token: FrameToken): boolean => token.isWord && token.text !== 'I' && SUBJECT_PRONOUNS.has(token.text.toLowerCase());
const isCapitalised = (token: FrameToken): boolean => token.isWord && /^\p{Lu}/u.test(token.text);
const isLowerWord = (token: FrameToken): boolean => token.isWord && /^[\p{Ll}\p{N}]/u.test(token.text);

/** Whether `tokens[i]` is a '.' that belongs to the word before it (Mr., G.K., U.S.). */
function isAbbreviationDot(tokens: readonly FrameToken[], i: number): boolean {
  const word = tokens[i - 1];
  if (tokens[i]?.text !== '.' || !word?.isWord || word.end !== tokens[i].start) return false;
  return word.text.length <= 4 && /^\p{Lu}/u.test(word.text);
}

/**
 * The subject before the verb at `verb`: skip adverbs and auxiliaries, then read the noun phrase
 * leftwards to a clause boundary. Stops at `floor` (a token index). Undefined when there is none.
 */
export function subjectBefore(text: string, tokens: readonly FrameToken[], verb: number, floor: number): SpeakerPhrase | undefined {
  let i = skipAdverbs(tokens, verb - 1, floor);
  // "Sen. Elizabeth Warren (D-Mass.) said": the party label is not part of the name.
  if (tokens[i]?.text === ')') i = findOpenParen(tokens, i, floor) - 1;
  if (i < floor) return undefined;
  const last = i;
  // A pronoun is the whole subject: "even now at 86 she still says" is "she", not "86 she".
  const lastWord = tokens[last].text;
  if (tokens[last].isWord && lastWord !== 'I' && lastWord.toLowerCase() !== 'who' && SUBJECT_PRONOUNS.has(lastWord.toLowerCase())) return phrase(text, tokens, last, last, 'head-last');
  // "Officials who said they knew him said": an object pronoun ends a relative clause, whose "who" follows the subject.
  if (OBJECT_PRONOUNS.has(lastWord)) {
    const who = relativeWhoBefore(tokens, last, floor);
    return who < 0 ? undefined : subjectBefore(text, tokens, who, floor);
  }
  // "They all said": a quantifier floated after its pronoun.
  if (FLOATING_QUANTIFIERS.has(lastWord) && last > floor && isSubjectPronoun(tokens[last - 1])) return phrase(text, tokens, last - 1, last - 1, 'head-last');
  while (i >= floor) {
    const token = tokens[i];
    if (token.text === ')') {
      const open = findOpenParen(tokens, i, floor);
      if (open < 0) break;
      i = open - 1;
      continue;
    }
    if (token.text === '.' && isAbbreviationDot(tokens, i)) {
      i--;
      continue;
    }
    if (!token.isWord) {
      if ((token.text === '’' || token.text === "'") && tokens[i + 1]?.text === 's') {
        i--;
        continue;
      }
      break;
    }
    if (isLowerWord(token) && OUTSIDE_NOUN_PHRASE.has(token.text)) {
      if (token.text === 'who' && i === last) i--; // "McConnell, who said": the relative pronoun is the subject
      break;
    }
    // "He Lifeng said": "He" before a name is the name's surname, not a pronoun.
    if (isSubjectPronoun(token) && i < last && !(token.text === 'He' && isNamePart(tokens, i + 1))) break;
    // "Tomas Hale met the mayor, who said": a verb after its subject ends the noun phrase ("the
    // newly elected mayor" goes on).
    if (isLowerWord(token) && isPastTenseOnly(token.text) && i > floor && (isCapitalised(tokens[i - 1]) || isSubjectPronoun(tokens[i - 1]))) break;
    i--;
    if (last - i >= 12) return undefined;
  }
  let first = i + 1;
  while (first <= last && isCapitalisedFunctionWord(tokens[first]) && !SUBJECT_PRONOUNS.has(tokens[first].text.toLowerCase())) first++;
  // "The family said": a determiner opening the sentence belongs to the description after it, as "the" does mid-sentence.
  if (first > i + 1 && first <= last && isDeterminer(tokens[first - 1]) && isLowerWord(tokens[first])) first--;
  if (first > last || (first === last && DETERMINERS.has(tokens[first].text.toLowerCase()))) return undefined;
  const found = phrase(text, tokens, first, last, 'head-last');
  if (found.pronoun === 'who') {
    const antecedent = antecedentOfWho(text, tokens, first, floor);
    return antecedent ? { ...found, antecedent } : found;
  }
  // "the 34-year-old mother of three replied", "the mayor of Lake Town said", "the senator from
  // Ohio said": "of" joins a description's head to its complement, who is not the speaker.
  if (!found.pronoun && i > floor && (tokens[i].text === 'of' || (found.name && tokens[i].text === 'from'))) {
    const head = subjectBefore(text, tokens, i, floor);
    const headFirst = head && !head.name && !head.pronoun ? tokens.findIndex((token) => token.start === head.start) : -1;
    // The determiner may open the sentence, where the head's reading skipped it ("The mother of three").
    const determiner = headFirst > floor && isDeterminer(tokens[headFirst - 1]) ? headFirst - 1 : headFirst;
    if (headFirst >= 0 && isDeterminer(tokens[determiner])) return phrase(text, tokens, determiner, last, 'head-last');
  }
  // "Trump at the time said", "Clinton in a statement said", "Trump in Ohio said": the subject stands before the adverbial.
  if (!found.pronoun && i > floor && ADVERBIAL_PREPOSITIONS.has(tokens[i].text)) {
    const before = subjectBefore(text, tokens, i, floor);
    if (before?.pronoun || (before?.name && (!found.name || isNamePart(tokens, i - 1)))) return before;
    if (found.name) return found;
    // "Protesters marching through the streets chanted": the participle and what follows it modify the head.
    const participle = i - 1;
    if (before && participle > floor && isLowerWord(tokens[participle]) && /^\p{Ll}+ing$/u.test(tokens[participle].text) && tokens[participle - 1].start >= before.start) {
      return phrase(text, tokens, tokenAt(tokens, floor, before.start), participle - 1, 'head-last');
    }
  }
  // "the woman in red said", "the officer with the dog replied": a description's head stands
  // before the words that describe it, and is the speaker. Not after a verb ("The rally ended
  // after the interview concluded", "The ad concludes with footage of…").
  if (!found.pronoun && !found.name && i > floor && DESCRIBING_PREPOSITIONS.has(tokens[i].text) && !mayBeVerb(tokens[i - 1].text)) {
    const before = subjectBefore(text, tokens, i, floor);
    if (before && !before.name && !before.pronoun && /^(?:the|a|an)\s/i.test(before.text)) return before;
  }
  return found;
}

/** "the groups who", "McConnell, now the majority leader, who": the noun phrase a relative "who" refers to. */
function antecedentOfWho(text: string, tokens: readonly FrameToken[], who: number, floor: number): SpeakerPhrase | undefined {
  let end = who;
  let described: SpeakerPhrase | undefined;
  for (let step = 0; step < 2; step++) {
    const afterComma = tokens[end - 1]?.text === ',';
    if (afterComma) end--;
    if (end <= floor) break;
    const found = subjectBefore(text, tokens, end, floor);
    if (!found || found.pronoun) break;
    if (found.name) return found;
    described ??= found;
    // A description set off by commas: the name is before it.
    let first = end - 1;
    while (first > floor && tokens[first - 1].start >= found.start) first--;
    if (!afterComma || tokens[first - 1]?.text !== ',') break;
    end = first;
  }
  return described;
}

/** The index of a relative "who" a few words before `from`, or -1. */
function relativeWhoBefore(tokens: readonly FrameToken[], from: number, floor: number): number {
  for (let k = from - 1; k > floor && from - k <= 12; k--) {
    if (tokens[k].text === 'who') return k;
    if (!tokens[k].isWord) return -1;
  }
  return -1;
}

/** The index of the first token left of `from` that is not an adverb or auxiliary ("also", "has"). */
export function skipAdverbs(tokens: readonly FrameToken[], from: number, floor: number): number {
  let i = from;
  while (i >= floor && isLowerWord(tokens[i]) && (BETWEEN_SPEAKER_AND_VERB.has(tokens[i].text.replace('’', "'")) || isAdverbInLy(tokens[i].text))) i--;
  return i;
}

/** A word in "-ly" that is an adverb ("firmly"), not a noun the lexicon knows ("family", "ally"). */
function isAdverbInLy(word: string): boolean {
  if (!word.endsWith('ly')) return false;
  const tags = lexiconTags(word);
  return tags.length === 0 || tags.includes('Adverb');
}

/** The noun phrase after `from` ("said Sen. Tim Kaine", "according to the Xinhua News Agency"). */
export function phraseAfter(text: string, tokens: readonly FrameToken[], from: number, ceiling: number): SpeakerPhrase | undefined {
  let i = from;
  while (i < ceiling && isCapitalised(tokens[i]) && CALENDAR_WORDS.test(tokens[i].text)) i++;
  // "As he put it": a personal pronoun is the whole phrase, whatever verb follows it.
  if (i < ceiling && tokens[i].isWord && PERSONAL_PRONOUNS.has(tokens[i].text.toLowerCase())) return phrase(text, tokens, i, i, 'head-first');
  const first = i;
  let afterName = false;
  let possessed = false;
  let owner = -1;
  while (i < ceiling) {
    const token = tokens[i];
    // After a name only role nouns and compound modifiers go on: "Hillary Clinton spoke" ends at the
    // name, "the Chinese government-controlled Xinhua News Agency" does not; after an article, the
    // noun the name modifies does too ("the New York businessman").
    // A particle goes on inside a name ("Paul de Witt"); so does the noun a possessive name owns
    // ("Tomas Hale’s lawyer", "Hale’s old friend").
    const goesOn = particlesBeforeName(tokens, i, ceiling - 1) || possessed;
    if (afterName && isLowerWord(token) && !goesOn && !ROLE_NOUNS.has(token.text) && !token.text.includes('-') && !nounAfterArticleAndName(tokens, first, i) && !isRoleBetweenNames(tokens, i)) break;
    afterName = isNamePart(tokens, i) || (afterName && !isLowerWord(token) && token.text !== ',');
    if (isNamePart(tokens, i) && isPossessive(token)) owner = i;
    possessed = owner === i || (possessed && isLowerWord(token));
    // "said I. The guards…": a dot before a word that opens sentences ends the phrase.
    const next = tokens[i + 1] ?? token;
    if (token.text === '.' && isAbbreviationDot(tokens, i) && isCapitalised(next) && !isCapitalisedFunctionWord(next)) {
      i++;
      continue;
    }
    if (!token.isWord) {
      if ((token.text === '’' || token.text === "'") && tokens[i + 1]?.text === 's') {
        i += 2;
        continue;
      }
      break;
    }
    if (isLowerWord(token) && OUTSIDE_NOUN_PHRASE.has(token.text) && !(token.text === 'of' && isCapitalised(tokens[i + 1] ?? token) && !(i > 0 && isCapitalised(tokens[i - 1])))) break;
    // "said Lopez, adding", "said Trump repeatedly": a participle or an adverb ends the phrase, but
    // an adjective after an article stays in it ("said a tired old man").
    if (isLowerWord(token) && /^[^-]+(?:ing|ly|ed)$/.test(token.text) && i > first && !(token.text.endsWith('ed') && isDeterminer(tokens[i - 1]))) break;
    if (i - first >= 8) break;
    i++;
  }
  if (i === first) return undefined;
  // "Bornstein’s earlier letter" speaks for its owner; only a person the owner has ("Hale’s lawyer") speaks for themself.
  if (owner >= 0 && owner < i - 1 && !isPersonNoun(tokens[i - 1].text)) i = owner + 1;
  return phrase(text, tokens, first, i - 1, 'head-first');
}

/**
 * The subject of a clause that starts at `from`: the subject a participle ("…, saying") takes. An
 * opening adverbial ("At a rally in Tampa, Florida, Clinton said") or dateline ("WASHINGTON --")
 * is skipped to the first name or pronoun that a verb follows; with `descriptions`, to the first
 * noun phrase ("In August, several environmental groups granted …").
 */
export function clauseSubject(text: string, tokens: readonly FrameToken[], from: number, ceiling: number, descriptions = false): SpeakerPhrase | undefined {
  let i = from;
  while (i < ceiling && !tokens[i].isWord) i++;
  if (i >= ceiling) return undefined;
  if (isDateline(tokens, i)) {
    // "MOSCOW (Reuters) ―": the agency in brackets belongs to the dateline.
    while (i < ceiling && (isDateline(tokens, i) || !tokens[i].isWord)) i = tokens[i].text === '(' ? Math.max(i + 1, afterParenthesis(tokens, i, ceiling)) : i + 1;
    if (i >= ceiling) return undefined; // a dateline and nothing after it ("WASHINGTON —:")
  }
  if (!isCapitalisedFunctionWord(tokens[i]) || SUBJECT_PRONOUNS.has(tokens[i].text.toLowerCase())) return phraseAfter(text, tokens, i, ceiling);
  const named = (phrase: SpeakerPhrase | undefined): SpeakerPhrase | undefined => (phrase?.name || phrase?.pronoun ? phrase : undefined);
  const right = named(phraseAfter(text, tokens, i + 1, ceiling)); // "As Steven Rosenthal put it"
  // "In Oslo, Lopez said", "With Democratic leaders worried, Obama is rolling out": what a preposition
  // opens runs to the comma, and the subject comes after it.
  const opensWithPreposition = OPENING_PREPOSITIONS.has(tokens[i].text.toLowerCase());
  if (right && !opensWithPreposition) return right;
  const afterComma = subjectAfterComma(text, tokens, i, ceiling, descriptions);
  if (!right || afterComma?.name || afterComma?.pronoun) return afterComma;
  return tokens[tokenAt(tokens, i + 1, right.end)]?.text === ',' ? undefined : right;
}

/** The subject after the first comma or quote, within an opening adverbial's reach, that a lower-case word (its verb) follows. */
function subjectAfterComma(text: string, tokens: readonly FrameToken[], i: number, ceiling: number, descriptions: boolean): SpeakerPhrase | undefined {
  const named = (phrase: SpeakerPhrase | undefined): SpeakerPhrase | undefined => (phrase?.name || phrase?.pronoun ? phrase : undefined);
  for (let k = i + 1; k < Math.min(ceiling, i + MAX_ADVERBIAL_TOKENS); k++) {
    if (tokens[k].text !== ',' && !tokens[k].text.startsWith(QUOTED)) continue;
    // "till Mary, who had been watching her, … called": a relative "who" stands for the name before its comma.
    if (tokens[k + 1]?.text === 'who') {
      const antecedent = subjectBefore(text, tokens, k, i);
      if (antecedent?.name || antecedent?.pronoun || (descriptions && antecedent)) return antecedent;
      continue;
    }
    // "Meanwhile, it attacked Trump": a lower-case pronoun is a subject too.
    const pronoun = tokens[k + 1]?.isWord && SUBJECT_PRONOUNS.has(tokens[k + 1].text) && k + 2 < ceiling && isLowerWord(tokens[k + 2]);
    if (pronoun) return phrase(text, tokens, k + 1, k + 1, 'head-last');
    const subject = descriptions ? describedSubjectAfter(text, tokens, k + 1, ceiling) : named(phraseAfter(text, tokens, k + 1, ceiling));
    if (!subject) continue;
    const next = afterParenthesis(tokens, Math.min(ceiling, tokenAt(tokens, k + 1, subject.end)), ceiling);
    // "Sen. Bernie Sanders (Vt.), who lost …, identified": a name may have its apposition before its verb.
    const apposed = subject.name && tokens[next]?.text === ',' && next + 1 < ceiling && APPOSITION_OPENERS.has(tokens[next + 1].text);
    if (next < ceiling && (isLowerWord(tokens[next]) || apposed)) return subject;
  }
  return undefined;
}

/** Words that open an apposition after a name: "Sanders, who lost …", "Reyes, a spokeswoman". */
const APPOSITION_OPENERS = new Set(['who', 'whose', 'a', 'an', 'the', 'his', 'her', 'their', 'its', 'one']);

/** The index after a parenthesis that opens at `from` ("(Vt.)"), or `from` when none opens there. */
export function afterParenthesis(tokens: readonly FrameToken[], from: number, ceiling: number): number {
  if (tokens[from]?.text !== '(') return from;
  for (let k = from + 1; k < ceiling && k - from < 12; k++) if (tokens[k].text === ')') return k + 1;
  return from;
}

/** "several environmental groups gave …": a subject, named or described, read up to a verb in the past tense. */
function describedSubjectAfter(text: string, tokens: readonly FrameToken[], from: number, ceiling: number): SpeakerPhrase | undefined {
  let verb = from + 1;
  while (verb < ceiling && !(isLowerWord(tokens[verb]) && isPastTense(tokens[verb].text))) verb++;
  return phraseAfter(text, tokens, from, verb);
}

/** Prepositions that open what describes a person: "the woman in red", "the officer with the dog". */
const DESCRIBING_PREPOSITIONS = new Set(['in', 'with', 'at', 'on']);

/** A word that may be a verb: the lexicon knows it as one, or it has a verb's ending ("ended", "concludes"). */
function mayBeVerb(word: string): boolean {
  return /(?:ed|s)$/.test(word) || lexiconTags(word).some((tag) => VERB_TAGS.has(tag));
}
const VERB_TAGS = new Set(['Verb', 'PastTense', 'PresentTense', 'Infinitive', 'Gerund', 'Participle']);

/** A verb in the past tense: compromise's lexicon says so, or a regular "-ed". */
export function isPastTense(word: string): boolean {
  const tags = LEXICON[word];
  if (tags === undefined) return word.length > 4 && word.endsWith('ed');
  return tags === 'PastTense' || (Array.isArray(tags) && tags.includes('PastTense')) || (tags === 'Adjective' && word.endsWith('ed'));
}

/** The index of the first token from `from` on that starts at or after `position`. */
function tokenAt(tokens: readonly FrameToken[], from: number, position: number): number {
  let k = from;
  while (k < tokens.length && tokens[k].start < position) k++;
  return k;
}

/** "WASHINGTON --", "MOSCOW (Reuters) ―": a place in capitals opening a news story. */
function isDateline(tokens: readonly FrameToken[], i: number): boolean {
  return tokens[i].isWord && tokens[i].text.length > 1 && /^[\p{Lu}.,-]+$/u.test(tokens[i].text) && /^[-―—–(]$/.test(tokens[i + 1]?.text ?? '');
}

function findOpenParen(tokens: readonly FrameToken[], close: number, floor: number): number {
  for (let k = close - 1; k >= floor && close - k < 12; k--) if (tokens[k].text === '(') return k;
  return -1;
}

function isCapitalisedFunctionWord(token: FrameToken): boolean {
  return token.isWord && (CAPITALISED_FUNCTION_WORDS.has(token.text) || isFunctionWordInLexicon(token.text));
}

/** Parts of speech in compromise's lexicon of words that are never a name ("Ever since…", "Around noon…"). */
const FUNCTION_TAGS = new Set(['Adverb', 'Preposition', 'Conjunction', 'Determiner', 'Expression', 'Negative', 'Pronoun']);
/** Parts of speech of a word that cannot be the noun a name modifies. */
const NOT_NOUN_TAGS = new Set([
  ...FUNCTION_TAGS, 'Verb', 'PastTense', 'PresentTense', 'Infinitive', 'Gerund', 'Participle', 'Modal', 'Copula', 'Auxiliary',
]);

/**
 * A capitalised word (not in capitals: "US" is no pronoun) that the lexicon knows only as a
 * function word, so never as a name: this widens CAPITALISED_FUNCTION_WORDS to the whole lexicon.
 */
function isFunctionWordInLexicon(word: string): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(word) && isFunctionWord(word.toLowerCase());
}

/** Whether the lexicon knows a lower-case word only as a verb in the past tense ("met", "knew"). */
function isPastTenseOnly(lower: string): boolean {
  const tags = lexiconTags(lower);
  return tags.length > 0 && tags.every((tag) => tag === 'PastTense');
}

/** Whether the lexicon knows a lower-case word only as a function word ("around", "ever"). */
function isFunctionWord(lower: string): boolean {
  const tags = lexiconTags(lower);
  return tags.length > 0 && tags.every((tag) => FUNCTION_TAGS.has(tag));
}

/** The tags compromise's lexicon gives a lower-case word; none when it does not know the word. */
function lexiconTags(word: string): readonly string[] {
  const tags = LEXICON[word];
  return tags === undefined ? [] : Array.isArray(tags) ? tags : [tags];
}

/** Build the phrase over tokens[first..last]; find the proper name at its head. */
function phrase(text: string, tokens: readonly FrameToken[], first: number, last: number, head: 'head-last' | 'head-first'): SpeakerPhrase {
  const start = tokens[first].start;
  const end = tokens[last].end;
  const words = tokens.slice(first, last + 1);
  // "he", or "he" of "He’s claiming": a contraction's verb is not part of its pronoun.
  const pronoun = words.length === 1 ? /^(\p{L}+)(?:['’](?:s|ll|d|re|ve|m))?$/u.exec(words[0].text)?.[1] : undefined;
  if (pronoun && SUBJECT_PRONOUNS.has(pronoun.toLowerCase())) {
    return { start, end: start + pronoun.length, text: pronoun, pronoun: pronoun.toLowerCase() };
  }
  const name = head === 'head-last' ? nameEndingAt(tokens, first, last) : nameStartingAt(tokens, first, last);
  const described = name && (modifiesNoun(tokens, first, last, name) || isComplementOfNoun(tokens, first, name) || ownsNoun(tokens, last, name));
  return { start, end, text: text.slice(start, end), ...(name && !described && { name: { ...name, text: text.slice(name.start, name.end) } }) };
}

/** A noun for a person or a body of people, who can speak: "lawyer", "friend", "spokesman", "campaign". */
function isPersonNoun(word: string): boolean {
  return ROLE_NOUNS.has(word) || lexiconTags(word).includes('Actor');
}

/**
 * "said Google engineer Ana Ruiz": a noun in lower case between an employer's name and a person's
 * is the person's role, and the phrase goes on to the person. Not a function word, verb or adverb.
 */
function isRoleBetweenNames(tokens: readonly FrameToken[], at: number): boolean {
  const next = tokens[at + 1];
  if (!next || !isNamePart(tokens, at + 1) || isCapitalisedFunctionWord(next)) return false;
  const tags = lexiconTags(tokens[at].text);
  return !tags.some((tag) => NOT_NOUN_TAGS.has(tag) && tag !== 'Infinitive') && !/(?:ly|ing)$/.test(tokens[at].text);
}

/** "Tomas Hale’s lawyer": a possessive name with a noun after it owns the speaker, and is not the speaker. */
function ownsNoun(tokens: readonly FrameToken[], last: number, name: Span): boolean {
  const end = tokens.findIndex((token) => token.end === name.end);
  return end >= 0 && end < last && isPossessive(tokens[end]);
}

/** Prepositions that join a noun to the name completing it: "the mayor of Lake Town", "the senator from Ohio". */
const COMPLEMENT_PREPOSITIONS = new Set(['of', 'from']);

/** "the mayor of Lake Town": a name after "of" and a noun in lower case completes the noun, who is the speaker. */
function isComplementOfNoun(tokens: readonly FrameToken[], first: number, name: Span): boolean {
  let k = first;
  while (k < tokens.length && tokens[k].start < name.start) k++;
  return k - 2 >= first && COMPLEMENT_PREPOSITIONS.has(tokens[k - 1].text) && isLowerWord(tokens[k - 2]);
}

/**
 * Whether the name is a modifier between an article and the noun the phrase is about: "the
 * Vermont senator", "the New York businessman". The speaker is then the one the description
 * names, not the place or party in it.
 */
function modifiesNoun(tokens: readonly FrameToken[], first: number, last: number, name: Span): boolean {
  if (tokens[nameAfterOpener(tokens, first)]?.start !== name.start) return false;
  let next = first;
  while (next <= last && tokens[next].start < name.end) next++;
  return next <= last && nounAfterArticleAndName(tokens, first, next);
}

/**
 * Whether tokens[at] is the noun of "the Vermont senator" or "one senior Labour backbencher": an
 * article opens the phrase, a name follows it (after adjectives only), and the word is no verb or
 * function word ("the General now", "a Rushworth began").
 */
function nounAfterArticleAndName(tokens: readonly FrameToken[], first: number, at: number): boolean {
  if (nameAfterOpener(tokens, first) < 0 || !isLowerWord(tokens[at])) return false;
  const word = tokens[at].text;
  if (OUTSIDE_NOUN_PHRASE.has(word)) return false;
  return !lexiconTags(word).some((tag) => NOT_NOUN_TAGS.has(tag));
}

/** Words that open a description a name may modify: "the Vermont senator", "one senior Labour backbencher". */
const DESCRIPTION_OPENERS = new Set([...ARTICLES, 'one', 'another']);

/**
 * Where the name of a phrase opened by an article starts, when only adjectives stand between
 * ("a senior Labour backbencher"), or -1.
 */
function nameAfterOpener(tokens: readonly FrameToken[], first: number): number {
  if (!DESCRIPTION_OPENERS.has(tokens[first].text.toLowerCase())) return -1;
  let k = first + 1;
  while (k - first <= 3 && k < tokens.length && isLowerWord(tokens[k]) && lexiconTags(tokens[k].text).includes('Adjective')) k++;
  return isNamePart(tokens, k) ? k : -1;
}

const isNamePart = (tokens: readonly FrameToken[], k: number): boolean =>
  (isCapitalised(tokens[k]) && !CAPITALISED_FUNCTION_WORDS.has(tokens[k].text) && !CALENDAR_WORDS.test(tokens[k].text)) ||
  isAbbreviationDot(tokens, k);

/** The run of capitalised words that ends the phrase, titles dropped. */
function nameEndingAt(tokens: readonly FrameToken[], first: number, last: number): Span | undefined {
  let k = last;
  while (k >= first && tokens[k].text === '.') k--;
  if (k < first || !isNamePart(tokens, k)) return undefined;
  let s = k;
  while (s - 1 >= first && (isNamePart(tokens, s - 1) || particlesAfterName(tokens, s - 1, first))) s--;
  return withoutTitles(tokens, s, last);
}

/** The name at the head of a phrase read rightwards: the run that ends it, else the first run ("Trump of New York"). */
function nameStartingAt(tokens: readonly FrameToken[], first: number, last: number): Span | undefined {
  const atEnd = nameEndingAt(tokens, first, last);
  if (atEnd) return atEnd;
  let s = first;
  while (s <= last && !isNamePart(tokens, s)) s++;
  if (s > last) return undefined;
  let e = s;
  while (e + 1 <= last && (isNamePart(tokens, e + 1) || particlesBeforeName(tokens, e + 1, last))) e++;
  return withoutTitles(tokens, s, e);
}

function withoutTitles(tokens: readonly FrameToken[], s: number, e: number): Span | undefined {
  while (e >= s && tokens[e].text === '.') e--;
  while (s < e && (TITLES.has(tokens[s].text.toLowerCase()) || tokens[s].text === '.')) s++;
  if (e < s || !tokens[s].isWord) return undefined;
  return { start: tokens[s].start, end: tokens[e].end };
}
