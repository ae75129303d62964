/**
 * reStructuredText `csv-table` directives:
 *
 *   .. csv-table:: Status codes
 *      :header: "Status Code", "Message", "Description"
 *      :widths: 15, 25, 60
 *
 *      "200", "OK", "The request succeeded."
 *      404, Not Found, "A quoted field may hold the delimiter, "" quotes, and
 *      run on to the next line."
 *
 * Fields are read as docutils reads them: delimiter `,` (or `:delim:`), quote `"` (or `:quote:`), a doubled
 * quote inside quotes is one quote, white space after a delimiter is dropped. Tables from `:file:` or
 * `:url:` have no rows here. A `:header:` option gives one header row; `:header-rows:` marks body rows.
 */
import { blocksFromLines, collapseWhitespace, stripRstInline } from './inlineText';
import { indentOf } from './lineIndex';
import type { TableRow } from './tableModel';

export const CSV_TABLE = /^(\s*)\.\.\s+csv-table::\s*(.*)$/;

interface Options {
  header: string | null;
  headerRows: number;
  delimiter: string;
  quote: string;
  escape: string | null;
}

interface Record {
  line: number;
  fields: string[];
}

/** Reads the directive at `lines[start]`; `end` is the index just past its indented block. */
export function readCsvTable(lines: string[], start: number): { end: number; rows: TableRow[]; title: string | null } {
  const directive = CSV_TABLE.exec(lines[start]!)!;
  const pad = indentOf(lines[start]!);
  const title = collapseWhitespace(stripRstInline(directive[2]!)) || null;
  const options: Options = { header: null, headerRows: 0, delimiter: ',', quote: '"', escape: null };
  let k = start + 1;
  // Options come first, each on its own line (a long `:header:` may wrap onto deeper-indented lines).
  let optionIndent = -1;
  for (; k < lines.length; k++) {
    const raw = lines[k]!;
    if (raw.trim() === '') break;
    if (indentOf(raw) <= pad) return { end: k, rows: [], title };
    const option = /^\s*:([\w-]+):\s*(.*)$/.exec(raw);
    if (option) {
      optionIndent = indentOf(raw);
      setOption(options, option[1]!, option[2]!);
    } else if (optionIndent >= 0 && indentOf(raw) > optionIndent && options.header !== null) {
      options.header += ` ${raw.trim()}`;
    } else break;
  }
  // The content: the indented block after the options.
  const content: Array<{ text: string; line: number }> = [];
  let contentIndent = -1;
  for (; k < lines.length; k++) {
    const raw = lines[k]!;
    if (raw.trim() === '') {
      if (contentIndent >= 0) content.push({ text: '', line: k + 1 });
      continue;
    }
    const indent = indentOf(raw);
    if (indent <= pad) break;
    if (contentIndent < 0) contentIndent = indent;
    content.push({ text: raw.slice(Math.min(contentIndent, indent)), line: k + 1 });
  }
  while (k > start + 1 && (lines[k - 1] ?? '').trim() === '') k--;
  while (content.length > 0 && content.at(-1)!.text === '') content.pop();

  const rows: TableRow[] = [];
  if (options.header !== null) {
    for (const record of parseRecords([{ text: options.header, line: start + 1 }], options)) rows.push(toRow(record, true));
  }
  parseRecords(content, options).forEach((record, i) => rows.push(toRow(record, i < options.headerRows)));
  return { end: k, rows, title };
}

function setOption(options: Options, name: string, value: string): void {
  const text = value.trim();
  if (name === 'header') options.header = text;
  else if (name === 'header-rows') options.headerRows = Number.parseInt(text, 10) || 0;
  else if (name === 'delim') options.delimiter = text === 'space' ? ' ' : text === 'tab' ? '\t' : text.charAt(0) || ',';
  else if (name === 'quote') options.quote = text.charAt(0) || '"';
  else if (name === 'escape') options.escape = text.charAt(0) || null;
}

/**
 * CSV records from lines, each with the line it starts on. A quoted field runs across line breaks; a
 * record ends at the end of a line outside quotes. Blank lines outside quotes separate nothing.
 */
function parseRecords(lines: Array<{ text: string; line: number }>, options: Options): Record[] {
  const records: Record[] = [];
  let record: Record | null = null;
  let field = '';
  let quoted = false;
  let fieldStarted = false;
  const endField = (): void => {
    record!.fields.push(quoted || fieldStarted ? field : field.trim());
    field = '';
    fieldStarted = false;
  };
  for (const { text, line } of lines) {
    if (record === null) {
      if (text.trim() === '') continue;
      record = { line, fields: [] };
    }
    for (let i = 0; i < text.length; i++) {
      const char = text[i]!;
      if (quoted) {
        if (options.escape !== null && options.escape !== options.quote && char === options.escape && i + 1 < text.length) {
          field += text[++i];
        } else if (char === options.quote && text[i + 1] === options.quote) {
          field += char;
          i++;
        } else if (char === options.quote) {
          quoted = false;
          fieldStarted = true;
        } else field += char;
      } else if (char === options.delimiter) {
        endField();
        // White space after a delimiter does not belong to the next field.
        while (options.delimiter !== ' ' && (text[i + 1] === ' ' || text[i + 1] === '\t')) i++;
      } else if (char === options.quote && field.trim() === '' && !fieldStarted) {
        field = '';
        quoted = true;
      } else if (!fieldStarted) field += char;
    }
    if (quoted) {
      field += '\n';
      continue;
    }
    endField();
    records.push(record);
    record = null;
  }
  if (record !== null) {
    endField();
    records.push(record);
  }
  return records;
}

function toRow(record: Record, header: boolean): TableRow {
  return {
    line: record.line,
    header,
    slots: record.fields.map((text) => ({
      kind: 'cell' as const,
      cell: { blocks: blocksFromLines(text.split('\n'), stripRstInline), line: record.line },
    })),
  };
}
