import nlp from 'compromise';
import { installFastSweep } from './sweep';

/** A word as compromise leaves it: `pre`, `text` and `post` together give back the input. */
export interface Term {
  readonly text: string;
  readonly pre: string;
  readonly post: string;
  readonly tags: ReadonlySet<string>;
}

/** What compromise's `nlp.tokenize()` computes on top of splitting the text into words. */
const TOKENIZE_STEPS = ['alias', 'normal', 'machine', 'contractions'];
/** Chunks (noun and verb phrases) are the one step of `nlp()` whose output Dossier never reads. */
const UNREAD_STEPS = ['chunks'];

let taggingSteps: readonly string[] | undefined;

/**
 * Compromise's sentences and tagged words for a paragraph: what `nlp(paragraph)` gives, without
 * the steps Dossier does not read, and with the faster sweep installed on first use.
 */
export function parseParagraph(paragraph: string): Term[][] {
  taggingSteps ??= setUp();
  const doc = nlp.tokenize(paragraph).compute([...taggingSteps]);
  return (doc as unknown as { document: Term[][] }).document;
}

/** The steps `nlp()` runs after those of `nlp.tokenize()`, in its order, less the unread ones. */
function setUp(): readonly string[] {
  installFastSweep();
  const hooks = (nlp.world() as { hooks: string[] }).hooks;
  return hooks.filter((step) => !TOKENIZE_STEPS.includes(step) && !UNREAD_STEPS.includes(step));
}
