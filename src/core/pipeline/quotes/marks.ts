// What a quotation-mark character does at one place in the text. Deciding it needs only the
// characters on either side and which quotes are open, so the scan stays linear.

/** Marks that pair with each other: a closer only ever closes a quote of its own family. */
export type MarkFamily = 'double' | 'single' | 'guillemet';

export type MarkRole =
  | { readonly role: 'open'; readonly family: MarkFamily; readonly closers: string; readonly length: number }
  | { readonly role: 'close'; readonly family: MarkFamily; readonly length: number }
  /** Straight marks look the same at both ends: they close an open quote of the family or open one. */
  | { readonly role: 'toggle'; readonly family: MarkFamily; readonly closers: string; readonly length: number };

/** Which closing marks each open family is waiting for, as the caller tracks it. */
export interface OpenQuotes {
  /** The closers the innermost open quote of `family` accepts, or undefined when none is open. */
  closersOf(family: MarkFamily): string | undefined;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const DIGIT = /\p{N}/u;
/** Words that begin with an elided letter: ’em, ’til, ’cause, ’n’ (rock ’n’ roll). */
const LEADING_ELISION = /^(?:em|til|cause|cos|cuz|tis|twas|bout|round|n)(?![\p{L}])/iu;

const isWordChar = (ch: string | undefined): boolean => ch !== undefined && LETTER_OR_DIGIT.test(ch);

/** Every character markAt can give a role: " ' « » ‘ ’ ‚ “ ” „ ‹ ›. */
const MARK_CODES = new Set([0x22, 0x27, 0xab, 0xbb, 0x2018, 0x2019, 0x201a, 0x201c, 0x201d, 0x201e, 0x2039, 0x203a]);

/**
 * Whether the character code can be a quotation mark at all; markAt is null for every other
 * character, so a scan can step over them without asking it.
 */
export function mayBeMark(code: number): boolean {
  return (code === 0x22 || code === 0x27 || code >= 0xab) && MARK_CODES.has(code);
}

/** The role of the mark at `i`, or null when it is not a quotation mark there (an apostrophe, an inch sign). */
export function markAt(text: string, i: number, open: OpenQuotes): MarkRole | null {
  const ch = text[i];
  const before = text[i - 1];
  const after = text[i + 1];
  switch (ch) {
    case '“':
      // „…“ (German) closes with this mark; elsewhere it opens.
      if (open.closersOf('double')?.includes('“')) return { role: 'close', family: 'double', length: 1 };
      return { role: 'open', family: 'double', closers: '”"', length: 1 };
    case '„':
      return { role: 'open', family: 'double', closers: '“”', length: 1 };
    case '”':
      return { role: 'close', family: 'double', length: 1 };
    case '"':
      if (open.closersOf('double') === undefined) {
        // A mark that ends a word with no double quote open closes a quote whose opening mark the
        // writer left out ("a review of [his] systems" including…): it opens nothing.
        if (endsWord(before, after)) return null;
      } else if (opensWord(before, after)) {
        // Inside a quote, a mark before a word opens a quote within it (Say only "yes," and…").
        return { role: 'open', family: 'double', closers: '"”', length: 1 };
      }
      return { role: 'toggle', family: 'double', closers: '"”', length: 1 };
    case '«':
      // »…« (German, Danish) closes with this mark; elsewhere it opens.
      if (open.closersOf('guillemet')?.includes('«')) return { role: 'close', family: 'guillemet', length: 1 };
      return { role: 'open', family: 'guillemet', closers: '»', length: 1 };
    case '»':
      if (open.closersOf('guillemet') !== undefined) return { role: 'close', family: 'guillemet', length: 1 };
      // »…« (German, Danish) opens with this mark.
      return isWordChar(after) ? { role: 'open', family: 'guillemet', closers: '«', length: 1 } : null;
    case '‹':
      return { role: 'open', family: 'guillemet', closers: '›', length: 1 };
    case '›':
      return open.closersOf('guillemet') !== undefined ? { role: 'close', family: 'guillemet', length: 1 } : null;
    case '‘':
      // ‚…‘ (German) closes with this mark, after the quote's last word.
      if (open.closersOf('single')?.includes('‘')) return { role: 'close', family: 'single', length: 1 };
      if (isWordChar(before) || isElision(text, i + 1)) return null;
      return { role: 'open', family: 'single', closers: '’\'', length: 1 };
    case '‚':
      return { role: 'open', family: 'single', closers: '‘’', length: 1 };
    case '’':
      return closingSingle(text, i, open);
    case "'":
      // Two apostrophes stand for a double mark in some newswires (''Like this,'' he said).
      if (after === "'") return { role: 'toggle', family: 'double', closers: "'", length: 2 };
      if (before === "'") return null;
      if (!isWordChar(before) && isWordChar(after) && !isElision(text, i + 1)) {
        return { role: 'open', family: 'single', closers: '\'’', length: 1 };
      }
      return closingSingle(text, i, open);
    default:
      return null;
  }
}

const CLOSING_PUNCTUATION = /[.,!?;:…]/;

/** A mark written against the end of a word or its punctuation, with a space or nothing after it. */
function endsWord(before: string | undefined, after: string | undefined): boolean {
  return (isWordChar(before) || CLOSING_PUNCTUATION.test(before ?? '')) && (after === undefined || /\s/.test(after));
}

/** A mark with a space, a line break or nothing before it and a letter or digit after it. */
function opensWord(before: string | undefined, after: string | undefined): boolean {
  return (before === undefined || /\s/.test(before)) && isWordChar(after);
}

/** ’ and ' close a single-quoted span only when one is open and the mark ends a word. */
function closingSingle(text: string, i: number, open: OpenQuotes): MarkRole | null {
  const before = text[i - 1];
  const after = text[i + 1];
  if (isWordChar(before) && isWordChar(after)) return null; // it’s, don't
  if (!isWordChar(before) && isWordChar(after)) return null; // ’90s, ’em
  if (before === 'n' && text[i - 2] === text[i] && !isWordChar(text[i - 3])) return null; // rock ’n’ roll, rock 'n' roll
  if (!open.closersOf('single')?.includes(text[i])) return null; // Jones’ car
  return { role: 'close', family: 'single', length: 1 };
}

/** Whether the word starting at `i` is one written with a leading apostrophe (’90s, ’em). */
function isElision(text: string, i: number): boolean {
  if (DIGIT.test(text[i] ?? '') && DIGIT.test(text[i + 1] ?? '') && !DIGIT.test(text[i + 2] ?? '')) return true;
  return LEADING_ELISION.test(text.slice(i, i + 6));
}
