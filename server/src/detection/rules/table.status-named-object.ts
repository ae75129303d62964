import { sharedRule } from './rule';
import { isFlatTable } from './views';

export default sharedRule({
  id: 'table.status-named-object',
  kind: 'finds',
  frameworks: [],
  positions: ['property-value'],
  description: 'A value of a flat object named as a table of statuses (an object holding lists or objects is a record).',
  example: 'const HTTP_STATUS = { NOT_FOUND: 404 }',
  decide: (site, names) => {
    const table = site.container.name;
    return table !== undefined && names.isStatusTableName(table) && isFlatTable(site.container)
      ? { context: 'property', evidence: names.namedEvidence(table) }
      : undefined;
  },
});
