// The houses of a legislature, named by what sits in them: "the House of Commons", "the House of
// Lords". The model, which saw them seldom, finds "House" and a place "Lords", or nothing at all.
import type { Token } from '../tokens';
import { RULES_CONFIDENCE, type ModelName } from './model';

/** What a legislature's house is "of". */
const CHAMBERS = new Set(['commons', 'lords', 'representatives', 'delegates', 'keys', 'assembly', 'councillors', 'councilors']);

/** The names with each "House of Commons" (Lords, Representatives…) one organization, in place of the pieces read in it. */
export function withChambers(names: readonly ModelName[], tokens: readonly Token[]): ModelName[] {
  let result: ModelName[] | undefined;
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (tokens[i].text !== 'House' || tokens[i].post !== ' ' || tokens[i + 1].text !== 'of' || tokens[i + 1].post !== ' ' || !CHAMBERS.has(tokens[i + 2].lower) || tokens[i + 2].text === tokens[i + 2].lower) continue;
    const list = result ?? names;
    const pieces = list.filter((name) => name.first <= i + 2 && name.last >= i);
    // A longer organization that holds it ("the House of Representatives Committee on Science") stands.
    if (pieces.some((name) => name.kind === 'organization' && name.first <= i && name.last >= i + 2)) continue;
    if (pieces.some((name) => name.first < i || name.last > i + 2)) continue;
    const confidence = Math.max(RULES_CONFIDENCE, ...pieces.map((name) => name.confidence));
    result = [...list.filter((name) => !pieces.includes(name)), { first: i, last: i + 2, kind: 'organization' as const, confidence, kindConfidence: 1 }].sort((a, b) => a.first - b.first);
  }
  return result ?? [...names];
}
