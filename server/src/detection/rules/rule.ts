/**
 * What a detection rule is. A rule has an id (`express.res-status`, `exclude.shade-scale`), a kind, the
 * positions it is asked about, and a decision for TypeScript/JavaScript trees, for JSON trees, or one
 * decision for both written against the read-only container views (`views.ts`). The registry
 * (`rules/index.ts`) lists every rule in evaluation order; the dispatchers (`dispatchTypeScript.ts`,
 * `dispatchJson.ts`) work out a literal's position and ask the rules registered for it.
 */
import type * as ts from 'typescript';
import type { Evidence, TypeScriptEnv } from '../statusExpressions';
import type { StatusNameRules } from '../statusNames';
import type { StatusContextKind } from '../types';
import type { ContainerView, ValueView } from './views';

/** `finds` reports a literal; `excludes` vetoes a look-alike before any finder runs; `filters` drops a finding on weak evidence. */
export type RuleKind = 'finds' | 'excludes' | 'filters';

/** `typescript` covers TypeScript, JavaScript, TSX and JSX; `json` covers JSON and JSONC (and trees mapped onto them). */
export type RuleLanguage = 'typescript' | 'json';

/** Where a literal stands, as the dispatchers tell positions apart. */
export type Position =
  | 'call-argument' // f(404), res.status(404)
  | 'constructor-argument' // new HttpException('…', 422)
  | 'decorator-argument' // @HttpCode(204)
  | 'property-value' // { status: 404 }, "status": 404
  | 'key' // { 404: … }, "404": …
  | 'array-element' // [429, 503]
  | 'declaration' // const status = 404, function f(status = 200), enum E { A = 404 }
  | 'assignment' // res.statusCode = 404
  | 'comparison' // res.status === 404, code >= 500
  | 'case' // case 404:
  | 'element-access' // STATUS_CODES[404]
  | 'type-key' // Reply: { 200: T }
  | 'literal-type' // status: 200 | 201
  | 'return-value' // get status() { return 404 }
  | 'fallback' // err.status || 500
  | 'named-value'; // NOT_FOUND: 404, Created = 201 (any named value, asked last)

/** What a finder concludes: the rule id is added by the dispatcher. */
export interface Finding {
  context: StatusContextKind;
  evidence: Evidence;
  /** Any number is reported (a typo like 4040 is flagged), not only 100-599. */
  strong?: boolean;
  /** A class bound (`>= 500`) rather than one response. */
  rangeBound?: boolean;
}

/** The description every rule carries; the rule doc (`docs/detection-rules.md`) is generated from it. */
export interface RuleMeta {
  id: string;
  kind: RuleKind;
  languages: readonly RuleLanguage[];
  /** Frameworks or formats whose API the rule encodes; empty for general rules. */
  frameworks: readonly string[];
  positions: readonly Position[];
  /** One line: what the rule decides. */
  description: string;
  /** A short example of what it finds (`finds`) or vetoes (`excludes`, `filters`). */
  example: string;
}

/** A call, constructor or decorator argument in TypeScript. `args` may be shorter than `index` (completion). */
export interface CallSite {
  position: 'call-argument' | 'constructor-argument' | 'decorator-argument';
  call: ts.CallExpression | ts.NewExpression;
  index: number;
  args: readonly ts.Expression[];
  name: string;
  receiver: ts.Expression | undefined;
  /** No numeric argument comes before this one: rules take the first numeric argument. */
  firstNumeric: boolean;
}

/** A position inside an object or array, in either language, through the read-only views. */
export interface ContainerSite {
  position: 'property-value' | 'key' | 'array-element';
  language: RuleLanguage;
  /** The object (property-value, key) or array (array-element) holding the position. */
  container: ContainerView;
  /** The property key, for property-value and key positions (undefined when computed). */
  key?: string;
  /** The value at the position (the property's value, the element); `missing` while not typed yet. */
  value: ValueView;
  /** Element index in an array, when known. */
  index?: number;
}

