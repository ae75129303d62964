/**
 * The .gitignore rules of a tree of files, read lazily and cached per folder: the CLI's folder walk and the language
 * server's workspace index leave out the same files. A file changed on disk is not seen by a cache: the server makes
 * a new one when a .gitignore changes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';

/** The .gitignore rules that apply to a path: each folder's file, from the repository root down. */
export class GitIgnores {
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
