// Authors cited by surname and year, as academic writing cites them: "Card and Krueger (1994)",
// "Dube, Lester and Reich (2010)", "(Neumark and Wascher, 2008)". The news the model learnt from
// cites no one, and a surname that is also an ordinary word ("Card") reads as nothing.
import type { Token } from '../tokens';
import { isPlaceName } from '../gazetteer';
import { isCommonWord, isKnownOrganization, isLastName, isParticle } from '../words';
import { RULES_CONFIDENCE, type ModelName } from './model';

/** A year as a citation writes it, with the letter that tells two works of a year apart ("2010b"). */
const YEAR = /^\(?(?:1[6-9]|20)\d\d[a-z]?\)?$/;

/** The most authors a citation names before "et al." takes over. */
const MOST_AUTHORS = 6;

/**
 * The names, with every cited author a person: one no name covers is added, a person the model
 * doubted is as sure as the rules. A name of another kind is left as it is ("Apple (2020)").
 */
export function withCitedAuthors(names: readonly ModelName[], tokens: readonly Token[]): ModelName[] {
  let result: ModelName[] | undefined;
  for (let i = 1; i < tokens.length; i++) {
    if (!YEAR.test(tokens[i].text) || !closesCitation(tokens, i)) continue;
    const authors = citedAuthors(tokens, i);
    // "Card and Krueger (1994)": before the bracket, some author must be known as a person, by
    // the surnames' list or the model ("Pride and Prejudice (2005)" is a title).
    if (authors.length > 0 && !opensCitation(tokens, authors[0].first) && !authors.some((a) => isKnownPerson(a, result ?? names, tokens))) continue;
    for (const author of authors) {
      const list = result ?? names;
      const k = list.findIndex((name) => name.first <= author.last && name.last >= author.first);
      if (k >= 0 && (list[k].kind !== 'person' || list[k].first !== author.first || list[k].last !== author.last)) continue;
      result ??= [...names];
      if (k < 0) result.push({ ...author, kind: 'person', confidence: RULES_CONFIDENCE, kindConfidence: 1 });
      else result[k] = { ...result[k], confidence: Math.max(result[k].confidence, RULES_CONFIDENCE), kindConfidence: 1 };
    }
  }
  return result ? result.sort((a, b) => a.first - b.first) : [...names];
}

function isKnownPerson(author: { first: number; last: number }, names: readonly ModelName[], tokens: readonly Token[]): boolean {
  return isLastName(tokens[author.last]) || names.some((n) => n.kind === 'person' && n.first <= author.last && n.last >= author.first);
}

/** A bracket, a semicolon or a comma after the year: "(1994)", "2008;", "1992a)". */
function closesCitation(tokens: readonly Token[], year: number): boolean {
  const token = tokens[year];
  const next = tokens[year + 1];
  return token.text.endsWith(')') || /^[),;]/.test(token.post) || (next !== undefined && next.text === '' && next.post.startsWith(')'));
}

/**
 * The authors before the year at `year`: "Krueger (1994)", or "(Krueger, 1994)" and "(Smith
 * 2001)" inside the bracket, each author one capitalised word (with its particles: "van Reenen"),
 * apart from the next by "and", "&" or a comma.
 */
function citedAuthors(tokens: readonly Token[], year: number): { first: number; last: number }[] {
  const before = tokens[year - 1];
  const yearInBrackets = tokens[year].text.startsWith('(') || tokens[year].pre.includes('(') || /\(\s*$/.test(before.post);
  // Nothing but space (and the bracket) after the last author: not a title in quote marks ("No to Schengen” (2005)").
  if (!(yearInBrackets ? /^\s*\(?$/ : /^,?\s+$/).test(before.post)) return [];
  const authors: { first: number; last: number }[] = [];
  let at = year - 1;
  while (at >= 0 && authors.length < MOST_AUTHORS && isSurname(tokens[at])) {
    let first = at;
    while (first > 0 && isParticle(tokens[first - 1])) first--;
    authors.unshift({ first, last: at });
    const joiner = tokens[first - 1];
    if (opensCitation(tokens, first) || !joiner) break;
    if (joiner.lower === 'and' || joiner.text === '&') at = first - 2;
    else if (/^,\s*$/.test(joiner.post)) at = first - 1;
    else break;
  }
  if (!yearInBrackets && (authors.length === 0 || !opensCitation(tokens, authors[0].first))) return [];
  // "Titanic (1997)", "Pride and Prejudice (2005)": a title before its year is no citation. A lone
  // author counts only inside the bracket, and some author must be no ordinary word.
  if (yearInBrackets && authors.length < 2) return [];
  if (!authors.some((a) => !isCommonWord(tokens[a.last].lower))) return [];
  return authors;
}

/** A bracket, or the semicolon between two citations, before the word. */
function opensCitation(tokens: readonly Token[], at: number): boolean {
  return tokens[at].pre.includes('(') || /[(;]\s*$/.test(tokens[at - 1]?.post ?? '');
}

/** A capitalised word as surnames are written, not a month's or a weekday's name, nor a known company's or place's. */
function isSurname(token: Token | undefined): boolean {
  if (token === undefined || !/^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*$/u.test(token.text) || token.capsLine || token.tags.has('Date')) return false;
  return !isKnownOrganization(token.lower) && !isPlaceName(token.text);
}
