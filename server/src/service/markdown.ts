/**
 * Catalog text is untrusted (a user's page, a page copied from the web): everything taken from a catalog
 * goes through `escapeMarkdown` before it reaches a hover, so it renders as the words it is and never as
 * markup, links or HTML.
 */
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
