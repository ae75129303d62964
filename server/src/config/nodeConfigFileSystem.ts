/** Config file access on a real disk. */
import { readFileSync, statSync } from 'node:fs';
import type { ConfigFileSystem } from './types';

/** A config file is a few lines; a larger file is refused rather than read into memory. */
const MAX_CONFIG_BYTES = 1024 * 1024;

export const nodeConfigFileSystem: ConfigFileSystem = {
  readFileIfExists(path) {
    let size: number;
    try {
      const stats = statSync(path);
      if (!stats.isFile()) return undefined;
      size = stats.size;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR') return undefined;
      throw error;
    }
    if (size > MAX_CONFIG_BYTES) throw new Error(`the file is ${size} bytes, more than a config file can be`);
    return readFileSync(path, 'utf8');
  },
};
