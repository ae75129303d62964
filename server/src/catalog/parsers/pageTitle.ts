/**
 * A page's own title, for a catalog that has no manifest to name it: the first heading ("# Conduit API
 * status codes", an underlined reStructuredText title, an HTML `<h1>`). A heading that only says what every
 * such page says ("Status Codes", "HTTP Status Codes", "状态码") names nothing, so it gives no title and the
 * caller keeps its own fallback.
 *
 * Line-oriented and bounded: the first heading is looked for in the first lines of the page only.
 */
import { decodeHtmlText, stripMarkdownInline, stripRstInline, collapseWhitespace } from './inlineText';
import type { CatalogPageFormat } from './parseCatalogPage';

/** A page's title is at its top; a heading further down is a section's. */
const MAX_LINES = 200;
const MAX_TITLE = 200;
/** Words that every status-code page's title has; a title of only these says nothing about the service. */
const GENERIC_WORDS = new Set(['http', 'https', 'status', 'statuses', 'error', 'errors', 'return', 'response', 'responses', 'code', 'codes', 'and', 'the', 'common', 'appendix']);
const GENERIC_CJK = /状态码|错误码|返回码|返回值|错误|状态|码|和|与|的|通用|附录/g;

/** The page's first heading as plain text, or undefined when it has none or only a generic one. */
export function pageTitle(text: string, format: CatalogPageFormat): string | undefined {
  const heading = format === 'html' ? htmlHeading(text) : firstLineHeading(text.split('\n', MAX_LINES), format);
  if (heading === undefined) return undefined;
  const title = collapseWhitespace(heading);
  if (title === '' || title.length > MAX_TITLE || isGeneric(title)) return undefined;
  return title;
}

function isGeneric(title: string): boolean {
  const rest = title
    .toLowerCase()
    .replace(GENERIC_CJK, ' ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '' && !GENERIC_WORDS.has(word));
  return rest.length === 0;
}

function firstLineHeading(lines: string[], format: 'markdown' | 'rst'): string | undefined {
  let fence: string | undefined;
  let start = 0;
  // YAML front matter is metadata, and its closing `---` would read as a setext underline.
  if (format === 'markdown' && lines[0]?.trim() === '---') {
    const end = lines.findIndex((line, index) => index > 0 && (line.trim() === '---' || line.trim() === '...'));
    if (end > 0) start = end + 1;
  }
  for (let i = start; i < lines.length; i++) {
    const line = lines[i]!;
    const trimmed = line.trim();
    if (format === 'markdown') {
      const marker = /^(`{3,}|~{3,})/.exec(trimmed)?.[1];
      if (fence) {
        if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
        continue;
      }
      if (marker) {
        fence = marker;
        continue;
      }
      const atx = atxHeading(trimmed);
      if (atx !== undefined) return stripMarkdownInline(atx);
      if (trimmed !== '' && /^(=+|-+)$/.test(lines[i + 1]?.trim() ?? '') && !/^[-*+>|]/.test(trimmed)) {
        return stripMarkdownInline(trimmed);
      }
      const html = /<h[1-6][\s>]/i.test(trimmed) ? htmlHeading(trimmed) : undefined;
      if (html !== undefined) return html;
    } else {
      if (trimmed === '' || line !== line.trimStart() || trimmed.startsWith('..') || isRstUnderline(trimmed)) continue;
      const under = lines[i + 1]?.trim() ?? '';
      if (isRstUnderline(under)) return stripRstInline(trimmed);
    }
  }
  return undefined;
}

/** "# Title #" → "Title"; not a heading → undefined. A `#` must be followed by a space ("#tag" is text). */
function atxHeading(line: string): string | undefined {
  let level = 0;
  while (line[level] === '#') level++;
  if (level === 0 || level > 6 || (line.length > level && line[level] !== ' ' && line[level] !== '\t')) return undefined;
  let end = line.length;
  while (end > level && line[end - 1] === '#') end--;
  const content = line.slice(level, end);
  // A closing sequence counts only after a space; "# C#" keeps its "#".
  return end < line.length && !/\s$/.test(content) ? line.slice(level).trim() : content.trim();
}

function isRstUnderline(line: string): boolean {
  if (line.length < 3) return false;
  const first = line[0]!;
  if (!/[!-/:-@[-`{-~]/.test(first)) return false;
  for (const ch of line) if (ch !== first) return false;
  return true;
}

/** The text of the first `<h1>`…`<h6>` (else `<title>`) in some HTML, found by a bounded scan. */
function htmlHeading(html: string): string | undefined {
  const lower = html.toLowerCase();
  let at = lower.indexOf('<h');
  while (at >= 0) {
    const level = lower[at + 2];
    if (level !== undefined && level >= '1' && level <= '6' && /[\s>]/.test(lower[at + 3] ?? '')) {
      const open = lower.indexOf('>', at);
      const close = lower.indexOf(`</h${level}`, open);
      if (open < 0 || close < 0) return undefined;
      return decodeHtmlText(html.slice(open + 1, Math.min(close, open + 1 + MAX_TITLE * 4)));
    }
    at = lower.indexOf('<h', at + 2);
  }
  const title = lower.indexOf('<title');
  const titleOpen = title < 0 ? -1 : lower.indexOf('>', title);
  const titleClose = titleOpen < 0 ? -1 : lower.indexOf('</title', titleOpen);
  return titleClose < 0 ? undefined : decodeHtmlText(html.slice(titleOpen + 1, Math.min(titleClose, titleOpen + 1 + MAX_TITLE * 4)));
}
