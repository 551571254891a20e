import { POSSESSIVE, type Token } from '../tokens';
import { isPlaceName } from '../gazetteer';
import { ORGANIZATION_HEADS, PERSON_ROLE_NOUNS, PLACE_HEADS, SPEECH_VERBS, TITLES } from '../lexicon';
import { isAcronym, isCommonWord, isDemonym, isFirstName, isLastName } from '../words';
import { LABEL_NAMES } from './labels';

/**
 * Compromise's tags the model reads, in the order that names a word's part of speech for its
 * neighbours: the first one a word has is its part of speech.
 */
const PARTS_OF_SPEECH = [
  'Person', 'Place', 'Organization', 'Honorific', 'Date', 'Value', 'Determiner', 'Preposition',
  'Conjunction', 'Pronoun', 'Verb', 'Adjective', 'Adverb', 'ProperNoun', 'Noun',
];

/** Receives the features of word `word`: a name, and a value for the features that have one. */
export type FeatureSink = (word: number, name: string, value?: string) => void;

/**
 * The features of each word of a paragraph. They are chosen to carry over from news wire to other
 * writing: the word and its shape, its neighbours, capitalisation and whether the word starts a
 * sentence, compromise's tags, the gazetteer and name lists, whether the paragraph also writes the
 * word in lower case, and the rules' own reading of the word (`ruleLabels`). Nothing here depends
 * on the table layouts of sports pages. Features go to `add` rather than into strings, so that the
 * model can hash them without building a string for each (see model.ts).
 */
export function extractFeatures(tokens: readonly Token[], ruleLabels: ArrayLike<number>, add: FeatureSink): void {
  const lowerCaseWords = new Set<string>();
  for (const t of tokens) if (t.text === t.lower) lowerCaseWords.add(t.lower);
  // A possessive is a feature of its own; the shape is the name's ("Trump’s" → "Xx").
  const shapes = tokens.map((t) => shapeOf(t.possessive ? t.text.replace(POSSESSIVE, '') : t.text));
  const cases = tokens.map(caseOf);
  const parts = tokens.map(partOfSpeech);
  const rules = Array.from(ruleLabels, (label) => LABEL_NAMES[label]);
  const neighbour = (i: number, offset: number): number => {
    const j = i + offset;
    return j >= 0 && j < tokens.length && tokens[j].sentence === tokens[i].sentence ? j : -1;
  };
  tokens.forEach((token, i) => {
    const lower = token.lower;
    const caseHere = cases[i] + (token.sentenceStart ? 'S' : 'M');
    add(i, 'bias');
    add(i, 'w', lower);
    add(i, 'sh', shapes[i]);
    add(i, 'c', caseHere);
    add(i, 'p1', lower.slice(0, 1));
    add(i, 'p2', lower.slice(0, 2));
    add(i, 'p3', lower.slice(0, 3));
    add(i, 's2', lower.slice(-2));
    add(i, 's3', lower.slice(-3));
    add(i, 's4', lower.slice(-4));
    add(i, 'r', rules[i]);
    add(i, 'r|c', `${rules[i]}|${caseHere}`);
    if (token.capsLine) {
      add(i, 'headline');
      add(i, 'headline|w', lower);
    }
    if (token.possessive) add(i, 'possessive');
    for (const tag of token.tags) add(i, 't', tag);
    for (const offset of NEIGHBOURS) {
      const j = neighbour(i, offset);
      const at = NEIGHBOUR_NAMES[offset];
      if (j < 0) {
        add(i, at.w, '<edge>');
        continue;
      }
      add(i, at.w, tokens[j].lower);
      add(i, at.pos, parts[j]);
      if (offset === -1 || offset === 1) {
        add(i, at.sh, shapes[j]);
        add(i, at.c, cases[j]);
        add(i, at.r, rules[j]);
      }
    }
    const before = neighbour(i, -1);
    const after = neighbour(i, 1);
    add(i, 'w-1|w', `${before < 0 ? '<edge>' : tokens[before].lower}|${lower}`);
    add(i, 'w|w+1', `${lower}|${after < 0 ? '<edge>' : tokens[after].lower}`);
    add(i, 'c-1|c|c+1', `${before < 0 ? '_' : cases[before]}${cases[i]}${after < 0 ? '_' : cases[after]}`);
    const pre = lastMark(token.pre);
    const post = firstMark(token.post);
    if (pre) add(i, 'pre', pre);
    if (post) add(i, 'post', post);
    if (cases[i] !== 'l') {
      if (isPlaceName(token.text)) add(i, 'gazetteer');
      if (after >= 0 && isPlaceName(`${token.text} ${tokens[after].text}`)) add(i, 'gazetteer+1');
      if (before >= 0 && isPlaceName(`${tokens[before].text} ${token.text}`)) add(i, 'gazetteer-1');
      if (isFirstName(token)) add(i, 'firstName');
      if (isLastName(token)) add(i, 'lastName');
      if (isDemonym(token)) add(i, 'demonym');
      if (isAcronym(token)) add(i, 'acronym');
      if (isCommonWord(lower)) add(i, 'commonWord');
      if (lowerCaseWords.has(lower)) add(i, 'alsoLowerCase');
    }
    if (TITLES.has(lower)) add(i, 'title');
    if (ORGANIZATION_HEADS.has(lower)) add(i, 'organizationHead');
    if (PLACE_HEADS.has(lower)) add(i, 'placeHead');
    if (before >= 0 && TITLES.has(tokens[before].lower)) add(i, 'title-1');
    if (before >= 0 && PERSON_ROLE_NOUNS.has(tokens[before].lower)) add(i, 'personRole-1');
    if (after >= 0 && SPEECH_VERBS.has(tokens[after].lower)) add(i, 'speaks+1');
  });
}

