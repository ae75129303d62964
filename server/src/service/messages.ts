/**
 * The product's own words (not the catalogs'): diagnostics, quick-fix and code-action titles, hover labels and
 * CLI summaries, in English and Chinese. A Chinese user reading a Chinese catalog gets Chinese around it; every
 * other locale gets English.
 *
 * Usage: `const m = messages(locale); m.undocumentedCode(409, ['orders (orders)'], 'Conflict')`.
 * Each entry is a plain string or a function of typed parameters, so a missing parameter or a key one table
 * lacks is a type error, never a `{0}` in front of the user. Parameters that come from catalogs (titles,
 * reason phrases) are inserted as given: callers that put a message into Markdown escape them first.
 * Counts go through the table's own functions, so plurals are right ("1 problem", "2 problems").
 */

import type { ScopeReason } from './scope';

/** The languages the product speaks. */
export type MessageLocale = 'en' | 'zh';

/** "1 problem", "2 problems": English has one singular, and 0 takes the plural. */
function counted(n: number, one: string, other: string): string {
  return `${n} ${n === 1 ? one : other}`;
}

/** Why the hover's catalogs are the ones consulted (scope.ts), said after their names. */
type ReasonLabels = Record<ScopeReason, (count: number) => string>;

const ENGLISH_REASONS: ReasonLabels = {
  setting: () => 'folder setting',
  directive: () => 'directive',
  'sdk-import': () => 'SDK import',
  project: (count) => (count === 1 ? 'project catalog' : 'project catalogs'),
  'bundled-fallback': () => 'bundled; the project has no catalog of its own',
  none: () => 'no project catalog; name a bundled one with the `statusCatalog.catalogs` setting or a `// status-catalog: <id>` directive',
};

const CHINESE_REASONS: ReasonLabels = {
  setting: () => '文件夹设置',
  directive: () => '指令',
  'sdk-import': () => 'SDK 导入',
  project: () => '项目目录',
  'bundled-fallback': () => '内置目录，项目没有自己的目录',
  none: () => '没有项目目录；可用 `statusCatalog.catalogs` 设置或 `// status-catalog: <id>` 指令指定内置目录',
};

const ENGLISH_NARROW = 'Narrow the catalogs with the `statusCatalog.catalogs` setting or a `// status-catalog: <id>` directive.';
const CHINESE_NARROW = '可用 `statusCatalog.catalogs` 设置或 `// status-catalog: <id>` 指令缩小查阅范围。';

const en = {
  /** Joins a list of names: "a, b, c". */
  list: (items: readonly string[]) => items.join(', '),
  /** Name of a language, for "(English)" after text shown in another language than asked for. */
  languageName: (locale: string) => LANGUAGE_NAMES_EN[locale] ?? locale,
  /** Marks catalog text that is in another language than the user's, because that page lacks the code. */
  inLanguage: (languageName: string) => `(${languageName})`,

  // Hover labels.
  classNames: { 1: '1xx informational', 2: '2xx success', 3: '3xx redirection', 4: '4xx client error', 5: '5xx server error' } as Record<number, string>,
  anyOfClass: (className: string) => `any ${className}`,
  standardName: (name: string) => ` (standard name: ${name})`,
  notDocumentedBy: (services: readonly string[]) => `Not documented by ${services.join(', ')}.`,
  notDocumentedByAny: 'Not documented by any active catalog.',
  /** "Catalogs consulted: orders (project catalog)"; `ids` is already cut short, `more` counts the rest. */
  consulted: (ids: readonly string[], more: number, reason: ScopeReason) =>
    `Catalogs consulted: ${ids.join(', ') || 'none'}${more > 0 ? ` and ${more} more` : ''} (${ENGLISH_REASONS[reason](ids.length + more)})`,
  /** The end of a list cut short: " and 3 more". */
  andMore: (count: number) => ` and ${count} more`,
  /** The line under the first few sections when more catalogs document the code. */
  moreDocumenting: (count: number, ids: readonly string[], more: number) =>
    `${count} more ${count === 1 ? 'catalog documents' : 'catalogs document'} this code: ${ids.join(', ')}${more > 0 ? ` and ${more} more` : ''}. ${ENGLISH_NARROW}`,

  // Diagnostics.
  notStatusRange: (code: number) => `${code} is not an HTTP status code (100-599)`,
  notStandardNoneDocuments: (code: number) => `${code} is not a standard HTTP status code and no active catalog documents it`,
  notStandardNoCatalog: (code: number) => `${code} is not a standard HTTP status code and no catalog is active`,
  /** `services` are "Title (id)" strings; empty means "any active catalog". */
  undocumentedCode: (code: number, services: readonly string[], standardName: string | undefined) =>
    `${code} is not documented by ${services.length > 0 ? services.join(', ') : 'any active catalog'}; it is the standard ${code}${standardName ? ` ${standardName}` : ''}`,
  unknownCatalog: (id: string, known: readonly string[]) =>
    `Unknown catalog '${id}' in the status-catalog directive (known: ${known.join(', ') || 'none'})`,
  /** `operation` is "POST /orders", `where` the spec's file name or title; `declared` the codes it does declare. */
  undeclaredResponse: (operation: string, code: number, where: string, declared: string) =>
    `${operation} declares no ${code} response in ${where}${declared ? ` (declared: ${declared})` : ''}`,

  // Quick fixes and code actions.
  replaceWithCode: (code: number, name: string | undefined) => `Replace with ${code}${name ? ` ${name}` : ''}`,
  replaceWithCatalog: (id: string, title: string) => `Replace with ${id} (${title})`,
  replaceWithDeclared: (code: number, name: string | undefined, operation: string) =>
    `Replace with ${code}${name ? ` ${name}` : ''} (declared by ${operation})`,
  addResponse: (code: number, operation: string, file: string) => `Add ${code} to ${operation} in ${file}`,
  /** A catalog row's lens: how often the workspace uses its code. */
  usesCount: (code: number, uses: number) => (uses === 0 ? `${code}: not used` : `${code}: used ${counted(uses, 'time', 'times')}`),

  // Counts and summaries.
  problemCount: (n: number) => counted(n, 'problem', 'problems'),
  errorCount: (n: number) => counted(n, 'error', 'errors'),
  warningCount: (n: number) => counted(n, 'warning', 'warnings'),
  entryCount: (n: number) => counted(n, 'entry', 'entries'),
  catalogCount: (n: number) => counted(n, 'catalog', 'catalogs'),
  codeCount: (n: number) => counted(n, 'code', 'codes'),
  fileCount: (n: number) => counted(n, 'file', 'files'),
  /** The CLI's closing line: "3 problems (1 error, 2 warnings)". */
  problemSummary: (problems: number, errors: number, warnings: number) =>
    `${counted(problems, 'problem', 'problems')} (${counted(errors, 'error', 'errors')}, ${counted(warnings, 'warning', 'warnings')})`,
  documented: 'documented',
  notDocumented: 'not documented',
};

