/**
 * Status codes inside object literals, arrays, enums and classes: `{ status: 201 }`, the keys of a
 * `responses` map, `retryStatusCodes = [429, 503]`, `enum HttpStatusCode { Ok = 200 }`,
 * `{ code: 404, message: '…' }` (an error or response object), `[200, 204].includes(res.status)`.
 */
import * as ts from 'typescript';
import { ASSERT_EQUALITY, EQUALITY_MATCHERS, assertionSubject } from './callPositions';
import { splitWords } from './statusNames';
import type { Classification, TypeScriptEnv } from './statusExpressions';
import { byName, statusExpressionEvidence } from './statusExpressions';
import { isOutsideCodes, isSizeConstraintKey } from './openApi';
import { namesReasonPhraseOf } from './reasonPhrases';
import { calleeOf, declaredName, expressionName, isTransparentWrapper, numericValue, propertyNameText, unwrap } from './tsSyntax';

// Read once: the compiler's exports are getters, too slow to call per node.
const {
  SyntaxKind, isArrayLiteralExpression, isArrowFunction, isBinaryExpression, isCallExpression, isClassLike,
  isEnumDeclaration, isForOfStatement, isFunctionExpression, isIdentifier, isNewExpression, isNumericLiteral, isObjectLiteralExpression,
  isPropertyAccessExpression, isPropertyAssignment, isReturnStatement, isStringLiteralLike, isThrowStatement,
  isVariableDeclarationList
} = ts;

/** Calls that wrap a literal without changing what it lists: `Object.freeze({…})`, `new Set([…])`. */
const CONTAINER_WRAPPERS = new Set(['freeze', 'Set', 'Map', 'ReadonlySet', 'of', 'from']);
/** Maps of responses by status code: OpenAPI objects written in code, Fastify route `response` schemas. */
const RESPONSE_MAP_NAMES = new Set(['responses', 'response']);
/** Siblings that show an object with a `code` is an HTTP error or response. */
const RESPONSE_SIBLINGS = new Set([
  'statusText', 'statusMessage', 'reason', 'reasonPhrase', 'message', 'msg', 'error',
  'errorMessage', 'errors',
]);
const RESPONSE_WORDS = new Set(['response', 'res', 'resp', 'error', 'err', 'exception', 'reply']);

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

/** The value of `name: …` in an object literal. */
export function classifyPropertyValue(property: ts.PropertyAssignment, env: TypeScriptEnv): Classification | undefined {
  const name = propertyNameText(property.name);
  if (name === undefined) return undefined;
  if (env.names.isStatusName(name)) return byName('property', name, env);
  const object = property.parent;
  if (name === 'code' && (looksLikeResponseObject(object) || hasReasonPhraseOf(object, property.initializer))) {
    return { context: 'property', evidence: 'generic' };
  }
  if (HTTP_METHOD_KEYS.has(name.toLowerCase()) && isCodesByMethod(object)) return { context: 'property', evidence: 'generic' };
  if (isSizeConstraintKey(name)) return undefined; // status: { type: String, maxlength: 255 }
  const table = containerName(object);
  return table !== undefined && env.names.isStatusTableName(table) && isFlatTable(object) ? byName('property', table, env) : undefined;
}

/**
 * A table of codes maps names to values; an object that also holds lists or objects is a record, e.g. a
 * status widget `status: { x: 500, y: 300, children: [] }`.
 */
function isFlatTable(object: ts.ObjectLiteralExpression): boolean {
  return object.properties.every((member) => {
    if (!isPropertyAssignment(member)) return true;
    const value = unwrap(member.initializer);
    return !isObjectLiteralExpression(value) && !isArrayLiteralExpression(value);
  });
}

const HTTP_METHOD_KEYS = new Set(['get', 'head', 'post', 'put', 'patch', 'delete', 'del', 'options']);

/**
 * `DEFAULT_CODES = { get: 200, post: 201, delete: 204 }`: a map of codes keyed by HTTP method only, so
 * its codes are the responses to those methods.
 */
