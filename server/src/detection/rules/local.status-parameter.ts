import * as ts from 'typescript';
import { isStatusParameter } from '../statusExpressions';
import { typeScriptRule, type CallSite } from './rule';

/**
 * A call of a function the file declares, at a parameter that holds a status: named for one
 * (`function strip(status)`), or used as one inside (`res.writeHead(code)`, `STATUS_CODES[code]`).
 */
export default typeScriptRule<CallSite>({
  id: 'local.status-parameter',
  kind: 'finds',
  languages: ['typescript'],
  frameworks: [],
  positions: ['call-argument'],
  description: 'An argument of a function of the file whose parameter becomes a status.',
  example: 'abortHandshake(socket, 400) where abortHandshake writes res.writeHead(code)',
  decide: (site, env) => {
    if (site.receiver && site.receiver.kind !== ts.SyntaxKind.ThisKeyword) return undefined;
    const fn = env.localFunctions.get(site.name);
    const evidence = fn ? isStatusParameter(fn, site.index, env) : undefined;
    return evidence ? { context: 'call-argument', evidence } : undefined;
  },
});
