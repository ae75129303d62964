import { splitWords } from '../statusNames';
import { sharedRule } from './rule';
import { perContainer } from './views';

const HTTP_METHOD_KEYS = new Set(['get', 'head', 'post', 'put', 'patch', 'delete', 'del', 'options']);

/** `DEFAULT_CODES = { get: 200, post: 201, delete: 204 }`: keyed by HTTP method only and named for codes. */
const isCodesByMethod = perContainer((object) => {
  const members = object.members();
  if (members.length < 2) return false;
  if (!members.every((member) => member.key !== undefined && HTTP_METHOD_KEYS.has(member.key.toLowerCase()))) return false;
  return object.name !== undefined && splitWords(object.name).some((word) => word === 'code' || word === 'codes');
});

export default sharedRule({
  id: 'table.codes-by-method',
  kind: 'finds',
  frameworks: [],
  positions: ['property-value'],
  description: 'A map of codes keyed by HTTP method only: the response code of each method.',
  example: 'DEFAULT_CODES = { get: 200, post: 201, delete: 204 }',
  keys: (key) => HTTP_METHOD_KEYS.has(key.toLowerCase()),
  decide: (site) =>
    site.key !== undefined && HTTP_METHOD_KEYS.has(site.key.toLowerCase()) && isCodesByMethod(site.container)
      ? { context: 'property', evidence: 'generic' }
      : undefined,
});
