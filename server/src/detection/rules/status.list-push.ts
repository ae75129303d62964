import { expressionName } from '../tsSyntax';
import { typeScriptRule, type CallSite } from './rule';

export default typeScriptRule<CallSite>({
  id: 'status.list-push',
  kind: 'finds',
  languages: ['typescript'],
  frameworks: [],
  positions: ['call-argument'],
  description: 'A value added to a list named for statuses.',
  example: 'retry.statusCodes.push(502), RETRY_STATUSES.add(503)',
  decide: (site, env) => {
    if ((site.name !== 'push' && site.name !== 'unshift' && site.name !== 'add') || !site.receiver) return undefined;
    const list = expressionName(site.receiver);
    return list !== undefined && env.names.isStatusListName(list) ? { context: 'array-element', evidence: env.names.namedEvidence(list) } : undefined;
  },
});
