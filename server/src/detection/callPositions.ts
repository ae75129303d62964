/**
 * Status codes passed as arguments: status-setting calls (`res.status(404)`, `reply.code(409)`,
 * `writeHead`, `ctx.throw(403)`, `createError(404)`), HTTP error constructors
 * (`new HttpException('…', 422)`), decorators (`@HttpCode(204)`), supertest's `.expect(200)`, and
 * assertions on a status expression (`expect(res.status).toBe(201)`, `assert.equal(res.statusCode, 200)`).
 */
import * as ts from 'typescript';
import { splitWords } from './statusNames';
import type { Classification, TypeScriptEnv } from './statusExpressions';
import { byName, isResponseOrError, isStatusParameter, statusExpressionEvidence } from './statusExpressions';
import { calleeOf, expressionName, propertyNameText, unwrap } from './tsSyntax';

// Read once: the compiler's exports are getters, too slow to call per node.
const {
  SyntaxKind, isCallExpression, isDecorator, isNewExpression, isNumericLiteral, isPrefixUnaryExpression,
  isPropertyAccessExpression
} = ts;

/** Matchers comparing the subject for equality: `toBe`, chai's `equal`. */
export const EQUALITY_MATCHERS = new Set([
  'toBe', 'toEqual', 'toStrictEqual', 'equal', 'equals', 'eq', 'eql', 'toEql', 'is',
]);
/** Matchers bounding the subject: `toBeGreaterThanOrEqual(400)`, chai's `above`. */
const RANGE_MATCHERS = new Set([
  'toBeGreaterThan', 'toBeGreaterThanOrEqual', 'toBeLessThan', 'toBeLessThanOrEqual', 'toBeWithin',
  'above', 'below', 'least', 'most', 'gt', 'gte', 'lt', 'lte', 'greaterThan', 'lessThan', 'within',
]);
/** Two-argument assertions `(actual, expected)`: `assert.equal`, `t.is`. */
export const ASSERT_EQUALITY = new Set([
  'equal', 'strictEqual', 'deepEqual', 'deepStrictEqual', 'notEqual', 'notStrictEqual', 'is', 'not',
  'equals', 'eq', 'same', 'assertEquals', 'assertEqual', 'isEqual',
]);
const ASSERT_RANGE = new Set(['isAbove', 'isAtLeast', 'isBelow', 'isAtMost']);
/** `toHaveProperty('status', 101)`, chai's `.property('status', 200)`. */
const PROPERTY_MATCHERS = new Set(['toHaveProperty', 'property', 'ownProperty', 'haveOwnProperty']);
/** Calls that open an assertion chain on their first argument. */
const SUBJECT_CALLS = new Set(['expect', 'assertThat', 'should']);
/** Cypress chainers `.should('eq', 200)`: the assertion is named by a string. */
const CHAINER_EQUALITY = new Set(['eq', 'equal', 'equals', 'eql', 'be.equal', 'deep.equal', 'have.status']);
const CHAINER_RANGE = new Set([
  'be.gte', 'be.lte', 'be.gt', 'be.lt', 'be.above', 'be.below', 'be.at.least', 'be.at.most',
  'be.within', 'gte', 'lte', 'gt', 'lt',
]);

/** Setting positions report any number (a typo like 4040 is flagged), whatever the evidence. */
const SETS_DECORATOR: Classification = { context: 'decorator', evidence: 'http', strong: true };
const SETS_STATUS: Classification = { context: 'call-argument', evidence: 'status', strong: true };
const SETS_HTTP: Classification = { context: 'call-argument', evidence: 'http', strong: true };
const SUGGESTS_STATUS: Classification = { context: 'call-argument', evidence: 'status' };
const SETS_GENERIC: Classification = { context: 'call-argument', evidence: 'generic', strong: true };

/** Mock-server replies whose first argument is the status: nock, axios-mock-adapter, sinon. */
const REPLY_CALLS = new Set(['reply', 'replyOnce', 'respond', 'replyWithFile']);

