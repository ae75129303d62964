/**
 * Catalog text is untrusted (a user's page, a page copied from the web): everything taken from a catalog
 * goes through `escapeMarkdown` before it reaches a hover, so it renders as the words it is and never as
 * markup, links or HTML. The two exceptions are built here, never taken from the page as Markdown: a code
 * span the page had (`markdownCodeSpan`, shown literally) and a link the page had, to an http(s) target
 * only (`safeLinkTarget`).
 */
import type { InlineRun } from '../catalog/types';

const SPECIAL = /[\\`*_{}[\]()<>#+!|~&$]/g;

export function escapeMarkdown(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(SPECIAL, (ch) => `\\${ch}`))
    .join('\n');
}

/** A description's paragraphs as Markdown paragraphs; single line breaks inside a paragraph are kept as breaks. */
export function markdownParagraphs(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((paragraph) => escapeMarkdown(paragraph.trim()).replace(/\n/g, '  \n'))
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
      return escapeMarkdown(run.text);
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
