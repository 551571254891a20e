import nlp from 'compromise';

// Compromise's post-tagger runs ~570 match rules on every piece of every sentence. Its `bulkMatch`
// picks the rules worth trying by walking all ~730 keys of its index for each piece and
// concatenating the rule lists of the keys the piece holds, then filtering the ~185 rules it
// collected, which costs more than the matching itself. `fastBulkMatch` gives the same rules, in
// the same order, by looking up only the keys a piece holds and reaching each rule from one key
// it needs. The shapes below are compromise's own (src/1-one/sweep).

/** A match rule as compromise's net holds it. */
interface NetRule {
  readonly match: string;
  /** Words and #Tags the piece must all hold. */
  readonly needs: readonly string[];
  /** Words and #Tags of which the piece must hold `minWant`. */
  readonly wants: readonly string[];
  readonly minWant: number;
  readonly minWords: number;
  /** Words and #Tags the piece must not hold. */
  readonly ifNo?: readonly string[];
  readonly unTag?: unknown;
}

interface Net {
  readonly hooks: Readonly<Record<string, readonly NetRule[]>>;
  readonly always: readonly NetRule[];
}

type Sentence = readonly unknown[];

interface Methods {
  readonly one: {
    cacheDoc(document: readonly Sentence[]): ReadonlySet<string>[];
    match(document: readonly Sentence[], rule: NetRule): { ptrs: number[][] };
  };
}

interface Found extends NetRule {
  pointer: number[];
}

type BulkMatch = (document: readonly Sentence[], net: Net, methods: Methods, opts?: { matchOne?: boolean }) => Found[];

/** What the fast path keeps per rule. */
interface IndexedRule {
  readonly rule: NetRule;
  readonly id: number;
  /** How many times each want is listed: compromise counts a want listed twice twice. */
  readonly wantCounts: ReadonlyMap<string, number>;
  /** The keys the rule is filed under in the net, in the net's key order, and its place under each. */
  readonly keys: readonly string[];
  readonly ranks: readonly number[];
}

interface NetIndex {
  /** Key → the rules to try when a piece holds it. */
  readonly triggers: ReadonlyMap<string, readonly IndexedRule[]>;
  /** Per rule, the number of the piece that last tried it, so that no piece tries a rule twice. */
  readonly seen: Float64Array;
  piece: number;
}

/** Far more rules than any key holds, so that key order outranks the place under a key. */
const KEY_RANK = 1e6;

/** Replaces compromise's bulkMatch with `fastBulkMatch`, once, for every later parse. */
export function installFastSweep(): void {
  const methods = (nlp.methods() as { one: { bulkMatch: BulkMatch } }).one;
  if (methods.bulkMatch === fastBulkMatch) return;
  originalBulkMatch = methods.bulkMatch;
  nlp.plugin({ methods: { one: { bulkMatch: fastBulkMatch } } });
}

let originalBulkMatch: BulkMatch | undefined;
/** Per net: its index, or null where the net breaks the assumption the index rests on. */
const indexes = new WeakMap<Net, NetIndex | null>();

/** The rules of `net` that match each sentence of `document`: compromise's bulkMatch, faster. */
export const fastBulkMatch: BulkMatch = (document, net, methods, opts = {}) => {
  let index = indexes.get(net);
  if (index === undefined) {
    index = indexNet(net);
    indexes.set(net, index);
  }
  if (index === null) return (originalBulkMatch as BulkMatch)(document, net, methods, opts);
  const holds = methods.one.cacheDoc(document);
  const results: Found[] = [];
  for (let n = 0; n < document.length; n++) {
    for (const rule of rulesToTry(index, holds[n], document[n].length, net)) {
      const { ptrs } = methods.one.match([document[n]], rule);
      if (ptrs.length === 0) continue;
      for (const pointer of ptrs) {
        pointer[0] = n;
        results.push({ ...rule, pointer });
      }
      if (opts.matchOne === true) return [results[0]];
    }
  }
  return results;
};

