import { isFetchMock, isNumericArgument } from '../callShapes';
import { typeScriptRule, type CallSite } from './rule';

export default typeScriptRule<CallSite>({
  id: 'fetch-mock.response',
  kind: 'finds',
  languages: ['typescript'],
  frameworks: ['fetch-mock'],
  positions: ['call-argument'],
  description: 'A number given as the response of a fetch-mock route is its status.',
  example: "fetchMock.get('/api', 404)",
  decide: (site) =>
    site.index === 1 && site.receiver !== undefined && site.args[1] !== undefined && isNumericArgument(site.args[1]) && isFetchMock(site.receiver)
      ? { context: 'call-argument', evidence: 'status' }
      : undefined,
});
