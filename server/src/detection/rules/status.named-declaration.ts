import * as ts from 'typescript';
import { declaredName, propertyNameText } from '../tsSyntax';
import { typeScriptRule, type NodeSite } from './rule';

/** The name a declaration binds its value to. */
function boundName(parent: ts.Node): string | undefined {
  if (ts.isBindingElement(parent) && parent.propertyName) return propertyNameText(parent.propertyName);
  if (ts.isJsxExpression(parent)) return parent.parent && ts.isJsxAttribute(parent.parent) ? declaredName(parent.parent) : undefined;
  if (ts.isShorthandPropertyAssignment(parent)) return parent.name.text;
  if (ts.isPropertyDeclaration(parent) || ts.isEnumMember(parent)) return propertyNameText(parent.name);
  return declaredName(parent);
}

export default typeScriptRule<NodeSite>({
  id: 'status.named-declaration',
  kind: 'finds',
  languages: ['typescript'],
  frameworks: ['React', 'Next.js'],
  positions: ['declaration'],
  description: 'A value bound to a status name: variable, parameter default, destructuring default, class field, JSX attribute.',
  example: 'const status = 302; function f(statusCode = 200) {}; <Error statusCode={404} />',
  decide: (site, env) => {
    const name = boundName(site.parent);
    return name !== undefined && env.names.isStatusName(name) ? { context: 'property', evidence: env.names.namedEvidence(name) } : undefined;
  },
});
