/**
 * A catalog's source as the editor names it. Sources are file paths for the Node server and the CLI, and URIs
 * for the web server (whose catalog folders are read through the client: `vscode-vfs://…`, `vscode-remote://…`),
 * so the service never joins or splits them with node:path.
 */
import { pathToFileURL } from 'node:url';

/** A URI with a scheme, and not a Windows path (`C:\…`, `c:/…`). */
const HAS_SCHEME = /^[a-z][a-z0-9+.-]+:/i;
const WINDOWS_DRIVE = /^[a-z]:[\\/]/i;

function isUri(source: string): boolean {
  return HAS_SCHEME.test(source) && !WINDOWS_DRIVE.test(source);
}

export function sourceUri(source: string): string {
  return isUri(source) ? source : pathToFileURL(source).href;
}

/** The file name of a source, for labels: `dds-status-codes.en.md` (a URI's query and fragment are not part of it). */
export function sourceFileName(source: string): string {
  const path = isUri(source) ? source.replace(/[?#].*$/, '') : source;
  return path.split(/[\\/]/).pop() || source;
}
