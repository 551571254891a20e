// How Go to Symbol in Workspace (Ctrl+T) matches a query against the folder's names and quotes.

/**
 * Whether the query's characters appear in the text in order, ignoring case and the query's spaces.
 * Each character is looked for in both cases rather than in a lower-cased copy of the text: Ctrl+T
 * goes over every name and quote of the folder at each keystroke, and copying them all was most
 * of its time.
 */
export function matcher(query: string): (text: string) => boolean {
  const characters = Array.from(query.replace(/\s+/g, ''), (c) => [c.toLowerCase(), c.toUpperCase()] as const);
  return (text) => {
    let at = 0;
    for (const [lower, upper] of characters) {
      const asLower = text.indexOf(lower, at);
      const asUpper = upper === lower ? -1 : text.indexOf(upper, at);
      const found = asLower < 0 ? asUpper : asUpper < 0 ? asLower : Math.min(asLower, asUpper);
      if (found < 0) return false;
      at = found + 1;
    }
    return true;
  };
}

/** The bit of each ASCII character: one per letter (either case), one for all digits, none for the rest. */
const LETTER_BITS = Uint32Array.from({ length: 128 }, (_, code) => {
  const lower = code | 0x20;
  if (lower >= 0x61 && lower <= 0x7a) return 1 << (lower - 0x61); // a-z, A-Z
  return code >= 0x30 && code <= 0x39 ? 1 << 26 : 0;
});

/**
 * The ASCII letters and digits of a text, one bit each, case ignored. A text the query matches
 * has every letter of the query's (lettersOf(query) & lettersOf(text) === lettersOf(query)), so
 * one AND rules out most of the folder's names and quotes before any of them is searched. Other
 * characters take no bit: they are matched as matcher does, never ruled out here.
 */
export function lettersOf(text: string): number {
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) letters |= LETTER_BITS[code];
  }
  return letters;
}
