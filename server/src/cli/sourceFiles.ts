/**
 * Finds the source files the CLI reads: files given by name, and supported files under folders. Walking a
 * folder respects `.gitignore` files (the folder's own and those above it up to the repository root) and the
 * project config's `ignore`; a file named on the command line is read even when git ignores it.
 */
import { readdirSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { CONFIG_FILE_NAME, GitIgnores } from '../config';
import type { DetectorLanguage } from '../detection/types';
import { errorMessage } from '../errors';

const LANGUAGE_BY_EXTENSION: Record<string, DetectorLanguage> = {
  '.ts': 'typescript',
  '.mts': 'typescript',
  '.cts': 'typescript',
  '.tsx': 'typescriptreact',
  '.js': 'javascript',
  '.mjs': 'javascript',
  '.cjs': 'javascript',
  '.jsx': 'javascriptreact',
  '.json': 'json',
  '.jsonc': 'jsonc',
  '.har': 'json', // HTTP Archive recordings are JSON
  '.yaml': 'yaml',
  '.yml': 'yaml',
};

/** Folders that hold other people's code or version control data, never the user's own. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

export function languageOfFile(path: string): DetectorLanguage | undefined {
  return LANGUAGE_BY_EXTENSION[extname(path).toLowerCase()];
}

export interface CollectOptions {
  /** Whether the project config leaves a file or folder out (its `ignore`). */
  isConfigIgnored?: (path: string, isFolder: boolean) => boolean;
}

/** Files under the paths, in a stable order; unreadable paths are reported through `onError`. */
export function collectSourceFiles(
  paths: readonly string[],
  onError: (path: string, message: string) => void,
  options: CollectOptions = {},
): string[] {
  const files: string[] = [];
  const gitIgnores = new GitIgnores();
  const visit = (path: string, explicit: boolean, walkRoot: string) => {
    let isDirectory: boolean;
    try {
      isDirectory = statSync(path).isDirectory();
    } catch (error) {
      onError(path, errorMessage(error));
      return;
    }
    if (!explicit && (options.isConfigIgnored?.(path, isDirectory) || gitIgnores.ignores(path, isDirectory, walkRoot))) return;
    if (!isDirectory) {
      // The config file is JSON but no data: it is validated, never searched for status codes.
      if (basename(path) === CONFIG_FILE_NAME) return;
      if (explicit || languageOfFile(path)) files.push(path);
      return;
    }
    let names: string[];
    try {
      names = readdirSync(path).sort();
    } catch (error) {
      onError(path, errorMessage(error));
      return;
    }
    for (const name of names) {
      if (!SKIPPED_FOLDERS.has(name)) visit(join(path, name), false, walkRoot);
    }
  };
  for (const path of paths) visit(path, true, path);
  return files;
}
