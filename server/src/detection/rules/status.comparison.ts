import * as ts from 'typescript';
import { statusExpressionEvidence } from '../statusExpressions';
import { typeScriptRule, type NodeSite } from './rule';

const RELATIONAL = new Set([
  ts.SyntaxKind.LessThanToken, ts.SyntaxKind.LessThanEqualsToken, ts.SyntaxKind.GreaterThanToken, ts.SyntaxKind.GreaterThanEqualsToken,
]);

export default typeScriptRule<NodeSite>({
  id: 'status.comparison',
  kind: 'finds',
  languages: ['typescript'],
  frameworks: [],
  positions: ['comparison'],
  description: 'The other operand of an equality or relational comparison with a status expression (relational: a class bound).',
  example: 'res.status === 404, statusCode >= 500, 204 === this.statusCode',
  decide: (site, env) => {
    const binary = site.parent as ts.BinaryExpression;
    const other = binary.left === site.outer ? binary.right : binary.left;
    const evidence = statusExpressionEvidence(other, env);
    return evidence ? { context: 'comparison', evidence, rangeBound: RELATIONAL.has(binary.operatorToken.kind) } : undefined;
  },
});
