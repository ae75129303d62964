/**
 * The TypeScript/JavaScript dispatcher: works out which position a literal (or the completion
 * placeholder) fills, builds that position's site and asks the rules registered for it (`ruleEngine.ts`).
 * Detection and completion share it, so a position takes a status in both or in neither.
 */
import * as ts from 'typescript';
import { isFirstNumeric } from './callShapes';
import { runRules } from './ruleEngine';
import type { CallSite, NodeSite, TypeScriptContainerSite, VerdictStep } from './rules/rule';
import type { Classification, Evidence, TypeScriptEnv } from './statusExpressions';
import { statusExpressionEvidence } from './statusExpressions';
import { containerViewOf, valueViewOf } from './tsViews';
import { calleeOf, isFallbackOperator, isTransparentWrapper, propertyNameText } from './tsSyntax';

// Read once: the compiler's exports are getters, too slow to call per node.
const {
  SyntaxKind, isArrayLiteralExpression, isArrowFunction, isBinaryExpression, isBindingElement, isCallExpression, isCaseClause,
  isConditionalExpression, isDecorator, isElementAccessExpression, isEnumMember, isJsxAttribute, isJsxExpression,
  isLiteralTypeNode, isNewExpression, isObjectLiteralExpression, isParameter, isPrefixUnaryExpression, isPropertyAssignment,
  isPropertyDeclaration, isPropertySignature, isReturnStatement, isShorthandPropertyAssignment, isVariableDeclaration,
} = ts;

const COMPARISON_OPERATORS = new Set([
  SyntaxKind.EqualsEqualsEqualsToken, SyntaxKind.EqualsEqualsToken, SyntaxKind.ExclamationEqualsEqualsToken, SyntaxKind.ExclamationEqualsToken,
  SyntaxKind.LessThanToken, SyntaxKind.LessThanEqualsToken, SyntaxKind.GreaterThanToken, SyntaxKind.GreaterThanEqualsToken,
]);
const ASSIGNMENT_OPERATORS = new Set([SyntaxKind.EqualsToken, SyntaxKind.BarBarEqualsToken, SyntaxKind.QuestionQuestionEqualsToken]);

/** `-404`, `+404`: a sign does not move the literal out of its position. */
function isSign(node: ts.Node): boolean {
  return isPrefixUnaryExpression(node) && (node.operator === SyntaxKind.MinusToken || node.operator === SyntaxKind.PlusToken);
}

/** The value position a literal fills, and a status expression it is the fallback of. */
interface Climb {
  outer: ts.Node;
  fallbackOf?: Evidence;
}

/**
 * Climbs already made, per analysis (an environment belongs to one analysis and is complete before literals are
 * judged): the literals of one chain (`a || 404 || 409 || …`, `c ? 404 : d ? 409 : …`) share the path above
 * them, and climbing it afresh from each literal costs the chain's length per literal.
 */
const climbsByEnv = new WeakMap<TypeScriptEnv, Map<ts.Node, Climb>>();

/**
 * Climbs from a literal through wrappers that can yield its value unchanged: parentheses, `as`, `satisfies`,
 * `!`, a sign, the branches of `?:` and the operands of `||` / `??`. The fallback evidence is the nearest one.
 */
function climb(node: ts.Node, env: TypeScriptEnv): Climb {
  // Most literals stand in a position directly (`res.status(404)`): no step up, nothing to remember, as no climb
  // from elsewhere passes through a node whose parent takes no step (and the answer depends on nothing else).
  const parent = node.parent;
  if (!parent || !takesStep(node, parent)) return { outer: node };
  let climbs = climbsByEnv.get(env);
  if (!climbs) climbsByEnv.set(env, (climbs = new Map()));
  const path: ts.Node[] = [];
  const evidence: Array<Evidence | undefined> = [];
  let outer = node;
  let above: Climb | undefined;
  for (;;) {
    above = climbs.get(outer);
    if (above) break;
    const parent = outer.parent;
    if (!parent || !takesStep(outer, parent)) break;
    path.push(outer);
    evidence.push(stepEvidence(outer, parent, env));
    outer = parent;
  }
  let result: Climb = above ?? { outer };
  if (!above) climbs.set(outer, result);
  for (let i = path.length - 1; i >= 0; i--) {
    const fallbackOf = evidence[i] ?? result.fallbackOf;
    result = fallbackOf ? { outer: result.outer, fallbackOf } : { outer: result.outer };
    climbs.set(path[i]!, result);
  }
  return result;
}

