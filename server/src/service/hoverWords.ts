/**
 * The hover's own words now live in the product's message table (messages.ts); this name stays so existing
 * callers keep working. New code calls `messages(locale)`.
 */
import type { ScopeReason } from './scope';

export interface HoverWords {
  classNames: Record<number, string>;
  anyOfClass(className: string): string;
  standardName(name: string): string;
  notDocumentedBy(services: string[]): string;
  notDocumentedByAny: string;
  /** "Catalogs consulted: orders (project catalog)"; `ids` is already cut short, `more` counts the rest. */
  consulted(ids: string[], more: number, reason: ScopeReason): string;
  /** The end of a list cut short: " and 3 more". */
  andMore(count: number): string;
  /** The line under the first few sections when more catalogs document the code. */
  moreDocumenting(count: number, ids: string[], more: number): string;
}

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

const ENGLISH: HoverWords = {
  classNames: { 1: '1xx informational', 2: '2xx success', 3: '3xx redirection', 4: '4xx client error', 5: '5xx server error' },
  anyOfClass: (className) => `any ${className}`,
  standardName: (name) => ` (standard name: ${name})`,
  notDocumentedBy: (services) => `Not documented by ${services.join(', ')}.`,
  notDocumentedByAny: 'Not documented by any active catalog.',
  consulted: (ids, more, reason) =>
    `Catalogs consulted: ${ids.join(', ') || 'none'}${more > 0 ? ` and ${more} more` : ''} (${ENGLISH_REASONS[reason](ids.length + more)})`,
  andMore: (count) => ` and ${count} more`,
  moreDocumenting: (count, ids, more) =>
    `${count} more ${count === 1 ? 'catalog documents' : 'catalogs document'} this code: ${ids.join(', ')}${more > 0 ? ` and ${more} more` : ''}. ${ENGLISH_NARROW}`,
};

const CHINESE: HoverWords = {
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
};

export function hoverWords(locale: string): HoverWords {
  return locale.toLowerCase().startsWith('zh') ? CHINESE : ENGLISH;
}
