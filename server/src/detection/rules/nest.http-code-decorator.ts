import { typeScriptRule, type CallSite } from './rule';

export default typeScriptRule<CallSite>({
  id: 'nest.http-code-decorator',
  kind: 'finds',
  languages: ['typescript'],
  frameworks: ['NestJS'],
  positions: ['decorator-argument'],
  description: 'The argument of a status decorator; any number is reported.',
  example: '@HttpCode(204)',
  decide: (site, env) =>
    (site.name === 'HttpCode' || env.names.isStatusCallName(site.name)) && site.firstNumeric
      ? { context: 'decorator', evidence: 'http', strong: true }
      : undefined,
});
