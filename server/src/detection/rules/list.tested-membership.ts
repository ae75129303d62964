import { typeScriptRule, type TypeScriptContainerSite } from './rule';

/** `const NULL_BODY = new Set([204, 304]); … NULL_BODY.has(res.status)`: the file tests a status against the list. */
export default typeScriptRule<TypeScriptContainerSite>({
  id: 'list.tested-membership',
  kind: 'finds',
  languages: ['typescript'],
  frameworks: [],
  positions: ['array-element'],
  description: 'An element of a named list the file tests a status against.',
  example: 'const NULL_BODY = new Set([204, 304]); NULL_BODY.has(res.status)',
  decide: (site, env) =>
    site.container.name !== undefined && env.statusLists.has(site.container.name) ? { context: 'array-element', evidence: 'generic' } : undefined,
});
