/**
 * Folders and sources that are URIs (the web server's `vscode-vfs://github/…/catalogs`, a catalog row's `https://…`
 * source) rather than file paths: told apart by their scheme, and normalized as URI paths, which a file-path join or
 * resolve would mangle (it folds the `//`, and on Windows turns `/` into `\`). Shared by the server and the client.
 */
import { posix } from 'node:path';

/**
 * `scheme://…`: a folder given as a URI, whose sources are joined under it as URI paths (joinSource). The scheme has
 * two characters at least, so a drive letter (`c://`) is never taken for one.
 */
export function hasUriScheme(path: string): boolean {
  return /^[a-z][a-z0-9+.-]+:\/\//i.test(path);
}

/**
 * A catalog's source that is a URI already (`vscode-vfs://…`, `memfs:/catalogs/x.md`, `https://…`), as opposed to a
 * file path (`/repo/x.md`, `C:\repo\x.md`, `c:/repo/x.md`). Wider than hasUriScheme: a source is linked or opened
 * as it is, never joined, so a URI without an authority counts too.
 */
export function isUriSource(source: string): boolean {
  return /^[a-z][a-z0-9+.-]+:/i.test(source) && !/^[a-z]:[\\/]/i.test(source);
}

/** `/a/./b/../c/` → `/a/c`: always absolute, `..` never climbs above the root, no trailing slash but the root's. */
export function normalizeUriPath(path: string): string {
  return posix.normalize(`/${path}`).replace(/(.)\/+$/, '$1');
}
