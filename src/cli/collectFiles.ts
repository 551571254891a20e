import * as path from 'node:path';
import { statSync } from 'node:fs';
import fg from 'fast-glob';

/** The files a folder contributes, as in the editor's `dossier.workspace.include` default. */
export const DEFAULT_INCLUDE = '**/*.{txt,md,markdown}';

/** Never worth reading in a folder of prose, and often huge. */
const ALWAYS_EXCLUDED = ['**/node_modules/**', '**/.git/**'];

/**
 * The files to index: each path that is a folder stands for its matching files, recursively (in
 * path order; hidden folders, node_modules and .git skipped, symbolic links to folders not
 * followed, so a link loop cannot trap the walk); any other path is taken as given, so that a
 * file that cannot be read is reported by name rather than silently left out.
 */
export function collectFiles(paths: readonly string[]): string[] {
  const files: string[] = [];
  for (const given of paths) {
    if (!isDirectory(given)) {
      files.push(given);
      continue;
    }
    const entries = fg.sync(DEFAULT_INCLUDE, {
      cwd: given,
      ignore: ALWAYS_EXCLUDED,
      onlyFiles: false, // a broken or looping link is not a file, but the reader should hear of it
      markDirectories: true,
      followSymbolicLinks: false,
    });
    files.push(...entries.filter((e) => !e.endsWith('/')).sort().map((e) => path.join(given, e)));
  }
  return [...new Set(files)];
}

function isDirectory(file: string): boolean {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
}