function startsUpperCase(name: string): boolean {
  const first = name.charAt(0);
  return first >= 'A' && first <= 'Z';
}

function isRedirectName(name: string): boolean {
  const words = splitWords(name);
  return words[words.length - 1] === 'redirect';
}

/** Response helpers taking `(body, status, headers?)`: Hono's context, Express 3's `res.json(obj, status)`. */
const RESPONSE_HELPERS = new Set(['json', 'text', 'body', 'html', 'newResponse', 'jsonT']);

/** Whether an argument is a number (possibly negated or wrapped) rather than a message or body. */
function isNumericArgument(argument: ts.Expression): boolean {
  let target = unwrap(argument);
  if (isPrefixUnaryExpression(target)) target = unwrap(target.operand);
  return isNumericLiteral(target);
}

/** True when no argument before `index` is numeric: rules take the first numeric argument. */
function isFirstNumeric(args: readonly ts.Expression[], index: number): boolean {
  for (let i = 0; i < index && i < args.length; i++) if (isNumericArgument(args[i]!)) return false;
  return true;
}

const HTTP_ERROR_QUALIFIERS = new Set(['http', 'response', 'api', 'rest', 'client', 'server']);

/** Constructor names of HTTP errors: `HttpException`, `HttpError`, `ResponseError`, `ApiError`. */
function isHttpErrorClassName(name: string): boolean {
  const words = splitWords(name);
  const last = words[words.length - 1];
  if (last !== 'error' && last !== 'exception' && last !== 'errors') return false;
  return words.some((w) => HTTP_ERROR_QUALIFIERS.has(w));
}

/** Class names of responses: `Response`, `HttpResponse`, `MockResponse`. */
function isResponseClassName(name: string): boolean {
  const words = splitWords(name);
  return startsUpperCase(name) && words[words.length - 1] === 'response';
}

/**
 * The classification of argument `index` of a call, constructor or decorator call; `args` may be
 * shorter than `index` when completion asks about an argument not typed yet.
 */
