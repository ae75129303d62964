/**
 * Tables of a Markdown page: HTML `<table>` blocks embedded in the Markdown (the Huawei documentation
 * style) and pipe tables. Each HTML block is cut out and parsed by parse5 on its own, so Markdown text
 * around it is never mistaken for HTML, and its positions are mapped back to lines of the whole file.
 * Labels come from the Markdown around the table (bullets, headings, "**Table 1** ..." captions).
 */
import { descendantElements, parseHtmlFragment } from './htmlParser';
import { readHtmlTable } from './htmlTables';
import { indentOf, LineIndex } from './lineIndex';
import { findPipeTables } from './pipeTables';
import { PageOutline } from './sectionContext';
import type { SourceTable } from './tableModel';

export function readMarkdownTables(text: string): SourceTable[] {
  const lines = text.split('\n');
  const index = new LineIndex(text);
  const fenced = fencedLines(lines);
  const outline = new PageOutline(lines, 'markdown');
  const inHtml = new Array<boolean>(lines.length).fill(false);
  const tables: SourceTable[] = [];

  for (const block of htmlTableBlocks(text)) {
    const firstLine = index.lineAt(block.start);
    if (fenced[firstLine - 1]) continue;
    const lastLine = index.lineAt(Math.max(block.start, block.end - 1));
    for (let line = firstLine; line <= lastLine; line++) inHtml[line - 1] = true;
    const fragment = parseHtmlFragment(text.slice(block.start, block.end));
    for (const element of descendantElements(fragment, 'table')) {
      const read = readHtmlTable(element, (offset) => index.lineAt(block.start + offset));
      const around = outline.surroundings(read.line - 1, indentOf(lines[read.line - 1] ?? ''));
      tables.push({ line: read.line, rows: read.rows, ...around, title: read.caption ?? around.title });
    }
  }

  for (const pipe of findPipeTables(lines, (i) => fenced[i] === true || inHtml[i] === true)) {
    const around = outline.surroundings(pipe.start, indentOf(lines[pipe.start]!));
    tables.push({ line: pipe.start + 1, rows: pipe.rows, ...around });
  }
  return tables.sort((a, b) => a.line - b.line);
}

/**
 * Offsets of each top-level `<table>…</table>` block, nesting counted. An unterminated table runs to the
 * end of the text; parse5 closes it there, as a browser would.
 */
function htmlTableBlocks(text: string): Array<{ start: number; end: number }> {
  const blocks: Array<{ start: number; end: number }> = [];
  const tags = /<(\/?)table\b[^>]*>?/gi;
  let depth = 0;
  let start = 0;
  for (let match = tags.exec(text); match !== null; match = tags.exec(text)) {
    if (match[1] === '') {
      if (depth === 0) start = match.index;
      depth += 1;
    } else if (depth > 0) {
      depth -= 1;
      if (depth === 0) blocks.push({ start, end: match.index + match[0].length });
    }
  }
  if (depth > 0) blocks.push({ start, end: text.length });
  return blocks;
}

/** Which lines lie inside fenced code blocks (``` or ~~~), where tables are examples, not content. */
function fencedLines(lines: string[]): boolean[] {
  const fenced: boolean[] = [];
  let fence: string | null = null;
  for (const line of lines) {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence === null && marker) {
      fence = marker;
      fenced.push(true);
    } else if (fence !== null) {
      fenced.push(true);
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker) fence = null;
    } else fenced.push(false);
  }
  return fenced;
}
