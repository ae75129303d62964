import * as ts from 'typescript';
import { typeScriptRule, type NodeSite } from './rule';

export default typeScriptRule<NodeSite>({
  id: 'table.status-named-enum',
  kind: 'finds',
  languages: ['typescript'],
  frameworks: [],
  positions: ['declaration'],
  description: 'A member of an enum or class named as a table of statuses.',
  example: 'enum HttpStatusCode { Ok = 200 }, class HttpStatus { static NOT_FOUND = 404 }',
  decide: (site, env) => {
    if (!ts.isPropertyDeclaration(site.parent) && !ts.isEnumMember(site.parent)) return undefined;
    const owner = site.parent.parent;
    const name = ts.isEnumDeclaration(owner) || ts.isClassLike(owner) ? owner.name?.text : undefined;
    return name !== undefined && env.names.isStatusTableName(name) ? { context: 'property', evidence: env.names.namedEvidence(name) } : undefined;
  },
});
