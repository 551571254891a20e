import { POSSESSIVE, lowerForm, type Token } from '../tokens';
import { isPlaceName } from '../gazetteer';
import { ORGANIZATION_HEADS, PERSON_ROLE_NOUNS, PLACE_HEADS, SPEECH_VERBS, TITLES } from '../lexicon';
import { isAcronymText, isClosedClassWord, isCommonWord, isDemonym, isFirstName, isLastName } from '../words';
import { LABEL_NAMES } from './labels';
import { clusterIds, clusterKey, type ClusterTable } from './clusterTable';

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

/** Receives the features of one word, as FeatureSink does. */
export type WordFeatureSink = (name: string, value?: string) => void;

/**
 * The features of each word of a paragraph. They are chosen to carry over from news wire to other
 * writing: the word and its shape, its neighbours, capitalisation and whether the word starts a
 * sentence, compromise's tags, the gazetteer and name lists, whether the paragraph also writes the
 * word in lower case, and the rules' own reading of the word (`ruleLabels`). Nothing here depends
 * on the table layouts of sports pages. Features go to `add` rather than into strings, so that the
 * model can hash them without building a string for each (see model.ts).
 *
 * A word's features are those of the word as written (wordTypeFeatures), the same wherever it
 * stands, and those of its place in the sentence (contextFeatures); the model reads the first kind
 * once per distinct word.
 */
export function extractFeatures(tokens: readonly Token[], ruleLabels: ArrayLike<number>, add: FeatureSink, clusters?: ClusterTable): void {
  const paragraphWords = paragraphWordsOf(tokens);
  for (const [start, end] of sentenceRanges(tokens)) {
    for (let i = start; i < end; i++) wordTypeFeatures(tokens[i].text, (name, value) => add(i, name, value), clusters);
    contextFeatures(tokens, ruleLabels, paragraphWords, start, end, add);
  }
}

/** Token index ranges [start, end) of the paragraph's sentences, as compromise split them. */
export function sentenceRanges(tokens: readonly Token[]): [number, number][] {
  const ranges: [number, number][] = [];
  for (let i = 0; i < tokens.length; ) {
    let end = i + 1;
    while (end < tokens.length && tokens[end].sentence === tokens[i].sentence) end++;
    ranges.push([i, end]);
    i = end;
  }
  return ranges;
}

/** How a paragraph writes its words elsewhere, which says what a capital at a sentence's start means. Lower-case forms. */
export interface ParagraphWords {
  /** Words written in lower case somewhere: a capitalised one of them may be no name. */
  readonly lowerCase: ReadonlySet<string>;
  /** Words written with a capital inside a sentence, in ordinary type: at a sentence's start one of them is likely a name ("Trump praised Xu"). */
  readonly capitalisedInside: ReadonlySet<string>;
}

export function paragraphWordsOf(tokens: readonly Token[]): ParagraphWords {
  const lowerCase = new Set<string>();
  const capitalisedInside = new Set<string>();
  for (const t of tokens) {
    if (t.text === t.lower) lowerCase.add(t.lower);
    else if (!t.sentenceStart && !t.capsLine) capitalisedInside.add(t.lower);
  }
  return { lowerCase, capitalisedInside };
}

/**
 * The features a word has by how it is written (`text`, as tokenize gives it), whatever its
 * sentence: the word, its shape and affixes, what the word lists say of it, and its clusters at
 * each granularity of the word-cluster table (`clusters`, from GloVe vectors), which carry what
 * unlabelled text says of words the training data hardly has (names above all).
 */
export function wordTypeFeatures(text: string, add: WordFeatureSink, clusters?: ClusterTable): void {
  const lower = lowerForm(text);
  const possessive = POSSESSIVE.test(text);
  add('bias');
  add('w', lower);
  // A possessive is a feature of its own; the shape is the name's ("Trump’s" → "Xx").
  add('sh', shapeOf(possessive ? text.replace(POSSESSIVE, '') : text));
  add('p1', lower.slice(0, 1));
  add('p2', lower.slice(0, 2));
  add('p3', lower.slice(0, 3));
  add('s2', lower.slice(-2));
  add('s3', lower.slice(-3));
  add('s4', lower.slice(-4));
  if (possessive) add('possessive');
  if (caseOf(text) !== 'l') {
    if (isPlaceName(text)) add('gazetteer');
    if (isAcronymText(text)) add('acronym');
    if (isCommonWord(lower)) add('commonWord');
  }
  if (TITLES.has(lower)) add('title');
  if (ORGANIZATION_HEADS.has(lower)) add('organizationHead');
  if (PLACE_HEADS.has(lower)) add('placeHead');
  // Not for pronouns, determiners and the like: their clusters say nothing of names, and would
  // pull a surname written the same ("Vice-Premier He Lifeng") towards the pronoun.
  if (clusters && !isClosedClassWord(lower)) {
    const ids = clusterIds(clusters, clusterKey(text));
    // One feature per granularity, named by the field's place in the table: "cl0=3", "cl3=1508".
    if (ids) ids.forEach((id, k) => add(`cl${k}`, String(id)));
  }
}

