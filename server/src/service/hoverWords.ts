/**
 * The hover's own words (not the catalogs'), in the languages the bundled catalogs come in. A Chinese user
 * reading a Chinese catalog should not get English around it. Other locales use English.
 */
export interface HoverWords {
  classNames: Record<number, string>;
  anyOfClass(className: string): string;
  standardName(name: string): string;
  notDocumentedBy(services: string[]): string;
  notDocumentedByAny: string;
  consulted(ids: string[]): string;
}

const ENGLISH: HoverWords = {
  classNames: { 1: '1xx informational', 2: '2xx success', 3: '3xx redirection', 4: '4xx client error', 5: '5xx server error' },
  anyOfClass: (className) => `any ${className}`,
  standardName: (name) => ` (standard name: ${name})`,
  notDocumentedBy: (services) => `Not documented by ${services.join(', ')}.`,
  notDocumentedByAny: 'Not documented by any active catalog.',
  consulted: (ids) => `Catalogs consulted: ${ids.join(', ') || 'none'}`,
};

const CHINESE: HoverWords = {
  classNames: { 1: '1xx 信息', 2: '2xx 成功', 3: '3xx 重定向', 4: '4xx 客户端错误', 5: '5xx 服务器错误' },
  anyOfClass: (className) => `任意 ${className}`,
  standardName: (name) => `（标准名称：${name}）`,
  notDocumentedBy: (services) => `${services.join('、')}均未记录此状态码。`,
  notDocumentedByAny: '当前启用的目录均未记录此状态码。',
  consulted: (ids) => `查阅的目录：${ids.join(', ') || '无'}`,
};

export function hoverWords(locale: string): HoverWords {
  return locale.toLowerCase().startsWith('zh') ? CHINESE : ENGLISH;
}
