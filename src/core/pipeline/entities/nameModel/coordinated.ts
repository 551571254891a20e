// Organization names with "and" inside them: "the Department of Housing and Urban Development",
// "the Bureau of Alcohol, Tobacco, Firearms and Explosives", "the Food and Drug Administration",
// "the Bill and Melinda Gates Foundation". The rules end a name at "and" (most names joined by it
// are two names: "Kursk and Bryansk"), and the model saw few such names in its training data, so
// either may give the pieces; here the pieces are one organization again, where the words say so.
import type { Token } from '../tokens';
import { isPlaceName } from '../gazetteer';
import { ORGANIZATION_HEADS } from '../lexicon';
import { isCapitalised, isKnownOrganization } from '../words';
import type { ModelName } from './model';

/**
 * A piece this unsure is one the rules alone decided (the model's own probability for it was at
 * most even odds), or one the model barely read: it may be part of a larger name.
 */
const UNSURE_PIECE = 0.5;
/** A first name before "and" that the model read as a person this unsure may open the organization ("Bill and Melinda Gates Foundation"). */
const UNSURE_OPENING = 0.7;
/** The most capitalised words before "and" that open an organization: "State Law and Order Restoration Council". */
const MAX_OPENING_WORDS = 2;

/**
 * The names, with organizations that run across "and" (or "&", or a list's commas before a last
 * "and") joined into one name, which keeps the sureness of its surest piece:
 * - after "of" or "for": an organization named for what it does, whose last pieces are unsure
 *   and no place ("Department of Housing" and "Urban Development"; not "the University of
 *   Michigan and Ohio State", nor "the Department of Justice and Microsoft");
 * - before an organization of two words or more that ends with its head word ("Administration",
 *   "Foundation", "Board"): one or two capitalised words in no name (or an unsure first name),
 *   then "and" ("Food and Drug Administration"; not "MSNBC and Fox News", "the House and Senate").
 */
export function joinedAcrossAnd(names: readonly ModelName[], tokens: readonly Token[]): ModelName[] {
  const joined: ModelName[] = [];
  for (let i = 0; i < names.length; i++) {
    const tail = tailCoordinated(names, i, tokens);
    if (tail > i) {
      joined.push(wholeOf(names.slice(i, tail + 1)));
      i = tail;
      continue;
    }
    const opening = openingCoordinated(names, joined, i, tokens);
    if (opening === undefined) joined.push(names[i]);
    else {
      if (opening.replaces) joined.pop();
      joined.push({ ...names[i], first: opening.first, confidence: Math.max(names[i].confidence, opening.replaces?.confidence ?? 0) });
    }
  }
  return joined;
}

/** The index of the last name that joins names[at] across "and" after its "of" or "for", or `at` when none does. */
function tailCoordinated(names: readonly ModelName[], at: number, tokens: readonly Token[]): number {
  const head = names[at];
  if (head.kind !== 'organization' || !hasPlainComplement(head, tokens)) return at;
  for (let next = at + 1; next < names.length; next++) {
    const piece = names[next];
    const separator = separatorBetween(names[next - 1], piece, tokens);
    if (!separator || !isUnsurePiece(piece, tokens)) return at;
    if (separator === 'and') return next;
  }
  return at;
}

/**
 * Whether the organization has "of" or "for" inside it, followed by words that name no place:
 * "Department of Housing", "Organisation for Security"; not "University of Michigan".
 */
function hasPlainComplement(name: ModelName, tokens: readonly Token[]): boolean {
  for (let i = name.first + 1; i < name.last; i++) {
    if (tokens[i].lower === 'of' || tokens[i].lower === 'for') return !namesPlaceWithin(tokens, i + 1, name.last);
  }
  return false;
}

