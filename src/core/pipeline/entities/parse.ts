import { documentOf, installAsciiShortcut, installFastSweep, installPlainWordShortcut, pipelineSteps, splitIntoTerms } from './compromiseInternals';
import { isPlainSentence } from './plainSentences';
import type { Term } from './terms';

/**
 * What compromise's `nlp.tokenize()` computes on top of splitting the text into words, less
 * `normal`: splitting gave each word its normal form already, from its text, and `normal` only
 * works it out again from the same text.
 */
const TOKENIZE_STEPS = ['alias', 'machine', 'contractions'];
/** Chunks (noun and verb phrases) are the one step of `nlp()` whose output Dossier never reads. */
const UNREAD_STEPS = ['chunks'];
/**
 * Of the tokenizing steps, the one that changes a plain sentence's words ("don't" → "do", "not");
 * `alias` and `machine` add forms that only the tagger reads. "it's" and "you'd" stay whole: compromise
 * splits them after tagging (`contractionTwo`), which alone tells "it's" from "the council's".
 */
const PLAIN_STEPS = ['contractions'];

let taggingSteps: readonly string[] | undefined;

/**
 * Compromise's sentences and words for a paragraph: what `nlp(paragraph)` gives, without the
 * steps Dossier does not read, and with plain sentences (plainSentences.ts) only split into
 * words, not tagged. Compromise tags each sentence on its own, so the others are tagged as
 * `nlp()` would tag them.
 */
export function parseParagraph(paragraph: string): Term[][] {
  taggingSteps ??= setUp();
  const sentences = splitIntoTerms(paragraph);
  const plain = sentences.map((terms, i) => isPlainSentence(terms, sentences[i - 1]?.at(-1)));
  const tagged = documentOf(sentences.filter((_, i) => !plain[i]));
  tagged.compute([...TOKENIZE_STEPS, ...taggingSteps]);
  const untagged = documentOf(sentences.filter((_, i) => plain[i]));
  untagged.compute(PLAIN_STEPS);
  let nextTagged = 0;
  let nextUntagged = 0;
  return plain.map((isPlain) => (isPlain ? untagged.document[nextUntagged++] : tagged.document[nextTagged++]));
}

/** The steps `nlp()` runs after those of `nlp.tokenize()`, in its order, less the unread ones. */
function setUp(): readonly string[] {
  installFastSweep();
  installAsciiShortcut();
  installPlainWordShortcut();
  return pipelineSteps().filter((step) => !TOKENIZE_STEPS.includes(step) && !UNREAD_STEPS.includes(step));
}