/** Whether `climb` goes on from `outer` to its parent: a wrapper, a sign, a branch of `?:`, an operand of `||` / `??`. */
function takesStep(outer: ts.Node, parent: ts.Node): boolean {
  return isTransparentWrapper(parent) || isSign(parent) ||
    (isConditionalExpression(parent) && parent.condition !== outer) ||
    (isBinaryExpression(parent) && isFallbackOperator(parent.operatorToken.kind));
}

/** What a step `takesStep` allows says of the value: the other branch or operand's evidence (none for a wrapper or sign). */
function stepEvidence(outer: ts.Node, parent: ts.Node, env: TypeScriptEnv): Evidence | undefined {
  if (isConditionalExpression(parent)) return statusExpressionEvidence(parent.whenTrue === outer ? parent.whenFalse : parent.whenTrue, env);
  if (isBinaryExpression(parent)) return statusExpressionEvidence(parent.left === outer ? parent.right : parent.left, env);
  return undefined;
}

/** Whether the value position of `node` (a literal or an empty placeholder) takes a status code, and by which rule. */
export function classifyValue(node: ts.Node, env: TypeScriptEnv, trace?: VerdictStep[]): Classification | undefined {
  if (isLiteralTypeNode(node.parent)) return found(runNode('literal-type', node, node.parent, node, env, trace));
  const { outer, fallbackOf } = climb(node, env);
  const verdict = classifyPosition(node, outer, env, trace);
  if (verdict === 'vetoed') return undefined;
  if (verdict) return verdict;
  const parent = outer.parent;
  if (!parent) return undefined;
  const site: NodeSite = { position: 'fallback', outer, parent, node, ...(fallbackOf ? { fallbackOf } : {}) };
  return found(runRules('typescript', 'fallback', site, env, trace) ?? runRules('typescript', 'named-value', { ...site, position: 'named-value' }, env, trace));
}

function found(verdict: Classification | 'vetoed' | undefined): Classification | undefined {
  return verdict === 'vetoed' ? undefined : verdict;
}

function runNode(
  position: NodeSite['position'],
  node: ts.Node,
  parent: ts.Node,
  outer: ts.Node,
  env: TypeScriptEnv,
  trace: VerdictStep[] | undefined,
): Classification | 'vetoed' | undefined {
  const site: NodeSite = { position, outer, parent, node };
  return runRules('typescript', position, site, env, trace);
}

function classifyPosition(node: ts.Node, outer: ts.Node, env: TypeScriptEnv, trace?: VerdictStep[]): Classification | 'vetoed' | undefined {
  const parent = outer.parent;
  if (!parent) return undefined;
  if ((isCallExpression(parent) || isNewExpression(parent)) && parent.arguments) {
    const index = parent.arguments.indexOf(outer as ts.Expression);
    return index >= 0 ? classifyCallArgumentVerdict(parent, index, env, trace) : undefined;
  }
  if (isPropertyAssignment(parent) && isObjectLiteralExpression(parent.parent)) {
    const isKey = parent.name === outer;
    const site: TypeScriptContainerSite = {
      position: isKey ? 'key' : 'property-value',
      language: 'typescript',
      container: containerViewOf(parent.parent),
      value: valueViewOf(parent.initializer),
      tsNode: node,
    };
    const key = propertyNameText(parent.name);
    if (key !== undefined) site.key = key;
    return runRules('typescript', site.position, site, env, trace);
  }
  const position = nodePosition(outer, parent);
  if (position === 'array-element') return classifyArrayElementVerdict(parent as ts.ArrayLiteralExpression, env, (parent as ts.ArrayLiteralExpression).elements.indexOf(outer as ts.Expression), trace);
  return position ? runNode(position, node, parent, outer, env, trace) : undefined;
}

