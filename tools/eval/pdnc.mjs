#!/usr/bin/env node
// Speaker accuracy on fiction: the Project Dialogism Novel Corpus (PDNC), four novels.
//
//   node tools/eval/pdnc.mjs [--data DIR] [--novels A,B] [--errors FILE.jsonl] [--json]
//
// DIR (default /tmp/evaldata/pdnc, or DOSSIER_PDNC) holds one folder per novel with novel_text.txt,
// quotation_info.csv and character_info.csv. Only the four novels this project may tune on are
// read: Hard Times, Mansfield Park, The Gambler and The Sign of the Four; the rest of the corpus is
// kept for evaluation and never opened here.
//
// Gold: each PDNC quotation comes in pieces around each narrative interruption ("…," said he, "…"),
// with character offsets into the novel and its speaker, a character whose names and aliases
// character_info.csv lists. A piece is found when at least half of it lies inside one Dossier quote;
// the quotation takes the speaker of the Dossier quote over its longest found piece. That speaker is
// right when its name is one of the gold character's names or aliases (ignoring case and the full
// stop of "Mr."), or shares a word with them that no other character's names have; "the narrator"
// (Dossier's speaker for a first-person "said I") is right for the character PDNC marks "_narr".
// Scored: all quotations, and the explicit ones (PDNC quoteType "Explicit": the speaker is named at
// the quote).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const ALLOWED_NOVELS = ['HardTimes', 'MansfieldPark', 'TheGambler', 'TheSignOfTheFour'];

/** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks. */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field), rows.push(row), (row = []), (field = '');
    } else field += c;
  }
  if (field || row.length) row.push(field), rows.push(row);
  const [header, ...body] = rows.filter((r) => r.length > 1 || r[0]);
  return body.map((r) => Object.fromEntries(header.map((name, k) => [name, r[k] ?? ''])));
}

/** A Python literal of strings and numbers (lists, sets, tuples), as PDNC writes its columns. */
export function parsePythonLiteral(source) {
  let i = 0;
  const skip = () => { while (/[\s,]/.test(source[i] ?? '')) i++; };
  const value = () => {
    skip();
    const c = source[i];
    if (c === '[' || c === '{' || c === '(') {
      const close = { '[': ']', '{': '}', '(': ')' }[c];
      i++;
      const items = [];
      for (skip(); source[i] !== close; skip()) {
        if (i >= source.length) throw new Error(`unclosed ${c} in ${source.slice(0, 60)}`);
        items.push(value());
      }
      i++;
      return items;
    }
    if (c === "'" || c === '"') {
      let out = '';
      for (i++; source[i] !== c; i++) {
        if (i >= source.length) throw new Error(`unclosed string in ${source.slice(0, 60)}`);
        if (source[i] === '\\') {
          const next = source[++i];
          out += next === 'n' ? '\n' : next === 't' ? '\t' : next;
        } else out += source[i];
      }
      i++;
      return out;
    }
    const number = /^-?\d+/.exec(source.slice(i));
    if (!number) throw new Error(`cannot read ${source.slice(i, i + 30)}`);
    i += number[0].length;
    return Number(number[0]);
  };
  return value();
}

const NARRATOR = 'the narrator';
const normal = (name) => name.toLowerCase().replace(/\./g, '').replace(/\s+/g, ' ').trim();
const TITLE_WORDS = new Set(['mr', 'mrs', 'miss', 'ms', 'dr', 'sir', 'lady', 'lord', 'the', 'of', 'de', 'madame', 'mademoiselle', 'monsieur', 'general', 'captain', 'young', 'old', 'little']);