/** The rules compromise would try on a piece holding `holds`, in the order it would try them. */
function rulesToTry(index: NetIndex, holds: ReadonlySet<string>, words: number, net: Net): NetRule[] {
  const piece = ++index.piece;
  const ranked: { rule: NetRule; rank: number }[] = [];
  for (const key of holds) {
    for (const indexed of index.triggers.get(key) ?? []) {
      if (index.seen[indexed.id] === piece) continue;
      index.seen[indexed.id] = piece;
      const { rule } = indexed;
      if (words < rule.minWords || !rule.needs.every((need) => holds.has(need))) continue;
      if (rule.ifNo?.some((no) => holds.has(no)) || !enoughWants(indexed, holds)) continue;
      // Compromise meets a rule first under the first of its keys, in key order, that the piece holds.
      let k = 0;
      while (!holds.has(indexed.keys[k])) k++;
      ranked.push({ rule, rank: indexed.ranks[k] });
    }
  }
  ranked.sort((a, b) => a.rank - b.rank);
  const rules = ranked.map((r) => r.rule);
  for (const rule of net.always) if (words >= rule.minWords) rules.push(rule);
  return rules;
}

function enoughWants({ rule, wantCounts }: IndexedRule, holds: ReadonlySet<string>): boolean {
  if (rule.wants.length === 0) return true;
  let found = 0;
  if (holds.size < wantCounts.size) for (const key of holds) found += wantCounts.get(key) ?? 0;
  else for (const want of rule.wants) if (holds.has(want)) found++;
  return found >= rule.minWant;
}

/**
 * Files each rule under one key it needs, the rarest, or under each of its wants if it needs none.
 * Compromise drops a rule whose match text it has met already; the index assumes one rule per
 * match text (true of compromise's own nets) and returns null where that does not hold.
 */
function indexNet(net: Net): NetIndex | null {
  const keys = Object.keys(net.hooks);
  const byMatch = new Map<string, NetRule>();
  const filed = new Map<NetRule, { keys: string[]; ranks: number[] }>();
  for (let k = 0; k < keys.length; k++) {
    const rules = net.hooks[keys[k]];
    if (rules.length >= KEY_RANK) return null;
    for (let place = 0; place < rules.length; place++) {
      const rule = rules[place];
      if ((byMatch.get(rule.match) ?? rule) !== rule) return null;
      byMatch.set(rule.match, rule);
      const entry = filed.get(rule) ?? { keys: [], ranks: [] };
      entry.keys.push(keys[k]);
      entry.ranks.push(k * KEY_RANK + place);
      filed.set(rule, entry);
    }
  }
  const triggers = new Map<string, IndexedRule[]>();
  const trigger = (key: string, indexed: IndexedRule): void => {
    const list = triggers.get(key);
    if (list) list.push(indexed);
    else triggers.set(key, [indexed]);
  };
  let id = 0;
  for (const [rule, entry] of filed) {
    const wantCounts = new Map<string, number>();
    for (const want of rule.wants) wantCounts.set(want, (wantCounts.get(want) ?? 0) + 1);
    const indexed: IndexedRule = { rule, id: id++, wantCounts, ...entry };
    if (rule.needs.length > 0) trigger(rule.needs.reduce((best, key) => (rarity(key) > rarity(best) ? key : best)), indexed);
    else for (const want of new Set(rule.wants)) trigger(want, indexed);
  }
  return { triggers, seen: new Float64Array(id), piece: 0 };
}

/**
 * How rarely a piece holds a key, roughly: a word is rarer than any tag, and a tag deep in
 * compromise's tag tree (#ProperNoun) rarer than one near its root (#Noun). Only speed depends on it.
 */
function rarity(key: string): number {
  if (!key.startsWith('#')) return Number.MAX_SAFE_INTEGER;
  const tagSet = (nlp.model() as { one: { tagSet: Record<string, { parents?: string[] } | undefined> } }).one.tagSet;
  return tagSet[key.slice(1)]?.parents?.length ?? 0;
}