function isCodesByMethod(object: ts.ObjectLiteralExpression): boolean {
  if (object.properties.length < 2) return false;
  for (const member of object.properties) {
    const key = isPropertyAssignment(member) ? propertyNameText(member.name) : undefined;
    if (key === undefined || !HTTP_METHOD_KEYS.has(key.toLowerCase())) return false;
  }
  const name = containerName(object);
  return name !== undefined && splitWords(name).some((word) => word === 'code' || word === 'codes');
}

/**
 * Whether an object literal is an HTTP error or response, so its `code` is a status: it has a
 * reason/message beside the code, a string `status` ("OK"), is named like a response or error, or
 * is thrown.
 */
function looksLikeResponseObject(object: ts.ObjectLiteralExpression): boolean {
  for (const member of object.properties) {
    const name = propertyNameText(member.name);
    if (name === undefined) continue;
    if (RESPONSE_SIBLINGS.has(name)) return true;
    if (name === 'status' && isPropertyAssignment(member) && isStringLiteralLike(unwrap(member.initializer))) return true;
  }
  const name = containerName(object);
  if (name !== undefined && splitWords(name).some((w) => RESPONSE_WORDS.has(w))) return true;
  return isThrowStatement(object.parent) || isResponseConstructorArgument(object);
}

/** `{ name: 'Not Found', code: 404 }`: a string beside the code spells its reason phrase. */
function hasReasonPhraseOf(object: ts.ObjectLiteralExpression, value: ts.Expression): boolean {
  const literal = unwrap(value);
  if (!isNumericLiteral(literal)) return false;
  const code = numericValue(literal);
  return object.properties.some((member) => {
    if (!isPropertyAssignment(member)) return false;
    const sibling = unwrap(member.initializer);
    return isStringLiteralLike(sibling) && namesReasonPhraseOf(sibling.text, code);
  });
}

/** `new Response({ code: 200, body })` (Postman's SDK): the object a response is made from. */
function isResponseConstructorArgument(object: ts.ObjectLiteralExpression): boolean {
  let current: ts.Node = object;
  while (current.parent && isTransparentWrapper(current.parent)) current = current.parent;
  const parent = current.parent;
  if (!parent || !isNewExpression(parent) || parent.arguments?.[0] !== current) return false;
  const name = calleeOf(parent)?.name;
  if (name === undefined || !/^[A-Z]/.test(name)) return false;
  const words = splitWords(name);
  return words[words.length - 1] === 'response';
}

/** A numeric or string key: `responses: { 404: … }`, `STATUS_TEXT = { 200: 'OK' }`. */
export function classifyKey(property: ts.PropertyAssignment, env: TypeScriptEnv): Classification | undefined {
  const table = containerName(property.parent);
  if (table !== undefined && RESPONSE_MAP_NAMES.has(table)) return { context: 'openapi-response-key', evidence: 'status' };
  if (table !== undefined && env.names.isStatusKeyedName(table) && !isScaleKeyed(property.parent)) return byName('property', table, env);
  return hasReasonPhraseEntry(property.parent) ? { context: 'property', evidence: 'http' } : undefined;
}

/** `status: { 50: '#fff', 500: '#f00', 900: '#000' }`: numeric keys beyond 100-599 make a scale (shades), not a status table. */
function isScaleKeyed(object: ts.ObjectLiteralExpression): boolean {
  return object.properties.some((member) => {
    const key = member.name && (isNumericLiteral(member.name) || isStringLiteralLike(member.name)) ? member.name.text : undefined;
    return key !== undefined && isOutsideCodes(key);
  });
}

/** `{ 404: 'Not Found', 500: 'Oops' }`: an entry spells the reason phrase of its key, so the keys are statuses. */
function hasReasonPhraseEntry(object: ts.ObjectLiteralExpression): boolean {
  let verdict = reasonKeyedTables.get(object);
  if (verdict === undefined) reasonKeyedTables.set(object, (verdict = scanForReasonPhraseEntry(object)));
  return verdict;
}

/** Verdicts per object: every three-digit key of a large object asks the same question. */
const reasonKeyedTables = new WeakMap<ts.ObjectLiteralExpression, boolean>();

