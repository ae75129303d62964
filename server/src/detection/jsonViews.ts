/** Container views (`rules/views.ts`) over jsonc-parser trees (and trees mapped onto them, such as YAML's). */
import type { Node as JsonNode } from 'jsonc-parser';
import type { ContainerView, MemberView, ValueView } from './rules/views';

const views = new WeakMap<JsonNode, ContainerView>();

/** The key text of a property node. */
export function propertyKey(property: JsonNode | undefined): string | undefined {
  const key = property?.type === 'property' ? property.children?.[0] : undefined;
  return key?.type === 'string' && typeof key.value === 'string' ? key.value : undefined;
}

/** The key under which an object or array value sits: `responses` for the object of `"responses": {…}`. */
export function containerKey(value: JsonNode | undefined): string | undefined {
  return value?.parent?.type === 'property' ? propertyKey(value.parent) : undefined;
}

/** The view of an object or array node (one per node). */
export function jsonContainerView(node: JsonNode): ContainerView {
  let view = views.get(node);
  if (!view) views.set(node, (view = createView(node)));
  return view;
}

export function jsonValueView(node: JsonNode | undefined): ValueView {
  if (!node) return { type: 'missing' };
  if (node.type === 'number' && typeof node.value === 'number') return { type: 'number', value: node.value };
  if (node.type === 'string' && typeof node.value === 'string') return { type: 'string', value: node.value };
  if (node.type === 'object' || node.type === 'array') {
    const container = jsonContainerView(node);
    return { type: container.type, container };
  }
  return { type: 'other' };
}

function createView(node: JsonNode): ContainerView {
  let members: MemberView[] | undefined;
  const isObject = node.type === 'object';
  return {
    type: isObject ? 'object' : 'array',
    name: containerKey(node),
    members: () =>
      (members ??= (node.children ?? []).map((child) =>
        isObject ? { key: propertyKey(child), value: jsonValueView(child.children?.[1]) } : { key: undefined, value: jsonValueView(child) },
      )),
    parent: () => {
      const holder = node.parent?.type === 'property' ? node.parent.parent : node.parent;
      return holder && (holder.type === 'object' || holder.type === 'array') ? jsonContainerView(holder) : undefined;
    },
  };
}
