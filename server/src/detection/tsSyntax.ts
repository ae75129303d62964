/**
 * Small questions about TypeScript syntax trees that the status rules ask over and over: what a
 * node is called, what a call's callee and receiver are, which wrappers leave a value unchanged.
 */
import * as ts from 'typescript';

// Read once: the compiler's exports are getters, too slow to call per node.
const {
  SyntaxKind, getLeadingCommentRanges, isAwaitExpression, isBinaryExpression, isBindingElement,
  isClassDeclaration, isClassExpression, isComputedPropertyName, isElementAccessExpression,
  isEnumDeclaration, isIdentifier, isInterfaceDeclaration, isJsxAttribute, isNoSubstitutionTemplateLiteral,
  isNumericLiteral, isParameter, isPrivateIdentifier, isPropertyAccessExpression, isPropertyAssignment,
  isPropertyDeclaration, isPropertySignature, isSourceFile, isStringLiteral, isTypeAliasDeclaration,
  isVariableDeclaration, isWhiteSpaceLike
} = ts;

/** A table by kind (1 for the kinds listed): asked per node, it is one indexed read where a `Set` hashes. */
function kindTable(kinds: readonly ts.SyntaxKind[]): Uint8Array {
  const table = new Uint8Array(SyntaxKind.Count);
  for (const kind of kinds) table[kind] = 1;
  return table;
}

const TRANSPARENT_KINDS = kindTable([
  SyntaxKind.ParenthesizedExpression,
  SyntaxKind.AsExpression,
  SyntaxKind.SatisfiesExpression,
  SyntaxKind.TypeAssertionExpression,
  SyntaxKind.NonNullExpression,
]);

/** Wrappers that pass their operand's value through unchanged: `(x)`, `x as T`, `x satisfies T`, `<T>x`, `x!`. */
export function isTransparentWrapper(node: ts.Node): node is
  | ts.ParenthesizedExpression
  | ts.AsExpression
  | ts.SatisfiesExpression
  | ts.TypeAssertion
  | ts.NonNullExpression {
  return TRANSPARENT_KINDS[node.kind] === 1;
}

/** `||` and `??`: either operand may be the value (`err.status || 500`). */
export function isFallbackOperator(kind: ts.SyntaxKind): boolean {
  return kind === SyntaxKind.BarBarToken || kind === SyntaxKind.QuestionQuestionToken;
}

/** Strips transparent wrappers and `await`, which do not change which value an expression names. */
export function unwrap(expression: ts.Expression): ts.Expression {
  let current = expression;
  while (isTransparentWrapper(current) || isAwaitExpression(current)) current = current.expression;
  return current;
}

/** The text of a property name or string key: `status`, `'status'`, `404`; undefined for computed names. */
export function propertyNameText(name: ts.Node | undefined): string | undefined {
  if (!name) return undefined;
  if (isIdentifier(name) || isPrivateIdentifier(name)) return name.text;
  if (isStringLiteral(name) || isNoSubstitutionTemplateLiteral(name) || isNumericLiteral(name)) return name.text;
  if (isComputedPropertyName(name)) {
    const inner = unwrap(name.expression);
    if (isStringLiteral(inner) || isNoSubstitutionTemplateLiteral(inner)) return inner.text;
  }
  return undefined;
}

/** The last name of an expression: `status` for `res.status`, `res['status']`, `status`; `this` for `this`. */
export function expressionName(expression: ts.Expression): string | undefined {
  const target = unwrap(expression);
  if (isIdentifier(target)) return target.text;
  if (isPropertyAccessExpression(target)) return target.name.text;
  if (isElementAccessExpression(target)) return propertyNameText(unwrap(target.argumentExpression));
  if (target.kind === SyntaxKind.ThisKeyword) return 'this';
  return undefined;
}

/** A call's callee name and the expression it is called on (`res` in `res.status(…)`). */
export interface Callee {
  name: string;
  receiver?: ts.Expression;
}