/** A novel's characters, with what names them: whole names, and words that only that character's names hold. */
export function loadCharacters(csv) {
  const characters = parseCsv(csv).map((row) => {
    const names = new Set([row['Main Name'], ...parsePythonLiteral(row.Aliases || '[]')].map(normal).filter(Boolean));
    return { name: row['Main Name'], names, narrator: names.has('_narr') || names.has('narr') };
  });
  const owners = new Map();
  for (const character of characters) {
    for (const word of new Set([...character.names].flatMap((n) => n.split(' ')))) {
      if (TITLE_WORDS.has(word) || word.length < 2) continue;
      owners.set(word, [...(owners.get(word) ?? []), character]);
    }
  }
  return { characters, owners, byName: new Map(characters.map((c) => [c.name, c])) };
}

const withoutTitles = (name) => name.split(' ').filter((w) => !TITLE_WORDS.has(w)).join(' ');

/**
 * Whether a predicted speaker's name means the gold character: one of its names, else one of them
 * without titles ("E. W. B. Childers" for "Mr. E. W. B. Childers"), else a word that only its
 * names hold. A name that fits another character as well is wrong ("Gradgrind" for Mrs. Gradgrind).
 */
export function namesCharacter(predicted, gold, cast) {
  const name = normal(predicted);
  // Dossier credits a first-person "said I" to the narrator, whom PDNC marks with the alias "_narr".
  if (name === NARRATOR) return gold.narrator;
  if (gold.names.has(name)) return true;
  if (cast.characters.some((c) => c !== gold && c.names.has(name))) return false;
  const bare = withoutTitles(name);
  const fits = (c) => [...c.names].some((n) => withoutTitles(n) === bare);
  if (bare && fits(gold)) return !cast.characters.some((c) => c !== gold && fits(c));
  const owners = new Set(bare.split(' ').flatMap((w) => cast.owners.get(w) ?? []));
  return owners.size === 1 && owners.has(gold);
}

export function loadNovel(dir) {
  const text = readFileSync(join(dir, 'novel_text.txt'), 'utf8');
  if (/[^\x00-\x7f]/.test(text)) throw new Error(`${dir}/novel_text.txt is not ASCII: PDNC's byte offsets would not be character offsets`);
  const cast = loadCharacters(readFileSync(join(dir, 'character_info.csv'), 'utf8'));
  const quotations = parseCsv(readFileSync(join(dir, 'quotation_info.csv'), 'utf8')).map((row) => ({
    id: row.quoteID,
    pieces: parsePythonLiteral(row.quoteByteSpans).map(([start, end]) => ({ start, end })),
    speaker: row.speaker,
    explicit: row.quoteType === 'Explicit',
    type: row.quoteType,
  }));
  return { text, cast, quotations };
}

/** The Dossier quote holding at least half of the piece, or undefined (quotes sorted by start). */
function quoteOver(piece, quotes) {
  const length = piece.end - piece.start;
  for (const quote of quotes) {
    if (quote.start >= piece.end) break;
    const overlap = Math.min(piece.end, quote.end) - Math.max(piece.start, quote.start);
    if (overlap * 2 >= length) return quote;
  }
  return undefined;
}

export function scoreNovel(novel, record, errors = []) {
  const quotes = [...record.quotes].sort((a, b) => a.start - b.start);
  const tally = { all: 0, allRight: 0, explicit: 0, explicitRight: 0, found: 0 };
  for (const quotation of novel.quotations) {
    const gold = novel.cast.byName.get(quotation.speaker);
    tally.all++;
    if (quotation.explicit) tally.explicit++;
    const longestFirst = [...quotation.pieces].sort((a, b) => b.end - b.start - (a.end - a.start));
    const found = longestFirst.map((piece) => quoteOver(piece, quotes)).find(Boolean);
    if (found) tally.found++;
    const right = Boolean(found?.speaker && gold && namesCharacter(found.speaker.name, gold, novel.cast));
    if (right) {
      tally.allRight++;
      if (quotation.explicit) tally.explicitRight++;
      continue;
    }
    errors.push({
      id: quotation.id,
      type: quotation.type,
      error: !found ? 'quote not found' : !found.speaker ? 'no speaker' : 'wrong speaker',
      quote: novel.text.slice(quotation.pieces[0].start, quotation.pieces[0].end).slice(0, 120),
      gold: quotation.speaker,
      predicted: found?.speaker?.name ?? null,
      how: found?.speaker?.how ?? null,
      context: found ? novel.text.slice(Math.max(0, found.start - 100), Math.min(novel.text.length, found.end + 100)) : undefined,
    });
  }
  return tally;
}