export function classifyCallArgument(
  call: ts.CallExpression | ts.NewExpression,
  index: number,
  env: TypeScriptEnv,
): Classification | undefined {
  const callee = calleeOf(call);
  if (!callee) return undefined;
  const args = call.arguments ?? ts.factory.createNodeArray<ts.Expression>();
  const { name, receiver } = callee;
  const first = isFirstNumeric(args, index);

  if (isDecorator(call.parent)) {
    if ((name === 'HttpCode' || env.names.isStatusCallName(name)) && first) return SETS_DECORATOR;
    if (name === 'Redirect' && index > 0) return SETS_DECORATOR;
    return undefined;
  }
  // Error classes (`new ApiError(…)`, `HttpError(404)`) start with a capital; an http-named one reports any
  // number, the others only codes in range (`new ServerError(…, 1002)` may carry a WebSocket close code).
  if (isHttpErrorClassName(name) && first && (isNewExpression(call) || startsUpperCase(name))) {
    return splitWords(name).includes('http') ? SETS_HTTP : SUGGESTS_STATUS;
  }
  // Mirage / Pretender `new Response(404, headers, body)`: a response made from its status. The Fetch API's
  // `new Response(body, init)` takes the body first, which is never a bare number.
  if (isNewExpression(call) && index === 0 && args[0] !== undefined && isNumericArgument(args[0]) && isResponseClassName(name)) {
    return SUGGESTS_STATUS;
  }
  // `new createError(500, …)` works like the call (http-errors).
  if (isNewExpression(call)) return env.names.isStatusCallName(name) && first ? SUGGESTS_STATUS : undefined;

  if (env.names.isStatusCallName(name) && first) {
    const context = env.names.isAssertionCallName(name) ? 'assertion' : 'call-argument';
    const evidence = name === 'writeHead' || name === 'sendStatus' ? 'http' : env.names.namedEvidence(name);
    // Only names that say status or HTTP report any number: `createError` is also the name of
    // unrelated helpers (ws passes WebSocket close codes like 1002 to its own).
    if (evidence === 'generic' && !env.names.isConfiguredCallName(name)) return { context, evidence: 'status' };
    if (evidence === 'generic') return { context, evidence: 'status', strong: true };
    return { context, evidence, strong: true };
  }
  const member = receiver !== undefined;
  if (index === 0) {
    // Fastify `reply.code(409)`; nock / axios-mock-adapter `.reply(200, body)`; sinon `respond(404)`.
    if (name === 'code' && member && isResponseOrError(receiver)) return SETS_GENERIC;
    if (REPLY_CALLS.has(name) && member) return SETS_GENERIC;
    // supertest `.expect(200)`: a member call, unlike Jest's bare `expect(value)`.
    // A request chain (`request(app).get('/').expect(`) is surely supertest: any number is reported there.
    if (name === 'expect' && member) return receiver && isCallExpression(unwrap(receiver)) ? SETS_STATUS : SUGGESTS_STATUS;
    // Koa `ctx.throw(403)`; SvelteKit `error(404, 'Not found')`.
    if (name === 'throw' && member) return SETS_STATUS;
    if ((name === 'error' || name === 'fail') && !member) return SUGGESTS_STATUS; // SvelteKit `fail(400, data)`
    // Express 3 `res.send(404, body)`: only with a body after it and on a response.
    if (name === 'send' && member && args.length >= 2 && isResponseOrError(receiver)) {
      return { context: 'call-argument', evidence: 'generic', strong: true };
    }
  }
  // Hono `c.json(body, 404)`, `c.text('…', 500, headers)`, `c.body(null, 204)`: (body, status, headers?).
  // A number after the status (jsPDF `doc.text('…', 100, 200)` takes x, y) means it is not one.
  // Phaser's `this.add.text(100, 200, 'Hi')` takes x first: the body must not be a number either.
  const numericAt = (i: number): boolean => args[i] !== undefined && isNumericArgument(args[i]!);
  // Remix / React Router `json(data, 404)` is called bare.
  const helper = member ? RESPONSE_HELPERS.has(name) : name === 'json';
  if (index === 1 && helper && !numericAt(0) && !numericAt(2)) return SUGGESTS_STATUS;
  // retry.statusCodes.push(502): adding to a list of statuses.
  if ((name === 'push' || name === 'unshift' || name === 'add') && receiver) {
    const list = expressionName(receiver);
    if (list !== undefined && env.names.isStatusListName(list)) return byName('array-element', list, env);
  }
  // Koa `ctx.assert(user, 401, 'Please login')`, http-assert `assert(ok, 404)`.
  if (name === 'assert' && index === 1 && first) return SUGGESTS_STATUS;
  // res.redirect(301, url), NextResponse.redirect(url, 307), h3 sendRedirect(event, '/', 302)
  if (isRedirectName(name) && first && (index < args.length ? isNumericArgument(args[index]!) : true)) {
    return SUGGESTS_STATUS;
  }
  // fetch-mock `fetchMock.get(url, 404)`: a number as the response is its status.
  if (index === 1 && member && numericAt(1) && isFetchMock(receiver)) return SUGGESTS_STATUS;
  return (
    classifyAssertionArgument(call, name, receiver, index, env) ??
    classifyCalledWithArgument(name, receiver, args, index, env) ??
    classifyLocalCallArgument(name, receiver, index, env) ??
    classifyStatusLookup(name, args, index, env)
  );
}

/** The fetch-mock library's object (`fetchMock`, `fetchMocker`), at the root of a chain of its calls. */
function isFetchMock(receiver: ts.Expression): boolean {
  let current = unwrap(receiver);
  while (isCallExpression(current) || isPropertyAccessExpression(current)) current = unwrap(current.expression);
  const name = expressionName(current);
  if (name === undefined) return false;
  const words = splitWords(name);
  return words.includes('fetch') && words.some((w) => w === 'mock' || w === 'mocker');
}

