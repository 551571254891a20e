// The command line: `dossier annotate [options] FILE...`, `--help`, `--version`.

import { DEFAULT_MIN_NAME_CONFIDENCE } from '../core/model/nameConfidence';

export type Format = 'text' | 'json' | 'jsonl';

/** Narrower than this, the line numbers and speakers leave no room for the words. */
export const MIN_WIDTH = 30;

export const USAGE = `usage: dossier annotate [--format text|json|jsonl] [--width N] [--min-confidence N] [--corrections FILE] FILE...
       dossier index [--jobs N] [--format text|json|jsonl] [--db FILE] [--corrections FILE] PATH...  (see dossier index --help)
       dossier --help | --version

Finds the people, places, organizations and quotes in each text file.
  --format text       a readable report: names by kind, then every quote in full (the default)
  --format json       one JSON array holding a record per file, with line and column beside offsets
  --format jsonl      one JSON record per file, per line (the accuracy scripts' contract)
  --width N           wraps the text report at N columns (at least ${MIN_WIDTH})
  --min-confidence N  leaves out names the model is less sure of (0 to 1; default ${DEFAULT_MIN_NAME_CONFIDENCE}, as the
                      editor's dossier.names.minConfidence; 0 lists every name)
  --corrections F     applies the corrections in F, as the editor does (its .vscode/dossier.json)
  -h, --help          shows this help
  -v, --version       shows the version
  -                   as a FILE, reads standard input`;


/** A command line that cannot be run; exit code 2, with the usage. */
export class UsageError extends Error {}

export type Command =
  | { readonly command: 'help' }
  | { readonly command: 'version' }
  | {
    readonly command: 'annotate';
    readonly format: Format;
    readonly files: readonly string[];
    readonly corrections?: string;
    /** Wrap the text report at this many columns; undefined: one line per entry, however long. */
    readonly width?: number;
    /** Names the model is less sure of are left out. */
    readonly minConfidence: number;
  };

/** The value of `--min-confidence` (annotate and index take the same), or undefined when it is not a number from 0 to 1. */
export function minConfidenceOf(given: string): number | undefined {
  return /^(0(\.\d+)?|1(\.0*)?|\.\d+)$/.test(given) ? Number(given) : undefined;
}

export function parseCommandLine(argv: readonly string[]): Command {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help') return { command: 'help' };
  if (command === '--version' || command === '-v') return { command: 'version' };
  if (command !== 'annotate') throw new UsageError(command ? `unknown command "${command}"` : 'missing command');
  let format: Format = 'text';
  let corrections: string | undefined;
  let width: number | undefined;
  let minConfidence = DEFAULT_MIN_NAME_CONFIDENCE;
  const files: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    // `--name=value` or `--name value`.
    const value = (): string | undefined => (arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : rest[++i]);
    if (arg === '--help' || arg === '-h') return { command: 'help' };
    if (arg === '--format' || arg.startsWith('--format=')) {
      const given = value();
      if (given !== 'text' && given !== 'json' && given !== 'jsonl') throw new UsageError(`unknown format "${given ?? ''}" (text, json or jsonl)`);
      format = given;
    } else if (arg === '--width' || arg.startsWith('--width=')) {
      const given = value() ?? '';
      if (!/^\d+$/.test(given) || Number(given) < MIN_WIDTH) throw new UsageError(`--width needs a whole number of columns, at least ${MIN_WIDTH} (got "${given}")`);
      width = Number(given);
    } else if (arg === '--min-confidence' || arg.startsWith('--min-confidence=')) {
      const given = value() ?? '';
      const parsed = minConfidenceOf(given);
      if (parsed === undefined) throw new UsageError(`--min-confidence needs a number from 0 to 1 (got "${given}")`);
      minConfidence = parsed;
    } else if (arg === '--corrections' || arg.startsWith('--corrections=')) {
      corrections = value();
      if (!corrections) throw new UsageError('--corrections needs a file');
    } else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option "${arg}"`);
    else files.push(arg);
  }
  if (files.length === 0) throw new UsageError('no files given');
  if (width !== undefined && format !== 'text') throw new UsageError('--width applies to --format text only');
  return { command: 'annotate', format, files, corrections, width, minConfidence };
}
