/**
 * The workspace index behind "Find All References", workspace symbols and catalog-page lenses: every status literal
 * of the workspace's TS/JS/JSON files, found by the same detector and kept compactly (code and range, no trees). It
 * is built on first use (editing alone never pays for it), in small slices that yield to the event loop so other
 * requests are answered meanwhile, and kept current from file-change events; open documents are not read from disk
 * but from their analyses. What the project leaves out (`.gitignore`, the config's `ignore`) is left out here too,
 * by the same rules as the CLI's folder walk; a change of those rules rebuilds the index.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { detector } from '../service/analysis';
import { detectorLanguageOf } from '../service/documentLanguage';
import type { FileUses, StatusUse } from '../service/references';
import { nextTurnPromise } from './slicedJob';

export interface WorkspaceIndexOptions {
  /** Names of extra properties and calls, from the workspace's settings. */
  detection: () => { extraPropertyNames: string[]; extraCallNames: string[] };
  log: (message: string) => void;
  /**
   * Whether the project leaves a file or folder (absolute path) out: `.gitignore` and the config's `ignore`. `root` is
   * the indexed folder it lies in (where .gitignore rules start outside a repository). None by default.
   */
  isIgnored?: (path: string, isFolder: boolean, root: string) => boolean;
}

/** Folders that hold other people's code, build output or version control data. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.hg', '.svn']);
/** Bounds: a huge monorepo is indexed partly rather than taking the server's memory and time. */
const MAX_FILES = 20_000;
const MAX_FILE_BYTES = 2 * 1024 * 1024;
/** Time a slice may take before it yields to pending requests. */
const SLICE_MS = 15;

export class WorkspaceIndex {
  /**
   * The files of the last build that finished. A rebuild (a config or .gitignore change) fills a map of its own and
   * takes over only when done, so a request meanwhile sees the whole workspace, never a half-read one; until a first
   * build has finished, the one in progress is what there is (see whenReady).
   */
  private files = new Map<string, readonly StatusUse[]>();
  /** The map the build in progress fills; undefined when none runs. */
  private next: Map<string, readonly StatusUse[]> | undefined;
  private finishedOnce = false;
  private generation = 0;
  private building: Promise<void> = Promise.resolve();
  private started = false;
  private roots: readonly string[] = [];

  constructor(private readonly options: WorkspaceIndexOptions) {}

  /** The folders to index; the build starts on first use (`whenReady`), so editing alone never pays for it. */
  setRoots(roots: readonly string[]): void {
    this.roots = roots;
    if (this.started) void this.rebuild(roots);
  }

