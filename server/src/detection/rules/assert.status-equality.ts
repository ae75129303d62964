import { ASSERT_EQUALITY, ASSERT_RANGE } from '../callShapes';
import { statusExpressionEvidence } from '../statusExpressions';
import { typeScriptRule, type CallSite } from './rule';

export default typeScriptRule<CallSite>({
  id: 'assert.status-equality',
  kind: 'finds',
  languages: ['typescript'],
  frameworks: ['node:assert', 'chai assert', 'AVA', 'tap'],
  positions: ['call-argument'],
  description: 'The other side of a two-argument assertion on a status expression.',
  example: 'assert.equal(res.statusCode, 200), t.is(response.status, 404), assert.isAtLeast(res.status, 400)',
  decide: (site, env) => {
    const { name, args, index } = site;
    if (!(ASSERT_EQUALITY.has(name) || ASSERT_RANGE.has(name)) || args.length < 2 || index > 1) return undefined;
    const subject = args[1 - index];
    const evidence = subject ? statusExpressionEvidence(subject, env) : undefined;
    return evidence ? { context: 'assertion', evidence, rangeBound: ASSERT_RANGE.has(name) } : undefined;
  },
});
