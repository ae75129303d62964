/**
 * The one place that loads parse5. parse5 8 ships only as an ES module, while this project compiles as
 * CommonJS (`module: Node16`, no `"type": "module"`), so a static `import` does not type-check. Node 20.19+
 * can `require()` an ES module and esbuild bundles it either way, so we require it here and take its types
 * through an import type with `resolution-mode`; every other module imports from this file.
 * It is required at the first parse, not at load: the server starts, and reads its bundled catalogs from the
 * generated index, without it (esbuild.mjs keeps it in dist/parse5.js of its own).
 */
import type { DefaultTreeAdapterTypes } from 'parse5' with { 'resolution-mode': 'import' };

type Parse5 = typeof import('parse5', { with: { 'resolution-mode': 'import' } });

let parse5: Parse5 | undefined;

function parser(): Parse5 {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (parse5 ??= require('parse5') as Parse5);
}

/** Loads parse5 now, so that a timed parse (pageBudget.ts) does not count its loading. */
export function loadHtmlParser(): void {
  parser();
}

export type HtmlNode = DefaultTreeAdapterTypes.ChildNode;
export type HtmlElement = DefaultTreeAdapterTypes.Element;
export type HtmlParent = DefaultTreeAdapterTypes.ParentNode;

/** Parses an HTML fragment with source positions (offsets relative to `html`). */
export function parseHtmlFragment(html: string): DefaultTreeAdapterTypes.DocumentFragment {
  return parser().parseFragment(html, { sourceCodeLocationInfo: true });
}

/** Parses a whole HTML document with source positions. */
export function parseHtmlDocument(html: string): DefaultTreeAdapterTypes.Document {
  return parser().parse(html, { sourceCodeLocationInfo: true });
}

export function isElement(node: HtmlNode | HtmlParent): node is HtmlElement {
  return 'tagName' in node;
}

/** Child nodes of a parent; a `<template>`'s children live in its content fragment. */
export function childrenOf(node: HtmlParent): HtmlNode[] {
  if (isElement(node) && node.tagName === 'template' && 'content' in node) {
    return (node as DefaultTreeAdapterTypes.Template).content.childNodes;
  }
  return node.childNodes;
}

export function attribute(element: HtmlElement, name: string): string | undefined {
  return element.attrs.find((attr) => attr.name === name)?.value;
}

/** Child elements with one of the given tag names, in order. */
export function childElements(node: HtmlParent, ...tagNames: string[]): HtmlElement[] {
  return childrenOf(node).filter(
    (child): child is HtmlElement => isElement(child) && (tagNames.length === 0 || tagNames.includes(child.tagName)),
  );
}

/** All descendant elements with the given tag name, in document order (iterative: deep pages cannot overflow the stack). */
export function descendantElements(root: HtmlParent, tagName: string): HtmlElement[] {
  const found: HtmlElement[] = [];
  const stack: HtmlNode[] = [...childrenOf(root)].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    if (node.tagName === tagName) found.push(node);
    const children = childrenOf(node);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return found;
}
