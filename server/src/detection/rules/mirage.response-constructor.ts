import { isNumericArgument, isResponseClassName } from '../callShapes';
import { typeScriptRule, type CallSite } from './rule';

/** The Fetch API's `new Response(body, init)` takes the body first, which is never a bare number. */
export default typeScriptRule<CallSite>({
  id: 'mirage.response-constructor',
  kind: 'finds',
  languages: ['typescript'],
  frameworks: ['Mirage', 'Pretender'],
  positions: ['constructor-argument'],
  description: 'A response made from its status: a number first in `new …Response(…)`.',
  example: 'new Response(404, {}, { errors: [] })',
  decide: (site) =>
    site.index === 0 && site.args[0] !== undefined && isNumericArgument(site.args[0]) && isResponseClassName(site.name)
      ? { context: 'call-argument', evidence: 'status' }
      : undefined,
});
