/**
 * Read-only views of objects and arrays, over a TypeScript tree (`tsViews.ts`) or a JSON tree
 * (`jsonViews.ts`), so a rule about containers (`{ status: 404 }`, `"responses": {"404": …}`,
 * `retryStatusCodes: [429]`) is written once and cannot drift between the two languages.
 */

/** A value as container rules see it: its type and, for numbers and strings, its value. */
export interface ValueView {
  type: 'number' | 'string' | 'object' | 'array' | 'other' | 'missing';
  value?: number | string;
  /** The value's own view, for an object or array. */
  container?: ContainerView;
}

export interface MemberView {
  /** The key of an object member (undefined when computed, and for array elements). */
  key: string | undefined;
  value: ValueView;
}

export interface ContainerView {
  type: 'object' | 'array';
  /** The name the container is bound to: `responses` in `"responses": {…}` or `const responses = {…}`. */
  name: string | undefined;
  /** Members in source order (computed once per container). */
  members(): readonly MemberView[];
  /** The container this one is a member value of (for `"status": {"enum": [...]}`, the object holding `enum`). */
  parent(): ContainerView | undefined;
  /** TS only: the object is thrown (`throw { code: 404, … }`). */
  thrown?: boolean;
  /** TS only: the object is the first argument of a `new …Response(…)`. */
  responseConstructorArgument?: boolean;
}

const MISSING: ValueView = { type: 'missing' };

/** The value view of a member by key, or `missing`. */
export function memberValue(container: ContainerView, key: string): ValueView {
  return container.members().find((member) => member.key === key)?.value ?? MISSING;
}

/**
 * A view that keeps `perContainer`'s verdicts on itself (the JSON walk's frames, one per object of a large log): a
 * small list per container asked, rather than an entry in a WeakMap per verdict, whose ephemeron tables cost every
 * collection and whose lookups cost more than the verdicts.
 */
export abstract class VerdictKeepingView implements ContainerView {
  abstract readonly type: 'object' | 'array';
  abstract readonly name: string | undefined;
  abstract members(): readonly MemberView[];
  abstract parent(): ContainerView | undefined;
  /** By verdict (`perContainer`'s order of creation); undefined: not computed. */
  keptVerdicts: unknown[] | undefined = undefined;
}

/** How many `perContainer` verdicts exist (the index of the next one in `keptVerdicts`). */
let verdictsDeclared = 0;

/**
 * Memoises a verdict per container view (views are cached per tree node, so this is per object). Each call takes a
 * slot of `keptVerdicts` for good: call it once per verdict, at a module's top level, never per analysis.
 */
export function perContainer<T>(compute: (container: ContainerView) => T): (container: ContainerView) => T {
  const verdicts = new WeakMap<ContainerView, T>();
  const slot = verdictsDeclared++;
  return (container) => {
    if (container instanceof VerdictKeepingView) {
      // An undefined verdict is computed again each time: the same answer, as `compute` reads a closed container.
      const kept = (container.keptVerdicts ??= []);
      const known = kept[slot];
      if (known !== undefined) return known as T;
      const verdict = compute(container);
      kept[slot] = verdict;
      return verdict;
    }
    // One lookup when the verdict is known (a large JSON log asks once per number of each record).
    const known = verdicts.get(container);
    if (known !== undefined || verdicts.has(container)) return known as T;
    const verdict = compute(container);
    verdicts.set(container, verdict);
    return verdict;
  };
}

/**
 * A table of codes maps names to values; an object that also holds lists or objects is a record, e.g. a
 * status widget `status: { x: 500, y: 300, children: [] }` or Node-RED's `"status": {"x": 500, "wires": []}`.
 */
export const isFlatTable = perContainer((object) =>
  object.members().every((member) => member.value.type !== 'object' && member.value.type !== 'array'),
);
