// Organizations named for what they are on or for: "the Commission on Presidential Debates", "the
// Council on Foreign Relations", "the Center for American Progress", "the Institute for Policy
// Integrity". The rules end a name at a word in lower case, and the model, which saw few such
// names, finds the head alone ("Commission") or nothing; here the head, the preposition and the
// capitalised words after it are one organization.
import { isPlaceName } from '../gazetteer';
import type { Token } from '../tokens';
import { isCapitalised } from '../words';
import { RULES_CONFIDENCE, type ModelName } from './model';
import { isHeadline } from './tidy';

/** Head words that such a name is built on. */
const HEADS = new Set([
  'commission', 'council', 'committee', 'center', 'centre', 'institute', 'campaign', 'coalition', 'alliance',
  'foundation', 'fund', 'society', 'association', 'conference', 'office', 'bureau', 'partnership', 'project',
  'network', 'league', 'union', 'organisation', 'organization', 'board', 'agency', 'federation', 'movement',
  'forum', 'caucus', 'panel',
]);

/** The most capitalised words after the preposition: "Campaign for Tobacco-Free Kids" has three. */
const MAX_COMPLEMENT_WORDS = 6;

/** A person's name the model is this sure of is no part of an organization's complement ("the Campaign for Hillary Clinton"). */
const SURE_PERSON = 0.8;

/** The names with each organization whose head "on" or "for" and a capitalised complement follow made whole. */
export function withComplementedOrganizations(names: readonly ModelName[], tokens: readonly Token[]): ModelName[] {
  let result: ModelName[] | undefined;
  for (let head = 0; head < tokens.length - 2; head++) {
    const word = tokens[head];
    // A title-case headline capitalises every word: "Campaign for Trump Says He'll Release Tax Returns".
    if (!HEADS.has(word.lower) || !isCapitalised(word) || word.capsLine || word.post !== ' ' || isHeadline(tokens, head)) continue;
    const preposition = tokens[head + 1];
    if ((preposition.text !== 'on' && preposition.text !== 'for') || preposition.post !== ' ') continue;
    const last = complementEnd(tokens, head + 2);
    if (last < 0) continue;
    const list = result ?? names;
    const owner = list.find((name) => name.first <= head && name.last >= head);
    // The model's own name over the whole, unsure: as sure as the words make it.
    if (owner?.kind === 'organization' && owner.last === last && owner.confidence < RULES_CONFIDENCE) {
      result = list.map((name) => (name === owner ? { ...name, confidence: RULES_CONFIDENCE } : name));
      head = last;
      continue;
    }
    if (owner && (owner.kind !== 'organization' || owner.last !== head)) continue;
    // A head in no name that opens the sentence has its capital from there: "Campaign for Trump says".
    if (!owner && word.sentenceStart) continue;
    const inside = list.filter((name) => name.first <= last && name.last >= head + 2);
    if (inside.some((name) => name.kind === 'person' && name.confidence >= SURE_PERSON)) continue;
    if (inside.some((name) => name.first < head + 2 || name.last > last)) continue;
    const first = owner?.first ?? head;
    const confidence = Math.max(RULES_CONFIDENCE, owner?.confidence ?? 0, ...inside.filter((name) => name.kind === 'organization').map((name) => name.confidence));
    result = [...list.filter((name) => name.last < first || name.first > last), { first, last, kind: 'organization' as const, confidence, kindConfidence: 1 }].sort((a, b) => a.first - b.first);
    head = last;
  }
  return result ?? [...names];
}

/**
 * The last word of the capitalised complement that opens at `start`, or -1 when there is none:
 * a date ("the Committee on Monday") or a place alone ("a Campaign for Scotland") is no complement.
 * "of", "and", "the" and "&" may join capitalised words inside it, and "the" open it ("the Union for
 * the Mediterranean").
 */
function complementEnd(tokens: readonly Token[], start: number): number {
  const sentence = tokens[start - 1].sentence;
  let last = -1;
  let words = 0;
  for (let i = start; i < tokens.length && tokens[i].sentence === sentence && words < MAX_COMPLEMENT_WORDS; i++) {
    const token = tokens[i];
    // "of the Constitution": a joining word may have "the" after it.
    const next = tokens[i + 1]?.text === 'the' && tokens[i + 1].post === ' ' ? tokens[i + 2] : tokens[i + 1];
    const joining = (last >= 0 ? /^(?:of|and|the|&)$/.test(token.text) : token.text === 'the') && token.post === ' ' && next !== undefined && isCapitalised(next);
    if (!joining && !(isCapitalised(token) && !token.tags.has('Date') && token.text !== 'I')) break;
    if (!joining) {
      last = i;
      words++;
    }
    if (token.post !== ' ' && token.post !== '-') break;
  }
  if (last < 0) return -1;
  const complement = tokens.slice(start, last + 1).map((t) => t.text).join(' ');
  return isPlaceName(complement) ? -1 : last;
}
