import * as ts from 'typescript';
import { statusExpressionEvidence } from '../statusExpressions';
import { typeScriptRule, type NodeSite } from './rule';

export default typeScriptRule<NodeSite>({
  id: 'status.switch-case',
  kind: 'finds',
  languages: ['typescript'],
  frameworks: [],
  positions: ['case'],
  description: 'A case of a switch on a status expression.',
  example: 'switch (res.status) { case 404: … }',
  decide: (site, env) => {
    const clause = site.parent as ts.CaseClause;
    const evidence = statusExpressionEvidence(clause.parent.parent.expression, env);
    return evidence ? { context: 'case', evidence } : undefined;
  },
});