function scanForReasonPhraseEntry(object: ts.ObjectLiteralExpression): boolean {
  return object.properties.some((member) => {
    if (!isPropertyAssignment(member)) return false;
    const key = propertyNameText(member.name);
    const value = unwrap(member.initializer);
    return key !== undefined && /^\d{3}$/.test(key) && isStringLiteralLike(value) && namesReasonPhraseOf(value.text, Number(key));
  });
}

/** A member of an enum or class named like a status table: `enum HttpStatusCode { Ok = 200 }`. */
export function classifyTableMember(
  member: ts.PropertyDeclaration | ts.EnumMember,
  env: TypeScriptEnv,
): Classification | undefined {
  const owner = member.parent;
  const name = isEnumDeclaration(owner) || isClassLike(owner) ? owner.name?.text : undefined;
  return name !== undefined && env.names.isStatusTableName(name) ? byName('property', name, env) : undefined;
}

/** An element of an array literal. */
export function classifyArrayElement(
  array: ts.ArrayLiteralExpression,
  env: TypeScriptEnv,
  index?: number,
): Classification | undefined {
  const name = containerName(array);
  if (name !== undefined && env.names.isStatusListName(name)) return byName('array-element', name, env);
  // const NULL_BODY = new Set([204, 304]); … NULL_BODY.has(res.status)
  if (name !== undefined && env.statusLists.has(name)) return { context: 'array-element', evidence: 'generic' };
  if (index === 0 && isReplyTuple(array)) return { context: 'array-element', evidence: 'generic' };
  return classifyArrayByUse(array, env);
}

/**
 * A `[status, body, headers]` tuple of a mock server: returned from nock / axios-mock-adapter
 * `.reply(() => [201, body])`, or given to sinon's `server.respondWith('GET', url, [404, {}, ''])`.
 */
function isReplyTuple(array: ts.ArrayLiteralExpression): boolean {
  let current: ts.Node = array;
  // `Promise.resolve([200, body])` from an async reply function is the same tuple.
  const isPromiseResolve = (node: ts.Node): boolean => {
    if (!isCallExpression(node) || node.arguments[0] !== current) return false;
    const callee = calleeOf(node);
    return callee?.name === 'resolve' && callee.receiver !== undefined && expressionName(callee.receiver) === 'Promise';
  };
  while (current.parent && (isTransparentWrapper(current.parent) || isPromiseResolve(current.parent))) current = current.parent;
  if (isCallExpression(current.parent) && calleeOf(current.parent)?.name === 'respondWith') return true;
  let fn: ts.Node | undefined = current.parent;
  if (fn && isReturnStatement(fn)) {
    while (fn && !isFunctionExpression(fn) && !isArrowFunction(fn)) fn = fn.parent;
  }
  if (!fn || !(isArrowFunction(fn) || isFunctionExpression(fn)) || !isCallExpression(fn.parent)) return false;
  const callee = calleeOf(fn.parent);
  return (callee?.name === 'reply' || callee?.name === 'replyOnce') && callee.receiver !== undefined;
}

/**
 * An array used as a list of statuses: `[200, 204].includes(res.status)`, loop and `it.each` tables,
 * `expect(res.status).toBeOneOf([200, 201])`, `expect([200, 201]).toContain(status)`.
 */
