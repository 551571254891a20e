import { installFastSweep, pipelineSteps, splitIntoTerms, tokenizedDocument } from './compromiseInternals';
import { isPlainSentence } from './plainSentences';
import type { Term } from './terms';

/** What compromise's `nlp.tokenize()` computes on top of splitting the text into words. */
const TOKENIZE_STEPS = ['alias', 'normal', 'machine', 'contractions'];
/** Chunks (noun and verb phrases) are the one step of `nlp()` whose output Dossier never reads. */
const UNREAD_STEPS = ['chunks'];

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
  const tagged = tokenizedDocument(sentences.filter((_, i) => !plain[i]));
  tagged.compute([...taggingSteps]);
  const untagged = tokenizedDocument(sentences.filter((_, i) => plain[i]));
  let nextTagged = 0;
  let nextUntagged = 0;
  return plain.map((isPlain) => (isPlain ? untagged.document[nextUntagged++] : tagged.document[nextTagged++]));
}

/** The steps `nlp()` runs after those of `nlp.tokenize()`, in its order, less the unread ones. */
function setUp(): readonly string[] {
  installFastSweep();
  return pipelineSteps().filter((step) => !TOKENIZE_STEPS.includes(step) && !UNREAD_STEPS.includes(step));
}
