/**
 * The completion context in TypeScript/JavaScript: whether the cursor is where a status code goes,
 * typed or not (`res.status(|)`, `res.status(4|)`, `{ status: |`, `res.statusCode === |`, `case |`,
 * `.expect(|`). Reads the tree kept from detection: the parser has already recovered from the
 * half-typed text, leaving an empty placeholder where an expression is missing.
 */
import * as ts from 'typescript';
import { branchClass } from './branchContext';
import { classifyArrayElement, classifyCallArgument, classifyValue } from './dispatchTypeScript';
import type { TypeScriptAnalysis } from './findTypeScriptLiterals';
import type { Classification } from './statusExpressions';
import { slotHints } from './slotHints';
import type { StatusSlot } from './types';
import { isMissingExpression, skipTrivia } from './tsSyntax';

// Read once: the compiler's exports are getters, too slow to call per node.
const {
  SyntaxKind, forEachChild, isArrayLiteralExpression, isBlock, isCallExpression, isNewExpression,
  isNumericLiteral, isObjectLiteralExpression, isPropertyAssignment, isSourceFile, isStringLiteralLike, isWhiteSpaceLike,
} = ts;

/** The slot at `offset`, or undefined when the cursor is not in a status position. */
export function typeScriptSlotAt(analysis: TypeScriptAnalysis, offset: number): StatusSlot | undefined {
  const { sourceFile, env } = analysis;
  const text = sourceFile.text;
  const path = pathAt(sourceFile, offset);
  const deepest = path[path.length - 1];
  if (!deepest) return undefined;

  // A literal being typed: `res.status(4|)`, `status: '20|'`.
  if (isNumericLiteral(deepest) || isStringLiteralLike(deepest)) {
    const start = deepest.getStart(sourceFile);
    if (offset < start || offset > deepest.end) return undefined;
    const isString = isStringLiteralLike(deepest);
    const prefix = text.slice(isString ? start + 1 : start, offset);
    if (!/^\d*$/.test(prefix) && !(isString && /^[1-5][xX]{0,2}$/.test(prefix))) return undefined;
    const classification = classifyValue(deepest, env);
    if (!classification || analysis.protocol.suppresses(deepest, classification.evidence, classification.strong)) return undefined;
    const slot = makeSlot(deepest, classification, start, deepest.end, prefix);
    if (isString) slot.quote = text.charAt(start) as '"' | "'" | '`';
    if (isPropertyAssignment(deepest.parent) && deepest.parent.name === deepest) slot.isKey = true;
    return slot;
  }
  // An expression the parser found missing: `{ status: |`, `res.statusCode === |`, `case |`.
  const missing = missingExpressionAt(sourceFile, offset);
  const missingClassification = missing && classifyValue(missing, env);
  if (missing && missingClassification) return makeSlot(missing, missingClassification, offset, offset, '');
  // The cursor before an expression on a later line, which the parser took as the value:
  // `status: |` followed by `body: 'x'` parses as `status: body`.
  if (deepest.pos < offset && offset < deepest.getStart(sourceFile) && !isSourceFile(deepest)) {
    const classification = classifyValue(deepest, env);
    if (classification) return makeSlot(deepest, classification, offset, offset, '');
  }
  // An argument or array element not typed yet: `res.status(|)`, `.expect(|`, `[429, |]`.
  for (let i = path.length - 1; i >= 0; i--) {
    const node = path[i]!;
    if ((isCallExpression(node) || isNewExpression(node)) && node.arguments) {
      const index = emptyItemIndex(text, node.arguments, offset);
      if (index === undefined) return undefined;
      const classification = classifyCallArgument(node, index, env);
      return classification ? makeSlot(node, classification, offset, offset, '') : undefined;
    }
    if (isArrayLiteralExpression(node)) {
      if (emptyItemIndex(text, node.elements, offset) === undefined) return undefined;
      const classification = classifyArrayElement(node, env);
      return classification ? makeSlot(node, classification, offset, offset, '') : undefined;
    }
    if (isBlock(node) || isSourceFile(node) || isObjectLiteralExpression(node)) return undefined;
  }
  return undefined;
}

function makeSlot(at: ts.Node, classification: Classification, start: number, end: number, prefix: string): StatusSlot {
  const slot: StatusSlot = { start, end, prefix, context: classification.context };
  const hints = slotHints(at, classification, prefix);
  const preferredClass = hints.preferredClass ?? branchClass(at);
  if (preferredClass !== undefined) slot.preferredClass = preferredClass;
  if (hints.method !== undefined) slot.method = hints.method;
  return slot;
}

/**
 * A placeholder the parser made for a missing expression, sitting at the start of the white space
 * the cursor is in (`case |` puts it right after `case`). Found by descending only into nodes that
 * span that position, so the search is one path, not the whole tree.
 */
function missingExpressionAt(sourceFile: ts.SourceFile, offset: number): ts.Node | undefined {
  const text = sourceFile.text;
  let from = Math.min(offset, text.length);
  while (from > 0 && isWhiteSpaceLike(text.charCodeAt(from - 1))) from--;
  let found: ts.Node | undefined;
  const search = (node: ts.Node): void => {
    forEachChild(node, (child) => {
      if (child.pos > offset || child.end < from) return undefined;
      if (isMissingExpression(child) && child.pos >= from) found = child;
      else search(child);
      return found ? true : undefined;
    });
  };
  search(sourceFile);
  return found;
}

/**
 * The nodes containing `offset`, outermost first. A node's range is taken to run over its trailing
 * white space, so the parser's zero-width placeholder for a missing expression (which sits before
 * the white space the cursor is in) is found.
 */
function pathAt(sourceFile: ts.SourceFile, offset: number): ts.Node[] {
  const text = sourceFile.text;
  const path: ts.Node[] = [sourceFile];
  let current: ts.Node = sourceFile;
  for (;;) {
    let next: ts.Node | undefined;
    forEachChild(current, (child) => {
      if (child.pos > offset) return true;
      if (child.kind === SyntaxKind.EndOfFileToken) return undefined;
      const reaches = child.end >= offset || skipTrivia(text, child.end) >= offset;
      // Later children win a tie: at `a, |` the cursor belongs after `a`, not in it.
      if (reaches && (child.end > child.pos || isMissingExpression(child))) next = child;
      return undefined;
    });
    if (!next) return path;
    path.push(next);
    current = next;
  }
}

/**
 * The index of the list item the cursor would type, when it is in an empty place of the list
 * (`f(|)`, `f(a, |)`, `[1, |]`); undefined when it is outside the list or within a typed item.
 */
function emptyItemIndex(text: string, items: ts.NodeArray<ts.Node>, offset: number): number | undefined {
  if (offset < items.pos) return undefined;
  const closing = skipTrivia(text, items.end);
  if (offset > closing && closing < text.length) return undefined;
  let index = 0;
  for (const item of items) {
    if (item.end > offset) return skipTrivia(text, item.pos) >= offset ? index : undefined;
    const after = skipTrivia(text, item.end);
    if (text.charAt(after) !== ',' || after >= offset) return undefined;
    index++;
  }
  return index;
}
