// The parts of a URI's path, with '/' as separator whatever the OS: URIs (file:, vscode-vfs: of
// github.dev, vscode-remote:) always use it, and Node's `path` module is not there on the web.

/** The last segment of the path: the file's name ('' for a root). */
export function fileNameOf(uri: { readonly path: string }): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

/** The path without its last segment: the folder the file is in. */
export function folderPathOf(uri: { readonly path: string }): string {
  const slash = uri.path.lastIndexOf('/');
  return slash <= 0 ? '/' : uri.path.slice(0, slash);
}

/** `uri`'s path relative to the folder at `folderPath` (which must contain it). */
export function relativePathOf(folderPath: string, uri: { readonly path: string }): string {
  const folder = folderPath.endsWith('/') ? folderPath : `${folderPath}/`;
  if (!uri.path.startsWith(folder)) throw new Error(`${uri.path} is not in ${folderPath}`);
  return uri.path.slice(folder.length);
}
