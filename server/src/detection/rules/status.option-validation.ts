import * as ts from 'typescript';
import { declaredName } from '../tsSyntax';
import { typeScriptRule, type CallSite } from './rule';

/** Validation and default methods of schema builders (Joi, Yup, Zod, class-validator-like chains). */
const VALIDATION_METHODS = new Set([
  'valid', 'allow', 'default', 'min', 'max', 'greater', 'less', 'equal', 'equals', 'oneOf', 'only', 'items', 'example',
  'examples', 'gte', 'lte', 'gt', 'lt', 'literal', 'enum', 'catch',
]);

/** The name of the property or variable a call chain is the value of: `emptyStatusCode` for `emptyStatusCode: Joi.valid(…)…`. */
export function chainOwnerName(call: ts.Node): string | undefined {
  let current: ts.Node = call;
  for (;;) {
    const parent = current.parent;
    if (!parent) return undefined;
    if ((ts.isPropertyAccessExpression(parent) && parent.expression === current) || (ts.isCallExpression(parent) && parent.expression === current)) {
      current = parent;
      continue;
    }
    break;
  }
  const owner = current.parent;
  if (!owner || !('initializer' in owner) || (owner as { initializer?: ts.Node }).initializer !== current) return undefined;
  return declaredName(owner);
}

export default typeScriptRule<CallSite>({
  id: 'status.option-validation',
  kind: 'finds',
  languages: ['typescript'],
  frameworks: ['Joi', 'Yup', 'Zod', 'hapi'],
  positions: ['call-argument'],
  description: 'A value given to the validation or default of a status-named option.',
  example: 'emptyStatusCode: Joi.valid(200, 204).default(204), statuses: Joi.array().items(…).default([200, 204])',
  decide: (site, env) => {
    if (!VALIDATION_METHODS.has(site.name) || site.receiver === undefined) return undefined;
    const owner = chainOwnerName(site.call);
    return owner !== undefined && (env.names.isStatusName(owner) || env.names.isStatusListName(owner))
      ? { context: 'property', evidence: env.names.namedEvidence(owner) }
      : undefined;
  },
});
