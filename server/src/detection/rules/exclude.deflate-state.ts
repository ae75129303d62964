import * as ts from 'typescript';
import { unwrap } from '../tsSyntax';
import { typeScriptRule, type NodeSite } from './rule';

/**
 * A `status` the file also compares with or assigns numbers no HTTP status has (zlib's deflate state
 * machine: `s.status = 42`, `s.status === 666`, beside `s.status === 103`) is a state, not an HTTP status:
 * every literal compared with, assigned to or switched on that expression is vetoed. Status 0 (a network
 * failure in XHR and fetch wrappers) and class bounds (`< 600`) do not count.
 */
export default typeScriptRule<NodeSite>({
  id: 'exclude.deflate-state',
  kind: 'excludes',
  languages: ['typescript'],
  frameworks: ['zlib', 'pako'],
  positions: ['comparison', 'assignment', 'case'],
  description: 'A status expression the file also gives non-HTTP numbers (42, 666) is a state machine.',
  example: 's.status = 103; … if (s.status === 69) …; s.status = 666',
  decide: (site, env) => {
    // Most files have no state machine: no key to build.
    if (env.stateExpressions.size === 0) return false;
    let target: ts.Expression | undefined;
    if (ts.isBinaryExpression(site.parent)) target = site.parent.left === site.outer ? site.parent.right : site.parent.left;
    else if (ts.isCaseClause(site.parent)) target = site.parent.parent.parent.expression;
    const key = target !== undefined ? stateKey(target) : undefined;
    return key !== undefined && env.stateExpressions.has(key);
  },
});

/** The dotted path of a status expression (`s.status`, `this.state.status`), the key state values are recorded under. */
export function stateKey(expression: ts.Expression): string | undefined {
  const target = unwrap(expression);
  if (ts.isIdentifier(target)) return target.text;
  if (target.kind === ts.SyntaxKind.ThisKeyword) return 'this';
  if (ts.isPropertyAccessExpression(target)) {
    const receiver = stateKey(target.expression);
    return receiver === undefined ? undefined : `${receiver}.${target.name.text}`;
  }
  return undefined;
}
