import { sharedRule } from './rule';

/**
 * Names of maps from status code to response: OpenAPI `responses`, Fastify's `response` schema, and
 * `reply`/`replies` (route typings, mock servers). One set for TS and JSON.
 */
export const RESPONSE_MAP_NAMES: ReadonlySet<string> = new Set(['responses', 'response', 'reply', 'replies']);

export default sharedRule({
  id: 'openapi.response-key',
  kind: 'finds',
  frameworks: ['OpenAPI', 'Swagger', 'Fastify'],
  positions: ['key'],
  description: 'A key of a responses map: each entry describes a response (a number as the value is a count, not a response).',
  example: '"responses": { "404": { … } }, response: { 200: schema }',
  decide: (site) =>
    site.container.name !== undefined && RESPONSE_MAP_NAMES.has(site.container.name) && site.value.type !== 'number'
      ? { context: 'openapi-response-key', evidence: 'status', strong: true }
      : undefined,
});
