/**
 * Markdown inline markup → runs of text, code and links, in time linear in the text's length.
 *
 * Handled: backslash escapes; code spans (any backtick fence, content kept literally, `<jwt>` included);
 * links `[text](target "title")`, images (their alt text), reference links `[text][ref]`, autolinks
 * `<https://…>`; emphasis `*`, `_`, `**`, `__`, `~~` (the markers go, the words stay); entities; and the
 * inline HTML that converted pages carry (`<b>`, `<code>`, `<a href>`, `<br>`, anchors). A `<Word>` that is
 * not such a tag (`List<Order>`, `Token <jwt>`) is text, as its author meant.
 *
 * Every search is bounded or memoised (no regular expression runs over the untrusted text with nested or
 * overlapping quantifiers), so no input can make it backtrack: each character is looked at a constant
 * number of times.
 */
import type { InlineRun } from '../types';
import { readEntity } from './htmlEntities';

/** Inline HTML tags taken as markup; any other `<name>` is text. */
const INLINE_TAGS = new Set([
  'a', 'abbr', 'b', 'big', 'br', 'cite', 'code', 'del', 'dfn', 'em', 'font', 'i', 'img', 'ins', 'kbd', 'mark',
  'q', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'tt', 'u', 'var', 'wbr', 'p', 'div',
]);
const CODE_TAGS = new Set(['code', 'tt', 'kbd', 'samp']);
/** Longest link destination, title or tag considered; longer ones are text. */
const MAX_SPAN = 2048;

/** Characters at which markup may start; the scanner copies the text between them in one piece. */
const MARKUP_START = new Set(['\\', '`', '*', '_', '~', '[', ']', '!', '<', '&']);

const ASCII_PUNCTUATION = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';

function isSpace(ch: string | undefined): boolean {
  return ch === undefined || ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\u00a0' || ch === '\u3000';
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}_]/u.test(ch);
}

interface CodeSpan {
  contentStart: number;
  contentEnd: number;
  end: number;
}

interface Delimiter {
  start: number;
  length: number;
}

/** The structure found before emitting: code spans, bracket pairs and paired emphasis markers. */
class MarkdownStructure {
  readonly codeSpans = new Map<number, CodeSpan>();
  /** `[` offset → its `]` offset, outside code spans. */
  readonly brackets = new Map<number, number>();
  /** Emphasis marker runs to drop: start → length. */
  readonly dropped = new Map<number, number>();

  constructor(private readonly text: string) {
    this.scan();
  }

  private scan(): void {
    const text = this.text;
    const fences = this.backtickRuns();
    const openBrackets: number[] = [];
    const openers = new Map<string, Delimiter[]>();
    let i = 0;
    while (i < text.length) {
      const ch = text[i]!;
      if (ch === '\\' && i + 1 < text.length && ASCII_PUNCTUATION.includes(text[i + 1]!)) {
        i += 2;
        continue;
      }
      if (ch === '`') {
        let length = 1;
        while (text[i + length] === '`') length++;
        const close = fences.next(length, i + length);
        if (close !== undefined) {
          this.codeSpans.set(i, { contentStart: i + length, contentEnd: close, end: close + length });
          i = close + length;
        } else i += length;
        continue;
      }
      if (ch === '[') openBrackets.push(i);
      else if (ch === ']') {
        const open = openBrackets.pop();
        if (open !== undefined) this.brackets.set(open, i);
      } else if (ch === '*' || ch === '_' || ch === '~') {
        let length = 1;
        while (text[i + length] === ch) length++;
        this.delimiter(ch, i, length, openers);
        i += length;
        continue;
      }
      i++;
    }
  }

