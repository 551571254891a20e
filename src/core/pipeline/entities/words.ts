import { LEXICON } from './compromiseInternals';
import type { Token } from './tokens';
import { NAME_PARTICLES, NON_NAME_ACRONYMS, TITLES } from './lexicon';
import { genderFromFirstName } from '../quotes/gender';

/** Adjectives and names of peoples that describe a name without being one, and that compromise does not tag as demonyms. */
const PEOPLES = new Set(`
  nazi nazis soviet communist socialist islamist islamic jewish jew jews arab arabs moslem moslems
  muslim muslims western eastern pro anti serb serbs croat croats kurd kurds turk turks briton
  britons scot scots swede swedes dane danes pole poles czech czechs greek greeks thai afrikaner
  afrikaners chechen chechens tajik tajiks uzbek uzbeks kazakh kazakhs afghan afghans olympic
  hispanic hispanics latino latinos latina latinas
`.trim().split(/\s+/));


/** Tags of words that are names, or parts of names, in compromise's lexicon. */
const NAME_TAGS = new Set([
  'Person', 'FirstName', 'MaleName', 'FemaleName', 'LastName', 'Honorific', 'Place', 'Country',
  'City', 'Region', 'Organization', 'ProperNoun', 'Demonym', 'Acronym',
]);

/** Tags compromise gives to words that are not names when it reads them in context. */
const COMMON_TAGS = [
  'Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Adverb', 'Verb', 'Adjective',
  'QuestionWord', 'Modal', 'Auxiliary', 'Negative', 'Copula', 'Expression', 'Value', 'Date',
];

function lexiconTags(lower: string): string[] {
  const entry = LEXICON[lower];
  return entry === undefined ? [] : Array.isArray(entry) ? entry : [entry];
}

/** Tags of the lexicon's closed word classes: pronouns, determiners, prepositions and the like. */
const CLOSED_CLASS_TAGS = new Set(['Pronoun', 'Determiner', 'Preposition', 'Conjunction', 'Auxiliary', 'Copula', 'Modal']);

/** A word the lexicon knows only as an ordinary word of a closed class ("he", "the", "of"), never as a name's. */
export function isClosedClassWord(lower: string): boolean {
  const tags = lexiconTags(lower);
  return tags.some((t) => CLOSED_CLASS_TAGS.has(t)) && !tags.some((t) => NAME_TAGS.has(t));
}

/** Starts with a capital letter ("Putin", "McDonald", "O’Brien", "U.S."). */
export function isCapitalised(token: Token): boolean {
  return /^\p{Lu}/u.test(token.text);
}

/** Written in capitals throughout, with two letters or more ("RT", "NATO", "U.N."). */
export function isAcronym(token: Token): boolean {
  return isAcronymText(token.text);
}

