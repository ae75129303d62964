/**
 * Offsets to 1-based lines. Built once per text, so that placing many rows costs a binary search each.
 */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.starts.push(i + 1);
  }

  /** The 1-based line holding `offset`. */
  lineAt(offset: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  }
}

/** Leading white space of a line, counting a tab as four columns. */
export function indentOf(line: string): number {
  const lead = /^[ \t]*/.exec(line)![0];
  return lead.replace(/\t/g, '    ').length;
}

/** Replaces tabs by spaces up to the next tab stop, as reStructuredText reads them (stops every 8 columns). */
export function expandTabs(line: string, tabSize: number): string {
  if (!line.includes('\t')) return line;
  let out = '';
  for (const char of line) out += char === '\t' ? ' '.repeat(tabSize - (out.length % tabSize)) : char;
  return out;
}
