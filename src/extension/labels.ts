// Short texts for the views, hovers and symbols: a quote on one line, clipped to fit, and counts.

/** Whitespace runs as one space, trimmed: a quote may wrap over lines. */
export function flat(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** At most `length` characters; a longer text is cut and ends with an ellipsis. */
export function clip(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1).trimEnd()}…` : text;
}

/** "1 mention", "3 mentions", "1,250 files": thousands grouped, as the views show them. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;
}
