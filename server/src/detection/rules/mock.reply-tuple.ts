import * as ts from 'typescript';
import { calleeOf, expressionName, isTransparentWrapper } from '../tsSyntax';
import { typeScriptRule, type TypeScriptContainerSite } from './rule';

/**
 * A `[status, body, headers]` tuple of a mock server: returned from nock / axios-mock-adapter
 * `.reply(() => [201, body])` (or `Promise.resolve([…])`), or given to sinon's `respondWith('GET', url, [404, {}, ''])`.
 */
function isReplyTuple(array: ts.Node): boolean {
  let current: ts.Node = array;
  const isPromiseResolve = (node: ts.Node): boolean => {
    if (!ts.isCallExpression(node) || node.arguments[0] !== current) return false;
    const callee = calleeOf(node);
    return callee?.name === 'resolve' && callee.receiver !== undefined && expressionName(callee.receiver) === 'Promise';
  };
  while (current.parent && (isTransparentWrapper(current.parent) || isPromiseResolve(current.parent))) current = current.parent;
  if (ts.isCallExpression(current.parent) && calleeOf(current.parent)?.name === 'respondWith') return true;
  let fn: ts.Node | undefined = current.parent;
  if (fn && ts.isReturnStatement(fn)) {
    while (fn && !ts.isFunctionExpression(fn) && !ts.isArrowFunction(fn)) fn = fn.parent;
  }
  if (!fn || !(ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) || !ts.isCallExpression(fn.parent)) return false;
  const callee = calleeOf(fn.parent);
  return (callee?.name === 'reply' || callee?.name === 'replyOnce') && callee.receiver !== undefined;
}

export default typeScriptRule<TypeScriptContainerSite>({
  id: 'mock.reply-tuple',
  kind: 'finds',
  languages: ['typescript'],
  frameworks: ['nock', 'axios-mock-adapter', 'sinon'],
  positions: ['array-element'],
  description: 'The first element of a mock server reply tuple.',
  example: "mock.onGet(url).reply(() => [201, body]), server.respondWith('GET', url, [404, {}, ''])",
  decide: (site) => (site.index === 0 && isReplyTuple(site.tsNode) ? { context: 'array-element', evidence: 'generic' } : undefined),
});