/** Mock expectations on the arguments a spy was called with. */
const CALLED_WITH = new Set([
  'toHaveBeenCalledWith', 'toBeCalledWith', 'toHaveBeenLastCalledWith', 'lastCalledWith', 'calledWith',
  'calledOnceWith', 'calledWithExactly', 'calledOnceWithExactly', 'alwaysCalledWith',
]);
const NTH_CALLED_WITH = new Set(['toHaveBeenNthCalledWith', 'nthCalledWith']);

/**
 * `expect(res.status).toHaveBeenCalledWith(404)`, `res.status.calledWith(404)`, `sinon.assert.calledWith(res.status, 404)`:
 * an argument a mocked status-setting call was expected to get, judged as if that call had been made.
 */
function classifyCalledWithArgument(
  name: string,
  receiver: ts.Expression | undefined,
  args: readonly ts.Expression[],
  index: number,
  env: TypeScriptEnv,
): Classification | undefined {
  if (!receiver || !(CALLED_WITH.has(name) || NTH_CALLED_WITH.has(name))) return undefined;
  let spy = assertionSubject(receiver);
  let offset = NTH_CALLED_WITH.has(name) ? 1 : 0;
  if (!spy && expressionName(receiver) === 'assert') {
    spy = args[0];
    offset = 1;
  }
  spy ??= receiver;
  if (index < offset) return undefined;
  for (let i = offset; i < index && i < args.length; i++) if (isNumericArgument(args[i]!)) return undefined;
  const target = unwrap(spy);
  const spyName = expressionName(target);
  if (spyName === undefined) return undefined;
  if (env.names.isStatusCallName(spyName)) {
    const evidence = spyName === 'writeHead' || spyName === 'sendStatus' ? 'http' : env.names.namedEvidence(spyName);
    return { context: 'assertion', evidence: evidence === 'generic' ? 'status' : evidence };
  }
  const spyReceiver = isPropertyAccessExpression(target) ? target.expression : undefined;
  if (spyName === 'code' && index === offset && spyReceiver && isResponseOrError(spyReceiver)) {
    return { context: 'assertion', evidence: 'generic' };
  }
  return undefined;
}

/** Words after "status" that make a function a lookup by status code: `getStatusText(404)`, `getStatusCodeColor(500)`. */
const LOOKUP_WORDS = new Set([
  'code', 'codes', 'text', 'message', 'class', 'color', 'colour', 'category', 'description',
  'phrase', 'reason', 'name', 'label',
]);

/** `getStatusText(404)`, `getReasonPhrase(404)`, `isSuccessStatusCode(204)`: the first number is the code looked up. */
function classifyStatusLookup(
  name: string,
  args: readonly ts.Expression[],
  index: number,
  env: TypeScriptEnv,
): Classification | undefined {
  if (!isFirstNumeric(args, index)) return undefined;
  const words = splitWords(name);
  const at = words.indexOf('status');
  const lookup = (at >= 0 && LOOKUP_WORDS.has(words[at + 1] ?? '')) || (words.includes('reason') && words.includes('phrase'));
  return lookup ? byName('call-argument', name, env) : undefined;
}

/**
 * A call of a function the file declares, at a parameter that holds a status: `strip(204)` for
 * `function strip(status)`, `abortHandshake(socket, 400)` for a function that writes `STATUS_CODES[code]`.
 */
function classifyLocalCallArgument(
  name: string,
  receiver: ts.Expression | undefined,
  index: number,
  env: TypeScriptEnv,
): Classification | undefined {
  if (receiver && receiver.kind !== SyntaxKind.ThisKeyword) return undefined;
  const fn = env.localFunctions.get(name);
  const evidence = fn ? isStatusParameter(fn, index, env) : undefined;
  return evidence ? { context: 'call-argument', evidence } : undefined;
}

