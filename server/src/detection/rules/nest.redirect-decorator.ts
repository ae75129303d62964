import { typeScriptRule, type CallSite } from './rule';

export default typeScriptRule<CallSite>({
  id: 'nest.redirect-decorator',
  kind: 'finds',
  languages: ['typescript'],
  frameworks: ['NestJS'],
  positions: ['decorator-argument'],
  description: 'The status after the URL of a redirect decorator.',
  example: "@Redirect('https://example.com', 301)",
  decide: (site) => (site.name === 'Redirect' && site.index > 0 ? { context: 'decorator', evidence: 'http', strong: true } : undefined),
});
