/**
 * Decides whether a value position in a TypeScript/JavaScript tree takes a status code. The same
 * rules serve detection (a literal is there) and completion (the cursor is there, nothing typed), so
 * they start from a node in the value position: a literal, or the parser's empty placeholder.
 */
import * as ts from 'typescript';
import { classifyCallArgument } from './callPositions';
import { namesReasonPhraseOf } from './reasonPhrases';
import { classifyArrayElement, classifyKey, classifyPropertyValue, classifyTableMember } from './containerPositions';
import type { Classification, TypeScriptEnv } from './statusExpressions';
import { byName, statusExpressionEvidence } from './statusExpressions';
import {
  declaredName, expressionName, functionName, isFallbackOperator, isFunctionLike, isTransparentWrapper, numericValue,
  propertyNameText,
} from './tsSyntax';

// Read once: the compiler's exports are getters, too slow to call per node.
const {
  SyntaxKind, isArrayLiteralExpression, isArrowFunction, isBinaryExpression, isBindingElement,
  isCallExpression, isCaseClause, isConditionalExpression, isElementAccessExpression, isEnumDeclaration, isEnumMember,
  isIdentifier, isJsxAttribute, isJsxExpression, isLiteralTypeNode, isNewExpression, isParameter,
  isParenthesizedTypeNode, isPrefixUnaryExpression, isPropertyAccessExpression, isPropertyAssignment,
  isPropertyDeclaration, isPropertySignature, isReturnStatement, isShorthandPropertyAssignment,
  isTypeAliasDeclaration, isTypeReferenceNode, isUnionTypeNode, isVariableDeclaration, isNumericLiteral,
} = ts;

const EQUALITY_OPERATORS = new Set([
  SyntaxKind.EqualsEqualsEqualsToken,
  SyntaxKind.EqualsEqualsToken,
  SyntaxKind.ExclamationEqualsEqualsToken,
  SyntaxKind.ExclamationEqualsToken,
]);
const RELATIONAL_OPERATORS = new Set([
  SyntaxKind.LessThanToken,
  SyntaxKind.LessThanEqualsToken,
  SyntaxKind.GreaterThanToken,
  SyntaxKind.GreaterThanEqualsToken,
]);
/** Names of maps from status code to response: `responses`, Fastify's `response` schema and `Reply` type. */
const RESPONSE_MAP_NAMES = new Set(['responses', 'response', 'reply', 'replies']);
const REASON_PHRASE_ENTRY: Classification = { context: 'property', evidence: 'http' };
const RESPONSE_KEY: Classification = { context: 'openapi-response-key', evidence: 'status' };
const ASSIGNMENT_OPERATORS = new Set([
  SyntaxKind.EqualsToken,
  SyntaxKind.BarBarEqualsToken,
  SyntaxKind.QuestionQuestionEqualsToken,
]);

/** `-404`, `+404`: a sign does not move the literal out of its position. */
function isSign(node: ts.Node): boolean {
  if (!isPrefixUnaryExpression(node)) return false;
  return node.operator === SyntaxKind.MinusToken || node.operator === SyntaxKind.PlusToken;
}

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
    if (isTransparentWrapper(parent) || isSign(parent)) {
      outer = parent;
    } else if (isConditionalExpression(parent) && parent.condition !== outer) {
      // `hasStatus ? this.raw.statusCode : 302`: the other branch says what the value is.
      const other = parent.whenTrue === outer ? parent.whenFalse : parent.whenTrue;
      fallbackOf ??= statusExpressionEvidence(other, env);
      outer = parent;
    } else if (isBinaryExpression(parent) && isFallbackOperator(parent.operatorToken.kind)) {
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
  if (isLiteralTypeNode(node.parent)) return classifyLiteralType(node.parent, env);
  const { outer, fallbackOf } = climb(node, env);
  const found = classifyPosition(outer, env);
  if (found) return found;
  if (fallbackOf) return { context: 'property', evidence: fallbackOf };
  return isNumericLiteral(node) ? classifyReasonPhraseEntry(node, outer) : undefined;
}

