/** The name an object or array literal is bound to, which many container rules decide by. */
import * as ts from 'typescript';
import { calleeOf, declaredName, expressionName, isTransparentWrapper } from './tsSyntax';

const { SyntaxKind, isBinaryExpression, isCallExpression, isNewExpression } = ts;

/** Calls that wrap a literal without changing what it lists: `Object.freeze({…})`, `new Set([…])`. */
const CONTAINER_WRAPPERS = new Set(['freeze', 'Set', 'Map', 'ReadonlySet', 'of', 'from']);

/** The name an object or array literal is bound to: variable, property, class field, parameter default, assignment. */
export function containerName(node: ts.Node): string | undefined {
  let current = node;
  for (;;) {
    const parent = current.parent;
    if (!parent) return undefined;
    if (isTransparentWrapper(parent)) {
      current = parent;
      continue;
    }
    if ((isCallExpression(parent) || isNewExpression(parent)) && parent.arguments?.[0] === current) {
      const callee = calleeOf(parent);
      if (callee && CONTAINER_WRAPPERS.has(callee.name)) {
        current = parent;
        continue;
      }
    }
    break;
  }
  const parent = current.parent;
  if (!parent) return undefined;
  if (isBinaryExpression(parent) && parent.operatorToken.kind === SyntaxKind.EqualsToken && parent.right === current) {
    return expressionName(parent.left);
  }
  if ('initializer' in parent && (parent as { initializer?: ts.Node }).initializer === current) return declaredName(parent);
  return undefined;
}
