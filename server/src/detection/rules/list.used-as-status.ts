import * as ts from 'typescript';
import { ASSERT_EQUALITY, EQUALITY_MATCHERS, assertionSubject } from '../callShapes';
import { statusExpressionEvidence, type Evidence, type TypeScriptEnv } from '../statusExpressions';
import { calleeOf, expressionName, isTransparentWrapper } from '../tsSyntax';
import { typeScriptRule, type Finding, type TypeScriptContainerSite } from './rule';

const USED_AS_STATUS: Finding = { context: 'array-element', evidence: 'generic' };
const ITERATING_METHODS = new Set(['forEach', 'map', 'filter', 'some', 'every', 'flatMap']);

/** A status expression, or a list of statuses by its name (`retryStatusCodes`, `seenStatuses`). */
function listEvidence(expression: ts.Expression, env: TypeScriptEnv): Evidence | undefined {
  const evidence = statusExpressionEvidence(expression, env);
  if (evidence) return evidence;
  const name = expressionName(expression);
  return name !== undefined && env.names.isStatusListName(name) ? env.names.namedEvidence(name) : undefined;
}

/** Whether a callback among `args` takes, as its first parameter, a name it uses as a status. */
function takesStatusParameter(args: readonly ts.Expression[], env: TypeScriptEnv): boolean {
  return args.some((argument) => {
    if (!ts.isArrowFunction(argument) && !ts.isFunctionExpression(argument)) return false;
    const parameter = argument.parameters[0];
    if (parameter === undefined || !ts.isIdentifier(parameter.name)) return false;
    return env.aliases.hasWithin(argument.body, parameter.name.text);
  });
}

function classifyByUse(array: ts.Node, env: TypeScriptEnv, enclosing: (() => Finding | undefined) | undefined): Finding | undefined {
  let current: ts.Node = array;
  const isSetOf = (node: ts.Node): boolean => ts.isNewExpression(node) && calleeOf(node)?.name === 'Set';
  while (current.parent && (isTransparentWrapper(current.parent) || isSetOf(current.parent))) current = current.parent;
  const parent = current.parent;
  if (!parent) return undefined;
  // [200, 204].includes(res.status); [200, 201].forEach((code) => … res.status === code …)
  if (ts.isPropertyAccessExpression(parent) && ts.isCallExpression(parent.parent) && parent.parent.expression === parent) {
    const method = parent.name.text;
    const argument = parent.parent.arguments[0];
    if ((method === 'includes' || method === 'indexOf' || method === 'has') && argument) {
      const evidence = statusExpressionEvidence(argument, env);
      return evidence ? { context: 'array-element', evidence } : undefined;
    }
    return ITERATING_METHODS.has(method) && takesStatusParameter(parent.parent.arguments, env) ? USED_AS_STATUS : undefined;
  }
  // for (const code of [200, 201]) { … expect(res.status).toBe(code) … }
  if (ts.isForOfStatement(parent) && parent.expression === current) {
    const list = parent.initializer;
    const declaration = ts.isVariableDeclarationList(list) ? list.declarations[0] : undefined;
    const name = declaration && ts.isIdentifier(declaration.name) ? declaration.name.text : undefined;
    return name !== undefined && env.aliases.hasWithin(parent.statement, name) ? USED_AS_STATUS : undefined;
  }
  // it.each([200, 201])('…', (code) => … expect(res.status).toBe(code) …)
  const table = ts.isCallExpression(parent) && calleeOf(parent)?.name === 'each' ? parent.parent : undefined;
  if (table && ts.isCallExpression(table) && table.expression === parent) return takesStatusParameter(table.arguments, env) ? USED_AS_STATUS : undefined;
  if (ts.isArrayLiteralExpression(parent)) return enclosing?.(); // [[500], [500]]
  if (!ts.isCallExpression(parent)) return undefined;
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
    if (ts.isPropertyAccessExpression(matcher) && ts.isCallExpression(matcher.parent)) {
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

export default typeScriptRule<TypeScriptContainerSite>({
  id: 'list.used-as-status',
  kind: 'finds',
  languages: ['typescript'],
  frameworks: ['Jest', 'Vitest', 'chai'],
  positions: ['array-element'],
  description: 'An element of a list used as statuses: tested against one, iterated into one, asserted as a set of them.',
  example: '[200, 204].includes(res.status), it.each([200, 201])(…), expect(res.status).toBeOneOf([200, 201])',
  decide: (site, env) => classifyByUse(site.tsNode, env, site.enclosing),
});