  /** Pairs emphasis markers with one stack per kind: linear, and close to what renderers do. */
  private delimiter(ch: string, start: number, length: number, openers: Map<string, Delimiter[]>): void {
    if (length > 2 || (ch === '~' && length !== 2)) return;
    const before = this.text[start - 1];
    const after = this.text[start + length];
    // A single marker inside a word (snake_case, 2*3) is not emphasis; a double one may be.
    const intraword = length === 1;
    const canOpen = !isSpace(after) && !(intraword && isWordChar(before)) && !(ch === '_' && isWordChar(before));
    const canClose = !isSpace(before) && start > 0 && !(intraword && isWordChar(after)) && !(ch === '_' && isWordChar(after));
    const kind = `${ch}${length}`;
    const stack = openers.get(kind);
    if (canClose && stack && stack.length > 0) {
      const open = stack.pop()!;
      this.dropped.set(open.start, length);
      this.dropped.set(start, length);
      return;
    }
    if (canOpen) {
      if (stack) stack.push({ start, length });
      else openers.set(kind, [{ start, length }]);
    }
  }

  /** Backtick runs by length, each answering "the next run of exactly this length from an offset". */
  private backtickRuns(): { next(length: number, from: number): number | undefined } {
    const byLength = new Map<number, number[]>();
    const text = this.text;
    for (let i = 0; i < text.length; i++) {
      if (text[i] !== '`') continue;
      let length = 1;
      while (text[i + length] === '`') length++;
      const list = byLength.get(length);
      if (list) list.push(i);
      else byLength.set(length, [i]);
      i += length - 1;
    }
    // Offsets asked for only grow, so one cursor per length makes every lookup amortised O(1).
    const cursors = new Map<number, number>();
    return {
      next(length, from) {
        const list = byLength.get(length);
        if (!list) return undefined;
        let cursor = cursors.get(length) ?? 0;
        while (cursor < list.length && list[cursor]! < from) cursor++;
        cursors.set(length, cursor);
        return list[cursor];
      },
    };
  }
}

/** Where a link being emitted ends, and what it points at. */
interface OpenLink {
  /** Offset of the `]` or `</a>` that ends the link text. */
  textEnd: number;
  /** Offset to continue from after the link. */
  resume: number;
  /** Undefined for a link whose target is not kept (an image, a reference link). */
  target: string | undefined;
  parts: string[];
}

class RunBuilder {
  readonly runs: InlineRun[] = [];
  /** Pieces of the current text run, joined once: many small concatenations would each allocate. */
  private text: string[] = [];
  link: OpenLink | undefined;

  add(text: string): void {
    if (this.link) this.link.parts.push(text);
    else this.text.push(text);
  }

  code(text: string): void {
    if (this.link) {
      this.link.parts.push(text);
      return;
    }
    this.flush();
    if (text !== '') this.runs.push({ kind: 'code', text });
  }

  closeLink(): number {
    const link = this.link!;
    this.link = undefined;
    const label = link.parts.join('');
    if (link.target === undefined) this.text.push(label);
    else if (label !== '') {
      // An empty anchor (`<a href="…"></a>`) shows nothing, so it links nothing.
      this.flush();
      this.runs.push({ kind: 'link', text: label, target: link.target });
    }
    return link.resume;
  }

  finish(): InlineRun[] {
    if (this.link) this.closeLink();
    this.flush();
    return this.runs;
  }

  private flush(): void {
    const text = this.text.join('');
    if (text !== '') this.runs.push({ kind: 'text', text });
    this.text = [];
  }
}