/** isAcronym, of a word as written. */
export function isAcronymText(text: string): boolean {
  const bare = text.replace(/['’]s$/, '');
  return /^\p{Lu}[\p{Lu}&.]{1,7}$/u.test(bare) && /\p{Lu}.*\p{Lu}/u.test(bare);
}

/** A web address ("Matzav.com", "www.enron.com"), which names the site's publisher; not an e-mail address. */
export function isWebAddress(token: Token): boolean {
  return !token.text.includes('@') && (token.tags.has('Url') || /\.(com|org|net|co\.uk)$/i.test(token.text));
}

/**
 * A company or body compromise's lexicon knows by name ("Google", "Ryanair", "Oxfam"): some 230,
 * many younger than the news the name model learnt from. Not the abbreviations it also lists
 * ("Inc"), nor the programmes it lists as bodies ("Medicare").
 */
export function isKnownOrganization(lower: string): boolean {
  return lexiconTags(lower).includes('Organization') && !NO_ORGANIZATIONS.has(lower);
}

const NO_ORGANIZATIONS = new Set(['dept', 'univ', 'assn', 'inc', 'ltd', 'co', 'medicare', 'medicaid']);

/** An acronym that the word lists know names nothing ("GDP", "WWII", "CEO", "a.m."). */
export function isOrdinaryAcronym(token: Token): boolean {
  return NON_NAME_ACRONYMS.has(token.lower.replace(/\./g, ''));
}

/**
 * A capitalised word that only joins clauses or stands for something ("On", "Their", "Will"), or
 * an ordinary verb read as one ("Abandon"): in a title-case headline it separates the names
 * around it.
 */
export function isFunctionWord(token: Token): boolean {
  if (hasNameTag(token) || !isCommonWord(token.lower)) return false;
  if (['Preposition', 'Determiner', 'Pronoun', 'Conjunction', 'Auxiliary', 'Copula', 'Modal'].some((t) => token.tags.has(t))) return true;
  return token.tags.has('Verb') && lexiconTags(token.lower).some((t) => /^(Infinitive|PastTense|PresentTense|Gerund)$/.test(t));
}

/** Interjections compromise's lexicon leaves out. */
const MORE_INTERJECTIONS = new Set(['heh', 'hehe', 'yum', 'hmm', 'hm', 'mmm', 'umm', 'um', 'erm']);

/** An interjection ("Wow", "Heh", "Yum"), from its lower-case form: no name, whatever its capital. */
export function isInterjection(lower: string): boolean {
  return MORE_INTERJECTIONS.has(lower) || lexiconTags(lower).includes('Expression');
}

/** A first name compromise's lexicon knows ("Joe"), from its lower-case form. */
export function isKnownFirstName(lower: string): boolean {
  return lexiconTags(lower).some((t) => /^(Male|Female|First)Name$/.test(t));
}

/** A word compromise's lexicon knows as an ordinary word, not as part of a name. */
export function isCommonWord(lower: string): boolean {
  const tags = lexiconTags(lower);
  return tags.length > 0 && !tags.some((t) => NAME_TAGS.has(t));
}

/** A word that, at the start of a sentence, is only capitalised because it starts it. */
export function isSentenceWord(token: Token): boolean {
  if (TITLES.has(token.lower) || isDemonym(token)) return false;
  if (isCommonWord(token.lower)) return true;
  if (hasNameTag(token)) return false;
  return COMMON_TAGS.some((t) => token.tags.has(t));
}

/** Compromise tagged the word as part of a name, from its lexicon or from context. */
export function hasNameTag(token: Token): boolean {
  return ['Person', 'FirstName', 'LastName', 'Place', 'Organization', 'Honorific'].some((t) => token.tags.has(t));
}

/** A people's word as compromise's lexicon or the list of peoples knows it ("russian", "kenyans"), from its lower-case form. */
export function isKnownDemonym(lower: string): boolean {
  return lexiconTags(lower).includes('Demonym') || lexiconTags(lower.replace(/s$/, '')).includes('Demonym') || PEOPLES.has(lower);
}

/** "Chinese", "Russian", "Nazi", "Soviet", "Communist": describe a name but are not one. */
export function isDemonym(token: Token): boolean {
  const singular = token.lower.replace(/s$/, '');
  if (token.tags.has('Demonym') || lexiconTags(token.lower).includes('Demonym') || lexiconTags(singular).includes('Demonym')) return true;
  if (PEOPLES.has(token.lower)) return true;
  // "British", "Kurdish", "Chinese", "Zairean", "Russians": adjectives and peoples, unless a known first name ("Brian").
  return /^\p{Lu}\p{Ll}+(?:ish|ese|ian|ians|ean|eans)$/u.test(token.text.replace(/['’]s$/, '')) && !isFirstName(token);
}

/** A verb in the present's third person ("Breaks", "Vows", "Sees"), as compromise read it here or as its lexicon has it. */
export function isPresentVerb(token: Token): boolean {
  return token.lower.endsWith('s') && ((token.tags.has('Verb') && token.tags.has('PresentTense')) || lexiconTags(token.lower).includes('PresentTense'));
}

/** A first name compromise knows. */
export function isFirstName(token: Token): boolean {
  return token.tags.has('FirstName') || lexiconTags(token.lower).some((t) => /^(Male|Female|First)Name$/.test(t));
}

/**
 * A first name as it opens a person's whole name: one compromise knows, or one of the first-name
 * list's ("Rich", "Martha"), followed by another capitalised word of the name.
 */
export function isGivenName(token: Token, next: Token | undefined): boolean {
  return isCapitalised(token) && next !== undefined && isCapitalised(next) && (isFirstName(token) || genderFromFirstName(token.text) !== null);
}

/** A surname compromise knows. */
export function isLastName(token: Token): boolean {
  return token.tags.has('LastName') || isKnownLastName(token.lower);
}

/** A surname compromise's lexicon knows, of a word in lower case. */
export function isKnownLastName(lower: string): boolean {
  return lexiconTags(lower).includes('LastName');
}

/** A lower-case word that joins the parts of a name ("de", "van", "bin"). */
export function isParticle(token: Token): boolean {
  return token.text === token.lower && NAME_PARTICLES.has(token.lower);
}

/**
 * US states as news style abbreviates them after a party's letter, and their postal codes:
 * "Jeff Merkley (D-Ore.)", "Pete King, R-N.Y.", "Bernie Sanders (I-VT)".
 */
const STATE_ABBREVIATIONS = new Set(`ala alaska ariz ark calif colo conn del fla ga hawaii idaho ill ind iowa kan ky la
  maine md mass mich minn miss mo mont neb nev n.h n.j n.m n.y n.c n.d ohio okla ore pa r.i s.c s.d
  tenn texas utah vt va wash w.va wis wyo`.split(/\s+/));

/** The US states' (and Washington, D.C.'s) postal codes, as addresses write them: "Chillicothe, OH 45601". */
const STATE_POSTAL_CODES = new Set(`AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ
  NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY`.split(/\s+/));

/** Whether a word is a US state's postal code, written in capitals. */
export function isStatePostalCode(text: string): boolean {
  return STATE_POSTAL_CODES.has(text);
}

/** The US states by name, for a town written with its state ("Dayton, Ohio"). */
const US_STATES = new Set([
  'alabama', 'alaska', 'arizona', 'arkansas', 'california', 'colorado', 'connecticut', 'delaware', 'florida', 'georgia',
  'hawaii', 'idaho', 'illinois', 'indiana', 'iowa', 'kansas', 'kentucky', 'louisiana', 'maine', 'maryland',
  'massachusetts', 'michigan', 'minnesota', 'mississippi', 'missouri', 'montana', 'nebraska', 'nevada', 'new hampshire',
  'new jersey', 'new mexico', 'new york', 'north carolina', 'north dakota', 'ohio', 'oklahoma', 'oregon', 'pennsylvania',
  'rhode island', 'south carolina', 'south dakota', 'tennessee', 'texas', 'utah', 'vermont', 'virginia', 'washington',
  'west virginia', 'wisconsin', 'wyoming',
]);

/**
 * Whether a US state follows the name after a comma, by name or as news style abbreviates it with
 * a full stop: "Eau Claire, Wis.", "Dayton, Ohio", "Albany, N.Y.". The name is then a town's,
 * whatever a first name in it suggests ("Claire").
 */
export function isFollowedByState(tokens: readonly Token[], last: number): boolean {
  const next = tokens[last + 1];
  // "Okonkwo, Wisconsin's senator": a possessive state is an apposition's, not a town's.
  if (!next || !/^,\s+$/.test(tokens[last].post) || /['’]s$/.test(next.text)) return false;
  const two = tokens[last + 2] && /^\s+$/.test(next.post) ? `${next.lower} ${tokens[last + 2].lower}` : undefined;
  if (US_STATES.has(next.lower) || (two !== undefined && US_STATES.has(two))) return true;
  const abbreviated = next.text.endsWith('.') || next.post.startsWith('.');
  return abbreviated && STATE_ABBREVIATIONS.has(next.lower.replace(/\.$/, ''));
}

/**
 * A legislator's party and state ("D-Ore"): no name, though it is capitalised like one. In brackets
 * or after a comma, where the party and home follow a legislator's name, the home may also be a
 * town or county ("R-Oxford", "R-Loudoun") or a state abbreviated another way ("R-Wisc").
 */
export function isPartyAffiliation(text: string, afterBracketOrComma = false): boolean {
  // Nearly every word fails here, before the regular expression: the second character is a hyphen.
  if (text.charCodeAt(1) !== 45) return false;
  const match = /^[DRI]-(\p{Lu}{2}|[\p{L}.]+?)\.?$/u.exec(text);
  if (match === null) return false;
  if (/^\p{Lu}{2}$/u.test(match[1]) || STATE_ABBREVIATIONS.has(match[1].toLowerCase())) return true;
  return afterBracketOrComma && /^\p{Lu}\p{Ll}{2,}$/u.test(match[1]) && match[1] !== 'Day';
}