/** `NOT_FOUND: 404`, `Created = 201`, `static OK = 200`, `const HTTP_NOT_FOUND = 404`: a name spelling its number's reason phrase. */
function classifyReasonPhraseEntry(literal: ts.NumericLiteral, outer: ts.Node): Classification | undefined {
  const owner = outer.parent;
  const isNamedValue = (node: ts.Node): node is ts.PropertyAssignment | ts.EnumMember | ts.PropertyDeclaration | ts.VariableDeclaration =>
    isPropertyAssignment(node) || isEnumMember(node) || isPropertyDeclaration(node) || isVariableDeclaration(node);
  if (!owner || !isNamedValue(owner)) return undefined;
  if (owner.initializer !== outer) return undefined;
  const name = propertyNameText(owner.name);
  if (name !== undefined && namesReasonPhraseOf(name, numericValue(literal))) return REASON_PHRASE_ENTRY;
  // `'Enhance Your Calm': 420` in a table whose other entries are reason phrases: a status table.
  return (isPropertyAssignment(owner) || isEnumMember(owner)) && isReasonPhraseTable(owner.parent) ? REASON_PHRASE_ENTRY : undefined;
}

/** Entries naming their number's reason phrase that make a whole object or enum a status table. */
const REASON_PHRASE_TABLE_ENTRIES = 3;
const reasonPhraseTables = new WeakMap<ts.Node, boolean>();

function isReasonPhraseTable(table: ts.ObjectLiteralExpression | ts.EnumDeclaration): boolean {
  let verdict = reasonPhraseTables.get(table);
  if (verdict === undefined) {
    const members: readonly (ts.ObjectLiteralElementLike | ts.EnumMember)[] = isEnumDeclaration(table) ? table.members : table.properties;
    let entries = 0;
    for (const member of members) {
      if (!(isPropertyAssignment(member) || isEnumMember(member)) || !member.initializer) continue;
      const value = member.initializer;
      const name = propertyNameText(member.name);
      if (name !== undefined && isNumericLiteral(value) && namesReasonPhraseOf(name, numericValue(value))) entries++;
      if (entries >= REASON_PHRASE_TABLE_ENTRIES) break;
    }
    verdict = entries >= REASON_PHRASE_TABLE_ENTRIES;
    reasonPhraseTables.set(table, verdict);
  }
  return verdict;
}

function classifyPosition(outer: ts.Node, env: TypeScriptEnv): Classification | undefined {
  const parent = outer.parent;
  if (!parent) return undefined;
  const names = env.names;

  if ((isCallExpression(parent) || isNewExpression(parent)) && parent.arguments) {
    const index = parent.arguments.indexOf(outer as ts.Expression);
    return index >= 0 ? classifyCallArgument(parent, index, env) : undefined;
  }
  if (isPropertyAssignment(parent)) {
    if (parent.name === outer) return classifyKey(parent, env);
    return classifyPropertyValue(parent, env);
  }
  if (isVariableDeclaration(parent) || isParameter(parent) || isBindingElement(parent) || isJsxAttribute(parent)) {
    if (isBindingElement(parent) && parent.propertyName) return namedStatus(propertyNameText(parent.propertyName), env);
    return namedStatus(declaredName(parent), env);
  }
  if (isPropertyDeclaration(parent) || isEnumMember(parent)) {
    return namedStatus(propertyNameText(parent.name), env) ?? classifyTableMember(parent, env);
  }
  if (isJsxExpression(parent) && parent.parent && isJsxAttribute(parent.parent)) {
    return namedStatus(declaredName(parent.parent), env);
  }
  if (isBinaryExpression(parent)) return classifyBinaryOperand(parent, outer, env);
  if (isCaseClause(parent) && parent.expression === outer) {
    const evidence = statusExpressionEvidence(parent.parent.parent.expression, env);
    return evidence ? { context: 'case', evidence } : undefined;
  }
  if (isArrayLiteralExpression(parent)) {
    return classifyArrayElement(parent, env, parent.elements.indexOf(outer as ts.Expression));
  }
  if (isElementAccessExpression(parent) && parent.argumentExpression === outer) {
    const table = expressionName(parent.expression);
    if (table !== undefined && RESPONSE_MAP_NAMES.has(table)) return RESPONSE_KEY;
    return table !== undefined && names.isStatusKeyedName(table) ? byName('property', table, env) : undefined;
  }
  if (isPropertySignature(parent) && parent.name === outer) return classifyTypeKey(parent);
  if (isReturnStatement(parent) || (isArrowFunction(parent) && parent.body === outer)) {
    return classifyReturnedValue(parent, env);
  }
  if (isShorthandPropertyAssignment(parent) && parent.objectAssignmentInitializer === outer) {
    return namedStatus(parent.name.text, env);
  }
  return undefined;
}

