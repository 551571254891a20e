// A document's control characters must never reach a terminal raw: `ESC ]0;…BEL` retitles it, other
// escape sequences recolour it or, on some terminals, write the clipboard. Like git and less, the
// text report shows them escaped instead. Bidirectional overrides are escaped too, so no line of
// the report can display in an order other than the one it is stored in.
const UNSAFE = /[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;
/** What JSON.stringify leaves raw of those: it escapes the C0 controls itself. */
const UNSAFE_IN_JSON = /[\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/** `text` with each control character written as an escape: `\x1b`, `\x07`, `\u202e`. */
export function escapeControlCharacters(text: string): string {
  return text.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** Text from a document as one safe line: runs of white space as single spaces, controls escaped. */
export function safeLine(text: string): string {
  return escapeControlCharacters(text.replace(/\s+/g, ' '));
}

/**
 * JSON text with the control characters JSON.stringify leaves raw (DEL, the C1 controls, the
 * bidirectional overrides) written as \u escapes: the same value, safe to print to a terminal.
 */
export function escapeControlCharactersInJson(json: string): string {
  return json.replace(UNSAFE_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
