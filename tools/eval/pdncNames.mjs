#!/usr/bin/env node
// Person recall on fiction, a silver measure: how many occurrences of the PDNC characters' names
// Dossier finds as people, in the four novels this project may read (see pdnc.mjs).
//
//   node tools/eval/pdncNames.mjs [--data DIR] [--cli dist/cli.js]
//
// Each character's names and aliases (character_info.csv) that are written with capitals, less a
// title that opens them ("Mr. Bounderby" is looked for as "Bounderby": Dossier's names leave their
// titles out) and less words that only describe ("The General", "Papa"), are looked for as whole
// words in the text; an occurrence counts when a person's mention of Dossier's holds it. It
// says nothing of precision, and a title the list does not strip ("Mlle. Blanche") counts as missed.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ALLOWED_NOVELS, parseCsv, parsePythonLiteral } from './pdnc.mjs';

const ROOT = resolve(fileURLToPath(import.meta.url), '..', '..', '..');
const OPENING_TITLE = /^(?:Mr|Mrs|Miss|Sir|Lady|Dr|Captain|Major|Colonel|General|Lord)\.? /;
const DESCRIPTIONS = /^(?:(?:The|A|An|Mr|Mrs|Miss|Her|His|My) [a-z].*|The|He|She|I|You|My|Your|Her|His|Papa|Mamma|Mother|Father|Uncle|Aunt|Grandmother|General|Madame|Mademoiselle|Sir|Lady|Miss|Mrs|Mr)$/;
const NAME = /^\p{Lu}[\p{L}.'-]*(?: \p{Lu}[\p{L}.'-]*)*$/u;

/** The capitalised names a novel's cast list gives its characters, titles that open them taken off. */
export function castNames(csv) {
  const names = new Set();
  for (const row of parseCsv(csv)) {
    for (const alias of [row['Main Name'], ...parsePythonLiteral(row.Aliases || '[]')]) {
      const name = String(alias).replace(OPENING_TITLE, '');
      if (name.length > 2 && NAME.test(name) && !DESCRIPTIONS.test(name)) names.add(name);
    }
  }
  return names;
}

/** Occurrences of each name as a whole word, and how many a person's mention holds ("Holmes" in "Sherlock Holmes"). */
export function personRecall(text, names, entities) {
  const inPerson = new Uint8Array(text.length);
  for (const entity of entities) if (entity.kind === 'person') for (const m of entity.mentions) inPerson.fill(1, m.start, m.end);
  const missed = new Map();
  let all = 0;
  let found = 0;
  for (const name of names) {
    const pattern = new RegExp(`(?<!\\p{L})${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\p{L})`, 'gu');
    for (const match of text.matchAll(pattern)) {
      all++;
      if (inPerson[match.index]) found++;
      else missed.set(name, (missed.get(name) ?? 0) + 1);
    }
  }
  return { all, found, missed };
}

function main() {
  const { values: args } = parseArgs({ options: { data: { type: 'string', default: process.env.DOSSIER_PDNC ?? '/tmp/evaldata/pdnc' }, cli: { type: 'string', default: join(ROOT, 'dist', 'cli.js') } } });
  const present = ALLOWED_NOVELS.filter((n) => existsSync(join(args.data, n, 'character_info.csv')));
  if (!present.length) {
    console.log(`pdncNames: no PDNC data in ${args.data}; nothing scored. Bring the corpus (github:Priya22/project-dialogism-novel-corpus) there, or pass --data DIR.`);
    return;
  }
  for (const novel of present) {
    const file = join(args.data, novel, 'novel_text.txt');
    const record = JSON.parse(execFileSync(process.execPath, [args.cli, 'annotate', '--format', 'jsonl', '--min-confidence', '0.5', file], { encoding: 'utf8', maxBuffer: 1 << 30 }));
    const { all, found, missed } = personRecall(readFileSync(file, 'utf8'), castNames(readFileSync(join(args.data, novel, 'character_info.csv'), 'utf8')), record.entities);
    const most = [...missed].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([name, n]) => `${name} ${n}`).join(', ');
    console.log(`${novel.padEnd(18)} ${found} of ${all} occurrences of the characters' names found as people (${((100 * found) / all).toFixed(1)}%); most missed: ${most}`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