/**
 * The features words `start`..`end - 1`, one sentence, have from where they stand: case and
 * sentence start, compromise's tags, the neighbours, the marks around them, the rules' reading.
 * `paragraphWords` are the paragraph's (paragraphWordsOf).
 */
export function contextFeatures(
  tokens: readonly Token[], ruleLabels: ArrayLike<number>, paragraphWords: ParagraphWords, start: number, end: number, add: FeatureSink,
): void {
  const shapes: string[] = [];
  const cases: string[] = [];
  const parts: string[] = [];
  const rules: string[] = [];
  for (let i = start; i < end; i++) {
    const t = tokens[i];
    shapes.push(shapeOf(t.possessive ? t.text.replace(POSSESSIVE, '') : t.text));
    cases.push(caseOf(t.text));
    parts.push(partOfSpeech(t));
    rules.push(LABEL_NAMES[ruleLabels[i]]);
  }
  /** Index, into the sentence's arrays, of the word `offset` away from word `k`, or -1 past its ends. */
  const neighbour = (k: number, offset: number): number => (k + offset >= 0 && k + offset < end - start ? k + offset : -1);
  for (let k = 0; k < end - start; k++) {
    const i = start + k;
    const token = tokens[i];
    const lower = token.lower;
    const caseHere = cases[k] + (token.sentenceStart ? 'S' : 'M');
    add(i, 'c', caseHere);
    add(i, 'r', rules[k]);
    add(i, 'r|c', `${rules[k]}|${caseHere}`);
    if (token.capsLine) {
      add(i, 'headline');
      add(i, 'headline|w', lower);
    }
    for (const tag of token.tags) add(i, 't', tag);
    for (const offset of NEIGHBOURS) {
      const j = neighbour(k, offset);
      const at = NEIGHBOUR_NAMES[offset];
      if (j < 0) {
        add(i, at.w, '<edge>');
        continue;
      }
      add(i, at.w, tokens[start + j].lower);
      add(i, at.pos, parts[j]);
      if (offset === -1 || offset === 1) {
        add(i, at.sh, shapes[j]);
        add(i, at.c, cases[j]);
        add(i, at.r, rules[j]);
      }
    }
    const before = neighbour(k, -1);
    const after = neighbour(k, 1);
    const beforeToken = before < 0 ? undefined : tokens[start + before];
    const afterToken = after < 0 ? undefined : tokens[start + after];
    add(i, 'w-1|w', `${beforeToken ? beforeToken.lower : '<edge>'}|${lower}`);
    add(i, 'w|w+1', `${lower}|${afterToken ? afterToken.lower : '<edge>'}`);
    add(i, 'c-1|c|c+1', `${before < 0 ? '_' : cases[before]}${cases[k]}${after < 0 ? '_' : cases[after]}`);
    const pre = lastMark(token.pre);
    const post = firstMark(token.post);
    if (pre) add(i, 'pre', pre);
    if (post) add(i, 'post', post);
    if (cases[k] !== 'l') {
      if (afterToken && isPlaceName(`${token.text} ${afterToken.text}`)) add(i, 'gazetteer+1');
      if (beforeToken && isPlaceName(`${beforeToken.text} ${token.text}`)) add(i, 'gazetteer-1');
      if (isFirstName(token)) add(i, 'firstName');
      if (isLastName(token)) add(i, 'lastName');
      if (isDemonym(token)) add(i, 'demonym');
      if (paragraphWords.lowerCase.has(lower)) add(i, 'alsoLowerCase');
      if ((token.sentenceStart || token.capsLine) && paragraphWords.capitalisedInside.has(lower)) add(i, 'alsoCapitalisedInside');
    }
    if (beforeToken && TITLES.has(beforeToken.lower)) add(i, 'title-1');
    if (beforeToken && PERSON_ROLE_NOUNS.has(beforeToken.lower)) add(i, 'personRole-1');
    if (afterToken && SPEECH_VERBS.has(afterToken.lower)) add(i, 'speaks+1');
  }
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
export function wordFeatures(tokens: readonly Token[], ruleLabels: ArrayLike<number>, clusters?: ClusterTable): string[][] {
  const features: string[][] = tokens.map(() => []);
  extractFeatures(tokens, ruleLabels, (word, name, value) => features[word].push(value === undefined ? name : `${name}=${value}`), clusters);
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
function caseOf(text: string): string {
  if (!/^\p{L}/u.test(text)) return 'o';
  if (/^\p{Lu}/u.test(text)) return /\p{L}.*\p{L}/u.test(text) && text === text.toUpperCase() ? 'A' : 'T';
  return 'l';
}

function partOfSpeech(token: Token): string {
  for (const tag of PARTS_OF_SPEECH) if (token.tags.has(tag)) return tag;
  return '-';
}
