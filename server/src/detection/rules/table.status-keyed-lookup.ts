import * as ts from 'typescript';
import { expressionName } from '../tsSyntax';
import { RESPONSE_MAP_NAMES } from './openapi.response-key';
import { typeScriptRule, type NodeSite } from './rule';

export default typeScriptRule<NodeSite>({
  id: 'table.status-keyed-lookup',
  kind: 'finds',
  languages: ['typescript'],
  frameworks: ['Node http', 'statuses'],
  positions: ['element-access'],
  description: 'The key of a lookup in a table keyed by status, or in a responses map.',
  example: 'http.STATUS_CODES[404], statusText[500], responses[404]',
  decide: (site, env) => {
    const table = expressionName((site.parent as ts.ElementAccessExpression).expression);
    if (table === undefined) return undefined;
    if (RESPONSE_MAP_NAMES.has(table)) return { context: 'openapi-response-key', evidence: 'status' };
    return env.names.isStatusKeyedName(table) ? { context: 'property', evidence: env.names.namedEvidence(table) } : undefined;
  },
});