export function calleeOf(call: ts.CallExpression | ts.NewExpression): Callee | undefined {
  const callee = unwrap(call.expression);
  if (isIdentifier(callee)) return { name: callee.text };
  if (isPropertyAccessExpression(callee)) return { name: callee.name.text, receiver: callee.expression };
  if (isElementAccessExpression(callee)) {
    const name = propertyNameText(unwrap(callee.argumentExpression));
    return name === undefined ? undefined : { name, receiver: callee.expression };
  }
  return undefined;
}

/** The numeric value of a literal's text, numeric separators and radix prefixes included. */
export function numericValue(literal: ts.NumericLiteral): number {
  const text = literal.text;
  return Number(text.includes('_') ? text.replace(/_/g, '') : text);
}

/** Functions, methods and accessors: the scopes status aliases are kept per. */
export type FunctionLike = ts.SignatureDeclaration & { body?: ts.Node };

/** The kinds `isFunctionLike` answers for. */
export const FUNCTION_KINDS: readonly ts.SyntaxKind[] = [
  SyntaxKind.FunctionDeclaration,
  SyntaxKind.FunctionExpression,
  SyntaxKind.ArrowFunction,
  SyntaxKind.MethodDeclaration,
  SyntaxKind.GetAccessor,
  SyntaxKind.SetAccessor,
  SyntaxKind.Constructor,
];
const IS_FUNCTION_KIND = kindTable(FUNCTION_KINDS);

export function isFunctionLike(node: ts.Node): node is FunctionLike {
  return IS_FUNCTION_KIND[node.kind] === 1;
}

/** Kinds whose children are in a scope of their own, by kind (1: opens one): the file and functions, as below. */
export const OPENS_SCOPE = kindTable([SyntaxKind.SourceFile, ...FUNCTION_KINDS]);

/** The nearest enclosing function, or the source file at top level. */
export function enclosingScope(node: ts.Node): ts.Node {
  let current = node.parent;
  while (current && !isFunctionLike(current) && !isSourceFile(current)) current = current.parent;
  return current ?? node;
}

/**
 * A function's name: its own (`function status(code)`), or the binding it is assigned to
 * (`const setStatus = (code) => …`, `res.status = function (code) {…}`, `{ status(code) {…} }`).
 */
export function functionName(fn: ts.Node): string | undefined {
  if (!isFunctionLike(fn)) return undefined;
  if (fn.name && !isComputedPropertyName(fn.name)) return propertyNameText(fn.name);
  const parent = fn.parent;
  if (isVariableDeclaration(parent) && isIdentifier(parent.name)) return parent.name.text;
  if (isPropertyAssignment(parent)) return propertyNameText(parent.name);
  if (isBinaryExpression(parent) && parent.operatorToken.kind === SyntaxKind.EqualsToken) {
    return expressionName(parent.left);
  }
  return undefined;
}

/** The name a declaration-like parent binds: variable, property, parameter, enum, class, type alias. */
export function declaredName(node: ts.Node): string | undefined {
  if (
    isVariableDeclaration(node) ||
    isParameter(node) ||
    isBindingElement(node) ||
    isPropertyDeclaration(node) ||
    isPropertySignature(node) ||
    isPropertyAssignment(node) ||
    isEnumDeclaration(node) ||
    isClassDeclaration(node) ||
    isClassExpression(node) ||
    isTypeAliasDeclaration(node) ||
    isInterfaceDeclaration(node) ||
    isJsxAttribute(node)
  ) {
    const name = node.name;
    if (!name) return undefined;
    if (isBindingElement(node) && !isIdentifier(name)) return undefined;
    if (isJsxAttribute(node)) return isIdentifier(name) ? name.text : undefined;
    return propertyNameText(name);
  }
  return undefined;
}

/** A node the parser invented for a missing expression (`{ status: }`): an empty identifier. */
export function isMissingExpression(node: ts.Node): boolean {
  return isIdentifier(node) && node.text === '' && node.pos === node.end;
}

/** The first non-trivia position at or after `pos` (white space and comments skipped). */
export function skipTrivia(text: string, pos: number): number {
  let at = pos;
  for (;;) {
    while (at < text.length && (isWhiteSpaceLike(text.charCodeAt(at)))) at++;
    const comments = getLeadingCommentRanges(text, at);
    if (!comments || comments.length === 0) return at;
    at = comments[comments.length - 1]!.end;
  }
}
