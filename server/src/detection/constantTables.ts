/**
 * The status-code constants of the packages people write instead of numbers: NestJS's `HttpStatus`,
 * http-status-codes' `StatusCodes`/`ReasonPhrases` (and its legacy default export), axios's `HttpStatusCode`,
 * http-status's `status` object, and Node's `http.STATUS_CODES`. Each table lists the codes the package
 * defines and derives the member names from the standard reason phrases in the package's naming style; only
 * where a package spells a code its own way (NestJS's `I_AM_A_TEAPOT`, `PAYLOAD_TOO_LARGE`, http-status-codes'
 * `REQUEST_TOO_LONG`) is the name written out. Checked against the packages' type declarations
 * (@nestjs/common 12.5, http-status-codes 2.3, axios 1.21, http-status 2.1): a member a package does not
 * have is never offered, and an unknown member name is never guessed.
 */
import { codeOfReasonPhrase, squeezePhrase, standardReasonPhrase } from '../http/reasonPhrases';

export type ConstantStyle = 'UPPER_SNAKE' | 'Pascal' | 'other';

export interface ConstantMember {
  name: string;
  code: number;
}

/** A table of constants: its members in order (a code's preferred name first), and whether `table[404]` indexes it. */
export interface ConstantTable {
  /** Where it comes from, for messages and tests: `@nestjs/common HttpStatus`, or `local` for the file's own enum. */
  source: string;
  style: ConstantStyle;
  members: readonly ConstantMember[];
  /** Member name → code. */
  byName: ReadonlyMap<string, number>;
  /** `STATUS_CODES[409]`, `status[409]`: the table is indexed by code. */
  indexedByCode?: boolean;
  /**
   * A table defined in another file of the project (`import { HttpStatus } from './http-status'`): its members are
   * not known here, so a member counts only when its name spells one code's reason phrase (`NOT_FOUND`), and no
   * member is offered as a replacement.
   */
  membersByPhrase?: boolean;
}

/** A member's code: from the table, or for a project's imported table, from the reason phrase it spells. */
export function memberCode(table: ConstantTable, member: string): number | undefined {
  return table.byName.get(member) ?? (table.membersByPhrase ? codeOfReasonPhrase(member) : undefined);
}

/** The style a member name is written in. */
export function styleOfName(name: string): ConstantStyle {
  if (/^[A-Z][A-Z0-9_]*$/.test(name)) return 'UPPER_SNAKE';
  return /^[A-Z][A-Za-z0-9]*$/.test(name) ? 'Pascal' : 'other';
}

interface TableSpec {
  source: string;
  style: Exclude<ConstantStyle, 'other'>;
  /** Code ranges and single codes the package defines, in its order. */
  codes: ReadonlyArray<number | readonly [number, number]>;
  /** Names that differ from the reason phrase's (several: the first is preferred, the rest are aliases). */
  names?: Readonly<Record<number, string | readonly string[]>>;
  indexedByCode?: boolean;
  /** The table is only indexed, never dotted (Node's STATUS_CODES). */
  noMembers?: boolean;
}

function phraseName(phrase: string, style: TableSpec['style']): string {
  const words = phrase.split(/[^A-Za-z0-9]+/).filter(Boolean);
  return style === 'UPPER_SNAKE'
    ? words.map((word) => word.toUpperCase()).join('_')
    : words.map((word) => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase()).join('');
}

function buildTable(spec: TableSpec): ConstantTable {
  const members: ConstantMember[] = [];
  if (!spec.noMembers) {
    for (const entry of spec.codes) {
      const [from, to] = typeof entry === 'number' ? [entry, entry] : entry;
      for (let code = from; code <= to; code++) {
        const own = spec.names?.[code];
        const phrase = standardReasonPhrase(code);
        const names = own === undefined ? (phrase ? [phraseName(phrase, spec.style)] : []) : typeof own === 'string' ? [own] : own;
        for (const name of names) members.push({ name, code });
      }
    }
  }
  const table: ConstantTable = { source: spec.source, style: spec.style, members, byName: new Map(members.map((m) => [m.name, m.code])) };
  if (spec.indexedByCode) table.indexedByCode = true;
  return table;
}

