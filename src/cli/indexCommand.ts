// `dossier index`: every person, place and organization across a folder of files, with the files
// that name them and the quotes they said. Files are analysed in worker threads, spread over
// `--jobs` workers; the merge across files runs here, once all are read.
import { availableParallelism } from 'node:os';
import * as path from 'node:path';
import { AnalysisPool } from '../analysis/analysisPool';
import { applyCorrections } from '../core/corrections/applyCorrections';
import type { Correction } from '../core/corrections/corrections';
import { DEFAULT_MIN_NAME_CONFIDENCE, withNamesAtLeast } from '../core/model/nameConfidence';
import { digestOf, type DocumentDigest } from '../core/workspace/digest';
import { buildWorkspace } from '../core/workspace/merge';
import { collectFiles, DEFAULT_INCLUDE } from './collectFiles';
import { escapeControlCharactersInJson } from './controlCharacters';
import { writeIndexDatabase } from './indexDatabase';
import { entityRecord, indexRecord, indexTextReport } from './indexReport';
import { InputError, readInput } from './readInput';
import { coordinatorThread } from '../analysis/nodeTransport';

export const INDEX_USAGE = `usage: dossier index [--jobs N] [--format text|json|jsonl] [--db FILE] [--corrections FILE] [--min-confidence N] PATH...

Finds every person, place and organization across the files and folders given (folders
recursively: ${DEFAULT_INCLUDE}), as one entity per person however many files name them.
  --jobs N         analyse with N worker threads (default: the number of cores, here ${availableParallelism()})
  --format text    a readable report (the default)
  --format json    {"documents": [...], "entities": [...]}
  --format jsonl   one entity per line
  --db FILE        also write the index to FILE as an SQLite database (see the README for its tables)
  --corrections F  applies the corrections in F, as the editor does (its .vscode/dossier.json)
  --min-confidence N  leaves out names the model is less sure of (0 to 1; default ${DEFAULT_MIN_NAME_CONFIDENCE}, as
                   dossier annotate and the editor's dossier.names.minConfidence; 0 lists every name)`;

export type IndexFormat = 'text' | 'json' | 'jsonl';

export interface IndexOptions {
  readonly paths: readonly string[];
  readonly jobs: number;
  readonly format: IndexFormat;
  readonly db?: string;
  readonly corrections: readonly Correction[];
  /** Names the model is less sure of are left out of every file, as annotate leaves them out. */
  readonly minConfidence: number;
}

/** What went wrong with one file: said on stderr, and the run exits 1. */
export type Report = (message: string) => void;

/**
 * Index the files, print the result, and tell whether every file could be read and analysed.
 * A file that cannot be read is reported by name and the others are indexed all the same.
 */
export async function runIndex(options: IndexOptions, write: (text: string) => void, report: Report): Promise<boolean> {
  const files = collectFiles(options.paths);
  const digests: (DocumentDigest | undefined)[] = new Array(files.length);
  let failed = false;
  // The CLI has the machine to itself: its workers run at normal priority.
  const pool = new AnalysisPool(options.jobs, { startWorker: coordinatorThread(path.join(__dirname, 'worker.js')), lowPriority: false });
  try {
    let next = 0;
    const runner = async (): Promise<void> => {
      while (next < files.length) {
        const i = next++;
        const digest = await indexFile(pool, files[i], options, report);
        if (digest) digests[i] = digest;
        else failed = true;
      }
    };
    // Two files in flight per worker, so that one is read and sent while the other is analysed.
    await Promise.all(Array.from({ length: Math.min(files.length, pool.size * 2) }, runner));
  } finally {
    pool.dispose();
  }
  const documents = digests.filter((d): d is DocumentDigest => d !== undefined);
  const index = buildWorkspace(documents, () => options.corrections);
  if (options.format === 'json') write(`${escapeControlCharactersInJson(JSON.stringify(indexRecord(documents, index), null, 2))}\n`);
  else if (options.format === 'jsonl') write(index.entities.map((e) => `${escapeControlCharactersInJson(JSON.stringify(entityRecord(e)))}\n`).join(''));
  else write(indexTextReport(documents, index));
  if (options.db !== undefined) {
    try {
      await writeIndexDatabase(options.db, documents, index);
    } catch (error) {
      report(`${options.db}: cannot write the database (${(error as Error)?.message ?? String(error)})`);
      failed = true;
    }
  }
  return !failed;
}

async function indexFile(pool: AnalysisPool, file: string, { corrections, minConfidence }: IndexOptions, report: Report): Promise<DocumentDigest | undefined> {
  let text: string;
  try {
    text = readInput(file);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    report(error.message);
    return undefined;
  }
  try {
    const analysis = await pool.analyze(text);
    if (!analysis) throw new Error('the analysis was cancelled');
    return digestOf(file, withNamesAtLeast(applyCorrections(text, analysis, corrections), minConfidence));
  } catch (error) {
    // A bug met on one file must not cost the user the others.
    report(`${file}: analysis failed (${(error as Error)?.message ?? String(error)})`);
    return undefined;
  }
}