/** A value bound to a status name: `status = 302`, `{ statusCode: 404 }`. */
function namedStatus(name: string | undefined, env: TypeScriptEnv): Classification | undefined {
  return name !== undefined && env.names.isStatusName(name) ? byName('property', name, env) : undefined;
}

/** `res.statusCode = 404`, `status ??= 200`, `res.status === 404`, `code >= 500`, `204 === this.statusCode`. */
function classifyBinaryOperand(
  binary: ts.BinaryExpression,
  outer: ts.Node,
  env: TypeScriptEnv,
): Classification | undefined {
  const operator = binary.operatorToken.kind;
  if (ASSIGNMENT_OPERATORS.has(operator)) {
    if (binary.right !== outer) return undefined;
    const evidence = statusExpressionEvidence(binary.left, env);
    if (evidence) return { context: 'property', evidence };
    // HTTP_STATUS.NOT_FOUND = 404: a member of a status table.
    const table = isPropertyAccessExpression(binary.left) ? expressionName(binary.left.expression) : undefined;
    return table !== undefined && env.names.isStatusTableName(table) ? byName('property', table, env) : undefined;
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
  return env.names.isStatusName(getter) ? byName('property', getter, env) : undefined;
}

/** `Reply: { 200: string; 404: ErrorBody }`: keys of a response type map (Fastify route generics). */
function classifyTypeKey(signature: ts.PropertySignature): Classification | undefined {
  const owner = signature.parent.parent;
  const name = owner ? declaredName(owner) : undefined;
  return name !== undefined && RESPONSE_MAP_NAMES.has(name.toLowerCase()) ? RESPONSE_KEY : undefined;
}

/** `status: 200 | 201` in an interface, `type SuccessStatus = 200 | 204`. */
function classifyLiteralType(literalType: ts.LiteralTypeNode, env: TypeScriptEnv): Classification | undefined {
  let current: ts.Node = literalType;
  while (current.parent && (isUnionTypeNode(current.parent) || isParenthesizedTypeNode(current.parent))) {
    current = current.parent;
  }
  const owner = current.parent;
  if (!owner) return undefined;
  // PickResponseByStatusCode<typeof app, 200>: a type argument of a status-named generic.
  if (isTypeReferenceNode(owner)) {
    const generic = isIdentifier(owner.typeName) ? owner.typeName.text : owner.typeName.right.text;
    return env.names.isStatusKeyedName(generic) ? byName('property', generic, env) : undefined;
  }
  const name =
    isPropertySignature(owner) || isPropertyDeclaration(owner) || isParameter(owner) || isTypeAliasDeclaration(owner)
      ? declaredName(owner)
      : undefined;
  if (name === undefined) return undefined;
  return env.names.isStatusName(name) || env.names.isStatusListName(name) ? byName('property', name, env) : undefined;
}
