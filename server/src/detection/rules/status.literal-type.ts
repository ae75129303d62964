import * as ts from 'typescript';
import { declaredName } from '../tsSyntax';
import { typeScriptRule, type NodeSite } from './rule';

export default typeScriptRule<NodeSite>({
  id: 'status.literal-type',
  kind: 'finds',
  languages: ['typescript'],
  frameworks: ['Elysia', 'Eden'],
  positions: ['literal-type'],
  description: 'A literal type of a status-named property, parameter or alias, or an argument of a status-keyed generic.',
  example: 'status: 200 | 201; type SuccessStatus = 200 | 204; PickResponseByStatusCode<App, 200>',
  decide: (site, env) => {
    let current: ts.Node = site.parent;
    while (current.parent && (ts.isUnionTypeNode(current.parent) || ts.isParenthesizedTypeNode(current.parent))) current = current.parent;
    const owner = current.parent;
    if (!owner) return undefined;
    if (ts.isTypeReferenceNode(owner)) {
      const generic = ts.isIdentifier(owner.typeName) ? owner.typeName.text : owner.typeName.right.text;
      return env.names.isStatusKeyedName(generic) ? { context: 'property', evidence: env.names.namedEvidence(generic) } : undefined;
    }
    const named = ts.isPropertySignature(owner) || ts.isPropertyDeclaration(owner) || ts.isParameter(owner) || ts.isTypeAliasDeclaration(owner);
    const name = named ? declaredName(owner) : undefined;
    if (name === undefined) return undefined;
    return env.names.isStatusName(name) || env.names.isStatusListName(name) ? { context: 'property', evidence: env.names.namedEvidence(name) } : undefined;
  },
});
