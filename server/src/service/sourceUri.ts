/**
 * A catalog's source as the editor names it. Sources are file paths for the Node server and the CLI, and URIs
 * for the web server (whose catalog folders are read through the client: `vscode-vfs://…`, `vscode-remote://…`),
 * so the service never joins or splits them with node:path.
 */
import { pathToFileURL } from 'node:url';
import { isUriSource as isUri } from '../uriPaths';

const WINDOWS_DRIVE = /^[a-z]:[\\/]/i;

/** Sources seen, by path: every hover links each row it shows, and building a file URL parses one. A handful of files. */
const uriBySource = new Map<string, string>();
const MAX_SOURCES = 1024;

export function sourceUri(source: string): string {
  if (isUri(source)) return source;
  // A relative path is resolved against the working directory, which may change: only absolute ones are kept.
  if (!source.startsWith('/') && !WINDOWS_DRIVE.test(source)) return pathToFileURL(source).href;
  let uri = uriBySource.get(source);
  if (uri === undefined) {
    if (uriBySource.size >= MAX_SOURCES) uriBySource.clear();
    uri = pathToFileURL(source).href;
    uriBySource.set(source, uri);
  }
  return uri;
}

/** The file name of a source, for labels: `dds-status-codes.en.md` (a URI's query and fragment are not part of it). */
export function sourceFileName(source: string): string {
  const path = isUri(source) ? source.replace(/[?#].*$/, '') : source;
  return path.split(/[\\/]/).pop() || source;
}
