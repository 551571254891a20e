// Bundled with the suite, so the suites read it the same way in the web worker host, which has no `fs`.
import GOLD from '../fixtures/xi-putin-moscow.gold.json';

/** The hand-made answer for the sample article (test/fixtures/xi-putin-moscow.gold.json). */
export interface Gold {
  readonly entities: readonly { kind: string; name: string; mentions: readonly { start: number; end: number; text: string }[] }[];
  readonly quotes: readonly { start: number; end: number; kind: string; text: string; speaker: string | null; reportedBy?: string | null }[];
}

export function gold(): Gold {
  return GOLD as Gold;
}

export const SAMPLE = 'xi-putin-moscow.txt';