  /**
   * Starts the build if it has not started, and waits for it at most `timeoutMs`: a references request on a huge
   * workspace answers with what is indexed by then rather than hang.
   */
  async whenReady(timeoutMs: number): Promise<void> {
    if (!this.started) void this.rebuild(this.roots);
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([this.building, new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)))]);
    clearTimeout(timer);
  }

  /** (Re)builds the index of the folders in the background; an earlier build still running stops. */
  rebuild(roots: readonly string[]): Promise<void> {
    this.started = true;
    this.roots = roots;
    const generation = ++this.generation;
    const next = new Map<string, readonly StatusUse[]>();
    this.next = next;
    this.building = this.build(roots, generation, next).catch((error: unknown) => this.options.log(`workspace index failed: ${String(error)}`));
    return this.building;
  }

  /** Resolves when the current build has finished. */
  whenBuilt(): Promise<void> {
    return this.building;
  }

  /** Re-reads one file from disk (after a change event), or forgets it when it is gone or not a source file. */
  refreshFile(path: string): void {
    const uri = pathToFileURL(path).href;
    const root = this.rootOf(path);
    // The client watches every source file of the workspace; the build skips some of them, and so must a change.
    const skipped = !root || relative(root, path).split(sep).some((part) => SKIPPED_FOLDERS.has(part)) || this.options.isIgnored?.(path, false, root);
    const uses = skipped ? undefined : this.readUses(path, uri);
    // Into the build in progress too: it may have read the file before the change.
    for (const files of this.maps()) {
      if (uses) files.set(uri, uses);
      else files.delete(uri);
    }
  }

  forget(uri: string): void {
    for (const files of this.maps()) files.delete(uri);
  }

  private maps(): Array<Map<string, readonly StatusUse[]>> {
    return this.next ? [this.files, this.next] : [this.files];
  }

  /** What requests read: the last finished build, or before any has finished the one in progress. */
  private get current(): ReadonlyMap<string, readonly StatusUse[]> {
    return this.finishedOnce || !this.next ? this.files : this.next;
  }

  /** The indexed files; `overrides` (the open documents' current uses) replace their files' entries. */
  *entries(overrides: ReadonlyMap<string, readonly StatusUse[]> = new Map()): Iterable<FileUses> {
    for (const [uri, uses] of overrides) yield { uri, uses };
    for (const [uri, uses] of this.current) if (!overrides.has(uri)) yield { uri, uses };
  }

  /** Whether the index has been asked for (a rebuild before that would read the workspace for nobody). */
  get isStarted(): boolean {
    return this.started;
  }

  get size(): number {
    return this.current.size;
  }

  /** The indexed folder holding a path (the innermost, for nested workspace folders), or undefined. */
  private rootOf(path: string): string | undefined {
    let found: string | undefined;
    for (const root of this.roots) {
      const inside = relative(root, path);
      if (inside && !inside.startsWith('..') && !/^[a-zA-Z]:|^[\\/]/.test(inside) && (!found || root.length > found.length)) found = root;
    }
    return found;
  }

  private async build(roots: readonly string[], generation: number, files: Map<string, readonly StatusUse[]>): Promise<void> {
    const started = performance.now();
    const pending: Array<{ path: string; root: string }> = roots.map((root) => ({ path: root, root }));
    let seen = 0;
    let sliceStart = performance.now();
    while (pending.length > 0 && seen < MAX_FILES) {
      if (generation !== this.generation) return;
      if (performance.now() - sliceStart > SLICE_MS) {
        await nextTurnPromise();
        sliceStart = performance.now();
        continue;
      }
      const { path, root } = pending.pop()!;
      let stat;
      try {
        stat = statSync(path);
      } catch {
        continue;
      }
      if (path !== root && this.options.isIgnored?.(path, stat.isDirectory(), root)) continue;
      if (stat.isDirectory()) {
        let names: string[];
        try {
          names = readdirSync(path);
        } catch {
          continue;
        }
        for (const name of names.sort().reverse()) {
          if (!SKIPPED_FOLDERS.has(name)) pending.push({ path: join(path, name), root });
        }
      } else if (stat.isFile() && stat.size <= MAX_FILE_BYTES) {
        const uri = pathToFileURL(path).href;
        if (!detectorLanguageOf('', uri)) continue;
        seen++;
        const uses = this.readUses(path, uri);
        if (uses && uses.length > 0) files.set(uri, uses);
      }
    }
    // A newer build took over while this one read its last files: it alone may finish.
    if (generation !== this.generation) return;
    this.files = files;
    this.next = undefined;
    this.finishedOnce = true;
    if (seen >= MAX_FILES) this.options.log(`workspace index stopped at ${MAX_FILES} files; exclude generated folders with "ignore"`);
    const uses = [...files.values()].reduce((sum, list) => sum + list.length, 0);
    this.options.log(`workspace index: ${uses} status literals in ${files.size} of ${seen} files (${(performance.now() - started).toFixed(0)} ms)`);
  }

  private readUses(path: string, uri: string): StatusUse[] | undefined {
    const languageId = detectorLanguageOf('', uri);
    if (!languageId) return undefined;
    let text: string;
    try {
      const stat = statSync(path);
      if (!stat.isFile() || stat.size > MAX_FILE_BYTES) return undefined;
      text = readFileSync(path, 'utf8');
    } catch {
      return undefined;
    }
    // The detector (and with it the compiler) loads with the first file indexed, never at server start.
    const detected = detector(languageId).detectDocument(text, languageId, this.options.detection(), (error) =>
      this.options.log(`workspace index: detection in ${path} failed: ${String(error)}`));
    if (detected.literals.length === 0) return [];
    const document = TextDocument.create(uri, languageId, 0, text);
    return detected.literals.map((literal) => ({
      code: literal.code,
      range: { start: document.positionAt(literal.start), end: document.positionAt(literal.end) },
    }));
  }
}
