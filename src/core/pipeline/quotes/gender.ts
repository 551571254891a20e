// Whether a person is a "he" or a "she", from what the text and a first-name list say of them.
import firstNames from 'gender-detection-from-name/names/en';

export type Gender = 'male' | 'female';

/** Titles that say a person's gender ("Mrs. Gradgrind", "Sir Thomas"): male ones first, then female ones. */
const GENDERED_TITLE =
  /\b(?:(Mr|Sir|Lord|King|Prince|Master|Monsieur|Father|Brother|Uncle|Count|Baron|Duke)|(Mrs|Miss|Ms|Lady|Queen|Princess|Madame|Mademoiselle|Mother|Sister|Aunt|Dame|Countess|Baroness|Duchess))\.?\s+$/;

/** The gender a title right before a name gives it ("Ms. " before "Vasquez"), or null. */
export function genderFromTitle(before: string): Gender | null {
  const title = GENDERED_TITLE.exec(before);
  return title ? (title[1] ? 'male' : 'female') : null;
}

/**
 * The gender a name's first word has in the first-name list (a maintained, MIT-licensed list of
 * about 32,000 English given names), or null for an initial or a name it does not know. A name of
 * one word is read as a given name ("Daniel"): a surname alone is most often known by a title.
 */
export function genderFromFirstName(name: string): Gender | null {
  const first = name.split(/\s+/)[0].toLowerCase();
  return firstNames.get(first) ?? null;
}
