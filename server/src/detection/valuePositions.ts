/**
 * Decides whether a value position in a TypeScript/JavaScript tree takes a status code. The same
 * rules serve detection (a literal is there) and completion (the cursor is there, nothing typed), so
 * they start from a node in the value position: a literal, or the parser's empty placeholder.
 */
import * as ts from 'typescript';
import { classifyCallArgument } from './callPositions';
import { classifyArrayElement, classifyKey, classifyPropertyValue, classifyTableMember } from './containerPositions';
import type { Classification, TypeScriptEnv } from './statusExpressions';
import { evidenceOfName, statusExpressionEvidence } from './statusExpressions';
import { declaredName, expressionName, functionName, isFunctionLike, isTransparentWrapper, propertyNameText } from './tsSyntax';

const EQUALITY_OPERATORS = new Set([
  ts.SyntaxKind.EqualsEqualsEqualsToken,
  ts.SyntaxKind.EqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsToken,
]);
const RELATIONAL_OPERATORS = new Set([
  ts.SyntaxKind.LessThanToken,
  ts.SyntaxKind.LessThanEqualsToken,
  ts.SyntaxKind.GreaterThanToken,
  ts.SyntaxKind.GreaterThanEqualsToken,
]);
/** Names of maps from status code to response: `responses`, Fastify's `response` schema and `Reply` type. */
const RESPONSE_MAP_NAMES = new Set(['responses', 'response', 'reply', 'replies']);
const ASSIGNMENT_OPERATORS = new Set([
  ts.SyntaxKind.EqualsToken,
  ts.SyntaxKind.BarBarEqualsToken,
  ts.SyntaxKind.QuestionQuestionEqualsToken,
]);

/** The value position a literal fills, and what sat beside it on the way up. */
interface Climb {
  /** The outermost expression whose value may be the literal: `(cond ? 404 : 500) as const`. */
  outer: ts.Node;
  /** A status expression the literal is the fallback of: `err.status || 500`. */
  fallbackOf?: Classification['evidence'];
}

/**
 * Climbs from a literal through wrappers that can yield its value unchanged: parentheses, `as`,
 * `satisfies`, `!`, unary minus (the negative number is judged by its position too), the branches
 * of `?:` and the operands of `||` / `??`.
 */
function climb(node: ts.Node, env: TypeScriptEnv): Climb {
  let outer = node;
  let fallbackOf: Climb['fallbackOf'];
  for (;;) {
    const parent = outer.parent;
    if (!parent) break;
    if (isTransparentWrapper(parent) || (ts.isPrefixUnaryExpression(parent) && (parent.operator === ts.SyntaxKind.MinusToken || parent.operator === ts.SyntaxKind.PlusToken))) {
      outer = parent;
    } else if (ts.isConditionalExpression(parent) && parent.condition !== outer) {
      // `hasStatus ? this.raw.statusCode : 302`: the other branch says what the value is.
      const other = parent.whenTrue === outer ? parent.whenFalse : parent.whenTrue;
      fallbackOf ??= statusExpressionEvidence(other, env);
      outer = parent;
    } else if (
      ts.isBinaryExpression(parent) &&
      (parent.operatorToken.kind === ts.SyntaxKind.BarBarToken || parent.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken)
    ) {
      const other = parent.left === outer ? parent.right : parent.left;
      fallbackOf ??= statusExpressionEvidence(other, env);
      outer = parent;
    } else {
      break;
    }
  }
  return fallbackOf ? { outer, fallbackOf } : { outer };
}

/** Whether the value position of `node` (a literal or an empty placeholder) takes a status code. */
export function classifyValue(node: ts.Node, env: TypeScriptEnv): Classification | undefined {
  if (ts.isLiteralTypeNode(node.parent)) return classifyLiteralType(node.parent, env);
  const { outer, fallbackOf } = climb(node, env);
  const found = classifyPosition(outer, env);
  if (found) return found;
  return fallbackOf ? { context: 'property', evidence: fallbackOf } : undefined;
}

