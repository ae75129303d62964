import * as ts from 'typescript';
import { functionName, isFunctionLike } from '../tsSyntax';
import { typeScriptRule, type NodeSite } from './rule';

/**
 * A value returned by a function whose result the file uses as a status: a callback whose results
 * fill a list named for statuses (`new Set(arr.map((res) => { …; return 200; }))` into `httpStatuses`),
 * or a function whose other returns are status expressions (`return res.error.data.httpStatus`).
 */
export default typeScriptRule<NodeSite>({
  id: 'status.function-return',
  kind: 'finds',
  languages: ['typescript'],
  frameworks: [],
  positions: ['return-value'],
  description: 'A number returned where the function\'s result is a status (a status-named result, or sibling returns of statuses).',
  example: 'const httpStatuses = arr.map((r) => { if (r.error) return r.error.httpStatus; return 200; })',
  decide: (site, env) => {
    let fn: ts.Node | undefined = site.parent;
    while (fn && !isFunctionLike(fn)) fn = fn.parent;
    if (!fn) return undefined;
    const evidence = env.statusFunctions.get(fn);
    if (evidence) return { context: 'property', evidence };
    const name = functionName(fn);
    return name !== undefined && env.statusResultNames.has(name) ? { context: 'property', evidence: 'generic' } : undefined;
  },
});
