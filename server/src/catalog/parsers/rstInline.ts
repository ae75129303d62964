/**
 * reStructuredText inline markup → runs of text, code and links, in time linear in the text's length.
 *
 * Handled: backslash escapes; inline literals ``` ``code`` ``` (kept literally); roles `:ref:`Table 1 <t>``
 * (its text) and code roles `:code:`x`` (code); hyperlink references `` `text <https://…>`_ `` (a link),
 * `` `text`_ `` and `` `text`__ ``; interpreted text `` `text` ``; `**strong**`, `*emphasis*`; and
 * `|substitution|` references, which have no text of their own here.
 *
 * Each closing delimiter is found with `indexOf`, and a search that fails is remembered, so a later opener
 * of the same kind fails at once: no input makes this quadratic (an unterminated backtick followed by 100 KB
 * of spaces used to backtrack for seconds in the regular expressions this replaces).
 */
import type { InlineRun } from '../types';

/** Characters at which markup may start; the scanner copies the text between them in one piece. */
const MARKUP_START = new Set(['\\', '`', ':', '*', '|']);

const CODE_ROLES = new Set(['code', 'literal', 'samp', 'command', 'file', 'kbd', 'program', 'envvar', 'option']);
/** Longest role name considered. */
const MAX_ROLE = 64;

function isSpace(ch: string | undefined): boolean {
  return ch === undefined || /\s/.test(ch);
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}_]/u.test(ch);
}

function isRoleChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\w.+-]/.test(ch);
}

/** `indexOf` that remembers failures per needle: once nothing is found from an offset, later offsets fail at once. */
class Finder {
  private readonly failedFrom = new Map<string, number>();

  constructor(private readonly text: string) {}

  find(needle: string, from: number): number {
    const failed = this.failedFrom.get(needle);
    if (failed !== undefined && from >= failed) return -1;
    const at = this.text.indexOf(needle, from);
    if (at < 0) this.failedFrom.set(needle, failed === undefined ? from : Math.min(failed, from));
    return at;
  }
}

/** Scans reStructuredText inline text into runs. */
export function rstInlineRuns(text: string): InlineRun[] {
  const runs: InlineRun[] = [];
  // Pieces of the current text run, joined once: many small concatenations would each allocate.
  let plain: string[] = [];
  const flush = (): void => {
    const joined = plain.join('');
    if (joined !== '') runs.push({ kind: 'text', text: joined });
    plain = [];
  };
  const push = (run: InlineRun): void => {
    if (run.text === '') return;
    if (run.kind === 'text') {
      plain.push(run.text);
      return;
    }
    flush();
    runs.push(run);
  };
  const finder = new Finder(text);
  /** Offsets of closing `**` / `*` already paired with an opener: dropped when reached. */
  const dropped = new Map<number, number>();
  /** Offset from which no `**` can close a strong span (a failed search, remembered). */
  let noStrongCloseFrom = Infinity;
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    const drop = dropped.get(i);
    if (drop !== undefined) {
      i += drop;
      continue;
    }
    if (ch === '\\' && i + 1 < text.length) {
      // An escaped space is how reStructuredText joins markup to a word; it has no text of its own.
      if (text[i + 1] !== ' ') plain.push(text[i + 1]!);
      i += 2;
      continue;
    }
    if (ch === '`' && text[i + 1] === '`') {
      const end = finder.find('``', i + 2);
      if (end >= 0) {
        push({ kind: 'code', text: text.slice(i + 2, end) });
        i = end + 2;
        continue;
      }
      plain.push('``');
      i += 2;
      continue;
    }
    if (ch === ':' && isRoleChar(text[i + 1])) {
      let end = i + 1;
      const limit = Math.min(text.length, i + 1 + MAX_ROLE);
      while (end < limit && isRoleChar(text[end])) end++;
      if (text[end] === ':' && text[end + 1] === '`') {
        const close = finder.find('`', end + 2);
        if (close >= 0) {
          const role = text.slice(i + 1, end).toLowerCase();
          const inner = text.slice(end + 2, close);
          push(CODE_ROLES.has(role) ? { kind: 'code', text: inner } : { kind: 'text', text: referenceText(inner).text });
          i = close + 1;
          continue;
        }
      }
    }
    if (ch === '`') {
      const close = finder.find('`', i + 1);
      if (close >= 0) {
        const inner = text.slice(i + 1, close);
        let end = close + 1;
        const isReference = text[end] === '_';
        if (isReference) end += text[end + 1] === '_' ? 2 : 1;
        const reference = referenceText(inner);
        push(isReference && reference.target && /^https?:\/\//i.test(reference.target)
          ? { kind: 'link', text: reference.text, target: reference.target }
          : { kind: 'text', text: reference.text });
        i = end;
        continue;
      }
    }
    if (ch === '*' && text[i + 1] === '*' && !isSpace(text[i + 2]) && i + 3 < noStrongCloseFrom) {
      // `**strong**`: the first later `**` that follows a non-space closes it.
      let close = finder.find('**', i + 3);
      while (close >= 0 && isSpace(text[close - 1])) close = finder.find('**', close + 1);
      if (close < 0) noStrongCloseFrom = i + 3;
      else {
        dropped.set(close, 2);
        i += 2;
        continue;
      }
    }
    if (ch === '*' && text[i + 1] !== '*' && !isSpace(text[i + 1]) && !isWordChar(text[i - 1]) && text[i - 1] !== '*') {
      // `*emphasis*`: closed by the next `*`, which must follow a non-space and not precede a word.
      const close = finder.find('*', i + 1);
      if (close >= 0 && !isSpace(text[close - 1]) && !isWordChar(text[close + 1]) && text[close + 1] !== '*') {
        dropped.set(close, 1);
        i += 1;
        continue;
      }
    }
    if (ch === '|' && isSpace(text[i - 1]) && !isSpace(text[i + 1]) && text[i + 1] !== '|') {
      const close = finder.find('|', i + 1);
      if (close >= 0 && isSpace(text[close + 1])) {
        i = close + 1;
        continue;
      }
    }
    // Ordinary text up to the next character that may start markup.
    let end = i + 1;
    while (end < text.length && !MARKUP_START.has(text[end]!)) end++;
    plain.push(text.slice(i, end));
    i = end;
  }
  flush();
  return runs;
}

/** `Table 1 <target>` → text "Table 1" and target; `<target>` alone → its target as text; else the text. */
function referenceText(inner: string): { text: string; target: string | undefined } {
  if (!inner.endsWith('>')) return { text: inner, target: undefined };
  const open = inner.lastIndexOf('<');
  if (open < 0) return { text: inner, target: undefined };
  const target = inner.slice(open + 1, -1);
  const label = inner.slice(0, open).trim();
  return { text: label || target, target };
}
