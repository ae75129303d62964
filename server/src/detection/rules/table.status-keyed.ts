import { sharedRule } from './rule';

export default sharedRule({
  id: 'table.status-keyed',
  kind: 'finds',
  frameworks: [],
  positions: ['key'],
  description: 'A key of an object named as keyed by status (STATUS_TEXT, statusMessages, HTTP_CODES).',
  example: "const STATUS_TEXT = { 404: 'Not Found' }",
  decide: (site, names) =>
    site.container.name !== undefined && names.isStatusKeyedName(site.container.name)
      ? { context: 'property', evidence: names.namedEvidence(site.container.name) }
      : undefined,
});
