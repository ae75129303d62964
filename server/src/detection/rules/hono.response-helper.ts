import { RESPONSE_HELPERS, isNumericArgument } from '../callShapes';
import { typeScriptRule, type CallSite } from './rule';

/**
 * Response helpers taking `(body, status, headers?)`. A number after the status (jsPDF `doc.text('…', 100, 200)`
 * takes x, y) means it is not one; Phaser's `this.add.text(100, 200, 'Hi')` takes x first, so the body must not be a number.
 */
export default typeScriptRule<CallSite>({
  id: 'hono.response-helper',
  kind: 'finds',
  languages: ['typescript'],
  frameworks: ['Hono', 'Remix', 'React Router', 'Express 3'],
  positions: ['call-argument'],
  description: 'The second argument of a response helper `(body, status, headers?)`.',
  example: "c.json({ error }, 404), c.text('Oops', 500), json(data, 404)",
  decide: (site) => {
    if (site.index !== 1) return undefined;
    const helper = site.receiver !== undefined ? RESPONSE_HELPERS.has(site.name) : site.name === 'json';
    const numericAt = (i: number): boolean => site.args[i] !== undefined && isNumericArgument(site.args[i]!);
    return helper && !numericAt(0) && !numericAt(2) ? { context: 'call-argument', evidence: 'status' } : undefined;
  },
});
