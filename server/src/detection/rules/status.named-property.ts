import { sharedRule } from './rule';

export default sharedRule({
  id: 'status.named-property',
  kind: 'finds',
  frameworks: [],
  positions: ['property-value'],
  description: 'The value of a property named for a status (status, statusCode, httpStatus, expectedStatus, configured names).',
  example: '{ statusCode: 404 }, "status": 422, "StatusCode": "200"',
  decide: (site, names) =>
    site.key !== undefined && names.isStatusName(site.key) ? { context: 'property', evidence: names.namedEvidence(site.key) } : undefined,
});
