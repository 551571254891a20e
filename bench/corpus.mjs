// The folder of news-sized articles the workspace benches index, built in a temporary folder from
// the project's shared data (never committed): the PolNeAR train and dev texts, then War and Peace
// cut into article-sized pieces, then, for larger folders, copies of those with their names
// changed (each round gives the names mid-sentence a suffix of its own, so a copy is new content
// with new people in it, not a file the index has seen).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const POLNEAR = process.env.DOSSIER_POLNEAR ?? '/tmp/evaldata/polnear/data';
const WAR_AND_PEACE = [process.env.DOSSIER_BENCH_TEXT, path.join(ROOT, '..', 'shared', 'bench', 'war-and-peace.txt'), '/work/shared/bench/war-and-peace.txt'].find((f) => f && fs.existsSync(f));
/** The length of a news article, in characters: War and Peace is cut at paragraph breaks past it. */
const PIECE_CHARS = 6_000;
const ROUND_SUFFIXES = ['ova', 'berg', 'ski', 'ley', 'ton', 'ard', 'ino', 'sen', 'ez', 'ham'];

/** The articles, as [name, text], in a fixed order. */
function* originals() {
  for (const split of ['train', 'dev']) {
    const dir = path.join(POLNEAR, split, 'text');
    if (!fs.existsSync(dir)) continue;
    for (const name of fs.readdirSync(dir).sort()) yield [`${split}-${name}`, fs.readFileSync(path.join(dir, name), 'utf8')];
  }
  if (!WAR_AND_PEACE) return;
  let piece = '';
  let count = 0;
  for (const paragraph of fs.readFileSync(WAR_AND_PEACE, 'utf8').split(/\n\s*\n/)) {
    piece += `${paragraph}\n\n`;
    if (piece.length < PIECE_CHARS) continue;
    yield [`war-and-peace-${String(count++).padStart(4, '0')}.txt`, piece];
    piece = '';
  }
}

/** Capitalised words after a lower-case word: names, mostly, and never a sentence's first word. */
const renamed = (text, suffix) => text.replace(/(?<=[a-z,] )([A-Z][a-z]{3,})\b/g, `$1${suffix}`);

/** Writes `wanted` articles into a new temporary folder; returns the folder, the count and the bytes. */
export function buildCorpus(wanted) {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-index-bench-'));
  const articles = [...originals()];
  if (articles.length === 0) throw new Error(`no articles: neither ${POLNEAR} nor War and Peace is there`);
  let count = 0;
  let bytes = 0;
  for (let round = 0; count < wanted; round++) {
    for (const [name, text] of articles) {
      if (count >= wanted) break;
      const content = round === 0 ? text : renamed(text, `${ROUND_SUFFIXES[(round - 1) % ROUND_SUFFIXES.length]}${round > ROUND_SUFFIXES.length ? round : ''}`);
      const file = round === 0 ? name : `copy${round}-${name}`;
      fs.writeFileSync(path.join(folder, file), content);
      bytes += Buffer.byteLength(content);
      count++;
    }
  }
  return { folder, count, bytes };
}
