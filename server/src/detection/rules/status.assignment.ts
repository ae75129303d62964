import * as ts from 'typescript';
import { statusExpressionEvidence } from '../statusExpressions';
import { expressionName } from '../tsSyntax';
import { typeScriptRule, type NodeSite } from './rule';

export default typeScriptRule<NodeSite>({
  id: 'status.assignment',
  kind: 'finds',
  languages: ['typescript'],
  frameworks: ['Node http', 'Koa'],
  positions: ['assignment'],
  description: 'A value assigned to a status expression, or to a member of a status table.',
  example: 'res.statusCode = 404, ctx.status = 201, status ??= 200, HTTP_STATUS.NOT_FOUND = 404',
  decide: (site, env) => {
    const binary = site.parent as ts.BinaryExpression;
    if (binary.right !== site.outer) return undefined;
    const evidence = statusExpressionEvidence(binary.left, env);
    if (evidence) return { context: 'property', evidence };
    const table = ts.isPropertyAccessExpression(binary.left) ? expressionName(binary.left.expression) : undefined;
    return table !== undefined && env.names.isStatusTableName(table) ? { context: 'property', evidence: env.names.namedEvidence(table) } : undefined;
  },
});
