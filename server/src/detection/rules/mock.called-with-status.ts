import { CALLED_WITH, NTH_CALLED_WITH, assertionSubject, isNumericArgument } from '../callShapes';
import { isResponseOrError } from '../statusExpressions';
import { expressionName, unwrap } from '../tsSyntax';
import * as ts from 'typescript';
import { typeScriptRule, type CallSite } from './rule';

/** An argument a mocked status-setting call was expected to get, judged as if that call had been made. */
export default typeScriptRule<CallSite>({
  id: 'mock.called-with-status',
  kind: 'finds',
  languages: ['typescript'],
  frameworks: ['Jest', 'Vitest', 'sinon'],
  positions: ['call-argument'],
  description: 'The expected argument of a mocked status-setting call.',
  example: 'expect(res.status).toHaveBeenCalledWith(404), sinon.assert.calledWith(res.status, 404)',
  decide: (site, env) => {
    const { name, receiver, args, index } = site;
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
    const spyReceiver = ts.isPropertyAccessExpression(target) ? target.expression : undefined;
    if (spyName === 'code' && index === offset && spyReceiver && isResponseOrError(spyReceiver)) return { context: 'assertion', evidence: 'generic' };
    return undefined;
  },
});
