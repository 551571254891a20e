// Compromise's post-tagger runs ~570 match rules on every piece of every sentence. Its `bulkMatch`
// picks the rules worth trying by walking all ~730 keys of its index for each piece and
// concatenating the rule lists of the keys the piece holds, then filtering the ~185 rules it
// collected, which costs more than the matching itself. `fastBulkMatch` gives the same rules, in
// the same order, by looking up only the keys a piece holds. The shapes below are compromise's
// own (src/1-one/sweep); compromiseInternals.ts installs it.

/** A match rule as compromise's net holds it. */
interface NetRule {
  readonly match: string;
  /** Words and #Tags the piece must all hold. */
  readonly needs: readonly string[];
  /** Words and #Tags of which the piece must hold `minWant` (a want listed twice counts twice). */
  readonly wants: readonly string[];
  readonly minWant: number;
  readonly minWords: number;
  /** Words and #Tags the piece must not hold. */
  readonly ifNo?: readonly string[];
  /** The rule's pattern, one entry per word it matches. */
  readonly regs: readonly Reg[];
}

/** One entry of a rule's pattern, as compromise parses it (src/1-one/match/methods/parseMatch). */
interface Reg {
  readonly word?: string;
  readonly tag?: string;
  readonly switch?: string;
  readonly fastOr?: ReadonlySet<string>;
  readonly pos?: string;
  readonly optional?: boolean;
  readonly negative?: boolean;
  readonly greedy?: boolean;
  readonly anything?: boolean;
  readonly choices?: unknown;
  readonly id?: unknown;
  readonly use?: string;
  readonly fuzzy?: boolean;
  readonly method?: unknown;
  readonly pre?: unknown;
  readonly post?: unknown;
  readonly regex?: unknown;
  readonly chunk?: unknown;
  readonly machine?: unknown;
  readonly sense?: unknown;
}

/** What the pattern test reads of a word (compromise's term). */
interface Word {
  readonly text: string;
  readonly normal: string;
  readonly tags: ReadonlySet<string>;
  readonly machine?: string | null;
  readonly alias?: readonly string[];
  readonly switch?: string;
  readonly root?: string;
  readonly implicit?: string;
}

interface Net {
  readonly hooks: Readonly<Record<string, readonly NetRule[]>>;
  readonly always: readonly NetRule[];
}

type Sentence = readonly Word[];

interface Methods {
  readonly one: {
    cacheDoc(document: readonly Sentence[]): ReadonlySet<string>[];
    match(document: readonly Sentence[], rule: NetRule): { ptrs: number[][] };
  };
}

interface Found extends NetRule {
  pointer: number[];
}

export type BulkMatch = (document: readonly Sentence[], net: Net, methods: Methods, opts?: { matchOne?: boolean }) => Found[];

/**
 * A rule with the fields the choice reads copied into one shape (compromise's rules come in many
 * shapes, which makes reading them slow).
 */
interface IndexedRule {
  readonly rule: NetRule;
  readonly id: number;
  readonly needs: readonly string[];
  readonly ifNo: readonly string[];
  readonly wants: readonly string[];
  readonly minWant: number;
  readonly minWords: number;
  /** Want → how many times the rule lists it. */
  readonly wantCounts: ReadonlyMap<string, number>;
  /** The keys the rule is filed under in the net, in the net's key order, and its rank under each. */
  readonly keys: readonly string[];
  readonly ranks: readonly number[];
}

interface NetIndex {
  /** Key → the rules that need it, each rule under one key it needs. */
  readonly byNeed: ReadonlyMap<string, readonly IndexedRule[]>;
  /** Key → the rules that need nothing and want it, with how many times they list it. */
  readonly byWant: ReadonlyMap<string, readonly { indexed: IndexedRule; count: number }[]>;
  /** Per rule that needs nothing: the piece that last counted its wants, and the count. */
  readonly countedIn: Float64Array;
  readonly wantsHeld: Float64Array;
  piece: number;
}

/** More rules than any key holds, so that key order outranks the place under a key. */
const KEY_RANK = 1e6;

/** What the sweep needs of compromise itself; compromiseInternals.ts gives it when it installs the sweep. */
export interface SweepHost {
  /** Compromise's own bulkMatch, for a net the index cannot serve. */
  readonly bulkMatch: BulkMatch;
  /** How deep a tag sits in compromise's tag tree. */
  readonly tagDepth: (tag: string) => number;
}

