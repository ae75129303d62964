import { typeScriptRule, type CallSite } from './rule';

export default typeScriptRule<CallSite>({
  id: 'koa.ctx-throw',
  kind: 'finds',
  languages: ['typescript'],
  frameworks: ['Koa'],
  positions: ['call-argument'],
  description: 'The first argument of a member `throw(…)`.',
  example: "ctx.throw(403, 'forbidden')",
  decide: (site) =>
    site.index === 0 && site.name === 'throw' && site.receiver !== undefined ? { context: 'call-argument', evidence: 'status', strong: true } : undefined,
});
