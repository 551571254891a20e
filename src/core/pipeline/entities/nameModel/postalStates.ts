// A US state written as its postal code after a town and a comma, as addresses, signatures and
// reviews write it ("Chillicothe, OH", "Baltimore,MD 21202", "Lawrence, KS"): the training text
// spells states out, so the model reads "OH" as nothing and "Lawrence" as a person.
import type { Token } from '../tokens';
import { isStatePostalCode } from '../words';
import { RULES_CONFIDENCE, type ModelName } from './model';

/** Codes that are also words ("OK?", "OR", "IN"): a state only before a ZIP code. */
const CODES_ALSO_WORDS = new Set(['HI', 'IN', 'ME', 'OK', 'OR']);

/** A ZIP code: five digits, or nine with a hyphen. */
const ZIP_CODE = /^\d{5}(?:-\d{4})?$/;

/**
 * The names with each state's postal code that follows a town and a comma, and the town a place.
 * The town must be a place already, or the model must have read the code as a place, or a ZIP code
 * must follow: "Kevin Boone, MD" is a doctor, and "Moscow, OK?" a question.
 */
export function withPostalStates(names: readonly ModelName[], tokens: readonly Token[]): ModelName[] {
  let result: ModelName[] | undefined;
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i];
    if (!isStatePostalCode(token.text) || token.capsLine || !/^,\s*$/.test(tokens[i - 1].post)) continue;
    const list = result ?? names;
    const covering = list.find((name) => name.first <= i && name.last >= i);
    if (covering && !(covering.first === i && covering.last === i && covering.kind === 'place')) continue;
    const town = list.findIndex((name) => name.last === i - 1);
    const zip = ZIP_CODE.test(tokens[i + 1]?.text ?? '');
    if (!zip && (CODES_ALSO_WORDS.has(token.text) || town < 0 || (list[town].kind !== 'place' && !covering))) continue;
    result ??= [...names];
    if (town >= 0 && result[town].kind !== 'place') result[town] = { ...result[town], kind: 'place', kindConfidence: 1 };
    if (!covering) result.push({ first: i, last: i, kind: 'place', confidence: RULES_CONFIDENCE, kindConfidence: 1 });
  }
  return result ? result.sort((a, b) => a.first - b.first) : [...names];
}
