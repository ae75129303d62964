/**
 * Finds the source files the CLI reads: files given by name, and supported files under folders. Walking a
 * folder respects `.gitignore` files (the folder's own and those above it up to the repository root) and the
 * project config's `ignore`; a file named on the command line is read even when git ignores it.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { CONFIG_FILE_NAME } from '../config';
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

/** The .gitignore rules that apply to a path: each folder's file, from the repository root down. */
class GitIgnores {
  private readonly byFolder = new Map<string, Ignore | null>();
  private readonly rootOf = new Map<string, string | null>();

  /** `walkRoot`: the folder named on the command line, where rules start outside a repository. */
  ignores(givenPath: string, isFolder: boolean, walkRoot: string): boolean {
    const path = resolve(givenPath);
    const folders = this.foldersAbove(dirname(path), resolve(walkRoot));
    let ignored = false;
    for (const folder of folders) {
      const rules = this.rulesOf(folder);
      if (!rules) continue;
      const relativePath = relative(folder, path).split(sep).join('/') + (isFolder ? '/' : '');
      const result = rules.test(relativePath);
      if (result.ignored) ignored = true;
      else if (result.unignored) ignored = false;
    }
    return ignored;
  }

  /** The folder and its parents up to the repository root (the folder holding .git), outermost first. */
  private foldersAbove(folder: string, walkRoot: string): string[] {
    const root = this.repositoryRoot(folder) ?? walkRoot;
    const folders: string[] = [];
    for (let current = folder; ; current = dirname(current)) {
      folders.unshift(current);
      if (current === root || dirname(current) === current) break;
    }
    return folders;
  }

  /** The folder holding .git at or above `folder`, or undefined outside a repository. */
  private repositoryRoot(folder: string): string | undefined {
    const known = this.rootOf.get(folder);
    if (known !== undefined) return known ?? undefined;
    let root: string | null = null;
    for (let current = folder; ; current = dirname(current)) {
      if (existsSync(join(current, '.git'))) {
        root = current;
        break;
      }
      if (dirname(current) === current) break;
    }
    this.rootOf.set(folder, root);
    return root ?? undefined;
  }

  private rulesOf(folder: string): Ignore | null {
    let rules = this.byFolder.get(folder);
    if (rules === undefined) {
      rules = null;
      try {
        const text = readFileSync(join(folder, '.gitignore'), 'utf8');
        rules = ignore().add(text);
      } catch {
        // No .gitignore here (or unreadable): no rules from this folder.
      }
      this.byFolder.set(folder, rules);
    }
    return rules;
  }
}
