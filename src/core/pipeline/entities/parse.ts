import nlp from 'compromise';
import { isPlainSentence } from './plainSentences';
import { installFastSweep } from './sweep';
import type { RawTerm, Term } from './terms';

/** What compromise's `nlp.tokenize()` computes on top of splitting the text into words. */
const TOKENIZE_STEPS = ['alias', 'normal', 'machine', 'contractions'];
/** Chunks (noun and verb phrases) are the one step of `nlp()` whose output Dossier never reads. */
const UNREAD_STEPS = ['chunks'];

let taggingSteps: readonly string[] | undefined;

type World = { methods: { one: { tokenize: { fromString(text: string, world: World): RawTerm[][] } } }; hooks: string[] };
type Doc = { document: Term[][] };

/**
 * Compromise's sentences and words for a paragraph: what `nlp(paragraph)` gives, without the
 * steps Dossier does not read, and with plain sentences (plainSentences.ts) only split into
 * words, not tagged. Compromise tags each sentence on its own, so the others are tagged as
 * `nlp()` would tag them.
 */
export function parseParagraph(paragraph: string): Term[][] {
  taggingSteps ??= setUp();
  const world = nlp.world() as World;
  const sentences = world.methods.one.tokenize.fromString(paragraph, world);
  const plain = sentences.map((terms, i) => isPlainSentence(terms, sentences[i - 1]?.at(-1)));
  const tagged = tokenized(sentences.filter((_, i) => !plain[i]));
  (tagged as unknown as { compute(steps: string[]): void }).compute([...taggingSteps]);
  const untagged = tokenized(sentences.filter((_, i) => plain[i]));
  let nextTagged = 0;
  let nextUntagged = 0;
  return plain.map((isPlain) => (isPlain ? untagged.document[nextUntagged++] : tagged.document[nextTagged++]));
}

/** Sentences of compromise's tokenizer, taken through the steps of `nlp.tokenize()`. */
function tokenized(sentences: RawTerm[][]): Doc {
  return nlp.tokenize(sentences.map((terms) => ({ terms })) as unknown as string) as unknown as Doc;
}

/** The steps `nlp()` runs after those of `nlp.tokenize()`, in its order, less the unread ones. */
function setUp(): readonly string[] {
  installFastSweep();
  const hooks = (nlp.world() as World).hooks;
  return hooks.filter((step) => !TOKENIZE_STEPS.includes(step) && !UNREAD_STEPS.includes(step));
}