const NEST_HTTP_STATUS = buildTable({
  source: '@nestjs/common HttpStatus',
  style: 'UPPER_SNAKE',
  codes: [[100, 103], [200, 208], 210, [300, 304], 307, 308, [400, 418], [421, 424], 428, 429, 456, [500, 505], 507, 508],
  names: {
    103: 'EARLYHINTS', 210: 'CONTENT_DIFFERENT', 300: 'AMBIGUOUS', 413: 'PAYLOAD_TOO_LARGE',
    416: 'REQUESTED_RANGE_NOT_SATISFIABLE', 418: 'I_AM_A_TEAPOT', 421: 'MISDIRECTED', 422: 'UNPROCESSABLE_ENTITY',
    456: 'UNRECOVERABLE_ERROR',
  },
});

/** http-status-codes' spellings, shared by `StatusCodes`, `ReasonPhrases` and the legacy default export. */
const HSC_NAMES = {
  302: 'MOVED_TEMPORARILY', 413: 'REQUEST_TOO_LONG', 414: 'REQUEST_URI_TOO_LONG', 416: 'REQUESTED_RANGE_NOT_SATISFIABLE',
  418: 'IM_A_TEAPOT', 419: 'INSUFFICIENT_SPACE_ON_RESOURCE', 420: 'METHOD_FAILURE', 422: 'UNPROCESSABLE_ENTITY',
};
const HSC_CODES: TableSpec['codes'] = [
  [100, 103], [200, 207], [300, 305], 307, 308, [400, 424], 426, 428, 429, 431, 451, [500, 505], 507, 511,
];
const HSC_STATUS_CODES = buildTable({ source: 'http-status-codes StatusCodes', style: 'UPPER_SNAKE', codes: HSC_CODES, names: HSC_NAMES });
const HSC_REASON_PHRASES = buildTable({ source: 'http-status-codes ReasonPhrases', style: 'UPPER_SNAKE', codes: HSC_CODES, names: HSC_NAMES });
/** The deprecated default export (`HttpStatus.CONFLICT` after `import HttpStatus from 'http-status-codes'`). */
const HSC_LEGACY = buildTable({
  source: 'http-status-codes',
  style: 'UPPER_SNAKE',
  codes: [[100, 102], [200, 207], [300, 305], 307, 308, [400, 420], [422, 424], 428, 429, 431, [500, 505], 507, 511],
  names: HSC_NAMES,
});

const AXIOS_HTTP_STATUS_CODE = buildTable({
  source: 'axios HttpStatusCode',
  style: 'Pascal',
  codes: [[100, 103], [200, 208], 226, [300, 308], [400, 418], [421, 426], 428, 429, 431, 451, [500, 508], 510, 511, [520, 526]],
  names: {
    413: ['ContentTooLarge', 'PayloadTooLarge'], 418: 'ImATeapot', 422: ['UnprocessableContent', 'UnprocessableEntity'],
    520: 'WebServerReturnsAnUnknownError', 521: 'WebServerIsDown', 522: 'ConnectionTimedOut', 523: 'OriginIsUnreachable',
    524: 'TimeoutOccurred', 525: 'SslHandshakeFailed', 526: 'InvalidSslCertificate',
  },
});

const HTTP_STATUS = buildTable({
  source: 'http-status',
  style: 'UPPER_SNAKE',
  codes: [[100, 103], [200, 208], 226, [300, 308], [400, 418], [421, 426], 428, 429, 431, 451, [500, 508], 510, 511],
  names: {
    306: 'SWITCH_PROXY', 413: 'REQUEST_ENTITY_TOO_LARGE', 414: 'REQUEST_URI_TOO_LONG', 416: 'REQUESTED_RANGE_NOT_SATISFIABLE',
    418: 'IM_A_TEAPOT', 422: 'UNPROCESSABLE_ENTITY',
  },
  indexedByCode: true,
});

