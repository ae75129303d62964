/**
 * Where the `catalogPaths` setting points. VS Code drops workspace values of this restricted setting until
 * the workspace is trusted, but a *relative* path from the user's own settings would still be resolved
 * against the (untrusted) workspace folder and read there. So: relative paths are resolved against the
 * workspace folder only once it is trusted; before that they are skipped, and the caller says so.
 * A client without a notion of trust (every editor but VS Code) counts as trusted.
 */
import { isAbsolute, resolve } from 'node:path';

export interface ResolvedCatalogPaths {
  folders: string[];
  /** Relative paths not read because the workspace is not trusted. */
  skippedUntrusted: string[];
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