function classifyArrayByUse(array: ts.ArrayLiteralExpression, env: TypeScriptEnv): Classification | undefined {
  let current: ts.Node = array;
  const isSetOf = (node: ts.Node): boolean => isNewExpression(node) && calleeOf(node)?.name === 'Set';
  while (current.parent && (isTransparentWrapper(current.parent) || isSetOf(current.parent))) current = current.parent;
  const parent = current.parent;
  if (!parent) return undefined;
  // [200, 204].includes(res.status); [200, 201].forEach((code) => … res.status === code …)
  if (isPropertyAccessExpression(parent) && isCallExpression(parent.parent) && parent.parent.expression === parent) {
    const method = parent.name.text;
    const argument = parent.parent.arguments[0];
    if ((method === 'includes' || method === 'indexOf' || method === 'has') && argument) {
      const evidence = statusExpressionEvidence(argument, env);
      return evidence ? { context: 'array-element', evidence } : undefined;
    }
    return ITERATING_METHODS.has(method) && takesStatusParameter(parent.parent.arguments, env) ? USED_AS_STATUS : undefined;
  }
  // for (const code of [200, 201]) { … expect(res.status).toBe(code) … }
  if (isForOfStatement(parent) && parent.expression === current) {
    const list = parent.initializer;
    const declaration = isVariableDeclarationList(list) ? list.declarations[0] : undefined;
    const name = declaration && isIdentifier(declaration.name) ? declaration.name.text : undefined;
    return name !== undefined && env.aliases.hasWithin(parent.statement, name) ? USED_AS_STATUS : undefined;
  }
  // it.each([200, 201])('…', (code) => … expect(res.status).toBe(code) …)
  const table = isCallExpression(parent) && calleeOf(parent)?.name === 'each' ? parent.parent : undefined;
  if (table && isCallExpression(table) && table.expression === parent) {
    return takesStatusParameter(table.arguments, env) ? USED_AS_STATUS : undefined;
  }
  if (isArrayLiteralExpression(parent)) return classifyArrayElement(parent, env); // [[500], [500]]
  if (!isCallExpression(parent)) return undefined;
  const callee = calleeOf(parent);
  if (!callee) return undefined;
  const subject = callee.receiver ? assertionSubject(callee.receiver) : undefined;
  // expect(res.status).toBeOneOf([200, 201]); expect(statuses).toEqual([500, 200])
  if (callee.name === 'toBeOneOf' || callee.name === 'oneOf' || EQUALITY_MATCHERS.has(callee.name)) {
    const evidence = subject ? listEvidence(subject, env) : undefined;
    if (evidence) return { context: 'assertion', evidence };
  }
  // t.deepEqual(seenStatuses, [500, 200])
  if (ASSERT_EQUALITY.has(callee.name) && parent.arguments.length >= 2) {
    const index = parent.arguments.indexOf(current as ts.Expression);
    const other = index === 0 || index === 1 ? parent.arguments[1 - index] : undefined;
    const evidence = other ? listEvidence(other, env) : undefined;
    if (evidence) return { context: 'assertion', evidence };
  }
  // expect([200, 201]).toContain(res.status)
  if (callee.name === 'expect' && parent.arguments[0] === current) {
    const matcher = parent.parent;
    if (isPropertyAccessExpression(matcher) && isCallExpression(matcher.parent)) {
      const name = matcher.name.text;
      const argument = matcher.parent.arguments[0];
      if ((name === 'toContain' || name === 'include' || name === 'contain') && argument) {
        const evidence = statusExpressionEvidence(argument, env);
        return evidence ? { context: 'assertion', evidence } : undefined;
      }
    }
  }
  return undefined;
}

/** A status expression, or a list of statuses by its name (`retryStatusCodes`, `seenStatuses`). */
function listEvidence(expression: ts.Expression, env: TypeScriptEnv): Classification['evidence'] | undefined {
  const evidence = statusExpressionEvidence(expression, env);
  if (evidence) return evidence;
  const name = expressionName(expression);
  return name !== undefined && env.names.isStatusListName(name) ? env.names.namedEvidence(name) : undefined;
}

/** Elements of a list whose items a callback or loop uses as statuses. */
const USED_AS_STATUS: Classification = { context: 'array-element', evidence: 'generic' };
const ITERATING_METHODS = new Set(['forEach', 'map', 'filter', 'some', 'every', 'flatMap']);

/** Whether a callback among `args` takes, as its first parameter, a name it uses as a status. */
function takesStatusParameter(args: readonly ts.Expression[], env: TypeScriptEnv): boolean {
  return args.some((argument) => {
    if (!isArrowFunction(argument) && !isFunctionExpression(argument)) return false;
    const parameter = argument.parameters[0];
    if (parameter === undefined || !isIdentifier(parameter.name)) return false;
    return env.aliases.hasWithin(argument.body, parameter.name.text);
  });
}
