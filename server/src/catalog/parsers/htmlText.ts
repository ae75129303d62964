/**
 * Plain text of HTML content, keeping its block structure: `<p>`, `<div>`, headings and `<br>` end a
 * paragraph, list items become "- item" (or "1. item") lines of one block, and inline markup (`<strong>`,
 * `<a name>` anchors, `<span>`) simply disappears. Entities were already decoded by the parser.
 */
import type { InlineRun } from '../types';
import { attribute, childrenOf, isElement, type HtmlElement, type HtmlNode, type HtmlParent } from './htmlParser';
import { recordRuns } from './inlineRuns';
import { collapseWhitespace } from './inlineText';

const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'blockquote', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption', 'dl', 'dt', 'dd', 'hr', 'figure', 'figcaption',
]);
const MAX_LIST_DEPTH = 8;
/** Elements whose text is code: it is kept as a code run for the hover. */
const CODE_TAGS = new Set(['code', 'tt', 'kbd', 'samp']);
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
  /** The paragraph as runs, so code and links can be recorded for the entry (see inlineRuns.ts). */
  private runs: InlineRun[] = [];
  private codeDepth = 0;
  private link: { element: HtmlElement; target: string } | undefined;

  constructor(private readonly listDepth = 0) {}

  walk(nodes: HtmlNode[]): void {
    // An explicit stack instead of recursion: a page of thousands of nested tags must not overflow.
    type Step = { node: HtmlNode } | { close: HtmlElement };
    const stack: Step[] = nodes.map((node) => ({ node })).reverse();
    while (stack.length > 0) {
      const step = stack.pop()!;
      if ('close' in step) {
        if (CODE_TAGS.has(step.close.tagName)) this.codeDepth--;
        if (this.link?.element === step.close) this.link = undefined;
        if (BLOCK_TAGS.has(step.close.tagName)) this.endParagraph();
        continue;
      }
      const node = step.node;
      if (node.nodeName === '#text' && 'value' in node) {
        this.addText(node.value);
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
      if (CODE_TAGS.has(node.tagName)) this.codeDepth++;
      const href = node.tagName === 'a' && !this.link ? attribute(node, 'href') : undefined;
      if (href !== undefined) this.link = { element: node, target: href };
      stack.push({ close: node });
      const children = childrenOf(node);
      for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]! });
    }
  }

  endParagraph(): void {
    const text = collapseWhitespace(this.paragraph);
    if (text !== '') this.blocks.push(text);
    if (this.runs.some((run) => run.kind !== 'text')) recordRuns(this.runs);
    this.paragraph = '';
    this.runs = [];
  }

  private addText(value: string): void {
    this.paragraph += value;
    const run: InlineRun = this.link
      ? { kind: 'link', text: value, target: this.link.target }
      : { kind: this.codeDepth > 0 ? 'code' : 'text', text: value };
    const last = this.runs.at(-1);
    // Text nodes of one run (a link's words around a <b>) join into one run.
    if (last && last.kind === run.kind && (last.kind !== 'link' || (run.kind === 'link' && last.target === run.target))) last.text += value;
    else this.runs.push(run);
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
