import { sharedRule } from './rule';
import type { ContainerView } from './views';

/** Keys that carry a status in a recorded request or response. */
const CODE_KEYS = new Set(['code', 'status', 'statusCode']);

/**
 * Whether the object (or an object directly inside it, such as its `request`) carries `code`: a member
 * `code`/`status` of that value, or a URL asking an echo server for that status (`…/status/201`).
 */
function carriesCode(object: ContainerView, code: string, depth = 0): boolean {
  for (const member of object.members()) {
    const { key, value } = member;
    if (key !== undefined && CODE_KEYS.has(key) && String(value.value) === code) return true;
    if (value.type === 'string' && typeof value.value === 'string' && value.value.endsWith(`/status/${code}`)) return true;
    if (depth === 0 && value.type === 'object' && value.container && carriesCode(value.container, code, 1)) return true;
  }
  return false;
}

export default sharedRule({
  id: 'recording.name-of-status',
  kind: 'finds',
  frameworks: ['Postman', 'HAR'],
  positions: ['property-value'],
  description: 'A request or response named by its status in an API recording, where the same object carries that code.',
  example: '{ "name": "201", "request": { "url": "https://echo.example/status/201" } }',
  keys: (key) => key === 'name',
  decide: (site) =>
    site.key === 'name' && site.value.type === 'string' && /^\d{3}$/.test(String(site.value.value)) && carriesCode(site.container, String(site.value.value))
      ? { context: 'property', evidence: 'generic' }
      : undefined,
});
