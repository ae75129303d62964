import { sharedRule } from './rule';

/** Keys naming where a redirect goes, in hosting configs (Firebase, Netlify, Vercel, Next.js). */
const TARGET_KEYS = new Set(['destination', 'to', 'location']);

export default sharedRule({
  id: 'redirect.type-beside-destination',
  kind: 'finds',
  frameworks: ['Firebase Hosting', 'Netlify', 'Next.js'],
  positions: ['property-value'],
  description: 'A 3xx `type` or `code` of a redirect entry, beside its destination.',
  example: '{ "source": "/old", "destination": "/new", "type": 301 }',
  keys: (key) => key === 'type' || key === 'code',
  decide: (site) => {
    if (site.key !== 'type' && site.key !== 'code') return undefined;
    const value = site.value.value;
    if (site.value.type !== 'number' || typeof value !== 'number' || value < 300 || value > 399) return undefined;
    return site.container.members().some((member) => member.key !== undefined && TARGET_KEYS.has(member.key))
      ? { context: 'property', evidence: 'generic' }
      : undefined;
  },
});