/** Scans Markdown inline text into runs. */
export function markdownInlineRuns(text: string): InlineRun[] {
  const structure = new MarkdownStructure(text);
  const out = new RunBuilder();
  const lower = text.toLowerCase();
  /** Memo for closing-tag searches: tag → offset from which no closing tag exists. */
  const noCloseFrom = new Map<string, number>();
  const findClosingTag = (tag: string, from: number): number => {
    const failed = noCloseFrom.get(tag);
    if (failed !== undefined && from >= failed) return -1;
    const at = lower.indexOf(`</${tag}`, from);
    if (at < 0) noCloseFrom.set(tag, Math.min(failed ?? from, from));
    return at;
  };
  let i = 0;
  while (i < text.length) {
    if (out.link && i >= out.link.textEnd) {
      i = out.closeLink();
      continue;
    }
    const ch = text[i]!;
    if (ch === '\\' && i + 1 < text.length && ASCII_PUNCTUATION.includes(text[i + 1]!)) {
      out.add(text[i + 1]!);
      i += 2;
      continue;
    }
    const span = structure.codeSpans.get(i);
    if (span) {
      out.code(codeSpanContent(text.slice(span.contentStart, span.contentEnd)));
      i = span.end;
      continue;
    }
    if (ch === '`') {
      let length = 1;
      while (text[i + length] === '`') length++;
      out.add(text.slice(i, i + length));
      i += length;
      continue;
    }
    const dropped = structure.dropped.get(i);
    if (dropped !== undefined) {
      i += dropped;
      continue;
    }
    if (!out.link && (ch === '[' || (ch === '!' && text[i + 1] === '['))) {
      const open = ch === '!' ? i + 1 : i;
      const close = structure.brackets.get(open);
      const link = close === undefined ? undefined : linkAfter(text, close, ch === '!');
      if (link) {
        out.link = { textEnd: close!, resume: link.resume, target: link.target, parts: [] };
        i = open + 1;
        continue;
      }
    }
    if (ch === '<') {
      const tag = readTag(text, i);
      if (tag) {
        i = tag.end;
        if (tag.kind === 'autolink') {
          if (out.link) out.add(tag.url);
          else {
            out.link = { textEnd: i, resume: i, target: tag.url, parts: [tag.url] };
          }
          continue;
        }
        if (tag.closing) continue;
        if (tag.name === 'br') out.add(' ');
        else if (CODE_TAGS.has(tag.name)) {
          const end = findClosingTag(tag.name, i);
          if (end >= 0) {
            out.code(decodeInlineHtml(text.slice(i, end)));
            i = lower.indexOf('>', end) + 1 || text.length;
          }
        } else if (tag.name === 'a' && tag.href !== undefined && !out.link) {
          const end = findClosingTag('a', i);
          if (end >= 0) {
            out.link = { textEnd: end, resume: lower.indexOf('>', end) + 1 || text.length, target: tag.href, parts: [] };
          }
        }
        continue;
      }
    }
    if (ch === '&') {
      const entity = readEntity(text, i);
      if (entity) {
        out.add(entity.value);
        i += entity.length;
        continue;
      }
    }
    // Ordinary text up to the next character that may start markup (or the end of the link being read).
    const stop = out.link ? out.link.textEnd : text.length;
    let end = i + 1;
    while (end < stop && !MARKUP_START.has(text[end]!)) end++;
    out.add(text.slice(i, end));
    i = end;
  }
  return out.finish();
}

/** CommonMark: one space on each side of a code span's content is padding, not content. */
function codeSpanContent(raw: string): string {
  const content = raw.replace(/\n/g, ' ');
  if (content.length >= 2 && content.startsWith(' ') && content.endsWith(' ') && content.trim() !== '') return content.slice(1, -1);
  return content;
}

/** After a matched `]`: an inline link `(target "title")` or a reference `[ref]`, or nothing. */
function linkAfter(text: string, close: number, image: boolean): { resume: number; target: string | undefined } | undefined {
  const next = text[close + 1];
  if (next === '(') {
    const destination = readDestination(text, close + 2);
    if (!destination) return undefined;
    return { resume: destination.end, target: image ? undefined : destination.target };
  }
  if (next === '[' && !image) {
    const end = text.indexOf(']', close + 2);
    if (end < 0 || end - close > MAX_SPAN || text.slice(close + 2, end).includes('[')) return undefined;
    return { resume: end + 1, target: undefined };
  }
  return undefined;
}

/**
 * Reads `target "title")` from `start` (just past the `(`). A bare target may hold one level of balanced
 * parentheses; deeper nesting, a line break or a long run ends the attempt, which keeps every attempt short.
 */
