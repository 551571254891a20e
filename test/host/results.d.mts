// Types for the parts of results.mjs that the TypeScript suites use.
import type { Context, Runner } from 'mocha';

export interface Results {
  readonly passed: number;
  readonly failed: number;
  readonly skipped: number;
  skips: { title: string; reason: string }[];
  failures: { title: string; error: string }[];
}
export function warAndPeace(root: string): string | undefined;
export function skipBecause(context: Context, reason: string): never;
export function collectResults(runner: Runner): Results;
export function writeResults(file: string, results: Results): void;
