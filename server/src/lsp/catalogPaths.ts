/**
 * Where the `catalogPaths` setting points. VS Code drops workspace values of this restricted setting until
 * the workspace is trusted, but a *relative* path from the user's own settings would still be resolved
 * against the (untrusted) workspace folder and read there. So: relative paths are resolved against the
 * workspace folder only once it is trusted; before that they are skipped, and the caller says so.
 * A client without a notion of trust (every editor but VS Code) counts as trusted.
 */
import { isAbsolute, resolve } from 'node:path';
import { hasUriScheme, normalizeUriPath } from '../uriPaths';

export interface ResolvedCatalogPaths {
  folders: string[];
  /** Relative paths not read because the workspace is not trusted. */
  skippedUntrusted: string[];
  /** Relative paths not read because there is no workspace folder to resolve them against (web server only). */
  skippedNoFolder?: string[];
}

export function resolveCatalogPaths(paths: readonly string[], workspaceRoot: string | undefined, trusted: boolean): ResolvedCatalogPaths {
  const folders: string[] = [];
  const skippedUntrusted: string[] = [];
  for (const path of paths) {
    if (isAbsolute(path)) folders.push(path);
    else if (!workspaceRoot) folders.push(resolve(path));
    else if (trusted) folders.push(resolve(workspaceRoot, path));
    else skippedUntrusted.push(path);
  }
  return { folders, skippedUntrusted };
}

/** `initializationOptions.workspaceTrusted`: false only when the client says so. */
export function trustedFromInitOptions(options: unknown): boolean {
  return !(typeof options === 'object' && options !== null && (options as { workspaceTrusted?: unknown }).workspaceTrusted === false);
}

/**
 * The same for the web server, whose folders are URIs: a path with a scheme is taken as it is, an absolute
 * path is on the workspace folder's file system (same scheme and authority), a relative one is under the
 * workspace folder (once trusted). Without a workspace folder a relative path names nothing and is skipped.
 */
export function resolveCatalogUris(paths: readonly string[], workspaceRootUri: string | undefined, trusted: boolean): ResolvedCatalogPaths {
  const folders: string[] = [];
  const skippedUntrusted: string[] = [];
  const skippedNoFolder: string[] = [];
  const root = workspaceRootUri?.match(/^([a-z][a-z0-9+.-]*:\/\/[^/?#]*)([^?#]*)/i);
  for (const path of paths) {
    const slashed = path.replace(/\\/g, '/');
    if (hasUriScheme(path)) folders.push(path.replace(/\/+$/, ''));
    else if (!root) skippedNoFolder.push(path);
    else if (slashed.startsWith('/')) folders.push(`${root[1]}${normalizeUriPath(slashed)}`);
    else if (trusted) folders.push(`${root[1]}${normalizeUriPath(`${root[2] || '/'}/${slashed}`)}`);
    else skippedUntrusted.push(path);
  }
  return { folders, skippedUntrusted, skippedNoFolder };
}
