/**
 * Finds and caches the project config of each file: the nearest `status-catalog.config.json` in the file's
 * folder or above it wins (one at the repository root is the usual case). The language server and the CLI
 * both go through this, so they resolve the same settings for the same file.
 */
import { dirname, join } from 'node:path';
import type { StatusCatalogSettings } from '../service/settings';
import { errorMessage } from '../errors';
import { parseConfig } from './parseConfig';
import { type FileSettings, isIgnoredByConfig, resolveFileSettings } from './resolveSettings';
import { CONFIG_FILE_NAME, type ConfigFileSystem, type ProjectConfig } from './types';

export class ProjectConfigs {
  /** Folder → the config file that applies there (null: none up to the root). */
  private readonly nearest = new Map<string, string | null>();
  private readonly loaded = new Map<string, ProjectConfig>();

  /**
   * @param fs file access
   * @param explicit a config file to use for every file instead of discovery (the CLI's `--config`)
   */
  constructor(
    private readonly fs: ConfigFileSystem,
    private readonly explicit?: string,
  ) {}

  /** The config that applies to a file (absolute path), or undefined. */
  configFor(file: string): ProjectConfig | undefined {
    const path = this.explicit ?? this.findNearest(dirname(file));
    return path ? this.load(path) : undefined;
  }

  /** The file's effective settings; `fallback` applies where no config does (and lends its locale where one does). */
  settingsFor(file: string, fallback: StatusCatalogSettings): FileSettings {
    return resolveFileSettings(this.configFor(file), file, fallback);
  }

  /**
   * Whether the `ignore` of the config that applies leaves a file or folder (absolute path) out. A folder's config is
   * the one its files would find, its own included.
   */
  ignores(path: string, isFolder: boolean): boolean {
    const config = this.configFor(isFolder ? join(path, CONFIG_FILE_NAME) : path);
    return config !== undefined && isIgnoredByConfig(config, path);
  }

  /** Every config read so far (for reporting their problems and watching them). */
  all(): ProjectConfig[] {
    return [...this.loaded.values()];
  }

  /** Forgets everything: a config file was created, changed or deleted somewhere. */
  clear(): void {
    this.nearest.clear();
    this.loaded.clear();
  }

  /** Reads a config file, or one whose text is given (an open editor's unsaved text), without caching that text. */
  load(path: string, text?: string): ProjectConfig {
    if (text !== undefined) return parseConfig(text, path);
    let config = this.loaded.get(path);
    if (!config) {
      config = this.read(path);
      this.loaded.set(path, config);
    }
    return config;
  }

  private read(path: string): ProjectConfig {
    let text: string | undefined;
    try {
      text = this.fs.readFileIfExists(path);
    } catch (error) {
      const config = parseConfig('{}', path);
      config.problems.push({ offset: 0, length: 1, severity: 'error', message: `cannot read the config file: ${errorMessage(error)}` });
      return config;
    }
    if (text === undefined) {
      const config = parseConfig('{}', path);
      config.problems.push({ offset: 0, length: 1, severity: 'error', message: 'no such config file' });
      return config;
    }
    return parseConfig(text, path);
  }

  private findNearest(folder: string): string | undefined {
    const visited: string[] = [];
    let found: string | null = null;
    for (let current = folder; ; ) {
      const known = this.nearest.get(current);
      if (known !== undefined) {
        found = known;
        break;
      }
      visited.push(current);
      const candidate = join(current, CONFIG_FILE_NAME);
      let exists = false;
      try {
        exists = this.fs.readFileIfExists(candidate) !== undefined;
      } catch {
        // It exists but cannot be read: it still applies, and reading it reports why it failed.
        exists = true;
      }
      if (exists) {
        found = candidate;
        break;
      }
      const parent = dirname(current);
      if (parent === current) break;
      current = parent;
    }
    for (const path of visited) this.nearest.set(path, found);
    return found ?? undefined;
  }
}
