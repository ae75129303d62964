import { EQUALITY_MATCHERS, RANGE_MATCHERS, assertionSubject, chainedPropertyEvidence } from '../callShapes';
import { statusExpressionEvidence } from '../statusExpressions';
import { typeScriptRule, type CallSite } from './rule';

export default typeScriptRule<CallSite>({
  id: 'expect.status-matcher',
  kind: 'finds',
  languages: ['typescript'],
  frameworks: ['Jest', 'Vitest', 'chai', 'Playwright', 'should.js'],
  positions: ['call-argument'],
  description: 'The expected value of an equality or range matcher on a status expression.',
  example: 'expect(res.status).toBe(201), expect(res.statusCode).to.be.at.least(400), res.status.should.equal(200)',
  decide: (site, env) => {
    if (!site.receiver || !(EQUALITY_MATCHERS.has(site.name) || RANGE_MATCHERS.has(site.name))) return undefined;
    const subject = assertionSubject(site.receiver);
    const evidence = (subject ? statusExpressionEvidence(subject, env) : undefined) ?? chainedPropertyEvidence(site.receiver, env);
    return evidence ? { context: 'assertion', evidence, rangeBound: RANGE_MATCHERS.has(site.name) } : undefined;
  },
});
