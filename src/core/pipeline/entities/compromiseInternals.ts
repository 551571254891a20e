import nlp from 'compromise';
import { fastBulkMatch, useHost, type BulkMatch } from './sweep';
import type { RawTerm, Term } from './terms';

// Every reach past compromise's public API: its lexicon, its abbreviations, its tokenizer's
// sentence splitter, the names of its pipeline steps, and its sweep's bulkMatch, which Dossier
// replaces with a faster one (sweep.ts). These shapes are compromise's own (src/1-one/…) and may
// change in any release, so the sweep is patched only on the version they were tested with; on any
// other version compromise's own code runs, slower but right.

/** The compromise version the reach-ins below were tested with; package.json pins it. */
export const TESTED_COMPROMISE_VERSION = '14.17.0';

type Model = {
  one: {
    lexicon: Record<string, string | string[]>; abbreviations: Record<string, unknown>; tagSet: Record<string, { parents?: string[] } | undefined>; unicode: Record<string, string>;
    postPunctuation: Record<string, unknown>; emoticons: Record<string, unknown>;
  };
};
type World = { methods: { one: { tokenize: { fromString(text: string, world: World): RawTerm[][] } } }; hooks: string[] };
type Doc = { document: Term[][]; compute(steps: string[]): void };

/** Compromise's lexicon: lower-case word → its tag or tags. */
export const LEXICON = (nlp.model() as Model).one.lexicon;

/** Words compromise knows as abbreviations ("mr", "gen", "st", "inc"). */
export const ABBREVIATION_WORDS: readonly string[] = Object.keys((nlp.model() as Model).one.abbreviations);

/** How deep a tag sits in compromise's tag tree (#ProperNoun under #Noun): 0 for a tag it does not know. */
export function tagDepth(tag: string): number {
  return (nlp.model() as Model).one.tagSet[tag]?.parents?.length ?? 0;
}

/** Compromise's sentences of a text, split into words but not tagged (the first step of nlp()). */
export function splitIntoTerms(text: string): RawTerm[][] {
  const world = nlp.world() as World;
  return world.methods.one.tokenize.fromString(text, world);
}

/** The names of the steps nlp() runs, in its order. */
export function pipelineSteps(): readonly string[] {
  return (nlp.world() as World).hooks;
}

type ViewConstructor = new (document: RawTerm[][]) => Doc;
let ViewClass: ViewConstructor | undefined;

/**
 * Split sentences as a document whose `compute` runs compromise's steps on them, none run yet:
 * what `nlp.tokenize()` builds before it computes anything.
 */
export function documentOf(sentences: RawTerm[][]): Doc {
  // A plugin's `api` hook is handed compromise's View class (its typings say otherwise).
  if (!ViewClass) nlp.plugin({ api: (View: ViewConstructor) => void (ViewClass = View) } as unknown as Parameters<typeof nlp.plugin>[0]);
  return new (ViewClass as ViewConstructor)(sentences);
}

/** Whether the reach-ins may be trusted on compromise `version`. */
export function isTestedCompromise(version: string): boolean {
  return version === TESTED_COMPROMISE_VERSION;
}

/**
 * Replaces compromise's bulkMatch with the fast sweep, once, for every later parse; on a version of
 * compromise it was not tested with, leaves compromise's own. Returns whether the fast one runs.
 */
export function installFastSweep(version: string = nlp.version): boolean {
  if (!isTestedCompromise(version)) return false;
  const methods = (nlp.methods() as { one: { bulkMatch: BulkMatch } }).one;
  if (methods.bulkMatch === fastBulkMatch) return true;
  useHost({ bulkMatch: methods.bulkMatch, tagDepth });
  nlp.plugin({ methods: { one: { bulkMatch: fastBulkMatch } } });
  return true;
}

type KillUnicode = (text: string, world: unknown) => string;

/** Only ASCII: nothing compromise's killUnicode could replace, when no ASCII character is in its table but as itself. */
const ASCII_ONLY = /^[\x00-\x7f]*$/;

/**
 * Makes compromise's killUnicode (which folds "Björk" to "Bjork", character by character, for
 * every word it splits and every lexicon look-up) return an ASCII string as it is, once; its
 * table maps every ASCII character it holds to itself, which is checked here, so the result is
 * the same. On another version of compromise, or another table, leaves compromise's own. Returns
 * whether the fast path runs.
 */
export function installAsciiShortcut(version: string = nlp.version): boolean {
  if (!isTestedCompromise(version)) return false;
  const methods = (nlp.methods() as { one: { killUnicode: KillUnicode & { asciiShortcut?: true } } }).one;
  if (methods.killUnicode.asciiShortcut) return true;
  const table = (nlp.model() as Model).one.unicode;
  if (Object.entries(table).some(([from, to]) => ASCII_ONLY.test(from) && from !== to)) return false;
  const original = methods.killUnicode;
  const shortcut = Object.assign((text: string, world: unknown) => (typeof text === 'string' && ASCII_ONLY.test(text) ? text : original(text, world)), { asciiShortcut: true as const });
  nlp.plugin({ methods: { one: { killUnicode: shortcut } } });
  return true;
}

/** A word parted from the marks around it, not yet tagged or normalised. */
type SplitWord = { text: string; pre: string; post: string; tags: Set<string> };
type SplitWhitespace = ((text: string, model: unknown) => SplitWord) & { plainWordShortcut?: true };

/** Marks compromise's splitWhitespace takes off the end of a word when nothing in its tables holds them. */
const TRAILING_MARKS = ' \t\n\r.,;:!?"“”)]';
/** An ASCII word with only such marks after it: "said, ", "Pierre.\n". */
const PLAIN_WORD = /^([A-Za-z]+)([ \t\n\r.,;:!?"“”)\]]*)$/;

/**
 * Makes compromise's splitWhitespace, which parts a word from the marks around it by walking its
 * characters one by one, give a plain ASCII word with only trailing marks (most words of prose)
 * its parts at once: the word, no marks before it, the marks after it, as its walk ends with
 * them (it stops at the last letter, and takes off each mark after it that its table of marks
 * that stay on a word does not list; checked here). Emoticons keep compromise's own reading. On
 * another version of compromise, or another table, leaves compromise's own. Returns whether the
 * fast path runs.
 */
export function installPlainWordShortcut(version: string = nlp.version): boolean {
  if (!isTestedCompromise(version)) return false;
  const tokenize = (nlp.methods() as { one: { tokenize: { splitWhitespace: SplitWhitespace } } }).one.tokenize;
  if (tokenize.splitWhitespace.plainWordShortcut) return true;
  const { postPunctuation, emoticons } = (nlp.model() as Model).one;
  if ([...TRAILING_MARKS].some((mark) => Object.hasOwn(postPunctuation, mark))) return false;
  const original = tokenize.splitWhitespace;
  const shortcut: SplitWhitespace = Object.assign((text: string, model: unknown) => {
    const plain = typeof text === 'string' ? PLAIN_WORD.exec(text) : null;
    if (!plain || Object.hasOwn(emoticons, text.trim())) return original(text, model);
    return { text: plain[1], pre: '', post: plain[2], tags: new Set<string>() };
  }, { plainWordShortcut: true as const });
  // Set in place: a plugin's methods would replace the whole `tokenize` group rather than merge into it.
  tokenize.splitWhitespace = shortcut;
  return true;
}
