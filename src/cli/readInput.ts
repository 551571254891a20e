import { readFileSync, statSync } from 'node:fs';

/** Why an input could not be read, in words that name the file. */
export class InputError extends Error {}

/** Read a file (or stdin for "-") as UTF-8 text, refusing what is not text. */
export function readInput(file: string): string {
  let bytes: Buffer;
  try {
    if (file !== '-' && statSync(file).isDirectory()) throw new InputError(`${file}: is a directory, not a text file`);
    bytes = readFileSync(file === '-' ? 0 : file);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : String((error as Error).message);
    throw new InputError(`${file === '-' ? 'standard input' : file}: cannot read (${reason})`);
  }
  if (bytes.includes(0)) throw new InputError(`${file}: looks like a binary file (it contains NUL bytes), not text`);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new InputError(`${file}: is not valid UTF-8 text`);
  }
}
