/** Finds the source files the CLI reads: files given by name, and supported files under folders. */
import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
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

/** Files under the paths, in a stable order; unreadable paths are reported through `onError`. */
export function collectSourceFiles(paths: readonly string[], onError: (path: string, message: string) => void): string[] {
  const files: string[] = [];
  const visit = (path: string, explicit: boolean) => {
    let isDirectory: boolean;
    try {
      isDirectory = statSync(path).isDirectory();
    } catch (error) {
      onError(path, errorMessage(error));
      return;
    }
    if (!isDirectory) {
      if (explicit || languageOfFile(path)) files.push(path);
      return;
    }
    for (const name of readdirSync(path).sort()) {
      if (!SKIPPED_FOLDERS.has(name)) visit(join(path, name), false);
    }
  };
  for (const path of paths) visit(path, true);
  return files;
}
