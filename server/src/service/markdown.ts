/**
 * Catalog text is untrusted (a user's page, a page copied from the web, a file name anyone can commit):
 * everything taken from a catalog (ids, titles, messages, descriptions, paths) goes through
 * `neutralizeCatalogText` before it reaches a hover, a completion's documentation, a diagnostic or the
 * catalogs quick pick, so it renders as the words it is and never as markup:
 * - Markdown punctuation is backslash-escaped (CommonMark renders `\x` as `x` for any ASCII punctuation), so
 *   there are no links, images, emphasis, code, HTML, entities or table cells;
 * - GFM autolinks get no hold: the `:` of `://`, the `.` of `www.` and every `@` are escaped, which breaks
 *   the URL, `www.` and e-mail patterns while the rendered text stays exactly as written;
 * - nothing at a line start can open a block (`#`, `>`, `-`/`+`/`*`/`1.` lists, `===`/`---` headings and
 *   rules, indented code): leading blanks are dropped and a line's first punctuation escaped;
 * - bidi controls (which reorder what a reader sees), zero-width characters (which hide inside words and
 *   URLs) and other control characters are removed.
 */
import type { InlineRun } from '../catalog/types';


/** Where the neutralized text goes. */
export type CatalogTextTarget =
  /** Markdown on one line (ids, titles, messages, paths): line breaks become spaces. */
  | 'markdown'
  /** Markdown with line breaks kept (descriptions; see markdownParagraphs). */
  | 'markdown-lines'
  /** Plain text on one line (diagnostic messages). */
  | 'plain'
  /** A VS Code label (quick pick): plain, and `$(icon)` syntax escaped. */
  | 'label';

/**
 * Bidi embeddings, overrides, isolates and marks; zero-width space, non-joiner, joiner, word joiner, BOM,
 * Mongolian vowel separator, invisible operators; C0/C1 controls except tab and line feed.
 */
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/g;
/** Markdown's inline punctuation; `\` first so that escapes are not escaped twice. */
const INLINE_SPECIAL = /[\\`*_{}[\]()<>#+!|~&$@]/g;

/**
 * Catalog text is neutralized where it is shown, and the same few thousand strings (titles, ids, messages,
 * descriptions) are shown again and again: by every hover, every completion item and every diagnostic. So the
 * result is kept per target, keyed by the catalog's own string (V8 hashes a string once), up to a bound on the
 * characters held; past it the memo starts afresh. It is a pure function's memo: nothing ever makes it stale.
 */
const MEMO_MAX_CHARACTERS = 1 << 20;
/** Longer texts (a whole page pasted into a cell) are rare and neutralized each time rather than held. */
const MEMO_MAX_TEXT = 4096;
const memo = new Map<CatalogTextTarget, Map<string, string>>();
let memoCharacters = 0;

export function neutralizeCatalogText(text: string, target: CatalogTextTarget = 'markdown'): string {
  if (text.length > MEMO_MAX_TEXT) return neutralizeNow(text, target);
  let ofTarget = memo.get(target);
  const known = ofTarget?.get(text);
  if (known !== undefined) return known;
  const clean = neutralizeNow(text, target);
  if (memoCharacters > MEMO_MAX_CHARACTERS) {
    memo.clear();
    memoCharacters = 0;
    ofTarget = undefined;
  }
  if (!ofTarget) memo.set(target, (ofTarget = new Map()));
  ofTarget.set(text, clean);
  memoCharacters += text.length + clean.length;
  return clean;
}

function neutralizeNow(text: string, target: CatalogTextTarget): string {
  let clean = text.replace(INVISIBLE, '').replace(/\t/g, ' ');
  // A lone CR is a line break to CommonMark; the line-start rules below only look at \n.
  clean = clean.replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n');
  if (target !== 'markdown-lines') clean = clean.replace(/\s*\n\s*/g, ' ');
  if (target === 'plain') return clean;
  if (target === 'label') return clean.replace(/\$\(/g, '\\$(');
  return clean.split('\n').map(neutralizeLine).join('\n');
}

function neutralizeLine(line: string): string {
  let out = line
    .replace(/^[ \u00A0]+/, '')
    .replace(INLINE_SPECIAL, (ch) => `\\${ch}`)
    .replace(/:\/\//g, '\\://')
    .replace(/(^|[^a-z0-9])(www)\./gi, '$1$2\\.');
  // Block syntax at the line start: list bullets, rules and setext underlines (`-`, `=`), ordered lists.
  out = out.replace(/^([-=])/, '\\$1').replace(/^(\d{1,9})([.)])/, '$1\\$2');
  return out;
}

/**
 * Kept for callers written before neutralizeCatalogText: the same function (one implementation), so code
 * that still calls it gets the same protection.
 */
export function escapeMarkdown(text: string): string {
  return neutralizeCatalogText(text);
}

/** A description's paragraphs as Markdown paragraphs; single line breaks inside a paragraph are kept as breaks. */
export function markdownParagraphs(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((paragraph) => neutralizeCatalogText(paragraph.trim(), 'markdown-lines').replace(/\n/g, '  \n'))
    .filter((paragraph) => paragraph !== '')
    .join('\n\n');
}

/**
 * A code span that shows `text` literally: fenced by more backticks than any run inside it, padded with a
 * space where the text starts or ends with a backtick or a space. Markdown interprets nothing inside.
 */
export function markdownCodeSpan(text: string): string {
  const flat = text.replace(/[\r\n]+/g, ' ');
  let longest = 0;
  let run = 0;
  for (const ch of flat) {
    run = ch === '`' ? run + 1 : 0;
    longest = Math.max(longest, run);
  }
  const fence = '`'.repeat(longest + 1);
  const pad = /^[` ]|[` ]$/.test(flat) ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** Characters that end or confuse a Markdown link destination, percent-encoded wherever they remain. */
