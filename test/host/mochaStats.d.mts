// Types for mochaStats.mjs, for the TypeScript suites and bootstraps.
import type { Context, Runner } from 'mocha';

export interface Results {
  readonly passed: number;
  readonly failed: number;
  readonly skipped: number;
  skips: { title: string; reason: string }[];
  failures: { title: string; error: string }[];
}
export function skipBecause(context: Context, reason: string): never;
export function collectResults(runner: Runner): Results;
