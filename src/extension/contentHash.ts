// Content hashes through Web Crypto, which the extension host has on the desktop (Node 20) and
// on the web alike; Node's `crypto` module is not there on the web.

/** The SHA-1 of `bytes`, as 40 hex digits (the same digits Node's createHash('sha1') gives). */
export async function sha1Hex(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-1', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}