let host: SweepHost | undefined;

export function useHost(given: SweepHost): void {
  host = given;
}
/** Per net: its index, or null where the net breaks the assumption the index rests on. */
const indexes = new WeakMap<Net, NetIndex | null>();

/** The rules of `net` that match each sentence of `document`: compromise's bulkMatch, faster. */
export const fastBulkMatch: BulkMatch = (document, net, methods, opts = {}) => {
  let index = indexes.get(net);
  if (index === undefined) {
    index = indexNet(net);
    indexes.set(net, index);
  }
  if (index === null) return (host as SweepHost).bulkMatch(document, net, methods, opts);
  const holds = methods.one.cacheDoc(document);
  const results: Found[] = [];
  for (let n = 0; n < document.length; n++) {
    for (const rule of rulesToTry(index, holds[n], document[n].length, net)) {
      if (!mayStartIn(rule, document[n])) continue;
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

/** A test of one word that is false only where compromise's doesMatch is false for a pattern entry. */
type WordTest = (word: Word) => boolean;
/** Tests of a rule's first two pattern entries, where both must match a word of their own (see opening). */
type Opening = readonly [WordTest, WordTest | undefined];
const openings = new WeakMap<NetRule, Opening | null>();

/**
 * Whether compromise's match could find `rule` anywhere in `piece`: some word may match the
 * rule's first pattern entry, and the word after it the second. Nine tries in ten find nothing,
 * and compromise tries every word of the piece in turn, copying the rest of the piece each time;
 * this rules most of them out first. It only says no where compromise's own test of the word
 * (doesMatch) would say no, so the matches are the same.
 */
function mayStartIn(rule: NetRule, piece: Sentence): boolean {
  let opening = openings.get(rule);
  if (opening === undefined) {
    const [first, second] = rule.regs.map(wordTest);
    opening = first ? [first, second] : null;
    openings.set(rule, opening);
  }
  if (opening === null) return true;
  const [first, second] = opening;
  for (let i = 0; i < piece.length; i++) {
    if (!first(piece[i])) continue;
    // After a contraction's implicit word ("we'll" → "will") compromise may skip a word.
    if (!second || piece[i].implicit) return true;
    if (i + 1 < piece.length && second(piece[i + 1])) return true;
  }
  return false;
}

/**
 * The test of a pattern entry that matches exactly one word and is tested by doesMatch alone (no
 * optional, negative, repeated or wildcard entry), following doesMatch's order of tests; undefined
 * for other entries and for the kinds of test not read here.
 */
function wordTest(reg: Reg): WordTest | undefined {
  if (reg.optional || reg.negative || reg.greedy || reg.anything || reg.choices !== undefined || reg.id !== undefined) return undefined;
  const { word, tag, fastOr, pos } = reg;
  if (word !== undefined) {
    if (reg.use !== undefined || reg.fuzzy) return undefined;
    return (w) => w.machine === word || w.text === word || w.normal === word || (w.alias?.includes(word) ?? false);
  }
  if (tag !== undefined) return (w) => w.tags.has(tag);
  if (reg.method !== undefined || reg.pre !== undefined || reg.post !== undefined || reg.regex !== undefined || reg.chunk !== undefined) return undefined;
  if (reg.switch !== undefined) return (w) => w.switch === reg.switch;
  if (reg.machine !== undefined || reg.sense !== undefined || fastOr === undefined) return undefined;
  return (w) => (!pos || w.tags.has(pos)) && (fastOr.has(w.root || w.implicit || w.machine || w.normal) || fastOr.has(w.text));
}

/** The rules compromise would try on a piece holding `holds`, in the order it would try them. */
function rulesToTry(index: NetIndex, holds: ReadonlySet<string>, words: number, net: Net): NetRule[] {
  const piece = ++index.piece;
  const chosen: IndexedRule[] = [];
  const wanting: IndexedRule[] = [];
  for (const key of holds) {
    const needing = index.byNeed.get(key);
    if (needing) for (const indexed of needing) if (fits(indexed, holds, words) && enoughWants(indexed, holds)) chosen.push(indexed);
    const wanted = index.byWant.get(key);
    if (wanted) {
      for (const { indexed, count } of wanted) {
        if (index.countedIn[indexed.id] !== piece) {
          index.countedIn[indexed.id] = piece;
          index.wantsHeld[indexed.id] = 0;
          wanting.push(indexed);
        }
        index.wantsHeld[indexed.id] += count;
      }
    }
  }
  for (const indexed of wanting) if (index.wantsHeld[indexed.id] >= indexed.minWant && fits(indexed, holds, words)) chosen.push(indexed);
  const ranked = chosen.map((indexed) => ({ rule: indexed.rule, rank: rankIn(indexed, holds) }));
  ranked.sort((a, b) => a.rank - b.rank);
  const rules = ranked.map((r) => r.rule);
  for (const rule of net.always) if (words >= rule.minWords) rules.push(rule);
  return rules;
}

function fits(indexed: IndexedRule, holds: ReadonlySet<string>, words: number): boolean {
  if (words < indexed.minWords) return false;
  for (const need of indexed.needs) if (!holds.has(need)) return false;
  for (const no of indexed.ifNo) if (holds.has(no)) return false;
  return true;
}

function enoughWants(indexed: IndexedRule, holds: ReadonlySet<string>): boolean {
  if (indexed.wants.length === 0) return true;
  let found = 0;
  if (holds.size < indexed.wantCounts.size) for (const key of holds) found += indexed.wantCounts.get(key) ?? 0;
  else for (const want of indexed.wants) if (holds.has(want)) found++;
  return found >= indexed.minWant;
}

/** Compromise meets a rule first under the first of its keys, in key order, that the piece holds. */
function rankIn(indexed: IndexedRule, holds: ReadonlySet<string>): number {
  let k = 0;
  while (!holds.has(indexed.keys[k])) k++;
  return indexed.ranks[k];
}

/**
 * Files each rule that needs keys under the rarest of them, and each that needs none under each
 * key it wants. Compromise drops a rule whose match text it has met already; the index assumes
 * one rule per match text (true of compromise's own nets) and is null where that does not hold.
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
  const byNeed = new Map<string, IndexedRule[]>();
  const byWant = new Map<string, { indexed: IndexedRule; count: number }[]>();
  let id = 0;
  for (const [rule, entry] of filed) {
    const wantCounts = new Map<string, number>();
    for (const want of rule.wants) wantCounts.set(want, (wantCounts.get(want) ?? 0) + 1);
    const indexed: IndexedRule = {
      rule, id: id++, needs: rule.needs, ifNo: rule.ifNo ?? [], wants: rule.wants, minWant: rule.minWant,
      minWords: rule.minWords, wantCounts, keys: entry.keys, ranks: entry.ranks,
    };
    if (rule.needs.length > 0) addTo(byNeed, rule.needs.reduce((best, key) => (rarity(key) > rarity(best) ? key : best)), indexed);
    else for (const [want, count] of wantCounts) addTo(byWant, want, { indexed, count });
  }
  return { byNeed, byWant, countedIn: new Float64Array(id), wantsHeld: new Float64Array(id), piece: 0 };
}

function addTo<T>(map: Map<string, T[]>, key: string, item: T): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}

/** Words and tags nearly every sentence piece holds, most common first: the worst keys to file a rule under. */
const COMMON_KEYS = [
  '#Noun', '#Verb', 'the', '#Determiner', '#Singular', '#Preposition', '#Pronoun', 'and', '#PastTense',
  'of', 'a', 'to', '#Adjective', '#Infinitive', '#PresentTense', '#Adverb', '#Conjunction', 'in',
  '#Gerund', '#Copula', '#Possessive', 'that', '#Plural', '#Auxiliary', '%Noun|Verb%', 'i',
];

/**
 * How rarely a piece holds a key, roughly: the common words and tags above least, then tags, the
 * deeper in compromise's tag tree (#ProperNoun) the rarer, then other words. Only speed depends on it.
 */
function rarity(key: string): number {
  const common = COMMON_KEYS.indexOf(key);
  if (common >= 0) return common - COMMON_KEYS.length;
  if (!key.startsWith('#')) return Number.MAX_SAFE_INTEGER;
  return host?.tagDepth(key.slice(1)) ?? 0;
}
