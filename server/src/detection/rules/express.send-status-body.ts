import { isResponseOrError } from '../statusExpressions';
import { typeScriptRule, type CallSite } from './rule';

export default typeScriptRule<CallSite>({
  id: 'express.send-status-body',
  kind: 'finds',
  languages: ['typescript'],
  frameworks: ['Express 3', 'restify'],
  positions: ['call-argument'],
  description: 'The first argument of `send(status, body)` on a response, with a body after it.',
  example: "res.send(404, 'Not found')",
  decide: (site) =>
    site.index === 0 && site.name === 'send' && site.receiver !== undefined && site.args.length >= 2 && isResponseOrError(site.receiver)
      ? { context: 'call-argument', evidence: 'generic', strong: true }
      : undefined,
});
