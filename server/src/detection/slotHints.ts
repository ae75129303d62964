/**
 * What the surroundings of a TypeScript status slot suggest, for completion ordering: the HTTP
 * method in play (`request(app).post('/x').expect(|`, `app.post('/x', (req, res) => …)`, `@Post()`)
 * and the class to offer first (the digit typed so far; 5 in a catch block; 3 for a redirect; 2 for
 * an expectation or `@HttpCode` once the method is known).
 */
import * as ts from 'typescript';
import type { Classification } from './statusExpressions';
import { calleeOf, isFunctionLike } from './tsSyntax';

// Read once: the compiler's exports are getters, too slow to call per node.
const {
  getDecorators, isCallExpression, isCatchClause, isMethodDeclaration, isPropertyAccessExpression
} = ts;

const METHOD_NAMES = new Set(['get', 'post', 'put', 'patch', 'delete', 'del', 'head', 'options']);

export interface SlotHints {
  preferredClass?: number;
  method?: string;
}

export function slotHints(at: ts.Node, classification: Classification, prefix: string): SlotHints {
  const hints: SlotHints = {};
  const method = methodAround(at);
  if (method) hints.method = method;
  const typed = prefix.charAt(0);
  if (typed >= '1' && typed <= '5') {
    hints.preferredClass = Number(typed);
    return hints;
  }
  const call = enclosingCallOf(at);
  const callee = call ? calleeOf(call) : undefined;
  if (isInErrorHandler(at)) hints.preferredClass = 5;
  else if (callee?.name === 'redirect' || callee?.name === 'Redirect') hints.preferredClass = 3;
  else if (
    method &&
    (callee?.name === 'expect' || classification.context === 'decorator' || classification.context === 'assertion')
  ) {
    hints.preferredClass = 2;
  }
  return hints;
}

/** The call whose argument list the slot is in (the node itself, or its parent for a typed literal). */
function enclosingCallOf(at: ts.Node): ts.CallExpression | undefined {
  if (isCallExpression(at)) return at;
  return at.parent && isCallExpression(at.parent) ? at.parent : undefined;
}

/** A `catch` block or a `.catch(…)` / error-handler callback around the slot. */
function isInErrorHandler(at: ts.Node): boolean {
  for (let current: ts.Node | undefined = at; current; current = current.parent) {
    if (isCatchClause(current)) return true;
    if (isFunctionLike(current) && isCallExpression(current.parent)) {
      if (calleeOf(current.parent)?.name === 'catch') return true;
    }
  }
  return false;
}

/** The HTTP method named around the slot, upper-case. */
function methodAround(at: ts.Node): string | undefined {
  for (let current: ts.Node | undefined = at; current; current = current.parent) {
    // request(app).post('/x').send(body).expect(|: the request call in the receiver chain.
    if (isCallExpression(current)) {
      const fromChain = methodInChain(current.expression);
      if (fromChain) return fromChain;
    }
    // app.post('/x', (req, res) => { … }): a route handler.
    if (isFunctionLike(current) && current.parent && isCallExpression(current.parent)) {
      const name = calleeOf(current.parent)?.name;
      if (name && METHOD_NAMES.has(name.toLowerCase())) return normalise(name);
    }
    // @Post() handler() { … @HttpCode(|) }
    if (isMethodDeclaration(current)) return methodOfDecorators(current);
  }
  return undefined;
}

function methodInChain(expression: ts.Expression): string | undefined {
  let current: ts.Expression = expression;
  for (;;) {
    if (isPropertyAccessExpression(current)) {
      current = current.expression;
    } else if (isCallExpression(current)) {
      const name = calleeOf(current)?.name;
      if (name && METHOD_NAMES.has(name) && current.arguments.length > 0) return normalise(name);
      current = current.expression;
    } else {
      return undefined;
    }
  }
}

function methodOfDecorators(method: ts.MethodDeclaration): string | undefined {
  for (const decorator of getDecorators(method) ?? []) {
    const expression = decorator.expression;
    const name = isCallExpression(expression) ? calleeOf(expression)?.name : undefined;
    if (name && METHOD_NAMES.has(name.toLowerCase())) return normalise(name);
  }
  return undefined;
}

function normalise(name: string): string {
  const upper = name.toUpperCase();
  return upper === 'DEL' ? 'DELETE' : upper;
}