/** Every table has exactly the English table's keys and parameter types. */
export type Messages = typeof en;

const LANGUAGE_NAMES_EN: Record<string, string> = { en: 'English', zh: 'Chinese' };
const LANGUAGE_NAMES_ZH: Record<string, string> = { en: '英文', zh: '中文' };

const zh: Messages = {
  list: (items) => items.join('、'),
  languageName: (locale) => LANGUAGE_NAMES_ZH[locale] ?? locale,
  inLanguage: (languageName) => `（${languageName}）`,

  classNames: { 1: '1xx 信息', 2: '2xx 成功', 3: '3xx 重定向', 4: '4xx 客户端错误', 5: '5xx 服务器错误' },
  anyOfClass: (className) => `任意 ${className}`,
  standardName: (name) => `（标准名称：${name}）`,
  notDocumentedBy: (services) => `${services.join('、')}均未记录此状态码。`,
  notDocumentedByAny: '当前启用的目录均未记录此状态码。',
  consulted: (ids, more, reason) =>
    `查阅的目录：${ids.join(', ') || '无'}${more > 0 ? ` 等另外 ${more} 个` : ''}（${CHINESE_REASONS[reason](ids.length + more)}）`,
  andMore: (count) => ` 等另外 ${count} 个`,
  moreDocumenting: (count, ids, more) =>
    `另有 ${count} 个目录记录了此状态码：${ids.join(', ')}${more > 0 ? ` 等另外 ${more} 个` : ''}。${CHINESE_NARROW}`,

  notStatusRange: (code) => `${code} 不是 HTTP 状态码（100-599）`,
  notStandardNoneDocuments: (code) => `${code} 不是标准 HTTP 状态码，当前启用的目录也均未记录它`,
  notStandardNoCatalog: (code) => `${code} 不是标准 HTTP 状态码，且没有启用任何目录`,
  undocumentedCode: (code, services, standardName) =>
    `${services.length > 0 ? `${services.join('、')}未记录 ${code}` : `当前启用的目录均未记录 ${code}`}；它是标准状态码 ${code}${standardName ? ` ${standardName}` : ''}`,
  unknownCatalog: (id, known) => `status-catalog 指令中的目录“${id}”未知（已知：${known.join(', ') || '无'}）`,
  undeclaredResponse: (operation, code, where, declared) => `${operation} 在 ${where} 中未声明 ${code} 响应${declared ? `（已声明：${declared}）` : ''}`,

  replaceWithCode: (code, name) => `替换为 ${code}${name ? ` ${name}` : ''}`,
  replaceWithCatalog: (id, title) => `替换为 ${id}（${title}）`,
  replaceWithDeclared: (code, name, operation) => `替换为 ${code}${name ? ` ${name}` : ''}（${operation} 已声明）`,
  addResponse: (code, operation, file) => `在 ${file} 中为 ${operation} 添加 ${code}`,
  usesCount: (code, uses) => (uses === 0 ? `${code}：未使用` : `${code}：使用 ${uses} 次`),

  problemCount: (n) => `${n} 个问题`,
  errorCount: (n) => `${n} 个错误`,
  warningCount: (n) => `${n} 个警告`,
  entryCount: (n) => `${n} 个条目`,
  catalogCount: (n) => `${n} 个目录`,
  codeCount: (n) => `${n} 个状态码`,
  fileCount: (n) => `${n} 个文件`,
  problemSummary: (problems, errors, warnings) => `${problems} 个问题（${errors} 个错误，${warnings} 个警告）`,
  documented: '已记录',
  notDocumented: '未记录',
};

const TABLES: Record<MessageLocale, Messages> = { en, zh };

/** The product language for a locale: "zh", "zh-CN", "zh_TW" speak Chinese; everything else English. */
export function messageLocale(locale: string | undefined): MessageLocale {
  return (locale ?? '').trim().toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** The message table for a locale (as resolved from the settings, the editor or `--locale`). */
export function messages(locale: string | undefined): Messages {
  return TABLES[messageLocale(locale)];
}
