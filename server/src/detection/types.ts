/**
 * What the detector finds in a document: literals that stand for HTTP status codes, and where a
 * status code is expected (for completion). Offsets are UTF-16 offsets into the document text.
 */

import type { RouteScope, TextSpan } from './routeScopes';
import type { JsonStringTable } from './jsonStringTable';
import type { YamlValueScalar } from './yamlTree';

/** Languages the detector reads (LSP language ids). */
export type DetectorLanguage =
  | 'typescript'
  | 'typescriptreact'
  | 'javascript'
  | 'javascriptreact'
  | 'json'
  | 'jsonc'
  | 'yaml';

/** Why a literal counts as a status code; drives completion ordering and lets tests say which rule fired. */
export type StatusContextKind =
  | 'call-argument' // res.status(404), ctx.throw(403), new HttpException('…', 422), .expect(200)
  | 'decorator' // @HttpCode(204)
  | 'property' // { status: 201 }, err.statusCode = 404, "statusCode": 422
  | 'comparison' // res.status === 404, statusCode >= 500
  | 'case' // case 409: in a switch on a status expression
  | 'assertion' // expect(res.status).toBe(201), assert.equal(res.statusCode, 200)
  | 'array-element' // const retryStatuses = [429, 503]
  | 'openapi-response-key' // "responses": { "404": … }, "4XX"
  | 'schema-value' // example/const/enum of a status property in a JSON schema
  | 'named-constant'; // HttpStatus.CONFLICT, StatusCodes.CONFLICT, HttpStatusCode.Conflict; STATUS_CODES[409]

/** A literal in a status position. Its value may be out of range (4040): the detector still reports it. */
export interface StatusLiteral {
  /** Offset of the literal's first character (a string's opening quote). */
  start: number;
  /** Offset just past the literal (past a string's closing quote). */
  end: number;
  /** The literal's source text, quotes included: `404`, `"404"`, `'4XX'`. */
  text: string;
  /** The numeric value, or a range like "4XX" (upper-case) for OpenAPI range keys. */
  code: number | string;
  /** The quote character of a string literal, absent for a number. */
  quote?: '"' | "'" | '`';
  context: StatusContextKind;
  /** The id of the detection rule that found it (`express.res-status`); see docs/detection-rules.md. */
  rule: string;
  /**
   * True when the literal is a bound of a relational comparison or range assertion (`>= 500`,
   * `toBeLessThan(600)`): it stands for a class boundary rather than one response, so features may
   * word it differently (it is still a valid code: only 100-599 bounds are reported).
   */
  rangeBound?: boolean;
  /** Set when the literal is a named constant (`HttpStatus.CONFLICT`): `start`/`end` span the whole expression. */
  constant?: NamedStatusConstant;
}

/** A status written as a member of a known package's enum or of the file's own enum or const object. */
export interface NamedStatusConstant {
  /** The object as written: `HttpStatus`, `axios.HttpStatusCode`. */
  object: string;
  /** The member as written: `CONFLICT`. */
  member: string;
  /** Offsets of the member name: a quick fix replaces only it. */
  memberStart: number;
  memberEnd: number;
  /** The table's origin: `@nestjs/common HttpStatus`, `axios HttpStatusCode`, or `local`. */
  source: string;
  style: 'UPPER_SNAKE' | 'Pascal' | 'other';
  /** Every member of the same table with its code, a code's preferred name first (shared, not copied, per literal). */
  members: ReadonlyArray<{ name: string; code: number }>;
}

/** Which catalogs the file itself asks for: SDK imports and `status-catalog:` comment directives. */
export interface ScopeHints {
  /** Catalog ids named by imports of Huawei Cloud SDK service packages (`@huaweicloud/huaweicloud-sdk-dds` → "dds"). */
  sdkServices: string[];
  /** Catalog ids named by comment directives (`// status-catalog: dds, ddm`). */
  directives: string[];
  /** Every id a directive names, where it stands in the document (offsets), so an unknown id can be flagged. */
  directiveIds?: Array<{ id: string; start: number; end: number }>;
}

/** Where the cursor is a place a status code is expected: the completion context. */
export interface StatusSlot {
  /**
   * The range completion replaces: the partial literal under the cursor (digits typed so far), or empty.
   * When the cursor is inside a string (`"4|"`), the range spans the whole string token, quotes
   * included, and `quote` is set: the completion writes `quote + code + quote`.
   */
  start: number;
  end: number;
  /** What has been typed so far inside the literal, without quotes ("4", ""). */
  prefix: string;
  context: StatusContextKind;
  /** The quote a completion must write, when the slot is inside or requires a string (JSON keys and values). */
  quote?: '"' | "'" | '`';
  /** True when the slot is an object key (OpenAPI `responses`): completions insert a key. */
  isKey?: boolean;
  /** The class the surroundings suggest: 2 for `.expect(` after a POST, 4 for `>= 4`… Absent when unknown. */
  preferredClass?: number;
  /** The HTTP method the surroundings mention (`.post(`, `"post":`), upper-case, when known. */
  method?: string;
}

/** User-configurable names (settings), merged with the built-in defaults. */
export interface DetectionOptions {
  /** Extra property names whose values are status codes (added to status, statusCode, httpStatusCode…). */
  extraPropertyNames: string[];
  /** Extra call names whose first numeric argument is a status code (added to status, sendStatus…). */
  extraCallNames: string[];
}

/** The verdict on one literal, rule by rule. */
export interface Explanation {
  /** The literal's range and text. */
  start: number;
  end: number;
  text: string;
  /** `found`: reported; `vetoed`: an `excludes` rule ruled it out; `dropped`: an evidence filter did; `none`: no rule applied. */
  verdict: 'found' | 'vetoed' | 'dropped' | 'none';
  /** The deciding rule (absent for `none`). */
  rule?: string;
  /** The rules that spoke, in order. */
  steps: Array<{ rule: string; outcome: 'vetoed' | 'found' | 'dropped' }>;
}

/** A document parsed once per version; everything the features need from it. */
export interface DetectedDocument {
  languageId: DetectorLanguage;
  /** Status literals in document order (sorted by start). */
  literals: StatusLiteral[];
  scopeHints: ScopeHints;
  /** The completion context at an offset (parse state is kept inside; no re-parse). */
  slotAt(offset: number): StatusSlot | undefined;
  /**
   * The file's route handlers (TS/JS), found on first use: only documents in scope of an OpenAPI catalog need them.
   * Absent for JSON.
   */
  routeScopes?(): readonly RouteScope[];
  /**
   * The spans of the strings route scopes are read from (routeScopes.ts): an edit inside one of them may change
   * the scopes; any other string edit only shifts them. Present with `routeScopes`.
   */
  routeInputs?(): readonly TextSpan[];
  /**
   * Why the number or string at an offset is or is not reported: the rule that found it, the veto or filter
   * that ruled it out, or that no rule applied (undefined when no literal is there). For `list --explain`.
   */
  explain?(offset: number): Explanation | undefined;
  /**
   * The syntax tree, handed back to `detectDocument` with the next version of the document so that the parser
   * re-reads only what changed. Opaque to everyone else; once handed back, this document's `slotAt` is stale.
   */
  readonly syntaxTree?: object;
  /** JSON/JSONC: the value strings of the analysed text, made during detection for edits inside them (editImpact.ts). */
  readonly jsonStrings?: JsonStringTable;
  /** YAML: its value scalars, by start, for edits inside them (editImpact.ts). */
  readonly yamlScalars?: readonly YamlValueScalar[];
}
