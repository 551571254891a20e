// Which files of the workspace are in one of `dossier.languages`, as glob patterns for findFiles
// and the file watcher. A closed file has no language yet: VS Code gives it one from the
// extensions' language contributions (file extensions, file names, file name patterns) and from
// `files.associations`, so the patterns are read from the same places. No vscode import: the
// indexer passes the extensions' manifests and the setting, and the unit tests pass their own.

/** The part of an extension's package.json that declares languages. */
export interface LanguageManifest {
  readonly contributes?: {
    readonly languages?: readonly {
      readonly id?: unknown;
      readonly extensions?: unknown;
      readonly filenames?: unknown;
      readonly filenamePatterns?: unknown;
    }[];
  };
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.length > 0) : []);

/**
 * A glob for a file name anywhere in the workspace; a pattern with a slash is a path already.
 * Braces and commas are left out: the patterns are joined into one `{a,b}` group, which does not nest.
 */
function anywhere(pattern: string): string | undefined {
  if (/[{},]/.test(pattern)) return undefined;
  return pattern.includes('/') ? pattern : `**/${pattern}`;
}

/**
 * One glob matching the files VS Code would open in one of `languages`, or undefined when none is
 * known. `associations` is the `files.associations` setting: glob → language id.
 */
export function languageFilesGlob(languages: readonly string[], manifests: readonly LanguageManifest[], associations: Readonly<Record<string, unknown>>): string | undefined {
  const wanted = new Set(languages);
  const patterns = new Set<string>();
  const add = (pattern: string | undefined): void => {
    if (pattern !== undefined) patterns.add(pattern);
  };
  for (const manifest of manifests) {
    for (const language of manifest.contributes?.languages ?? []) {
      if (typeof language.id !== 'string' || !wanted.has(language.id)) continue;
      for (const extension of strings(language.extensions)) add(anywhere(`*${extension.startsWith('.') ? extension : `.${extension}`}`));
      for (const name of strings(language.filenames)) add(anywhere(name));
      for (const pattern of strings(language.filenamePatterns)) add(anywhere(pattern));
    }
  }
  for (const [glob, language] of Object.entries(associations)) {
    if (typeof language === 'string' && wanted.has(language)) add(anywhere(glob));
  }
  return patterns.size ? `{${[...patterns].sort().join(',')}}` : undefined;
}
