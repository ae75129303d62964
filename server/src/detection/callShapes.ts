/**
 * Shapes of calls that the call-argument rules (rules/*.ts) share: which arguments are numbers, error and
 * response class names, assertion matchers and chains, mock libraries.
 */
import * as ts from 'typescript';
import { memoize, splitWords } from './statusNames';
import type { Evidence, TypeScriptEnv } from './statusExpressions';
import { calleeOf, expressionName, propertyNameText, unwrap } from './tsSyntax';

// Read once: the compiler's exports are getters, too slow to call per node.
const {
  isCallExpression, isNumericLiteral, isPrefixUnaryExpression, isPropertyAccessExpression
} = ts;

/** Matchers comparing the subject for equality: `toBe`, chai's `equal`. */
export const EQUALITY_MATCHERS = new Set([
  'toBe', 'toEqual', 'toStrictEqual', 'equal', 'equals', 'eq', 'eql', 'toEql', 'is',
]);
/** Matchers bounding the subject: `toBeGreaterThanOrEqual(400)`, chai's `above`. */
export const RANGE_MATCHERS = new Set([
  'toBeGreaterThan', 'toBeGreaterThanOrEqual', 'toBeLessThan', 'toBeLessThanOrEqual', 'toBeWithin',
  'above', 'below', 'least', 'most', 'gt', 'gte', 'lt', 'lte', 'greaterThan', 'lessThan', 'within',
]);
/** Two-argument assertions `(actual, expected)`: `assert.equal`, `t.is`. */
export const ASSERT_EQUALITY = new Set([
  'equal', 'strictEqual', 'deepEqual', 'deepStrictEqual', 'notEqual', 'notStrictEqual', 'is', 'not',
  'equals', 'eq', 'same', 'assertEquals', 'assertEqual', 'isEqual',
]);
export const ASSERT_RANGE = new Set(['isAbove', 'isAtLeast', 'isBelow', 'isAtMost']);
/** `toHaveProperty('status', 101)`, chai's `.property('status', 200)`. */
export const PROPERTY_MATCHERS = new Set(['toHaveProperty', 'property', 'ownProperty', 'haveOwnProperty']);
/** Calls that open an assertion chain on their first argument. */
export const SUBJECT_CALLS = new Set(['expect', 'assertThat', 'should']);
/** Cypress chainers `.should('eq', 200)`: the assertion is named by a string. */
export const CHAINER_EQUALITY = new Set(['eq', 'equal', 'equals', 'eql', 'be.equal', 'deep.equal', 'have.status']);
export const CHAINER_RANGE = new Set([
  'be.gte', 'be.lte', 'be.gt', 'be.lt', 'be.above', 'be.below', 'be.at.least', 'be.at.most',
  'be.within', 'gte', 'lte', 'gt', 'lt',
]);

/** Mock-server replies whose first argument is the status: nock, axios-mock-adapter, sinon. */
export const REPLY_CALLS = new Set(['reply', 'replyOnce', 'respond', 'replyWithFile']);

export function startsUpperCase(name: string): boolean {
  const first = name.charAt(0);
  return first >= 'A' && first <= 'Z';
}

export function isRedirectName(name: string): boolean {
  const words = splitWords(name);
  return words[words.length - 1] === 'redirect';
}

/** Response helpers taking `(body, status, headers?)`: Hono's context, Express 3's `res.json(obj, status)`. */
export const RESPONSE_HELPERS = new Set(['json', 'text', 'body', 'html', 'newResponse', 'jsonT']);

/** Whether an argument is a number (possibly negated or wrapped) rather than a message or body. */
export function isNumericArgument(argument: ts.Expression): boolean {
  let target = unwrap(argument);
  if (isPrefixUnaryExpression(target)) target = unwrap(target.operand);
  return isNumericLiteral(target);
}

/** True when no argument before `index` is numeric: rules take the first numeric argument. */
export function isFirstNumeric(args: readonly ts.Expression[], index: number): boolean {
  for (let i = 0; i < index && i < args.length; i++) if (isNumericArgument(args[i]!)) return false;
  return true;
}

export const HTTP_ERROR_QUALIFIERS = new Set(['http', 'response', 'api', 'rest', 'client', 'server']);

/**
 * Constructor names of HTTP errors: `HttpException`, `HttpError`, `ResponseError`, `ApiError`. Memoised: it is
 * asked for the callee of every number given to a call, the same few names (`status`, `json`) over and over.
 */
export const isHttpErrorClassName: (name: string) => boolean = memoize((name) => {
  const words = splitWords(name);
  const last = words[words.length - 1];
  if (last !== 'error' && last !== 'exception' && last !== 'errors') return false;
  return words.some((w) => HTTP_ERROR_QUALIFIERS.has(w));
});

/** Class names of responses: `Response`, `HttpResponse`, `MockResponse`. */
export function isResponseClassName(name: string): boolean {
  const words = splitWords(name);
  return startsUpperCase(name) && words[words.length - 1] === 'response';
}


/** The fetch-mock library's object (`fetchMock`, `fetchMocker`), at the root of a chain of its calls. */
export function isFetchMock(receiver: ts.Expression): boolean {
  let current = unwrap(receiver);
  while (isCallExpression(current) || isPropertyAccessExpression(current)) current = unwrap(current.expression);
  const name = expressionName(current);
  if (name === undefined) return false;
  const words = splitWords(name);
  return words.includes('fetch') && words.some((w) => w === 'mock' || w === 'mocker');
}


/** Mock expectations on the arguments a spy was called with. */
export const CALLED_WITH = new Set([
  'toHaveBeenCalledWith', 'toBeCalledWith', 'toHaveBeenLastCalledWith', 'lastCalledWith', 'calledWith',
  'calledOnceWith', 'calledWithExactly', 'calledOnceWithExactly', 'alwaysCalledWith',
]);
export const NTH_CALLED_WITH = new Set(['toHaveBeenNthCalledWith', 'nthCalledWith']);


/** Words after "status" that make a function a lookup by status code: `getStatusText(404)`, `getStatusCodeColor(500)`. */
export const LOOKUP_WORDS = new Set([
  'code', 'codes', 'text', 'message', 'class', 'color', 'colour', 'category', 'description',
  'phrase', 'reason', 'name', 'label',
]);


/** chai `expect(res).to.have.property('status').that.equals(200)`: the chain moved on to a status property. */
export function chainedPropertyEvidence(receiver: ts.Expression, env: TypeScriptEnv): Evidence | undefined {
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
