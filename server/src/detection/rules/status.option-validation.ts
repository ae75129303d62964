import * as ts from 'typescript';
import { declaredName } from '../tsSyntax';
import { calleeOf, isTransparentWrapper } from '../tsSyntax';
import { typeScriptRule, type CallSite, type TypeScriptContainerSite } from './rule';

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

/** `.default([200, 204])`, `.valid(...[200, 204])`: the call a list is given to. */
function validationCallOf(array: ts.Node): { call: ts.CallExpression; name: string; receiver: ts.Expression | undefined } | undefined {
  let current = array;
  while (current.parent && (isTransparentWrapper(current.parent) || ts.isSpreadElement(current.parent))) current = current.parent;
  const call = current.parent;
  if (!call || !ts.isCallExpression(call) || !call.arguments.includes(current as ts.Expression)) return undefined;
  const callee = calleeOf(call);
  return callee ? { call, name: callee.name, receiver: callee.receiver } : undefined;
}

export default typeScriptRule<CallSite | TypeScriptContainerSite>({
  id: 'status.option-validation',
  kind: 'finds',
  languages: ['typescript'],
  frameworks: ['Joi', 'Yup', 'Zod', 'hapi'],
  positions: ['call-argument', 'array-element'],
  description: 'A value given to the validation or default of a status-named option (directly or in a list).',
  example: 'emptyStatusCode: Joi.valid(200, 204).default(204), statuses: Joi.array().items(…).default([200, 204])',
  decide: (site: CallSite | TypeScriptContainerSite, env) => {
    const call = 'tsNode' in site ? validationCallOf(site.tsNode) : site;
    if (!call || !VALIDATION_METHODS.has(call.name) || call.receiver === undefined) return undefined;
    const owner = chainOwnerName(call.call);
    return owner !== undefined && (env.names.isStatusName(owner) || env.names.isStatusListName(owner))
      ? { context: 'property', evidence: env.names.namedEvidence(owner) }
      : undefined;
  },
});
