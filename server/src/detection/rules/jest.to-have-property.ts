import { PROPERTY_MATCHERS } from '../callShapes';
import { propertyNameText, unwrap } from '../tsSyntax';
import { typeScriptRule, type CallSite } from './rule';

export default typeScriptRule<CallSite>({
  id: 'jest.to-have-property',
  kind: 'finds',
  languages: ['typescript'],
  frameworks: ['Jest', 'Vitest', 'chai'],
  positions: ['call-argument'],
  description: 'The expected value of a status property matcher.',
  example: "expect(res).toHaveProperty('status', 101), expect(res).to.have.property('status', 200)",
  decide: (site, env) => {
    if (!site.receiver || !PROPERTY_MATCHERS.has(site.name) || site.index !== 1 || !site.args[0]) return undefined;
    const property = propertyNameText(unwrap(site.args[0]));
    return property !== undefined && env.names.isStatusName(property) ? { context: 'assertion', evidence: env.names.namedEvidence(property) } : undefined;
  },
});
