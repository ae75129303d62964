import * as ts from 'typescript';
import { splitWords } from '../statusNames';
import { functionName, isFunctionLike } from '../tsSyntax';
import { typeScriptRule, type NodeSite } from './rule';

/**
 * A value returned by a function whose result the file uses as a status: a callback whose results
 * fill a list named for statuses (`new Set(arr.map((res) => { …; return 200; }))` into `httpStatuses`),
 * or a function whose other returns are status expressions (`return res.error.data.httpStatus`).
 */
/** Words that lead from the result to its argument: `statusCodeFor(err)`, `getStatusFromError`, `httpStatusOf`. */
const LINKS = new Set(['from', 'for', 'by', 'of']);

/** A function named for the status it computes from something: `getStatusCodeFromKey`, `statusFor`, `toHttpStatus`. */
function namesStatusResult(name: string): boolean {
  const words = splitWords(name);
  const at = words.indexOf('status');
  if (at < 0) return false;
  const leading = words.slice(0, at);
  if (!leading.every((word) => word === 'get' || word === 'to' || word === 'http' || word === 'compute' || word === 'resolve')) return false;
  let next = at + 1;
  if (words[next] === 'code') next++;
  return next === words.length || LINKS.has(words[next]!);
}

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
    if (name === undefined) return undefined;
    if (namesStatusResult(name)) return { context: 'property', evidence: env.names.namedEvidence(name) };
    return env.statusResultNames.has(name) ? { context: 'property', evidence: 'generic' } : undefined;
  },
});
