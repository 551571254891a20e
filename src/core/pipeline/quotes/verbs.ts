// Reporting verbs: the words that tie a quote or a claim to whoever made it.

/** Verbs with all their forms; irregular ones spelled out, base form first and -s form second. */
const REPORTING_VERBS: readonly (string | readonly string[])[] = [
  ['say', 'says', 'said', 'saying'],
  ['tell', 'tells', 'told', 'telling'],
  ['write', 'writes', 'wrote', 'writing', 'written'],
  ['reads'], // "the letter reads"; plain "read" is as often past tense or a noun
  ['ask', 'asks', 'asked', 'asking'],
  ['admit', 'admits', 'admitted', 'admitting'],
  ['put it', 'puts it'],
  ['point out', 'points out', 'pointed out', 'pointing out'],
  ['went on'],
  ['liken', 'likens', 'likened', 'likening'],
  ['deny', 'denies', 'denied', 'denying'],
  ['testify', 'testifies', 'testified', 'testifying'],
  ['cry', 'cries', 'cried', 'crying'],
  ['blurt out', 'blurts out', 'blurted out', 'blurting out'],
  'add', 'continue', 'explain', 'describe', 'declare', 'recall', 'respond', 'argue', 'acknowledge',
  'accuse', 'suggest', 'insist', 'warn', 'urge', 'predict', 'assert', 'complain', 'proclaim', 'confirm',
  'emphasize', 'emphasise', 'concede', 'observe', 'characterize', 'reiterate', 'affirm', 'allege', 'recount',
  'agree', 'exclaim', 'implore', 'elaborate', 'contend', 'maintain', 'note', 'blurt', 'remonstrate',
];

/**
 * Verbs whose base and -s forms are mostly nouns in news ("a report", "his remarks", "the
 * state"): those forms count only straight after a name or a pronoun ("Clinton calls", "what it
 * calls"). "Announce" and "label" are left out on purpose: "announced a “ceasefire”" and "a box
 * labeled “fragile”" are how papers flag a term, not how they quote.
 */
const MOSTLY_NOUNS: readonly (string | readonly string[])[] = [
  ['tweet', 'tweets', 'tweeted', 'tweeting'],
  ['quip', 'quips', 'quipped', 'quipping'],
  ['reply', 'replies', 'replied', 'replying'],
  ['dub', 'dubs', 'dubbed', 'dubbing'],
  ['brag', 'brags', 'bragged', 'bragging'],
  ['retort', 'retorts', 'retorted', 'retorting'],
  ['snap', 'snaps', 'snapped', 'snapping'],
  ['refer', 'refers', 'referred', 'referring'],
  ['shoot back', 'shoots back', 'shot back', 'shooting back'],
  // Only the past form, and (as a mostly-noun form) only after a name or a pronoun: fiction's "…,” he
  // thought" and "…,” she posted", not "a thought" or "a message posted Friday, Cruz said".
  ['thought'],
  ['posted'],
  // "The spot concludes with footage of Trump saying …": a report or an event concludes as often as a person.
  ['conclude', 'concludes', 'concluded', 'concluding'],
  'call', 'state', 'report', 'pledge', 'promise', 'cite', 'assure', 'claim', 'remark', 'answer', 'shout', 'lament',
  'blast', 'vow', 'blame', 'portray', 'praise', 'joke', 'yell', 'charge', 'mock', 'quote', 'stress', 'demand',
  'boast', 'counter', 'tout', 'chant', 'scream', 'whisper', 'term', 'mutter', 'muse', 'thunder', 'fume',
  'criticize', 'caution', 'scold', 'brand', 'surmise', 'question', 'interject', 'sneer', 'scoff', 'hint', 'plead',
  'clarify', 'grumble', 'sigh', 'murmur', 'rejoin', 'return', 'comment',
];

export interface VerbForm {
  /** An -ing form: "…, saying", whose subject is the clause's. */
  readonly participle: boolean;
  /** How many words the form spans ("pointed out" is two). */
  readonly words: number;
  /** A form that is more often a noun ("calls", "reports"): a verb only right after a name or a pronoun. */
  readonly mostlyNoun: boolean;
}

const FORMS = new Map<string, VerbForm>();
const addForms = (forms: readonly string[], mostlyNoun: (form: string) => boolean): void => {
  for (const form of forms) FORMS.set(form, { participle: /ing\b/.test(form), words: form.split(' ').length, mostlyNoun: mostlyNoun(form) });
};
const allForms = (entry: string | readonly string[]): readonly string[] =>
  typeof entry === 'string' ? [entry, `${entry}s`, pastOf(entry), ingOf(entry)] : entry;
for (const entry of REPORTING_VERBS) addForms(allForms(entry), () => false);
for (const entry of MOSTLY_NOUNS) {
  const forms = allForms(entry);
  addForms(forms, (form) => form === forms[0] || form === forms[1]);
}

/** The first words of the forms of two words ("put" of "put it"): only after one of them is a pair of words looked up. */
const TWO_WORD_STARTS = new Set([...FORMS.keys()].filter((form) => form.includes(' ')).map((form) => form.slice(0, form.indexOf(' '))));

function pastOf(base: string): string {
  if (base.endsWith('e')) return `${base}d`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ied`;
  return `${base}ed`;
}

function ingOf(base: string): string {
  return base.endsWith('e') ? `${base.slice(0, -1)}ing` : `${base}ing`;
}

/** The reporting verb spelled by `words[i…]` (lower case), or undefined. */
export function reportingVerbAt(words: readonly string[], i: number): VerbForm | undefined {
  // Words hold no spaces, so a pair can only be a form when the first word starts one.
  const two = i + 1 < words.length && TWO_WORD_STARTS.has(words[i]) ? FORMS.get(`${words[i]} ${words[i + 1]}`) : undefined;
  return two ?? FORMS.get(words[i]);
}
