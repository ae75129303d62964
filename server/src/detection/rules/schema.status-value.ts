import { SCHEMA_BOUND_KEYS, SCHEMA_VALUE_KEYS } from '../openApi';
import { sharedRule } from './rule';

export default sharedRule({
  id: 'schema.status-value',
  kind: 'finds',
  frameworks: ['OpenAPI', 'JSON Schema'],
  positions: ['property-value'],
  description: 'An instance value (example, const, default, bounds) of the schema of a status property.',
  example: '"status": { "type": "integer", "example": 404, "minimum": 100 }',
  keys: (key) => SCHEMA_VALUE_KEYS.has(key),
  decide: (site, names) =>
    site.key !== undefined && SCHEMA_VALUE_KEYS.has(site.key) && site.container.name !== undefined && names.isStatusName(site.container.name)
      ? { context: 'schema-value', evidence: names.namedEvidence(site.container.name), rangeBound: SCHEMA_BOUND_KEYS.has(site.key) }
      : undefined,
});
