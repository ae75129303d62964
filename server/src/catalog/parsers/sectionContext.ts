/**
 * What surrounds a table in a line-oriented page (Markdown or reStructuredText): its title line and the
 * list items and section headings that enclose it. These are where pages put their normal/abnormal
 * labels ("-   Normal", "Abnormal\n--------", "**Table 2** Error codes", ".. table:: ... exceptions").
 */
import { collapseWhitespace, stripMarkdownInline, stripRstInline } from './inlineText';
import { indentOf } from './lineIndex';

export type LineSyntax = 'markdown' | 'rst';

export interface Surroundings {
  /** The caption just above the table ("Table 1 Normal status codes", a `.. table::` argument). */
  title: string | null;
  /** Enclosing list items, innermost first. */
  listItems: string[];
  /** Enclosing section headings, innermost first; the page's own title is left out. */
  headings: string[];
  /** The page's own title, or null when the page has none. */
  pageTitle: string | null;
  /** The sentence that introduces the table ("Standard Unix/Linux exit codes used across all scripts."). */
  lead: string | null;
}

interface Heading {
  level: number;
  text: string;
  /** Index of the heading's first line (its overline or text line). */
  firstLine: number;
}

const BULLET = /^\s*(?:[-*+•]|\d+[.)]|#\.)\s+(.+)$/;
const RST_UNDERLINE = /^([!-/:-@[-`{-~])\1{2,}\s*$/;
const TABLE_DIRECTIVE = /^\s*\.\.\s+(?:table|list-table|csv-table)::\s*(.*)$/;
const CAPTION = /^(?:table|表)\s*\d+/i;
/** How far above a table its enclosing list item may start. */
const MAX_LIST_LOOKBACK = 2000;

export class PageOutline {
  /** Headings keyed by their last line (the underline, or the ATX line itself). */
  private readonly headings = new Map<number, Heading>();
  /** After each heading's last line, the sections open from there on. */
  private readonly sectionChains: Array<{ lastLine: number; chain: Heading[] }> = [];
  private readonly pageTitleLine: number | null = null;
  private readonly pageTitleText: string | null = null;
  private readonly strip: (text: string) => string;

  constructor(private readonly lines: string[], private readonly syntax: LineSyntax) {
    this.strip = syntax === 'rst' ? stripRstInline : stripMarkdownInline;
    if (syntax === 'rst') this.findRstHeadings();
    else this.findMarkdownHeadings();
    // The page's own title names the whole page ("Status Codes", "Error Codes"), not a section of it.
    const all = [...this.headings.values()].sort((a, b) => a.firstLine - b.firstLine);
    const first = all[0];
    if (first && all.filter((heading) => heading.level === first.level).length === 1) {
      this.pageTitleLine = first.firstLine;
      this.pageTitleText = first.text || null;
    }
    this.buildSectionChains();
  }

  /** The title and enclosing labels of a table whose first line is `index` (0-based), indented by `indent`. */
  surroundings(index: number, indent: number): Surroundings {
    const listItems: string[] = [];
    // Enclosing list items: walk up through lines indented less than what we are inside of, stopping at a
    // heading (it closes every list above it). Bounded, so a page of many tables stays linear.
    let threshold = indent;
    for (let i = index - 1; i >= 0 && i >= index - MAX_LIST_LOOKBACK && threshold > 0; i--) {
      if (this.headings.has(i)) break;
      const line = this.lines[i]!;
      if (line.trim() === '') continue;
      const lineIndent = indentOf(line);
      if (lineIndent >= threshold) continue;
      const bullet = BULLET.exec(line);
      if (bullet) listItems.push(this.clean(bullet[1]!));
      threshold = lineIndent;
    }
    // Converted pages often lose the indentation that puts a table inside its "-   正常" item: a short
    // bullet standing just above a table at its own margin still labels it.
    if (listItems.length === 0) {
      const bullet = this.bulletJustAbove(index, indent);
      if (bullet !== null) listItems.push(bullet);
    }
    const headings = this.sectionsBefore(index)
      .filter((heading) => heading.firstLine !== this.pageTitleLine)
      .map((heading) => heading.text)
      .reverse();
    const nonEmpty = (text: string): boolean => text !== '';
    return {
      title: this.titleAbove(index),
      listItems: listItems.filter(nonEmpty),
      headings: headings.filter(nonEmpty),
      pageTitle: this.pageTitleText,
      lead: this.leadAbove(index),
    };
  }

  /**
   * The last paragraph line above the table, within a few lines and not past a heading: what the page
   * says the table holds. Bounded, so many tables stay linear.
   */
  private leadAbove(index: number): string | null {
    for (let i = index - 1; i >= 0 && i >= index - 8; i--) {
      if (this.headings.has(i)) return null;
      const line = this.lines[i]!.trim();
      if (line === '' || isAnchorLine(line) || TABLE_DIRECTIVE.test(line) || /^\.\.\s+\S+::/.test(line) || /^:[\w-]+:(?:\s|$)/.test(line)) continue;
      if (/^[|+=]/.test(line)) return null;
      return this.clean(line).slice(0, 300) || null;
    }
    return null;
  }

  /** The chain of open sections (outermost first) at line `index`, by binary search over heading starts. */
  private sectionsBefore(index: number): Heading[] {
    let low = 0;
    let high = this.sectionChains.length - 1;
    let found: Heading[] = [];
    while (low <= high) {
      const mid = (low + high) >> 1;
      const entry = this.sectionChains[mid]!;
      if (entry.lastLine < index) {
        found = entry.chain;
        low = mid + 1;
      } else high = mid - 1;
    }
    return found;
  }

  /** Records, after each heading, the chain of sections it opens: deeper headings close at a shallower one. */
  private buildSectionChains(): void {
    let chain: Heading[] = [];
    for (const [lastLine, heading] of [...this.headings].sort((a, b) => a[0] - b[0])) {
      chain = [...chain.filter((open) => open.level < heading.level), heading];
      this.sectionChains.push({ lastLine, chain });
    }
  }

  /**
   * The text of a bullet that is the last thing above the table (only blank lines, anchors, its caption or
   * directive options between), not indented deeper than the table, and short enough to be a label
   * ("Normal", "异常"), not a sentence; else null.
   */
  private bulletJustAbove(index: number, indent: number): string | null {
    for (let i = index - 1; i >= 0 && i >= index - 20; i--) {
      if (this.headings.has(i)) return null;
      const line = this.lines[i]!;
      const text = line.trim();
      if (text === '' || isAnchorLine(text) || TABLE_DIRECTIVE.test(text) || /^:[\w-]+:(?:\s|$)/.test(text)) continue;
      if (CAPTION.test(this.clean(text)) || /^\*\*[^*]+\*\*:?$/.test(text)) continue;
      const bullet = BULLET.exec(line);
      if (!bullet || indentOf(line) > indent) return null;
      const label = this.clean(bullet[1]!);
      return isShortLabel(label) ? label : null;
    }
    return null;
  }

  /** The nearest line above the table, skipping anchors and directive options, when it reads as a caption. */
  private titleAbove(index: number): string | null {
    for (let i = index - 1; i >= 0 && i >= index - 20; i--) {
      const line = this.lines[i]!.trim();
      if (line === '' || isAnchorLine(line)) continue;
      const directive = TABLE_DIRECTIVE.exec(line);
      if (directive) return this.clean(directive[1]!) || null;
      if (this.syntax === 'rst' && /^:[\w-]+:(?:\s|$)/.test(line)) continue;
      const text = this.clean(line);
      if (CAPTION.test(text) || /^\*\*[^*]+\*\*:?$/.test(line)) return text;
      return null;
    }
    return null;
  }

  private clean(text: string): string {
    return collapseWhitespace(this.strip(text));
  }

  private findMarkdownHeadings(): void {
    let fenced = false;
    this.lines.forEach((line, i) => {
      if (/^ {0,3}(```|~~~)/.test(line)) fenced = !fenced;
      if (fenced) return;
      const atx = /^ {0,3}(#{1,6})(?:\s+(.*?))?\s*#*\s*$/.exec(line);
      if (atx) {
        this.headings.set(i, { level: atx[1]!.length, text: this.clean(atx[2] ?? ''), firstLine: i });
        return;
      }
      const setext = /^ {0,3}(=+|-+)\s*$/.exec(line);
      const above = this.lines[i - 1];
      if (setext && above !== undefined && /^ {0,3}\S/.test(above) && !BULLET.test(above) && !above.includes('|')) {
        const level = setext[1]!.startsWith('=') ? 1 : 2;
        this.headings.set(i, { level, text: this.clean(above), firstLine: i - 1 });
      }
    });
  }

  /** reStructuredText heading levels follow the order in which underline styles first appear. */
  private findRstHeadings(): void {
    const styles: string[] = [];
    this.lines.forEach((line, i) => {
      const underline = RST_UNDERLINE.exec(line);
      const text = this.lines[i - 1];
      if (!underline || text === undefined || !/^\S/.test(text) || RST_UNDERLINE.test(text)) return;
      const overline = this.lines[i - 2];
      const hasOverline = overline !== undefined && overline.trim() === line.trim();
      // A title follows a blank line, or directly the underline of the title before it.
      if (!hasOverline && overline !== undefined && overline.trim() !== '' && !RST_UNDERLINE.test(overline)) return;
      const style = `${hasOverline ? 'over' : 'under'}${underline[1]}`;
      if (!styles.includes(style)) styles.push(style);
      this.headings.set(i, { level: styles.indexOf(style) + 1, text: this.clean(text), firstLine: hasOverline ? i - 2 : i - 1 });
    });
  }
}

/** A label is a few words without sentence punctuation: "Normal", "Abnormal responses", "正常". */
function isShortLabel(text: string): boolean {
  if (text === '' || /[.。!！?？;；:：,，]/.test(text)) return false;
  return text.length <= 12 || (text.split(' ').length <= 4 && text.length <= 40);
}

/** Lines that only anchor a link target: `<a name="x"></a>`, `.. _label:`, HTML comments. */
function isAnchorLine(line: string): boolean {
  return /^(?:<a\s[^>]*>\s*<\/a>\s*)+$/i.test(line) || /^\.\.\s+_[^:]*:\s*$/.test(line) || /^<!--.*-->$/.test(line);
}
