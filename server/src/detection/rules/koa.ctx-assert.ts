import { typeScriptRule, type CallSite } from './rule';

export default typeScriptRule<CallSite>({
  id: 'koa.ctx-assert',
  kind: 'finds',
  languages: ['typescript'],
  frameworks: ['Koa', 'http-assert'],
  positions: ['call-argument'],
  description: 'The second argument of `assert(value, status, message)`.',
  example: "ctx.assert(user, 401, 'Please login')",
  decide: (site) => (site.name === 'assert' && site.index === 1 && site.firstNumeric ? { context: 'call-argument', evidence: 'status' } : undefined),
});
