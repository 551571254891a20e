import * as fs from 'fs';
import { fixturePath } from './helpers';

/** The hand-made answer for the sample article (test/fixtures/xi-putin-moscow.gold.json). */
export interface Gold {
  readonly entities: readonly { kind: string; name: string; mentions: readonly { start: number; end: number; text: string }[] }[];
  readonly quotes: readonly { start: number; end: number; kind: string; text: string; speaker: string | null; reportedBy?: string | null }[];
}

export function gold(): Gold {
  return JSON.parse(fs.readFileSync(fixturePath('xi-putin-moscow.gold.json'), 'utf8')) as Gold;
}

export const SAMPLE = 'xi-putin-moscow.txt';