/** What stands between two names: a list's comma, "and" (or "&", ", and"), or something else (undefined). */
function separatorBetween(before: ModelName, after: ModelName, tokens: readonly Token[]): 'comma' | 'and' | undefined {
  const between = after.first - before.last - 1;
  const post = tokens[before.last].post;
  if (between === 0) return /^,\s+$/.test(post) ? 'comma' : undefined;
  if (between !== 1 || !isAnd(tokens[before.last + 1])) return undefined;
  return /^,?\s+$/.test(post) && /^\s+$/.test(tokens[before.last + 1].post) ? 'and' : undefined;
}

const isAnd = (token: Token): boolean => token.lower === 'and' || token.text === '&';

/** A piece that may belong to a larger name: unsure, capitalised, no place and no organization known by name. */
function isUnsurePiece(piece: ModelName, tokens: readonly Token[]): boolean {
  if (piece.confidence > UNSURE_PIECE || namesPlaceWithin(tokens, piece.first, piece.last)) return false;
  for (let i = piece.first; i <= piece.last; i++) if (isKnownOrganization(tokens[i].lower)) return false;
  return isCapitalised(tokens[piece.first]);
}

/**
 * Where the organization names[at] opens, when one or two capitalised words and "and" come
 * before it and it ends with an organization's head word; `replaces` is the unsure name the
 * model read in those words, which the organization takes in.
 */
function openingCoordinated(names: readonly ModelName[], joined: readonly ModelName[], at: number, tokens: readonly Token[]): { first: number; replaces?: ModelName } | undefined {
  const name = names[at];
  const and = name.first - 1;
  // Of two words or more, and no place among them: "the House and Senate", "IRS and Drug Enforcement
  // Administration" and "Earth Action and Iowa Citizens for Community Improvement" are two names.
  if (name.kind !== 'organization' || name.first === name.last || !ORGANIZATION_HEADS.has(tokens[name.last].lower) || and < 1 || !isAnd(tokens[and])) return undefined;
  if (namesPlaceWithin(tokens, name.first, name.last)) return undefined;
  if (!/^\s+$/.test(tokens[and].post) || !/^\s+$/.test(tokens[and - 1].post)) return undefined;
  let first = and;
  while (and - first < MAX_OPENING_WORDS) {
    const word = tokens[first - 1];
    if (!word || !isCapitalised(word) || word.sentenceStart || word.capsLine || !/^\s+$/.test(word.post)) break;
    first--;
  }
  if (first === and) return undefined;
  // A longer run of capitals before "and" is more likely a name of its own.
  const outside = tokens[first - 1];
  if (outside && isCapitalised(outside) && !outside.sentenceStart && /^\s+$/.test(outside.post)) return undefined;
  if (namesPlaceWithin(tokens, first, and - 1)) return undefined;
  for (let i = first; i < and; i++) if (isKnownOrganization(tokens[i].lower)) return undefined;
  const before = joined.at(-1);
  if (!before || before.last < first) return { first };
  // A first name the model read as a person, unsurely, gives way ("Bill and Melinda Gates
  // Foundation"); any other name there is a name of its own ("MSNBC and Fox News").
  const firstName = before.kind === 'person' && before.first === first && before.last === first && first === and - 1 && before.confidence < UNSURE_OPENING;
  return firstName ? { first, replaces: before } : undefined;
}

/** Whether any one to three consecutive words from `first` to `last` are a place the gazetteer knows. */
function namesPlaceWithin(tokens: readonly Token[], first: number, last: number): boolean {
  for (let start = first; start <= last; start++) {
    for (let end = start; end <= last && end <= start + 2; end++) if (isPlaceName(tokens.slice(start, end + 1).map((t) => t.text).join(' '))) return true;
  }
  return false;
}

/** One organization over the pieces, as sure as its surest piece, of the kind its first piece is sure of. */
function wholeOf(pieces: readonly ModelName[]): ModelName {
  const surest = pieces.reduce((best, piece) => (piece.confidence > best.confidence ? piece : best));
  return { first: pieces[0].first, last: pieces[pieces.length - 1].last, kind: 'organization', confidence: surest.confidence, kindConfidence: pieces[0].kindConfidence };
}
