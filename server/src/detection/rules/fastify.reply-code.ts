import { isResponseOrError } from '../statusExpressions';
import { typeScriptRule, type CallSite } from './rule';

export default typeScriptRule<CallSite>({
  id: 'fastify.reply-code',
  kind: 'finds',
  languages: ['typescript'],
  frameworks: ['Fastify', 'hapi'],
  positions: ['call-argument'],
  description: '`code(…)` called on a response, reply or error.',
  example: 'reply.code(409), h.response(body).code(201)',
  decide: (site) =>
    site.index === 0 && site.name === 'code' && site.receiver !== undefined && isResponseOrError(site.receiver)
      ? { context: 'call-argument', evidence: 'generic', strong: true }
      : undefined,
});