function readDestination(text: string, start: number): { target: string; end: number } | undefined {
  let i = start;
  const limit = Math.min(text.length, start + MAX_SPAN);
  while (i < limit && (text[i] === ' ' || text[i] === '\t')) i++;
  let target: string;
  if (text[i] === '<') {
    const from = i + 1;
    while (i < limit && text[i] !== '>' && text[i] !== '\n' && (i === from - 1 || text[i] !== '<')) i++;
    if (text[i] !== '>') return undefined;
    target = text.slice(from, i);
    i++;
  } else {
    const from = i;
    let depth = 0;
    while (i < limit) {
      const ch = text[i]!;
      if (ch === '\\' && i + 1 < limit) i += 2;
      else if (ch === '(') {
        if (++depth > 1) return undefined;
        i++;
      } else if (ch === ')') {
        if (depth === 0) break;
        depth--;
        i++;
      } else if (isSpace(ch) || ch === '<') break;
      else i++;
    }
    if (depth !== 0) return undefined;
    target = text.slice(from, i);
  }
  while (i < limit && (text[i] === ' ' || text[i] === '\t')) i++;
  const quote = text[i];
  if (quote === '"' || quote === "'") {
    const end = text.indexOf(quote, i + 1);
    if (end < 0 || end >= limit) return undefined;
    i = end + 1;
    while (i < limit && (text[i] === ' ' || text[i] === '\t')) i++;
  }
  if (text[i] !== ')') return undefined;
  return { target, end: i + 1 };
}

type Tag =
  | { kind: 'tag'; name: string; closing: boolean; href: string | undefined; end: number }
  | { kind: 'autolink'; url: string; end: number };

/** At `<`: an autolink or an inline HTML tag this page format uses, else undefined (the `<` is text). */
function readTag(text: string, start: number): Tag | undefined {
  const limit = Math.min(text.length, start + MAX_SPAN);
  let end = start + 1;
  while (end < limit && text[end] !== '>' && text[end] !== '<' && text[end] !== '\n') end++;
  if (text[end] !== '>') return undefined;
  const inner = text.slice(start + 1, end);
  if (/^[a-z][a-z0-9+.-]{1,31}:[^\s<>]+$/i.test(inner) && /^https?:/i.test(inner)) {
    return { kind: 'autolink', url: inner, end: end + 1 };
  }
  const closing = inner.startsWith('/');
  const nameMatch = /^[a-z][a-z0-9]*/i.exec(closing ? inner.slice(1) : inner);
  if (!nameMatch) return undefined;
  const name = nameMatch[0].toLowerCase();
  const rest = (closing ? inner.slice(1) : inner).slice(nameMatch[0].length);
  // `<b>`, `<a href="…">`, `<br/>`: a name then attributes (or nothing); `<Order>` and `<jwt>` are not tags.
  if (!INLINE_TAGS.has(name) || (rest !== '' && !/^[\s/]/.test(rest))) return undefined;
  const href = !closing && name === 'a' ? attributeValue(rest, 'href') : undefined;
  return { kind: 'tag', name, closing, href, end: end + 1 };
}

/** The value of `name="…"` (or '…', or bare) in a tag's attribute text; short, bounded text only. */
function attributeValue(attributes: string, name: string): string | undefined {
  const lower = attributes.toLowerCase();
  let at = lower.indexOf(name);
  while (at >= 0) {
    const before = attributes[at - 1];
    let i = at + name.length;
    while (attributes[i] === ' ') i++;
    if ((before === undefined || isSpace(before)) && attributes[i] === '=') {
      i++;
      while (attributes[i] === ' ') i++;
      const quote = attributes[i];
      if (quote === '"' || quote === "'") {
        const end = attributes.indexOf(quote, i + 1);
        return end < 0 ? undefined : decodeEntities(attributes.slice(i + 1, end));
      }
      let end = i;
      while (end < attributes.length && !isSpace(attributes[end]) && attributes[end] !== '>') end++;
      return decodeEntities(attributes.slice(i, end));
    }
    at = lower.indexOf(name, at + 1);
  }
  return undefined;
}

function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const entity = text[i] === '&' ? readEntity(text, i) : undefined;
    if (entity) {
      out += entity.value;
      i += entity.length - 1;
    } else out += text[i];
  }
  return out;
}

/** The text of some inline HTML (a `<code>` element's content): tags dropped, entities decoded. */
function decodeInlineHtml(html: string): string {
  let out = '';
  let i = 0;
  while (i < html.length) {
    if (html[i] === '<') {
      const tag = readTag(html, i);
      if (tag) {
        i = tag.end;
        continue;
      }
    }
    const entity = html[i] === '&' ? readEntity(html, i) : undefined;
    if (entity) {
      out += entity.value;
      i += entity.length;
      continue;
    }
    out += html[i];
    i++;
  }
  return out;
}
