/**
 * Tables of a whole HTML page. Labels come from the document itself: the `<li>` items that enclose a
 * table, the headings above it (`<h1>`…`<h6>`, the page's sole `<h1>` excepted, as it titles the whole
 * page), and a `<caption>` or a "Table 1 ..." paragraph just before it.
 */
import { childrenOf, descendantElements, isElement, parseHtmlDocument, type HtmlElement, type HtmlNode } from './htmlParser';
import { htmlInlineText, nodesInlineText } from './htmlText';
import { readHtmlTable } from './htmlTables';
import { LineIndex } from './lineIndex';
import type { SourceTable } from './tableModel';

const HEADING = /^h([1-6])$/;
const CAPTION = /^(?:table|表)\s*\d+/i;
const MAX_ANCESTORS = 200;
/** Parts of a saved page that are not its content: site navigation, sidebars, footers, scripts. */
const NOT_CONTENT = new Set(['nav', 'aside', 'footer', 'script', 'style', 'noscript', 'template', 'head']);

export function readHtmlPageTables(text: string): SourceTable[] {
  const index = new LineIndex(text);
  const document = parseHtmlDocument(text);
  const tables = new Set(descendantElements(document, 'table'));
  const h1s = descendantElements(document, 'h1');
  const h1Count = h1s.length;
  // The page's title says what its tables are about ("Exit codes"): the sole <h1>, else the <title>.
  const titleElement = h1Count === 1 ? h1s[0] : descendantElements(document, 'title')[0];
  const pageTitle = titleElement ? htmlInlineText(titleElement) || null : null;
  const found: SourceTable[] = [];

  // One walk in document order keeps the open headings (by level) current when each table is reached.
  const open: Array<string | undefined> = [];
  // Where each table sits among its siblings, noted as the walk expands its parent (no indexOf per table).
  const positions = new Map<HtmlNode, { siblings: HtmlNode[]; index: number }>();
  const notePositions = (siblings: HtmlNode[]): void =>
    siblings.forEach((child, index) => tables.has(child as HtmlElement) && positions.set(child, { siblings, index }));
  notePositions(childrenOf(document));
  const stack: HtmlNode[] = [...childrenOf(document)].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isElement(node) || NOT_CONTENT.has(node.tagName)) continue;
    const heading = HEADING.exec(node.tagName);
    if (heading) {
      const level = Number(heading[1]);
      open.length = level;
      open[level - 1] = level === 1 && h1Count === 1 ? undefined : htmlInlineText(node);
      continue;
    }
    if (tables.has(node)) {
      const read = readHtmlTable(node, (offset) => index.lineAt(offset));
      const sections = open.filter((text): text is string => text !== undefined && text !== '').reverse();
      found.push({
        line: read.line,
        rows: read.rows,
        title: read.caption ?? captionBefore(positions.get(node)),
        listItems: enclosingItems(node),
        headings: sections,
        pageTitle,
        lead: leadBefore(positions.get(node)),
      });
    }
    const children = childrenOf(node);
    notePositions(children);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return found;
}

/** Texts of the `<li>`s around a table, innermost first: each item's own words before its nested blocks. */
function enclosingItems(table: HtmlElement): string[] {
  const items: string[] = [];
  let depth = 0;
  // Bounded: a label sits a few levels up, and a pathologically deep page must stay linear.
  for (let node = table.parentNode; node && isElement(node) && depth < MAX_ANCESTORS; node = node.parentNode, depth++) {
    if (node.tagName !== 'li') continue;
    const lead = childrenOf(node).filter((child) => !isElement(child) || !['table', 'ul', 'ol', 'div'].includes(child.tagName));
    const text = nodesInlineText(lead);
    if (text !== '') items.push(text);
  }
  return items;
}

/**
 * The element just before the table when it reads as its caption ("Table 2 Abnormal status codes").
 * Only empty anchors (`<a name>`) and white space may stand between them.
 */
function captionBefore(position: { siblings: HtmlNode[]; index: number } | undefined): string | null {
  if (!position) return null;
  for (let i = position.index - 1; i >= 0; i--) {
    const node = position.siblings[i]!;
    if (!isElement(node)) {
      if ('value' in node && node.value.trim() !== '') return null;
      continue;
    }
    if (node.tagName === 'a' && node.childNodes.length === 0) continue;
    const text = htmlInlineText(node);
    return CAPTION.test(text) ? text : null;
  }
  return null;
}

/** The paragraph just before the table, which introduces it ("Exit codes of the installer:"), or null. */
function leadBefore(position: { siblings: HtmlNode[]; index: number } | undefined): string | null {
  if (!position) return null;
  for (let i = position.index - 1; i >= 0 && i >= position.index - 8; i--) {
    const node = position.siblings[i]!;
    if (!isElement(node)) continue;
    if (node.tagName !== 'p') return null;
    return htmlInlineText(node).slice(0, 300) || null;
  }
  return null;
}
