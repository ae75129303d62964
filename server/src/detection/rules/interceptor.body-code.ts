import * as ts from 'typescript';
import { isResponseOrError } from '../statusExpressions';
import { calleeOf, expressionName, unwrap } from '../tsSyntax';
import { typeScriptRule, type NodeSite } from './rule';

/** `res.data.code`, `response.data.code`: the `code` of a response body. */
function isResponseBodyCode(expression: ts.Expression): boolean {
  const target = unwrap(expression);
  if (!ts.isPropertyAccessExpression(target) || target.name.text !== 'code') return false;
  const body = unwrap(target.expression);
  return ts.isPropertyAccessExpression(body) && body.name.text === 'data' && isResponseOrError(body.expression);
}

/** Inside the handler given to an HTTP client's response interceptor: `axios.interceptors.response.use((res) => …)`. */
function isInResponseInterceptor(node: ts.Node): boolean {
  for (let current: ts.Node | undefined = node.parent; current; current = current.parent) {
    if (!ts.isCallExpression(current)) continue;
    const callee = calleeOf(current);
    if (callee?.name !== 'use' || !callee.receiver) continue;
    const receiver = unwrap(callee.receiver);
    if (ts.isPropertyAccessExpression(receiver) && receiver.name.text === 'response' && expressionName(receiver.expression) === 'interceptors') return true;
  }
  return false;
}

/**
 * Decided: in an HTTP client's response interceptor, the body's `code` compared with 200/401/500 mirrors the
 * HTTP status (the back end puts the status in the body and the interceptor acts on it as one: redirect to
 * login on 401). Outside an interceptor a body `code` is an application code and is left alone.
 */
export default typeScriptRule<NodeSite>({
  id: 'interceptor.body-code',
  kind: 'finds',
  languages: ['typescript'],
  frameworks: ['axios'],
  positions: ['comparison', 'case'],
  description: 'A response body `code` compared in an HTTP client response interceptor.',
  example: 'axios.interceptors.response.use((res) => { if (res.data.code === 401) logout(); })',
  decide: (site) => {
    let other: ts.Expression | undefined;
    if (ts.isBinaryExpression(site.parent)) other = site.parent.left === site.outer ? site.parent.right : site.parent.left;
    else if (ts.isCaseClause(site.parent)) other = site.parent.parent.parent.expression;
    return other !== undefined && isResponseBodyCode(other) && isInResponseInterceptor(site.parent)
      ? { context: 'comparison', evidence: 'generic' }
      : undefined;
  },
});