const NODE_STATUS_CODES = buildTable({ source: 'node:http STATUS_CODES', style: 'UPPER_SNAKE', codes: [], noMembers: true, indexedByCode: true });

/** What a module binding gives access to: a table itself, and/or properties that are tables. */
export interface ModuleObject {
  table?: ConstantTable;
  properties?: Readonly<Record<string, ConstantTable>>;
}

interface KnownModule {
  /** Named exports that are tables. */
  exports: Readonly<Record<string, ConstantTable>>;
  /** The default export (`import x from`, `const { default: x } = require()`). */
  defaultExport?: ModuleObject;
  /** The module object (`import * as x`, `const x = require()`): its named exports, plus a table for CommonJS packages whose module is one. */
  namespaceTable?: ConstantTable;
}

const NODE_HTTP: KnownModule = { exports: { STATUS_CODES: NODE_STATUS_CODES }, defaultExport: { properties: { STATUS_CODES: NODE_STATUS_CODES } } };

const KNOWN_MODULES: ReadonlyMap<string, KnownModule> = new Map<string, KnownModule>([
  ['@nestjs/common', { exports: { HttpStatus: NEST_HTTP_STATUS } }],
  [
    'http-status-codes',
    {
      exports: { StatusCodes: HSC_STATUS_CODES, ReasonPhrases: HSC_REASON_PHRASES },
      defaultExport: { table: HSC_LEGACY },
      namespaceTable: HSC_LEGACY,
    },
  ],
  ['axios', { exports: { HttpStatusCode: AXIOS_HTTP_STATUS_CODE }, defaultExport: { properties: { HttpStatusCode: AXIOS_HTTP_STATUS_CODE } } }],
  ['http-status', { exports: { status: HTTP_STATUS, default: HTTP_STATUS }, defaultExport: { table: HTTP_STATUS }, namespaceTable: HTTP_STATUS }],
  ['http', NODE_HTTP],
  ['node:http', NODE_HTTP],
]);

/** The object a named import (`import { HttpStatus } from '@nestjs/common'`) binds, if the module is known. */
export function namedExport(module: string, name: string): ModuleObject | undefined {
  const known = KNOWN_MODULES.get(module);
  if (!known) return undefined;
  if (name === 'default') return known.defaultExport;
  const table = known.exports[name];
  return table ? { table } : undefined;
}

/** The object a default import binds. */
export function defaultExport(module: string): ModuleObject | undefined {
  return KNOWN_MODULES.get(module)?.defaultExport;
}

/** The object a namespace import or a CommonJS `require` binds. */
export function namespaceObject(module: string): ModuleObject | undefined {
  const known = KNOWN_MODULES.get(module);
  if (!known) return undefined;
  const object: ModuleObject = { properties: known.exports };
  if (known.namespaceTable) object.table = known.namespaceTable;
  return object;
}

/** Whether a module specifier names a package with status constants: lets the walk skip every other import. */
export function isKnownConstantModule(module: string): boolean {
  return KNOWN_MODULES.has(module);
}

/** Names a project gives its own table of HTTP statuses (letters only, lower case): `HttpStatus`, `HTTP_STATUS_CODES`. */
const PROJECT_TABLE_NAMES = new Set(['httpstatus', 'httpstatuses', 'httpstatuscode', 'httpstatuscodes', 'httpcodes', 'statuscodes']);

/** The table a name imported from a module of the project (or any unknown module) stands for, if it is named as one. */
export function projectTable(importedName: string): ConstantTable | undefined {
  if (!PROJECT_TABLE_NAMES.has(squeezePhrase(importedName))) return undefined;
  return { source: `imported ${importedName}`, style: 'other', members: [], byName: new Map(), membersByPhrase: true };
}

/** A table built from a file's own enum or const object (`enum HttpStatus { CONFLICT = 409 }`). */
export function localTable(members: ConstantMember[]): ConstantTable {
  const styles = new Set(members.map((m) => styleOfName(m.name)));
  const style = styles.size === 1 ? [...styles][0]! : 'other';
  return { source: 'local', style, members, byName: new Map(members.map((m) => [m.name, m.code])) };
}
