// The words compromise gives, as the entity pass reads them. parse.ts produces them, the
// tokenizer and the plain-sentence test read them; the shapes live here so none of those files
// imports another for a type.

/** A word as compromise leaves it: `pre`, `text` and `post` together give back the input. */
export interface Term {
  readonly text: string;
  readonly pre: string;
  readonly post: string;
  readonly tags: ReadonlySet<string>;
}

/** A word as compromise's tokenizer gives it, before tagging. */
export interface RawTerm extends Term {
  readonly normal: string;
}