const percent = (right, all) => (all ? Math.round((1000 * right) / all) / 10 : 0);

function main(argv) {
  const arg = (name) => {
    const k = argv.indexOf(`--${name}`);
    return k >= 0 ? argv[k + 1] : undefined;
  };
  const data = arg('data') ?? process.env.DOSSIER_PDNC ?? '/tmp/evaldata/pdnc';
  const wanted = (arg('novels') ?? ALLOWED_NOVELS.join(',')).split(',');
  const refused = wanted.filter((n) => !ALLOWED_NOVELS.includes(n));
  if (refused.length) {
    console.error(`pdnc: only ${ALLOWED_NOVELS.join(', ')} may be scored here (not ${refused.join(', ')}): the other novels are kept for evaluation.`);
    process.exit(2);
  }
  const present = wanted.filter((n) => existsSync(join(data, n, 'quotation_info.csv')));
  if (!present.length) {
    console.log(`pdnc: no PDNC data in ${data} (expected ${wanted.map((n) => `${n}/quotation_info.csv`).join(', ')}); nothing scored.`);
    console.log('Bring the corpus (github:Priya22/project-dialogism-novel-corpus) into that folder, or pass --data DIR. Never commit it.');
    return;
  }
  const cli = join(ROOT, 'dist', 'cli.js');
  if (!existsSync(cli)) {
    console.error('pdnc: dist/cli.js is missing; run `node esbuild.mjs` first.');
    process.exit(2);
  }
  const novels = present.map((name) => ({ name, ...loadNovel(join(data, name)) }));
  const started = process.hrtime.bigint();
  const output = execFileSync(process.execPath, [cli, 'annotate', '--format', 'jsonl', ...present.map((n) => join(data, n, 'novel_text.txt'))], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const records = output.split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line));
  const errors = [];
  const total = { all: 0, allRight: 0, explicit: 0, explicitRight: 0, found: 0 };
  const rows = novels.map((novel, k) => {
    const novelErrors = [];
    const tally = scoreNovel(novel, records[k], novelErrors);
    errors.push(...novelErrors.map((e) => ({ novel: novel.name, ...e })));
    for (const key of Object.keys(total)) total[key] += tally[key];
    return { novel: novel.name, quotes: tally.all, found: percent(tally.found, tally.all), speaker: percent(tally.allRight, tally.all), explicit: percent(tally.explicitRight, tally.explicit) };
  });
  const overall = { quotes: total.all, found: percent(total.found, total.all), speaker: percent(total.allRight, total.all), explicit: percent(total.explicitRight, total.explicit) };
  if (arg('errors')) writeFileSync(arg('errors'), errors.map((e) => JSON.stringify(e)).join('\n') + '\n');
  if (argv.includes('--json')) return console.log(JSON.stringify({ novels: rows, overall, seconds }));
  console.log(`PDNC fiction (${present.length} novel${present.length > 1 ? 's' : ''}), annotator wall time ${seconds.toFixed(1)} s`);
  for (const row of rows) console.log(`  ${row.novel.padEnd(18)} ${String(row.quotes).padStart(5)} quotes  found ${row.found}%  speaker right ${row.speaker}%  explicit ${row.explicit}%`);
  console.log(`speaker right on all quotes ${overall.speaker}% (${total.allRight}/${total.all}); on explicit quotes ${overall.explicit}% (${total.explicitRight}/${total.explicit}); quotes found ${overall.found}%`);
  const kinds = new Map();
  for (const e of errors) kinds.set(`${e.type} · ${e.error}`, (kinds.get(`${e.type} · ${e.error}`) ?? 0) + 1);
  console.log(`errors: ${[...kinds].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join('; ')}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