/** Any other TypeScript position: the node in the position and its parent. */
export interface NodeSite {
  position: Exclude<Position, CallSite['position'] | ContainerSite['position']>;
  /** The outermost expression whose value is the literal (after parentheses, `as`, `?:`, `||`). */
  outer: ts.Node;
  parent: ts.Node;
  /** The literal itself (or the completion placeholder). */
  node: ts.Node;
  /** A status expression the literal is the fallback of (`err.status || 500`), found while climbing. */
  fallbackOf?: Evidence;
}

/** A container position in TypeScript: the view plus the literal node, and the verdict of an enclosing array (`[[500]]`). */
export interface TypeScriptContainerSite extends ContainerSite {
  tsNode: ts.Node;
  enclosing?: () => Finding | undefined;
}

export type TypeScriptSite = CallSite | NodeSite | TypeScriptContainerSite;

/** Everything a JSON rule may consult. */
export interface JsonEnv {
  names: StatusNameRules;
}

/** A rule that decides TS and JSON alike, from container views. */
export interface SharedRule extends RuleMeta {
  shape: 'shared';
  positions: readonly ContainerSite['position'][];
  /** finds: a finding; excludes: true to veto. */
  decide(site: ContainerSite, names: StatusNameRules): Finding | boolean | undefined;
  /**
   * For a rule of property values only: the keys it can decide about at all (asked only of a site that has a key). False for a site's key means `decide`
   * gives no verdict there (undefined or false), whatever the container and value, so a dispatcher may skip the
   * rule for that key (JSON asks once per distinct key, not once per literal). Must not depend on the name rules.
   */
  keys?(key: string): boolean;
}

export interface TypeScriptRule extends RuleMeta {
  shape: 'typescript';
  decide(site: TypeScriptSite, env: TypeScriptEnv): Finding | boolean | undefined;
}

export interface JsonRule extends RuleMeta {
  shape: 'json';
  decide(site: ContainerSite, env: JsonEnv): Finding | boolean | undefined;
}

/** Facts an evidence filter judges: the finding and the literal's value. */
export interface FilterInput {
  finding: Finding;
  /** The numeric value of the literal, when it is a number or a numeric string. */
  value: number | undefined;
  /** A string literal (`'404'`, `"200"`): its digits must be a code 100-599 even where any number would be reported. */
  isString?: boolean;
  language: RuleLanguage;
  /** TS: the literal's node, for scope questions. */
  node?: ts.Node;
}

export interface FilterRule extends RuleMeta {
  shape: 'filter';
  kind: 'filters';
  /** True to drop the finding. `protocol` is the file's protocol scope. */
  drops(input: FilterInput, scope: FilterScope): boolean;
}

/** What the filters know about the file as a whole. */
export interface FilterScope {
  /** Whether a match of this evidence is another protocol's code (FTP, SMTP, SIP). */
  suppresses(node: ts.Node | undefined, evidence: Evidence, strong: boolean | undefined): boolean;
}

export type Rule = SharedRule | TypeScriptRule | JsonRule | FilterRule;

/** One step of a verdict, for `--explain`. */
export interface VerdictStep {
  rule: string;
  outcome: 'vetoed' | 'found' | 'dropped';
}

/** Helpers to declare rules with their position narrowed. */
export function typeScriptRule<S extends TypeScriptSite>(
  meta: Omit<TypeScriptRule, 'shape' | 'decide'> & { decide(site: S, env: TypeScriptEnv): Finding | boolean | undefined },
): TypeScriptRule {
  return { ...meta, shape: 'typescript', decide: meta.decide as TypeScriptRule['decide'] };
}

export function sharedRule(meta: Omit<SharedRule, 'shape' | 'languages'>): SharedRule {
  return { ...meta, shape: 'shared', languages: ['typescript', 'json'] };
}

export function jsonRule(meta: Omit<JsonRule, 'shape' | 'languages'>): JsonRule {
  return { ...meta, shape: 'json', languages: ['json'] };
}

export function filterRule(meta: Omit<FilterRule, 'shape' | 'kind'>): FilterRule {
  return { ...meta, shape: 'filter', kind: 'filters' };
}
