import { sharedRule } from './rule';

export default sharedRule({
  id: 'list.status-named',
  kind: 'finds',
  frameworks: ['got', 'ky', 'axios-retry'],
  positions: ['array-element'],
  description: 'An element of a list named for statuses (retryStatusCodes, statusCodesToRetry, statuses).',
  example: 'retry: { statusCodes: [408, 413, 429] }',
  decide: (site, names) =>
    site.container.name !== undefined && names.isStatusListName(site.container.name)
      ? { context: 'array-element', evidence: names.namedEvidence(site.container.name) }
      : undefined,
});
