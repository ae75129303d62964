/**
 * Turning marked-up text into the plain text a catalog stores: entity decoding, inline markup removal
 * (Markdown and reStructuredText), white-space collapsing, and grouping source lines into paragraphs and
 * list blocks. Descriptions keep their structure ("\n\n" between paragraphs, "- item" lines in lists);
 * everything inside a paragraph is collapsed onto one line.
 */
import { childrenOf, isElement, parseHtmlFragment, type HtmlNode } from './htmlParser';
import { recordRuns } from './inlineRuns';
import { markdownInlineRuns } from './markdownInline';
import { rstInlineRuns } from './rstInline';

/** Collapses every run of white space (including no-break and ideographic spaces) to one space. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Decodes entities and drops tags from a bit of inline HTML ("a &amp; <b>b</b>" → "a & b"). Uses the real
 * HTML parser rather than an entity table, so every named entity decodes the way a browser would.
 */
export function decodeHtmlText(text: string): string {
  if (!/[<&]/.test(text)) return text;
  const parts: string[] = [];
  const stack: HtmlNode[] = [...parseHtmlFragment(text).childNodes].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeName === '#text' && 'value' in node) parts.push(node.value);
    else if (isElement(node)) {
      if (node.tagName === 'br') parts.push(' ');
      const children = childrenOf(node);
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    }
  }
  return parts.join('');
}

/** Removes Markdown inline markup (see markdownInline.ts), recording code spans and links for the entry. */
export function stripMarkdownInline(text: string): string {
  return recordRuns(markdownInlineRuns(text));
}

/** Removes reStructuredText inline markup (see rstInline.ts), recording literals and links for the entry. */
export function stripRstInline(text: string): string {
  return recordRuns(rstInlineRuns(text));
}

const LIST_ITEM = /^([-*+•]|#\.|\d+[.)])\s+(.*)$/;

/**
 * Groups plain source lines (a grid-table cell, a list-table cell) into blocks: blank lines end
 * paragraphs, bullet and enumerated items become "- item" / "1. item" lines of one list block, and
 * wrapped lines join their paragraph or item. `strip` removes the format's inline markup.
 */
export function blocksFromLines(lines: string[], strip: (text: string) => string): string[] {
  // A loop, not Math.min(...indents): a cell of 120,000 lines would overflow the stack with arguments.
  let base = Infinity;
  for (const l of lines) if (l.trim() !== '') base = Math.min(base, l.length - l.trimStart().length);
  if (base === Infinity) base = 0;
  const blocks: string[] = [];
  let paragraph: string[] = [];
  let items: string[] = [];
  let item: string[] | null = null;
  let itemIndent = 0;
  let enumerator = 0;
  let listKind = '';

  const flushItem = (): void => {
    if (item) items.push(item.join(' '));
    item = null;
  };
  const flushParagraph = (): void => {
    const text = collapseWhitespace(strip(paragraph.join(' ')));
    if (text) blocks.push(text);
    paragraph = [];
  };
  const flushList = (): void => {
    flushItem();
    const lines = items.map((entry) => collapseWhitespace(strip(entry))).filter((entry) => entry !== '');
    if (lines.length > 0) blocks.push(lines.join('\n'));
    items = [];
    enumerator = 0;
    listKind = '';
  };

  for (const raw of lines) {
    const indent = raw.length - raw.trimStart().length - base;
    const line = raw.trim();
    if (line === '') {
      flushParagraph();
      flushItem();
      continue;
    }
    const bullet = LIST_ITEM.exec(line);
    if (bullet) {
      // A list may follow its lead-in sentence without a blank line in converted pages.
      flushParagraph();
      const marker = bullet[1]!;
      // A different marker ("-" after "#.") starts a new list, as in reStructuredText.
      const kind = /^[\d#]/.test(marker) ? 'enumerated' : marker;
      if (kind !== listKind) flushList();
      listKind = kind;
      flushItem();
      enumerator += 1;
      const prefix = marker === '#.' ? `${enumerator}. ` : /^\d/.test(marker) ? `${marker} ` : '- ';
      item = [prefix + bullet[2]!];
      itemIndent = indent;
      continue;
    }
    if (item && indent > itemIndent) {
      (item as string[]).push(line);
      continue;
    }
    if (items.length > 0 || item) flushList();
    paragraph.push(line);
  }
  flushParagraph();
  flushList();
  return blocks;
}
