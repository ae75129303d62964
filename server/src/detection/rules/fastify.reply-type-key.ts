import * as ts from 'typescript';
import { declaredName } from '../tsSyntax';
import { RESPONSE_MAP_NAMES } from './openapi.response-key';
import { typeScriptRule, type NodeSite } from './rule';

export default typeScriptRule<NodeSite>({
  id: 'fastify.reply-type-key',
  kind: 'finds',
  languages: ['typescript'],
  frameworks: ['Fastify'],
  positions: ['type-key'],
  description: 'A key of a response type map in a route generic.',
  example: 'Reply: { 200: User; 404: ErrorBody }',
  decide: (site) => {
    const owner = (site.parent as ts.PropertySignature).parent.parent;
    const name = owner ? declaredName(owner) : undefined;
    return name !== undefined && RESPONSE_MAP_NAMES.has(name.toLowerCase()) ? { context: 'openapi-response-key', evidence: 'status' } : undefined;
  },
});