const NEIGHBOURS = [-2, -1, 1, 2];
/** Feature names per neighbour offset, made once rather than per word. */
const NEIGHBOUR_NAMES: Record<number, { w: string; pos: string; sh: string; c: string; r: string }> = Object.fromEntries(
  NEIGHBOURS.map((o) => {
    const at = o > 0 ? `+${o}` : `${o}`;
    return [o, { w: `w${at}`, pos: `pos${at}`, sh: `sh${at}`, c: `c${at}`, r: `r${at}` }];
  }),
);

/** The features as strings ("w=putin", "bias"), word by word: what the model hashes, readable. */
export function wordFeatures(tokens: readonly Token[], ruleLabels: ArrayLike<number>): string[][] {
  const features: string[][] = tokens.map(() => []);
  extractFeatures(tokens, ruleLabels, (word, name, value) => features[word].push(value === undefined ? name : `${name}=${value}`));
  return features;
}

/** The last mark before a word ("(" in " (Reuters"), or ''. */
function lastMark(pre: string): string {
  const marks = pre.trimEnd();
  return marks ? marks[marks.length - 1] : '';
}

/** The first mark after a word ("," in ", said"), or ''. */
function firstMark(post: string): string {
  return post.trimStart().slice(0, 1);
}

/** "Putin" → "Xx", "U.S." → "X.X.", "1996-08-30" → "d-d-d": character classes, repeats collapsed. */
export function shapeOf(text: string): string {
  let shape = '';
  let previous = '';
  for (const char of text) {
    const cls = classOf(char);
    if (cls !== previous) shape += cls;
    previous = cls;
  }
  return shape;
}

/** X, x, d or the character itself; ASCII by its code, the rest by Unicode class. */
function classOf(char: string): string {
  const code = char.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90 ? 'X' : code >= 97 && code <= 122 ? 'x' : code >= 48 && code <= 57 ? 'd' : char;
  return /\p{Lu}/u.test(char) ? 'X' : /\p{Ll}/u.test(char) ? 'x' : /\p{N}/u.test(char) ? 'd' : char;
}

/** A: in capitals (two letters or more); T: capitalised; l: lower case; o: anything else. */
function caseOf(token: Token): string {
  const text = token.text;
  if (!/^\p{L}/u.test(text)) return 'o';
  if (/^\p{Lu}/u.test(text)) return /\p{L}.*\p{L}/u.test(text) && text === text.toUpperCase() ? 'A' : 'T';
  return 'l';
}

function partOfSpeech(token: Token): string {
  for (const tag of PARTS_OF_SPEECH) if (token.tags.has(tag)) return tag;
  return '-';
}
