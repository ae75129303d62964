/** Container views (`rules/views.ts`) over TypeScript object and array literals. */
import * as ts from 'typescript';
import { containerName } from './containerNames';
import type { ContainerView, MemberView, ValueView } from './rules/views';
import { calleeOf, isTransparentWrapper, numericValue, propertyNameText, unwrap } from './tsSyntax';

const {
  SyntaxKind, isArrayLiteralExpression, isNewExpression, isNumericLiteral, isObjectLiteralExpression, isPrefixUnaryExpression,
  isPropertyAssignment, isStringLiteralLike, isThrowStatement,
} = ts;

const views = new WeakMap<ts.Node, ContainerView>();

/** The view of an object or array literal (one per node). */
export function containerViewOf(node: ts.ObjectLiteralExpression | ts.ArrayLiteralExpression): ContainerView {
  let view = views.get(node);
  if (!view) views.set(node, (view = createView(node)));
  return view;
}

/** The view of a value expression. */
export function valueViewOf(expression: ts.Node | undefined): ValueView {
  if (!expression) return { type: 'missing' };
  let target = isTransparentOrExpression(expression) ? unwrap(expression as ts.Expression) : expression;
  if (target.kind === SyntaxKind.Identifier && (target as ts.Identifier).text === '' && target.pos === target.end) return { type: 'missing' };
  let sign = 1;
  if (isPrefixUnaryExpression(target) && target.operator === SyntaxKind.MinusToken) {
    sign = -1;
    target = unwrap(target.operand);
  }
  if (isNumericLiteral(target)) return { type: 'number', value: sign * numericValue(target) };
  if (sign === 1 && isStringLiteralLike(target)) return { type: 'string', value: target.text };
  if (isObjectLiteralExpression(target) || isArrayLiteralExpression(target)) {
    const container = containerViewOf(target);
    return { type: container.type, container };
  }
  return { type: 'other' };
}

function isTransparentOrExpression(node: ts.Node): boolean {
  return isTransparentWrapper(node) || node.kind === SyntaxKind.AwaitExpression;
}

function createView(node: ts.ObjectLiteralExpression | ts.ArrayLiteralExpression): ContainerView {
  let members: MemberView[] | undefined;
  const isObject = isObjectLiteralExpression(node);
  const view: ContainerView = {
    type: isObject ? 'object' : 'array',
    name: containerName(node),
    members: () =>
      (members ??= isObject
        ? node.properties.map((member) => ({
            key: propertyNameText(member.name),
            value: isPropertyAssignment(member) ? valueViewOf(member.initializer) : { type: 'other' },
          }))
        : node.elements.map((element) => ({ key: undefined, value: valueViewOf(element) }))),
    parent: () => enclosingContainer(node),
  };
  if (isObject) {
    if (isThrowStatement(outerOf(node).parent)) view.thrown = true;
    if (isResponseConstructorArgument(node)) view.responseConstructorArgument = true;
  }
  return view;
}

function outerOf(node: ts.Node): ts.Node {
  let current = node;
  while (current.parent && isTransparentWrapper(current.parent)) current = current.parent;
  return current;
}

/** The object or array literal this container is a member value of. */
function enclosingContainer(node: ts.Node): ContainerView | undefined {
  const parent = outerOf(node).parent;
  if (parent && isPropertyAssignment(parent) && isObjectLiteralExpression(parent.parent)) return containerViewOf(parent.parent);
  if (parent && isArrayLiteralExpression(parent)) return containerViewOf(parent);
  return undefined;
}

/** `new Response({ code: 200, body })` (Postman's SDK): the object a response is made from. */
function isResponseConstructorArgument(object: ts.ObjectLiteralExpression): boolean {
  const current = outerOf(object);
  const parent = current.parent;
  if (!parent || !isNewExpression(parent) || parent.arguments?.[0] !== current) return false;
  const name = calleeOf(parent)?.name;
  return name !== undefined && /^[A-Z]/.test(name) && /response$/i.test(name);
}