function classifyAssertionArgument(
  call: ts.CallExpression | ts.NewExpression,
  name: string,
  receiver: ts.Expression | undefined,
  index: number,
  env: TypeScriptEnv,
): Classification | undefined {
  const args = call.arguments ?? [];
  const subjectEvidence = (subject: ts.Expression | undefined): Classification['evidence'] | undefined =>
    subject ? statusExpressionEvidence(subject, env) : undefined;

  // assert.equal(res.statusCode, 200) / assert.equal(200, res.statusCode)
  if ((ASSERT_EQUALITY.has(name) || ASSERT_RANGE.has(name)) && args.length >= 2 && index <= 1) {
    const evidence = subjectEvidence(args[1 - index]);
    if (evidence) return { context: 'assertion', evidence, rangeBound: ASSERT_RANGE.has(name) };
  }
  if (!receiver) return undefined;
  // expect(res).toHaveProperty('status', 101)
  if (PROPERTY_MATCHERS.has(name) && index === 1 && args[0]) {
    const property = propertyNameText(unwrap(args[0]));
    if (property !== undefined && env.names.isStatusName(property)) return byName('assertion', property, env);
  }
  // Cypress: cy.request(…).its('status').should('eq', 200), .should('have.property', 'status', 200)
  if ((name === 'should' || name === 'and') && args[0]) {
    const chainer = propertyNameText(unwrap(args[0]));
    if (chainer === 'have.property' && index === 2) {
      const property = args[1] ? propertyNameText(unwrap(args[1])) : undefined;
      if (property !== undefined && env.names.isStatusName(property)) return byName('assertion', property, env);
    }
    if (chainer !== undefined && index >= 1 && (CHAINER_EQUALITY.has(chainer) || CHAINER_RANGE.has(chainer))) {
      const evidence = chainer === 'have.status' ? 'status' : subjectEvidence(receiver);
      if (evidence) return { context: 'assertion', evidence, rangeBound: CHAINER_RANGE.has(chainer) };
    }
    return undefined;
  }
  // expect(res.status).toBe(201), expect(res.statusCode).to.be.at.least(400), res.status.should.equal(200)
  if (EQUALITY_MATCHERS.has(name) || RANGE_MATCHERS.has(name)) {
    const evidence = subjectEvidence(assertionSubject(receiver)) ?? chainedPropertyEvidence(receiver, env);
    if (evidence) return { context: 'assertion', evidence, rangeBound: RANGE_MATCHERS.has(name) };
  }
  return undefined;
}

/** chai `expect(res).to.have.property('status').that.equals(200)`: the chain moved on to a status property. */
function chainedPropertyEvidence(receiver: ts.Expression, env: TypeScriptEnv): Classification['evidence'] | undefined {
  let current = unwrap(receiver);
  for (;;) {
    if (isPropertyAccessExpression(current)) {
      current = unwrap(current.expression);
      continue;
    }
    if (!isCallExpression(current)) return undefined;
    const callee = calleeOf(current);
    if (!callee || SUBJECT_CALLS.has(callee.name)) return undefined;
    if (PROPERTY_MATCHERS.has(callee.name) && current.arguments.length === 1) {
      const path = propertyNameText(unwrap(current.arguments[0]!));
      const property = path?.split('.').pop();
      return property !== undefined && env.names.isStatusName(property) ? env.names.namedEvidence(property) : undefined;
    }
    current = unwrap(current.expression);
  }
}

/**
 * The value an assertion chain is about: `x` in `expect(x).not.toBe(…)`, `expect.soft(x).toBe(…)`,
 * `x.should.equal(…)`; undefined when the chain does not start at a subject.
 */
export function assertionSubject(receiver: ts.Expression): ts.Expression | undefined {
  let current = unwrap(receiver);
  for (;;) {
    if (isPropertyAccessExpression(current)) {
      if (current.name.text === 'should') return current.expression;
      current = unwrap(current.expression);
      continue;
    }
    if (isCallExpression(current)) {
      const callee = calleeOf(current);
      if (!callee) return undefined;
      const opensChain = SUBJECT_CALLS.has(callee.name) || (callee.name === 'soft' && callee.receiver !== undefined);
      return opensChain ? current.arguments[0] : undefined;
    }
    return undefined;
  }
}