const DESTINATION_SPECIAL = /[()<>[\]\\\s"'`]/g;

/**
 * The target a catalog link may have in a hover: an absolute http or https URL without credentials,
 * normalised and with the characters Markdown reads in a destination percent-encoded. Anything else
 * (relative paths, `javascript:`, `command:`, `file:`) gives undefined: the link shows as its text only.
 */
export function safeLinkTarget(target: string): string | undefined {
  let url: URL;
  try {
    url = new URL(target.trim());
  } catch {
    return undefined;
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.username !== '' || url.password !== '') return undefined;
  return url.href.replace(DESTINATION_SPECIAL, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** One inline run of catalog text as Markdown: text escaped, code as a code span, a link only to a safe target. */
export function markdownRun(run: InlineRun): string {
  switch (run.kind) {
    case 'code':
      return markdownCodeSpan(run.text);
    case 'link': {
      const target = safeLinkTarget(run.target);
      return target ? `[${escapeMarkdown(run.text)}](${target})` : escapeMarkdown(run.text);
    }
    default:
      // Text runs keep their line breaks: the paragraphs of the description are cut at them afterwards.
      return neutralizeCatalogText(run.text, 'markdown-lines');
  }
}

/** A description given as runs, as Markdown paragraphs in the form of {@link markdownParagraphs}. */
export function markdownRunParagraphs(runs: readonly InlineRun[]): string {
  return runs
    .map(markdownRun)
    .join('')
    .split(/\n{2,}/)
    .map((paragraph) => paragraph.trim().replace(/\n/g, '  \n'))
    .filter((paragraph) => paragraph !== '')
    .join('\n\n');
}

/** A catalog entry's description as Markdown: its runs where the page had code spans or links, else its text. */
export function descriptionMarkdown(entry: { description: string; descriptionRuns?: readonly InlineRun[] }): string {
  return entry.descriptionRuns ? markdownRunParagraphs(entry.descriptionRuns) : markdownParagraphs(entry.description);
}

/** Schemes a catalog source link may use: a link never runs a command or a script. */
const LINK_SCHEMES = /^(file|https?|untitled|vscode-vfs|vscode-remote):/i;

/**
 * The target of a link to a catalog file, safe inside `[…](…)`: every character that could end or bend a
 * Markdown link destination is percent-encoded (a folder named `a (b)` no longer cuts the link), and a
 * source with another scheme (`command:`, `javascript:`) gets no link (undefined).
 */
export function catalogLinkTarget(uri: string): string | undefined {
  if (!LINK_SCHEMES.test(uri)) return undefined;
  return uri.replace(/[^A-Za-z0-9\-._~/:%#?=&+,;@]/gu, (ch) =>
    Array.from(new TextEncoder().encode(ch), (byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`).join(''),
  );
}
