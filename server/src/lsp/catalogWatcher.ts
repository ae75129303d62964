/**
 * Watches the user's catalog folders so that an edited, added or removed page is live without a reload, in
 * ways that cannot be lost:
 * - a folder that does not exist yet (or vanished) is waited for by watching its nearest existing ancestor,
 *   for the one name that leads to it;
 * - every existing target folder is watched together with its parent, so a folder deleted and recreated is
 *   seen, and after every batch of events all watches are made anew (an inotify watch dies with its folder,
 *   and a recreated folder may even reuse the inode number);
 * - a poll every few seconds compares what each target is (missing, or which folder) with what is watched,
 *   for the events a file system does not deliver;
 * - changes are debounced (DEBOUNCE_MS after the last event) and bounded (at most one reload per MAX_WAIT_MS
 *   during a steady stream of writes); the reload reads the disk after the watches are renewed, so the last
 *   write of any sequence is always read (no lost update).
 */
import { type FSWatcher, statSync, watch } from 'node:fs';
import { basename, dirname, relative, resolve, sep } from 'node:path';
import type { Logger } from './runSafe';

export interface CatalogWatcherOptions {
  debounceMs?: number;
  maxWaitMs?: number;
  pollMs?: number;
}

const DEBOUNCE_MS = 200;
const MAX_WAIT_MS = 1000;
const POLL_MS = 2000;
/** Watches are cheap, but their number is set by the user's folders and manifests: keep it bounded. */
const MAX_WATCHED = 256;

interface Armed {
  watcher: FSWatcher;
  /** Names inside the folder that matter; undefined: every name. */
  names: Set<string> | undefined;
  identity: string;
}

export class CatalogWatcher {
  private targets: string[] = [];
  /** Single files watched by name in their folder (OpenAPI documents a config names, in folders full of code). */
  private files: string[] = [];
  private readonly armed = new Map<string, Armed>();
  private firstEvent: number | undefined;
  private timer: NodeJS.Timeout | undefined;
  private readonly poller: NodeJS.Timeout;
  private disposed = false;
  private readonly debounceMs: number;
  private readonly maxWaitMs: number;

  constructor(
    private readonly onChange: () => void,
    private readonly logger: Logger,
    options: CatalogWatcherOptions = {},
  ) {
    this.debounceMs = options.debounceMs ?? DEBOUNCE_MS;
    this.maxWaitMs = options.maxWaitMs ?? MAX_WAIT_MS;
    this.poller = setInterval(() => this.poll(), options.pollMs ?? POLL_MS);
    this.poller.unref();
  }

  /**
   * The folders to watch (catalog folders and the folders of their sources) and single files (watched through
   * their folder, for their name only). Same targets: the live watches stay (closing them now would drop events
   * queued while the catalogs were read). New targets: watched anew, and one more reload reads what they hold,
   * since a change there may have come before the watch.
   */
  setTargets(folders: readonly string[], files: readonly string[] = []): void {
    const targets = [...new Set(folders.map((folder) => resolve(folder)))].slice(0, MAX_WATCHED);
    const fileTargets = [...new Set(files.map((file) => resolve(file)))].slice(0, MAX_WATCHED);
    const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((item, i) => item === b[i]);
    if (same(targets, this.targets) && same(fileTargets, this.files)) return;
    this.targets = targets;
    this.files = fileTargets;
    this.rearm();
    if (targets.length + fileTargets.length > 0) this.schedule();
  }

  /** What is watched now, for tests and logs: folder → the names that matter there ('*' for all). */
  describe(): Record<string, string[]> {
    const out: Record<string, string[]> = {};
    for (const [folder, armed] of this.armed) out[folder] = armed.names ? [...armed.names].sort() : ['*'];
    return out;
  }

  dispose(): void {
    this.disposed = true;
    clearInterval(this.poller);
    clearTimeout(this.timer);
    for (const armed of this.armed.values()) armed.watcher.close();
    this.armed.clear();
  }