/** The position `outer` fills in `parent`, for positions other than call arguments and object members. */
function nodePosition(outer: ts.Node, parent: ts.Node): NodeSite['position'] | 'array-element' | undefined {
  if (isVariableDeclaration(parent) || isParameter(parent) || isBindingElement(parent) || isJsxAttribute(parent)) return 'declaration';
  if (isPropertyDeclaration(parent) || isEnumMember(parent)) return 'declaration';
  if (isJsxExpression(parent) && parent.parent && isJsxAttribute(parent.parent)) return 'declaration';
  if (isShorthandPropertyAssignment(parent) && parent.objectAssignmentInitializer === outer) return 'declaration';
  if (isBinaryExpression(parent)) {
    const operator = parent.operatorToken.kind;
    if (ASSIGNMENT_OPERATORS.has(operator)) return 'assignment';
    return COMPARISON_OPERATORS.has(operator) ? 'comparison' : undefined;
  }
  if (isCaseClause(parent) && parent.expression === outer) return 'case';
  if (isArrayLiteralExpression(parent)) return 'array-element';
  if (isElementAccessExpression(parent) && parent.argumentExpression === outer) return 'element-access';
  if (isPropertySignature(parent) && parent.name === outer) return 'type-key';
  if (isReturnStatement(parent) || (isArrowFunction(parent) && parent.body === outer)) return 'return-value';
  return undefined;
}

/** Argument `index` of a call, constructor or decorator call; `args` may be shorter than `index` (completion). */
export function classifyCallArgument(call: ts.CallExpression | ts.NewExpression, index: number, env: TypeScriptEnv, trace?: VerdictStep[]): Classification | undefined {
  return found(classifyCallArgumentVerdict(call, index, env, trace));
}

function classifyCallArgumentVerdict(
  call: ts.CallExpression | ts.NewExpression,
  index: number,
  env: TypeScriptEnv,
  trace?: VerdictStep[],
): Classification | 'vetoed' | undefined {
  const callee = calleeOf(call);
  if (!callee) return undefined;
  const args = call.arguments ?? ts.factory.createNodeArray<ts.Expression>();
  const position: CallSite['position'] = isDecorator(call.parent)
    ? 'decorator-argument'
    : isNewExpression(call)
      ? 'constructor-argument'
      : 'call-argument';
  const site: CallSite = { position, call, index, args, name: callee.name, receiver: callee.receiver, firstNumeric: isFirstNumeric(args, index) };
  return runRules('typescript', position, site, env, trace);
}

/** An element of an array literal (`index` when known). */
export function classifyArrayElement(array: ts.ArrayLiteralExpression, env: TypeScriptEnv, index?: number, trace?: VerdictStep[]): Classification | undefined {
  return found(classifyArrayElementVerdict(array, env, index, trace));
}

function classifyArrayElementVerdict(
  array: ts.ArrayLiteralExpression,
  env: TypeScriptEnv,
  index: number | undefined,
  trace?: VerdictStep[],
): Classification | 'vetoed' | undefined {
  const element = index !== undefined ? array.elements[index] : undefined;
  const site: TypeScriptContainerSite = {
    position: 'array-element',
    language: 'typescript',
    container: containerViewOf(array),
    value: valueViewOf(element),
    tsNode: array,
    // [[500], [500]]: an inner list is judged as an element of the outer one.
    enclosing: () => (isArrayLiteralExpression(array.parent) ? classifyArrayElement(array.parent, env) : undefined),
  };
  if (index !== undefined && index >= 0) site.index = index;
  return runRules('typescript', 'array-element', site, env, trace);
}
