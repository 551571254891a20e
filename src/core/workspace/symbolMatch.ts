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
