import type { Correction } from '../core/corrections/corrections';
import { describeProblem, parseCorrectionsFile } from '../core/corrections/correctionsFormat';
import { InputError, readInput } from './readInput';

/** The corrections in a file, or why they cannot be used; a faulty file is refused, not half-applied. */
export function readCorrections(file: string): Correction[] {
  const parsed = parseCorrectionsFile(readInput(file));
  if (!parsed.ok) throw new InputError(parsed.problems.map((p) => `${file}: ${describeProblem(p)}`).join('\n'));
  return [...parsed.document.corrections];
}
