import { SCHEMA_LIST_KEYS } from '../openApi';
import { sharedRule } from './rule';

export default sharedRule({
  id: 'schema.status-enum',
  kind: 'finds',
  frameworks: ['OpenAPI', 'JSON Schema'],
  positions: ['array-element'],
  description: 'An element of the enum or examples of the schema of a status property.',
  example: '"status": { "enum": [200, 404] }',
  decide: (site, names) => {
    if (site.container.name === undefined || !SCHEMA_LIST_KEYS.has(site.container.name)) return undefined;
    const owner = site.container.parent()?.name;
    return owner !== undefined && names.isStatusName(owner) ? { context: 'schema-value', evidence: names.namedEvidence(owner) } : undefined;
  },
});