  /** The folders that should be watched now, with the names that matter in each. */
  private plan(): Map<string, Set<string> | undefined> {
    const plan = new Map<string, Set<string> | undefined>();
    const want = (folder: string, name: string | undefined) => {
      if (plan.has(folder) && plan.get(folder) === undefined) return;
      if (name === undefined) plan.set(folder, undefined);
      else plan.set(folder, new Set([...(plan.get(folder) ?? []), name]));
    };
    const waitFor = (target: string) => {
      // The nearest existing ancestor, for the name that leads to the target: sees it vanish and (re)appear.
      let child = target;
      let parent = dirname(target);
      while (parent !== child && identityOf(parent) === undefined) {
        child = parent;
        parent = dirname(parent);
      }
      if (parent !== child) want(parent, relative(parent, child).split(sep)[0]!);
    };
    for (const target of this.targets) {
      if (identityOf(target) !== undefined) want(target, undefined);
      waitFor(target);
    }
    for (const file of this.files) {
      const folder = dirname(file);
      if (identityOf(folder) !== undefined) want(folder, basename(file));
      waitFor(folder);
    }
    return plan;
  }

  /** Makes every watch anew from the plan. Returns whether what is watched changed. */
  private rearm(): boolean {
    if (this.disposed) return false;
    const plan = this.plan();
    let changed = plan.size !== this.armed.size;
    for (const [folder, armed] of this.armed) {
      if (!plan.has(folder) || identityOf(folder) !== armed.identity) changed = true;
      armed.watcher.close();
    }
    this.armed.clear();
    for (const [folder, names] of [...plan].slice(0, MAX_WATCHED)) {
      const identity = identityOf(folder);
      if (identity === undefined) continue;
      try {
        const watcher = watch(folder, { persistent: false }, (_event, name) => {
          const current = this.armed.get(folder);
          if (current?.names && name && !current.names.has(String(name))) return;
          this.schedule();
        });
        // A watched folder that disappears may report an error: the poll and the next event re-arm.
        watcher.on('error', (error) => {
          this.logger.warn(`watching catalog folder ${folder} failed: ${error.message}; watching again`);
          this.schedule();
        });
        this.armed.set(folder, { watcher, names, identity });
      } catch (error) {
        this.logger.warn(`cannot watch catalog folder ${folder}: ${String(error)}`);
      }
    }
    return changed;
  }

  private schedule(): void {
    if (this.disposed) return;
    const now = Date.now();
    this.firstEvent ??= now;
    const at = Math.min(now + this.debounceMs, this.firstEvent + this.maxWaitMs);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.fire(), Math.max(0, at - now));
  }

  private fire(): void {
    this.firstEvent = undefined;
    this.timer = undefined;
    this.rearm();
    try {
      this.onChange();
    } catch (error) {
      this.logger.error(`reloading catalogs after a change failed: ${String(error)}`);
    }
  }

  /** The safety net: a target that appeared, vanished or was replaced without an event. */
  private poll(): void {
    if (this.disposed || this.timer) return;
    const plan = this.plan();
    let stale = plan.size !== this.armed.size;
    for (const [folder, armed] of this.armed) if (!plan.has(folder) || identityOf(folder) !== armed.identity) stale = true;
    if (stale) this.schedule();
  }
}

/** Which folder a path is now (device, inode and birth time), or undefined when it is not a folder. */
function identityOf(path: string): string | undefined {
  try {
    const stat = statSync(path);
    return stat.isDirectory() ? `${stat.dev}:${stat.ino}:${stat.birthtimeMs}` : undefined;
  } catch {
    return undefined;
  }
}

/** The folders to watch for a set of catalog folders and the files loaded or reported from them. */
export function watchTargets(folders: readonly string[], files: readonly string[]): string[] {
  const roots = folders.map((folder) => resolve(folder));
  const targets = new Set(roots);
  for (const file of files) {
    const folder = dirname(resolve(file));
    if (roots.some((root) => folder === root || folder.startsWith(root + sep))) targets.add(folder);
  }
  return [...targets];
}
