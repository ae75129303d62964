import { isOutsideCodes } from '../openApi';
import { RESPONSE_MAP_NAMES } from './openapi.response-key';
import { sharedRule } from './rule';
import { perContainer } from './views';

/** How many all-digit keys of an object no status code has (`50`, `900`). */
const outsideKeys = perContainer((object) => object.members().filter((member) => member.key !== undefined && isOutsideCodes(member.key)).length);

/**
 * Numeric keys beyond 100-599 make a scale: colour shades of a status palette, font weights. The key being
 * judged does not count (a responses key typed as `"4|"`, or a typo `"4040"`, is still a key), nor does a
 * responses map, where every all-digit key is meant as a status.
 */
export default sharedRule({
  id: 'exclude.shade-scale',
  kind: 'excludes',
  frameworks: ['Tailwind', 'design tokens'],
  positions: ['key'],
  description: 'Keys of an object that also has numeric keys outside 100-599 are a scale (shades, weights), not codes.',
  example: "status: { 50: '#fff', 500: '#f00', 900: '#000' }",
  decide: (site) => {
    if (site.container.type !== 'object' || (site.container.name !== undefined && RESPONSE_MAP_NAMES.has(site.container.name))) return false;
    const self = site.key !== undefined && isOutsideCodes(site.key) ? 1 : 0;
    return outsideKeys(site.container) - self > 0;
  },
});
