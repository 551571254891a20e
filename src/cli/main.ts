import { analyze } from '../core/pipeline/analyze';
import { applyCorrections } from '../core/corrections/applyCorrections';
import type { Correction } from '../core/corrections/corrections';
import { toRecord } from '../core/model/record';
import { indexMain } from './indexMain';
import { readCorrections } from './readCorrections';
import { InputError, readInput } from './readInput';
import { textReport } from './textReport';

const USAGE = `usage: dossier annotate [--format text|json|jsonl] [--corrections FILE] FILE...
       dossier index [--jobs N] [--format text|json|jsonl] [--db FILE] [--corrections FILE] PATH...  (see dossier index --help)

Finds the people, places, organizations and quotes in each text file.
  --format text    a readable report (the default)
  --format json    one pretty-printed JSON document per file
  --format jsonl   one JSON object per file, per line (the accuracy scripts' contract)
  --corrections F  applies the corrections in F, as the editor does (its .vscode/dossier.json)
  -                reads standard input`;

type Format = 'text' | 'json' | 'jsonl';

class UsageError extends Error {}

interface Options {
  readonly format: Format;
  readonly files: string[];
  readonly corrections?: string;
}

function parse(argv: string[]): Options {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h') {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  if (command !== 'annotate') throw new UsageError(command ? `unknown command "${command}"` : 'missing command');
  let format: Format = 'text';
  let corrections: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : rest[++i];
      if (value !== 'text' && value !== 'json' && value !== 'jsonl') throw new UsageError(`unknown format "${value ?? ''}"`);
      format = value;
    } else if (arg === '--corrections' || arg.startsWith('--corrections=')) {
      corrections = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : rest[++i];
      if (!corrections) throw new UsageError('--corrections needs a file');
    } else if (arg.startsWith('--')) throw new UsageError(`unknown option "${arg}"`);
    else files.push(arg);
  }
  if (files.length === 0) throw new UsageError('no files given');
  return { format, files, corrections };
}

function main(argv: string[]): number {
  let options: Options;
  try {
    options = parse(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`dossier: ${error.message}\n${USAGE}\n`);
    return 2;
  }
  let corrections: Correction[] = [];
  try {
    if (options.corrections !== undefined) corrections = readCorrections(options.corrections);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    process.stderr.write(`dossier: ${error.message.replaceAll('\n', '\ndossier: ')}\n`);
    return 1;
  }
  let failed = false;
  for (const file of options.files) {
    let text: string;
    try {
      text = readInput(file);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      process.stderr.write(`dossier: ${error.message}\n`);
      failed = true;
      continue;
    }
    let output: string;
    try {
      output = render(options.format, file, text, corrections);
    } catch (error) {
      // A bug met on one file must not cost the user the others.
      process.stderr.write(`dossier: ${file}: analysis failed (${(error as Error)?.stack ?? String(error)})\n`);
      failed = true;
      continue;
    }
    process.stdout.write(output);
  }
  return failed ? 1 : 0;
}

function render(format: Format, file: string, text: string, corrections: readonly Correction[]): string {
  // As in the editor: the corrections apply over the analysis.
  const analysis = applyCorrections(text, analyze(text), corrections);
  if (format === 'jsonl') return `${JSON.stringify(toRecord(file, analysis))}\n`;
  if (format === 'json') return `${JSON.stringify(toRecord(file, analysis), null, 2)}\n`;
  return `${textReport(file, text, analysis)}\n\n`;
}

// A reader that stops early (`dossier annotate … | head`) closes the pipe: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

const argv = process.argv.slice(2);
if (argv[0] === 'index') void indexMain(argv.slice(1)).then((code) => (process.exitCode = code));
else process.exitCode = main(argv);
