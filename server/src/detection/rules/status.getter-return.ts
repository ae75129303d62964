import { functionName, isFunctionLike } from '../tsSyntax';
import * as ts from 'typescript';
import { typeScriptRule, type NodeSite } from './rule';

export default typeScriptRule<NodeSite>({
  id: 'status.getter-return',
  kind: 'finds',
  languages: ['typescript'],
  frameworks: [],
  positions: ['return-value'],
  description: 'A value returned by a getter or function named for a status.',
  example: 'get status() { return 404 }, statusCode: () => 200, function getHTTPStatusCode() { return 500 }',
  decide: (site, env) => {
    let fn: ts.Node | undefined = site.parent;
    while (fn && !isFunctionLike(fn)) fn = fn.parent;
    const name = fn ? functionName(fn) : undefined;
    if (name === undefined) return undefined;
    const getter = name.replace(/^get(?=[A-Z])/, '');
    return env.names.isStatusName(getter) ? { context: 'property', evidence: env.names.namedEvidence(getter) } : undefined;
  },
});
