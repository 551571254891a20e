// Types for the parts of results.mjs that the TypeScript suites use.
import type { Results } from './mochaStats.mjs';

export { collectResults, skipBecause, type Results } from './mochaStats.mjs';
export function warAndPeace(root: string): string | undefined;
export function writeResults(file: string, results: Results): void;
