import { applyCorrections } from '../core/corrections/applyCorrections';
import { withNamesAtLeast } from '../core/model/nameConfidence';
import type { Correction } from '../core/corrections/corrections';
import type { Analysis } from '../core/model/model';
import { toRecord } from '../core/model/record';
import { escapeControlCharacters, escapeControlCharactersInJson } from './controlCharacters';
import { indexMain } from './indexMain';
import { parseCommandLine, USAGE, UsageError, type Command } from './options';
import { positionsIn, withPositions } from './positions';
import { readCorrections } from './readCorrections';
import { InputError, readInput } from './readInput';
import { TextAnalyzer } from './textAnalyzer';
import { textReport } from './textReport';

/** The package's version, put in by esbuild.mjs from package.json. */
declare const DOSSIER_VERSION: string;

type Annotate = Extract<Command, { command: 'annotate' }>;

async function main(argv: string[]): Promise<number> {
  let command: Command;
  try {
    command = parseCommandLine(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    complain(error.message);
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  if (command.command === 'help') process.stdout.write(`${USAGE}\n`);
  else if (command.command === 'version') process.stdout.write(`dossier ${DOSSIER_VERSION}\n`);
  else return annotate(command);
  return 0;
}

async function annotate(options: Annotate): Promise<number> {
  let corrections: Correction[] = [];
  try {
    if (options.corrections !== undefined) corrections = readCorrections(options.corrections);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    complain(error.message);
    return 1;
  }
  // `--format json` is one JSON value however many files: an array, written as each file is done.
  const inArray = options.format === 'json';
  if (inArray) process.stdout.write('[');
  let written = 0;
  let failed = false;
  const analyzer = new TextAnalyzer();
  try {
    for (const file of options.files) {
      let text: string;
      try {
        text = readInput(file);
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        complain(error.message);
        failed = true;
        continue;
      }
      let output: string;
      try {
        output = render(options, file, text, await analyzer.analyze(text), corrections);
      } catch (error) {
        // A bug met on one file must not cost the user the others.
        complain(`${file}: analysis failed (${(error as Error)?.stack ?? String(error)})`);
        failed = true;
        continue;
      }
      process.stdout.write(inArray ? `${written > 0 ? ',' : ''}\n${output}` : output);
      written++;
    }
  } finally {
    analyzer.dispose();
  }
  if (inArray) process.stdout.write(written > 0 ? '\n]\n' : ']\n');
  return failed ? 1 : 0;
}

/** Each line of `message` on standard error after "dossier: ", file names' control characters escaped. */
function complain(message: string): void {
  process.stderr.write(message.split('\n').map((line) => `dossier: ${escapeControlCharacters(line)}\n`).join(''));
}

function render(options: Annotate, file: string, text: string, analysed: Analysis, corrections: readonly Correction[]): string {
  // As in the editor: the corrections apply over the analysis.
  const analysis = withNamesAtLeast(applyCorrections(text, analysed, corrections), options.minConfidence);
  if (options.format === 'jsonl') return `${escapeControlCharactersInJson(JSON.stringify(toRecord(file, analysis)))}\n`;
  if (options.format === 'json') return indent(escapeControlCharactersInJson(JSON.stringify(withPositions(toRecord(file, analysis), positionsIn(text)), null, 2)));
  return `${textReport(file, text, analysis, options.width)}\n\n`;
}

/** A record as an element of the array: every line two spaces in. */
function indent(json: string): string {
  return json.replace(/^/gm, '  ');
}

// A reader that stops early (`dossier annotate … | head`) closes the pipe: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

const argv = process.argv.slice(2);
if (argv[0] === 'index') void indexMain(argv.slice(1)).then((code) => (process.exitCode = code));
else void main(argv).then((code) => (process.exitCode = code));
