/**
 * Plain text of HTML content, keeping its block structure: `<p>`, `<div>`, headings and `<br>` end a
 * paragraph, list items become "- item" (or "1. item") lines of one block, and inline markup (`<strong>`,
 * `<a name>` anchors, `<span>`) simply disappears. Entities were already decoded by the parser.
 */
import { childrenOf, isElement, type HtmlElement, type HtmlNode, type HtmlParent } from './htmlParser';
import { collapseWhitespace } from './inlineText';

const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'blockquote', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption', 'dl', 'dt', 'dd', 'hr', 'figure', 'figcaption',
]);
const MAX_LIST_DEPTH = 8;
/**
 * A table nested in a cell is read as a table of its own, so its text is not repeated in the outer cell
 * (which also keeps deeply nested tables from costing quadratic time).
 */
const SKIPPED_TAGS = new Set(['script', 'style', 'template', 'noscript', 'table']);

/** Blocks of an element's content: paragraphs, and list blocks of "- item" lines. */
export function htmlBlocks(root: HtmlParent): string[] {
  const builder = new BlockBuilder();
  builder.walk(childrenOf(root));
  builder.endParagraph();
  return builder.blocks;
}

/** An element's text on one line. */
export function htmlInlineText(root: HtmlParent): string {
  return nodesInlineText(childrenOf(root));
}

/** The text of some sibling nodes on one line. */
export function nodesInlineText(nodes: HtmlNode[]): string {
  const builder = new BlockBuilder();
  builder.walk(nodes);
  builder.endParagraph();
  return builder.blocks.join(' ').replace(/\s+/g, ' ').trim();
}

class BlockBuilder {
  readonly blocks: string[] = [];
  private paragraph = '';

  constructor(private readonly listDepth = 0) {}

  walk(nodes: HtmlNode[]): void {
    // An explicit stack instead of recursion: a page of thousands of nested tags must not overflow.
    type Step = { node: HtmlNode } | { close: HtmlElement };
    const stack: Step[] = nodes.map((node) => ({ node })).reverse();
    while (stack.length > 0) {
      const step = stack.pop()!;
      if ('close' in step) {
        if (BLOCK_TAGS.has(step.close.tagName)) this.endParagraph();
        continue;
      }
      const node = step.node;
      if (node.nodeName === '#text' && 'value' in node) {
        this.paragraph += node.value;
        continue;
      }
      if (!isElement(node) || SKIPPED_TAGS.has(node.tagName)) continue;
      if (node.tagName === 'br') {
        this.endParagraph();
        continue;
      }
      if ((node.tagName === 'ul' || node.tagName === 'ol') && this.listDepth < MAX_LIST_DEPTH) {
        this.endParagraph();
        this.addList(node);
        continue;
      }
      if (BLOCK_TAGS.has(node.tagName)) this.endParagraph();
      stack.push({ close: node });
      const children = childrenOf(node);
      for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]! });
    }
  }

  endParagraph(): void {
    const text = collapseWhitespace(this.paragraph);
    if (text !== '') this.blocks.push(text);
    this.paragraph = '';
  }

  /** A list becomes one block of item lines; a nested list adds indented lines under its item. */
  private addList(list: HtmlElement): void {
    const lines = listLines(list, this.listDepth);
    if (lines.length > 0) this.blocks.push(lines.join('\n'));
  }
}

function isList(node: HtmlNode): node is HtmlElement {
  return isElement(node) && (node.tagName === 'ul' || node.tagName === 'ol');
}

function listLines(list: HtmlElement, depth: number): string[] {
  const lines: string[] = [];
  let number = 0;
  for (const item of childrenOf(list)) {
    if (!isElement(item) || item.tagName !== 'li') continue;
    number += 1;
    // Past MAX_LIST_DEPTH nested lists stay in the item's text instead of becoming lines of their own.
    const nestLists = depth + 1 < MAX_LIST_DEPTH;
    const own = new BlockBuilder(depth + 1);
    own.walk(childrenOf(item).filter((child) => !nestLists || !isList(child)));
    own.endParagraph();
    const text = own.blocks.join(' ').replace(/\s+/g, ' ').trim();
    const marker = list.tagName === 'ol' ? `${number}.` : '-';
    if (text !== '') lines.push(`${'  '.repeat(depth)}${marker} ${text}`);
    // No argument spreading: a nested list of 150,000 items would overflow the stack.
    if (nestLists) for (const nested of childrenOf(item).filter(isList)) for (const line of listLines(nested, depth + 1)) lines.push(line);
  }
  return lines;
}