function classifyPosition(outer: ts.Node, env: TypeScriptEnv): Classification | undefined {
  const parent = outer.parent;
  if (!parent) return undefined;
  const names = env.names;
  const named = (name: string | undefined): Classification | undefined =>
    name !== undefined && names.isStatusName(name) ? { context: 'property', evidence: evidenceOfName(name) } : undefined;

  if ((ts.isCallExpression(parent) || ts.isNewExpression(parent)) && parent.arguments) {
    const index = parent.arguments.indexOf(outer as ts.Expression);
    return index >= 0 ? classifyCallArgument(parent, index, env) : undefined;
  }
  if (ts.isPropertyAssignment(parent)) {
    if (parent.name === outer) return classifyKey(parent, env);
    return classifyPropertyValue(parent, env);
  }
  if (ts.isVariableDeclaration(parent) || ts.isParameter(parent) || ts.isBindingElement(parent) || ts.isJsxAttribute(parent)) {
    if (ts.isBindingElement(parent) && parent.propertyName) return named(propertyNameText(parent.propertyName));
    return named(declaredName(parent));
  }
  if (ts.isPropertyDeclaration(parent) || ts.isEnumMember(parent)) {
    return named(propertyNameText(parent.name)) ?? classifyTableMember(parent, env);
  }
  if (ts.isJsxExpression(parent) && parent.parent && ts.isJsxAttribute(parent.parent)) {
    return named(declaredName(parent.parent));
  }
  if (ts.isBinaryExpression(parent)) return classifyBinaryOperand(parent, outer, env);
  if (ts.isCaseClause(parent) && parent.expression === outer) {
    const evidence = statusExpressionEvidence(parent.parent.parent.expression, env);
    return evidence ? { context: 'case', evidence } : undefined;
  }
  if (ts.isArrayLiteralExpression(parent)) return classifyArrayElement(parent, env, parent.elements.indexOf(outer as ts.Expression));
  if (ts.isElementAccessExpression(parent) && parent.argumentExpression === outer) {
    const table = expressionName(parent.expression);
    if (table !== undefined && RESPONSE_MAP_NAMES.has(table)) return { context: 'openapi-response-key', evidence: 'status' };
    return table !== undefined && names.isStatusKeyedName(table) ? { context: 'property', evidence: evidenceOfName(table) } : undefined;
  }
  if (ts.isPropertySignature(parent) && parent.name === outer) return classifyTypeKey(parent);
  if (ts.isReturnStatement(parent) || (ts.isArrowFunction(parent) && parent.body === outer)) {
    return classifyReturnedValue(parent, env);
  }
  if (ts.isShorthandPropertyAssignment(parent) && parent.objectAssignmentInitializer === outer) {
    return named(parent.name.text);
  }
  return undefined;
}

/** `res.statusCode = 404`, `status ??= 200`, `res.status === 404`, `code >= 500`, `204 === this.statusCode`. */
function classifyBinaryOperand(binary: ts.BinaryExpression, outer: ts.Node, env: TypeScriptEnv): Classification | undefined {
  const operator = binary.operatorToken.kind;
  if (ASSIGNMENT_OPERATORS.has(operator)) {
    if (binary.right !== outer) return undefined;
    const evidence = statusExpressionEvidence(binary.left, env);
    if (evidence) return { context: 'property', evidence };
    // HTTP_STATUS.NOT_FOUND = 404: a member of a status table.
    const table = ts.isPropertyAccessExpression(binary.left) ? expressionName(binary.left.expression) : undefined;
    return table !== undefined && env.names.isStatusTableName(table) ? { context: 'property', evidence: evidenceOfName(table) } : undefined;
  }
  const relational = RELATIONAL_OPERATORS.has(operator);
  if (!relational && !EQUALITY_OPERATORS.has(operator)) return undefined;
  const other = binary.left === outer ? binary.right : binary.left;
  const evidence = statusExpressionEvidence(other, env);
  return evidence ? { context: 'comparison', evidence, rangeBound: relational } : undefined;
}

/** `get status() { return 404 }`, `statusCode: () => 200`: a status getter's returned value. */
function classifyReturnedValue(node: ts.Node, env: TypeScriptEnv): Classification | undefined {
  let fn: ts.Node | undefined = node;
  while (fn && !isFunctionLike(fn)) fn = fn.parent;
  const name = fn ? functionName(fn) : undefined;
  if (name === undefined) return undefined;
  const getter = name.replace(/^get(?=[A-Z])/, '');
  return env.names.isStatusName(getter) ? { context: 'property', evidence: evidenceOfName(getter) } : undefined;
}

/** `Reply: { 200: string; 404: ErrorBody }`: keys of a response type map (Fastify route generics). */
function classifyTypeKey(signature: ts.PropertySignature): Classification | undefined {
  const owner = signature.parent.parent;
  const name = owner ? declaredName(owner) : undefined;
  return name !== undefined && RESPONSE_MAP_NAMES.has(name.toLowerCase()) ? { context: 'openapi-response-key', evidence: 'status' } : undefined;
}

/** `status: 200 | 201` in an interface, `type SuccessStatus = 200 | 204`. */
function classifyLiteralType(literalType: ts.LiteralTypeNode, env: TypeScriptEnv): Classification | undefined {
  let current: ts.Node = literalType;
  while (current.parent && (ts.isUnionTypeNode(current.parent) || ts.isParenthesizedTypeNode(current.parent))) current = current.parent;
  const owner = current.parent;
  if (!owner) return undefined;
  // PickResponseByStatusCode<typeof app, 200>: a type argument of a status-named generic.
  if (ts.isTypeReferenceNode(owner)) {
    const generic = ts.isIdentifier(owner.typeName) ? owner.typeName.text : owner.typeName.right.text;
    return env.names.isStatusKeyedName(generic) ? { context: 'property', evidence: evidenceOfName(generic) } : undefined;
  }
  const name =
    ts.isPropertySignature(owner) || ts.isPropertyDeclaration(owner) || ts.isParameter(owner) || ts.isTypeAliasDeclaration(owner)
      ? declaredName(owner)
      : undefined;
  if (name === undefined) return undefined;
  return env.names.isStatusName(name) || env.names.isStatusListName(name) ? { context: 'property', evidence: evidenceOfName(name) } : undefined;
}
