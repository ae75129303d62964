import { CHAINER_EQUALITY, CHAINER_RANGE } from '../callShapes';
import { statusExpressionEvidence } from '../statusExpressions';
import { propertyNameText, unwrap } from '../tsSyntax';
import { typeScriptRule, type CallSite } from './rule';

export default typeScriptRule<CallSite>({
  id: 'cypress.should',
  kind: 'finds',
  languages: ['typescript'],
  frameworks: ['Cypress'],
  positions: ['call-argument'],
  description: 'The expected value of a `should` chainer on a status.',
  example: "cy.request(url).its('status').should('eq', 200), .should('have.property', 'status', 201)",
  decide: (site, env) => {
    const { receiver, args, index } = site;
    if (!receiver || (site.name !== 'should' && site.name !== 'and') || !args[0]) return undefined;
    const chainer = propertyNameText(unwrap(args[0]));
    if (chainer === 'have.property' && index === 2) {
      const property = args[1] ? propertyNameText(unwrap(args[1])) : undefined;
      if (property !== undefined && env.names.isStatusName(property)) return { context: 'assertion', evidence: env.names.namedEvidence(property) };
    }
    if (chainer !== undefined && index >= 1 && (CHAINER_EQUALITY.has(chainer) || CHAINER_RANGE.has(chainer))) {
      const evidence = chainer === 'have.status' ? 'status' : statusExpressionEvidence(receiver, env);
      if (evidence) return { context: 'assertion', evidence, rangeBound: CHAINER_RANGE.has(chainer) };
    }
    return undefined;
  },
});
