import { typeScriptRule, type CallSite } from './rule';

export default typeScriptRule<CallSite>({
  id: 'sveltekit.error-helper',
  kind: 'finds',
  languages: ['typescript'],
  frameworks: ['SvelteKit'],
  positions: ['call-argument'],
  description: 'The first argument of a bare `error(…)` or `fail(…)`.',
  example: "error(404, 'Not found'), fail(400, { missing: true })",
  decide: (site) =>
    site.index === 0 && site.receiver === undefined && (site.name === 'error' || site.name === 'fail')
      ? { context: 'call-argument', evidence: 'status' }
      : undefined,
});
