/**
 * Small questions about TypeScript syntax trees that the status rules ask over and over: what a
 * node is called, what a call's callee and receiver are, which wrappers leave a value unchanged.
 */
import * as ts from 'typescript';

/** Wrappers that pass their operand's value through unchanged: `(x)`, `x as T`, `x satisfies T`, `<T>x`, `x!`. */
export function isTransparentWrapper(node: ts.Node): node is
  | ts.ParenthesizedExpression
  | ts.AsExpression
  | ts.SatisfiesExpression
  | ts.TypeAssertion
  | ts.NonNullExpression {
  return (
    ts.isParenthesizedExpression(node) ||
    ts.isAsExpression(node) ||
    ts.isSatisfiesExpression(node) ||
    ts.isTypeAssertionExpression(node) ||
    ts.isNonNullExpression(node)
  );
}

/** Strips transparent wrappers and `await`, which do not change which value an expression names. */
export function unwrap(expression: ts.Expression): ts.Expression {
  let current = expression;
  while (isTransparentWrapper(current) || ts.isAwaitExpression(current)) current = current.expression;
  return current;
}

/** The text of a property name or string key: `status`, `'status'`, `404`; undefined for computed names. */
export function propertyNameText(name: ts.Node | undefined): string | undefined {
  if (!name) return undefined;
  if (ts.isIdentifier(name) || ts.isPrivateIdentifier(name)) return name.text;
  if (ts.isStringLiteral(name) || ts.isNoSubstitutionTemplateLiteral(name) || ts.isNumericLiteral(name)) return name.text;
  if (ts.isComputedPropertyName(name)) {
    const inner = unwrap(name.expression);
    if (ts.isStringLiteral(inner) || ts.isNoSubstitutionTemplateLiteral(inner)) return inner.text;
  }
  return undefined;
}

/** The last name of an expression: `status` for `res.status`, `res['status']`, `status`; `this` for `this`. */
export function expressionName(expression: ts.Expression): string | undefined {
  const target = unwrap(expression);
  if (ts.isIdentifier(target)) return target.text;
  if (ts.isPropertyAccessExpression(target)) return target.name.text;
  if (ts.isElementAccessExpression(target)) return propertyNameText(unwrap(target.argumentExpression));
  if (target.kind === ts.SyntaxKind.ThisKeyword) return 'this';
  return undefined;
}

/** A call's callee name and the expression it is called on (`res` in `res.status(…)`). */
export interface Callee {
  name: string;
  receiver?: ts.Expression;
}

export function calleeOf(call: ts.CallExpression | ts.NewExpression): Callee | undefined {
  const callee = unwrap(call.expression);
  if (ts.isIdentifier(callee)) return { name: callee.text };
  if (ts.isPropertyAccessExpression(callee)) return { name: callee.name.text, receiver: callee.expression };
  if (ts.isElementAccessExpression(callee)) {
    const name = propertyNameText(unwrap(callee.argumentExpression));
    return name === undefined ? undefined : { name, receiver: callee.expression };
  }
  return undefined;
}

/** The numeric value of a literal's text, numeric separators and radix prefixes included. */
export function numericValue(literal: ts.NumericLiteral): number {
  return Number(literal.text.replace(/_/g, ''));
}

/** Functions, methods and accessors: the scopes status aliases are kept per. */
export type FunctionLike = ts.SignatureDeclaration & { body?: ts.Node };

export function isFunctionLike(node: ts.Node): node is FunctionLike {
  return (
    ts.isFunctionDeclaration(node) ||
    ts.isFunctionExpression(node) ||
    ts.isArrowFunction(node) ||
    ts.isMethodDeclaration(node) ||
    ts.isGetAccessorDeclaration(node) ||
    ts.isSetAccessorDeclaration(node) ||
    ts.isConstructorDeclaration(node)
  );
}

/** The nearest enclosing function, or the source file at top level. */
export function enclosingScope(node: ts.Node): ts.Node {
  let current = node.parent;
  while (current && !isFunctionLike(current) && !ts.isSourceFile(current)) current = current.parent;
  return current ?? node;
}

/**
 * A function's name: its own (`function status(code)`), or the binding it is assigned to
 * (`const setStatus = (code) => …`, `res.status = function (code) {…}`, `{ status(code) {…} }`).
 */
export function functionName(fn: ts.Node): string | undefined {
  if (!isFunctionLike(fn)) return undefined;
  if (fn.name && !ts.isComputedPropertyName(fn.name)) return propertyNameText(fn.name);
  const parent = fn.parent;
  if (ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  if (ts.isPropertyAssignment(parent)) return propertyNameText(parent.name);
  if (ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
    return expressionName(parent.left);
  }
  return undefined;
}

/** The name a declaration-like parent binds: variable, property, parameter, enum, class, type alias. */
export function declaredName(node: ts.Node): string | undefined {
  if (
    ts.isVariableDeclaration(node) ||
    ts.isParameter(node) ||
    ts.isBindingElement(node) ||
    ts.isPropertyDeclaration(node) ||
    ts.isPropertySignature(node) ||
    ts.isPropertyAssignment(node) ||
    ts.isEnumDeclaration(node) ||
    ts.isClassDeclaration(node) ||
    ts.isClassExpression(node) ||
    ts.isTypeAliasDeclaration(node) ||
    ts.isInterfaceDeclaration(node) ||
    ts.isJsxAttribute(node)
  ) {
    const name = node.name;
    if (!name) return undefined;
    if (ts.isBindingElement(node) && !ts.isIdentifier(name)) return undefined;
    if (ts.isJsxAttribute(node)) return ts.isIdentifier(name) ? name.text : undefined;
    return propertyNameText(name);
  }
  return undefined;
}

/** A node the parser invented for a missing expression (`{ status: }`): an empty identifier. */
export function isMissingExpression(node: ts.Node): boolean {
  return ts.isIdentifier(node) && node.text === '' && node.pos === node.end;
}

/** The first non-trivia position at or after `pos` (white space and comments skipped). */
export function skipTrivia(text: string, pos: number): number {
  let at = pos;
  for (;;) {
    while (at < text.length && (ts.isWhiteSpaceLike(text.charCodeAt(at)))) at++;
    const comments = ts.getLeadingCommentRanges(text, at);
    if (!comments || comments.length === 0) return at;
    at = comments[comments.length - 1]!.end;
  }
}
