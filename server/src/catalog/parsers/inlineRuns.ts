/**
 * Inline runs (text, code, link) of catalog text, and how they travel from the inline scanners to entries.
 *
 * The readers and the table model deal in plain text blocks (`TableCell.blocks`), which is what every rule
 * that interprets a table needs. The runs of a block are kept on the side: while a page is parsed, each
 * scanner records "this plain block came from these runs" in the page's {@link InlineRunBook}, and once the
 * entries are made, each description is looked up block by block and line by line. Readers and the table
 * interpreter stay unchanged, and a block that is not found (joined from several cells, say) is plain text,
 * which is what it was before runs existed.
 */
import type { CatalogEntry, InlineRun } from '../types';

/** Plain text of a block → the runs it came from; only blocks holding a code span or a link are kept. */
export type InlineRunBook = Map<string, InlineRun[]>;

/** The book of the page being parsed; parsing is synchronous, so one slot (saved and restored) suffices. */
let currentBook: InlineRunBook | undefined;

/** Runs `parse` with a fresh book that the scanners fill, and returns both. */
export function collectInlineRuns<T>(parse: () => T): { result: T; book: InlineRunBook } {
  const outer = currentBook;
  const book: InlineRunBook = new Map();
  currentBook = book;
  try {
    return { result: parse(), book };
  } finally {
    currentBook = outer;
  }
}

/**
 * Records the runs a scanner produced, keyed by their plain text with white space collapsed (the form the
 * readers store). Returns that plain text with its white space as scanned.
 */
export function recordRuns(runs: InlineRun[]): string {
  const plain = runs.map((run) => run.text).join('');
  if (currentBook && runs.some((run) => run.kind !== 'text')) {
    const collapsed = collapseRuns(runs);
    const key = collapsed.map((run) => run.text).join('');
    if (key !== '' && !currentBook.has(key)) currentBook.set(key, collapsed);
  }
  return plain;
}

const SPACE = /\s+/g;

/**
 * Collapses white space across runs as `collapseWhitespace` does on their joined text: every run of white
 * space becomes one space, none at either end. Empty runs are dropped; adjacent text runs merge.
 */
export function collapseRuns(runs: readonly InlineRun[]): InlineRun[] {
  const out: InlineRun[] = [];
  let pendingSpace = false;
  let started = false;
  for (const run of runs) {
    const text = run.text.replace(SPACE, ' ');
    if (text === '') continue;
    let body = text;
    if (body.startsWith(' ')) {
      pendingSpace = true;
      body = body.slice(1);
    }
    const trailing = body.endsWith(' ');
    if (trailing) body = body.slice(0, -1);
    if (body === '') continue;
    if (pendingSpace && started) pushText(out, ' ');
    pendingSpace = trailing;
    started = true;
    if (run.kind === 'text') pushText(out, body);
    else out.push({ ...run, text: body });
  }
  return out;
}

function pushText(out: InlineRun[], text: string): void {
  const last = out.at(-1);
  if (last?.kind === 'text') last.text += text;
  else out.push({ kind: 'text', text });
}

/** A list line's marker as the readers write it: "- ", "1. ", indented for nested HTML lists. */
const LIST_MARKER = /^ *(?:-|\d+\.) /;

/**
 * The runs of a description (blocks joined by "\n\n", list lines by "\n"), or undefined when the book knows
 * none of its blocks. The runs' texts always join to exactly `description`.
 */
export function descriptionRuns(description: string, book: InlineRunBook): InlineRun[] | undefined {
  if (book.size === 0 || description === '') return undefined;
  const out: InlineRun[] = [];
  let found = false;
  const lines = description.split('\n');
  lines.forEach((line, index) => {
    if (index > 0) pushText(out, '\n');
    let runs = book.get(line);
    let prefix = '';
    if (!runs) {
      const marker = LIST_MARKER.exec(line)?.[0];
      if (marker) {
        runs = book.get(line.slice(marker.length));
        prefix = marker;
      }
    }
    if (!runs) {
      pushText(out, line);
      return;
    }
    found = true;
    if (prefix) pushText(out, prefix);
    for (const run of runs) {
      if (run.kind === 'text') pushText(out, run.text);
      else out.push({ ...run });
    }
  });
  return found ? out : undefined;
}

/** Gives each entry whose description the book knows its runs. */
export function attachDescriptionRuns(entries: CatalogEntry[], book: InlineRunBook): void {
  if (book.size === 0) return;
  for (const entry of entries) {
    const runs = descriptionRuns(entry.description, book);
    if (runs) entry.descriptionRuns = runs;
  }
}
