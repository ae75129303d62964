import { typeScriptRule, type NodeSite } from './rule';

export default typeScriptRule<NodeSite>({
  id: 'status.fallback',
  kind: 'finds',
  languages: ['typescript'],
  frameworks: [],
  positions: ['fallback'],
  description: 'The default beside a status expression in `||`, `??` or `?:`, wherever the expression stands.',
  example: 'err.status || 500, hasStatus ? this.raw.statusCode : 302',
  decide: (site) => (site.fallbackOf ? { context: 'property', evidence: site.fallbackOf } : undefined),
});
