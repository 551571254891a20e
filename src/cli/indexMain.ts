import { availableParallelism } from 'node:os';
import type { Correction } from '../core/corrections/corrections';
import { INDEX_USAGE, runIndex, type IndexFormat, type IndexOptions } from './indexCommand';
import { readCorrections } from './readCorrections';
import { InputError } from './readInput';
import { DEFAULT_MIN_NAME_CONFIDENCE } from '../core/model/nameConfidence';
import { minConfidenceOf } from './options';

class UsageError extends Error {}

interface Arguments extends Omit<IndexOptions, 'corrections'> {
  readonly correctionsFile?: string;
}

function parse(args: readonly string[]): Arguments | 'help' {
  let jobs = availableParallelism();
  let format: IndexFormat = 'text';
  let db: string | undefined;
  let correctionsFile: string | undefined;
  let minConfidence = DEFAULT_MIN_NAME_CONFIDENCE;
  const paths: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const option = /^(--[a-z-]+)(?:=(.*))?$/.exec(arg);
    if (arg === '--help' || arg === '-h') return 'help';
    if (!option) {
      paths.push(arg);
      continue;
    }
    const [, name, inline] = option;
    const value = (): string => {
      const v = inline ?? args[++i];
      if (v === undefined || v === '') throw new UsageError(`${name} needs a value`);
      return v;
    };
    if (name === '--jobs') {
      const v = value();
      jobs = Number(v);
      if (!/^\d+$/.test(v) || jobs < 1 || jobs > 64) throw new UsageError(`--jobs takes a whole number from 1 to 64, not "${v}"`);
    } else if (name === '--format') {
      const v = value();
      if (v !== 'text' && v !== 'json' && v !== 'jsonl') throw new UsageError(`unknown format "${v}"`);
      format = v;
    } else if (name === '--db') db = value();
    else if (name === '--corrections') correctionsFile = value();
    else if (name === '--min-confidence') {
      const v = value();
      const parsed = minConfidenceOf(v);
      if (parsed === undefined) throw new UsageError(`--min-confidence needs a number from 0 to 1, not "${v}"`);
      minConfidence = parsed;
    } else throw new UsageError(`unknown option "${arg}"`);
  }
  if (paths.length === 0) throw new UsageError('no files or folders given');
  return { paths, jobs, format, db, correctionsFile, minConfidence };
}

/** `dossier index ARGS...`; resolves to the exit code: 0, 1 when a file could not be indexed, 2 for a usage error. */
export async function indexMain(args: readonly string[]): Promise<number> {
  let parsed: Arguments | 'help';
  try {
    parsed = parse(args);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`dossier: ${error.message}\n${INDEX_USAGE}\n`);
    return 2;
  }
  if (parsed === 'help') {
    process.stdout.write(`${INDEX_USAGE}\n`);
    return 0;
  }
  const report = (message: string): void => void process.stderr.write(`dossier: ${message.replaceAll('\n', '\ndossier: ')}\n`);
  let corrections: Correction[] = [];
  try {
    if (parsed.correctionsFile !== undefined) corrections = readCorrections(parsed.correctionsFile);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    report(error.message);
    return 1;
  }
  const complete = await runIndex({ ...parsed, corrections }, (text) => process.stdout.write(text), report);
  return complete ? 0 : 1;
}
