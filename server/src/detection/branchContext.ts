/**
 * Whether a status slot sits on an error path or a success path of the code around it, for completion
 * ordering: `if (!user) return res.status(|)` is an error branch (4xx first), `if (err) …` a failed call (5xx
 * first), `throw new HttpError(|)` an error; the statements after a guard that returned (`if (!user) return …;`)
 * and a `try` block are the success path (2xx first). The innermost signal wins; the search stops at the
 * function the slot is in. Only the syntax is read: a guess to order a list, never a verdict on a literal.
 */
import * as ts from 'typescript';
import { expressionName, isFunctionLike, unwrap } from './tsSyntax';

// Read once: the compiler's exports are getters, too slow to call per node.
const {
  SyntaxKind, isBinaryExpression, isBlock, isCallExpression, isCatchClause, isIfStatement, isNewExpression,
  isPrefixUnaryExpression, isReturnStatement, isSourceFile, isThrowStatement, isTryStatement, isIdentifier,
} = ts;

/** What a condition says about its subject: it is missing (`!user`), it is an error (`err`), it is there (`user`). */
type ConditionKind = 'absent' | 'error' | 'present';

/** Names of values that hold an error: `err`, `error`, `e`, `validationError`, `hasErrors()`. */
const ERROR_NAME = /^(?:e|ex|err|error|errors|exception)$|(?:Err|Error|Errors|Exception)$|^(?:has|is)?errors?$/i;

/** Callees that make an error from a status: `createError(|)`, `new HttpException('…', |)`. */
const ERROR_FACTORY = /error|exception|^throw$|^fail/i;

/** The class to offer first at `node`: 4 or 5 on an error path, 2 on a success path, undefined when unsure. */
export function branchClass(node: ts.Node): number | undefined {
  if (isErrorFactory(node)) return 4;
  let child: ts.Node = node;
  for (let parent = node.parent; parent && !isSourceFile(child); child = parent, parent = parent.parent) {
    if (isThrowStatement(parent) || isCatchClause(parent)) return isCatchClause(parent) ? 5 : 4;
    if (isErrorFactory(parent)) return 4;
    if (isIfStatement(parent) && child !== parent.expression) {
      const kind = conditionKind(parent.expression);
      const inThen = child === parent.thenStatement;
      if (kind === 'error') return inThen ? 5 : 2;
      if (kind === 'absent') return inThen ? 4 : 2;
      if (kind === 'present') return inThen ? 2 : 4;
    }
    if (isBlock(parent) || isSourceFile(parent)) {
      const index = parent.statements.indexOf(child as ts.Statement);
      if (parent.statements.slice(0, Math.max(index, 0)).some(isGuard)) return 2;
    }
    if (isTryStatement(parent) && child === parent.tryBlock) return 2;
    if (isFunctionLike(parent)) return undefined;
  }
  return undefined;
}

function isErrorFactory(node: ts.Node): boolean {
  return (isCallExpression(node) || isNewExpression(node)) && ERROR_FACTORY.test(expressionName(node.expression) ?? '');
}

/** `if (!user) return …;` or `if (err) throw …;`: a check that leaves the function when something is wrong. */
function isGuard(statement: ts.Statement): boolean {
  if (!isIfStatement(statement) || statement.elseStatement) return false;
  const kind = conditionKind(statement.expression);
  if (kind !== 'absent' && kind !== 'error') return false;
  const then = statement.thenStatement;
  const last = isBlock(then) ? then.statements[then.statements.length - 1] : then;
  return last !== undefined && (isReturnStatement(last) || isThrowStatement(last));
}

function conditionKind(condition: ts.Expression): ConditionKind | undefined {
  const expression = unwrap(condition);
  if (isPrefixUnaryExpression(expression) && expression.operator === SyntaxKind.ExclamationToken) {
    const inner = conditionKind(expression.operand);
    return inner === 'present' ? 'absent' : inner === undefined ? undefined : 'present';
  }
  if (isBinaryExpression(expression)) {
    const operator = expression.operatorToken.kind;
    if (operator === SyntaxKind.BarBarToken) {
      const sides = [conditionKind(expression.left), conditionKind(expression.right)];
      return sides.find((kind) => kind === 'error') ?? sides.find((kind) => kind === 'absent');
    }
    if (operator === SyntaxKind.AmpersandAmpersandToken) {
      const left = conditionKind(expression.left);
      return left === conditionKind(expression.right) ? left : undefined;
    }
    const equality = operator === SyntaxKind.EqualsEqualsEqualsToken || operator === SyntaxKind.EqualsEqualsToken;
    const inequality = operator === SyntaxKind.ExclamationEqualsEqualsToken || operator === SyntaxKind.ExclamationEqualsToken;
    if (equality || inequality) {
      const subject = isNothing(expression.right) ? expression.left : isNothing(expression.left) ? expression.right : undefined;
      if (!subject) return undefined;
      const kind = conditionKind(subject);
      if (inequality) return kind;
      return kind === 'present' ? 'absent' : kind === undefined ? undefined : 'present';
    }
    return undefined;
  }
  if (isCallExpression(expression)) return ERROR_NAME.test(expressionName(expression.expression) ?? '') ? 'error' : 'present';
  const name = expressionName(expression);
  if (name === undefined || name === 'this') return undefined;
  return ERROR_NAME.test(name) ? 'error' : 'present';
}

/** `null`, `undefined`, `0` and `''`: comparing with them asks whether a value is missing. */
function isNothing(expression: ts.Expression): boolean {
  const value = unwrap(expression);
  return (
    value.kind === SyntaxKind.NullKeyword ||
    (isIdentifier(value) && value.text === 'undefined') ||
    (value.kind === SyntaxKind.NumericLiteral && (value as ts.NumericLiteral).text === '0')
  );
}
