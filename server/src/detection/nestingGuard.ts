/**
 * Both parsers recurse once per level of nesting (TypeScript's several frames per bracket), so a
 * generated document nested a few thousand deep overflows the stack and every literal in it is lost.
 * Before parsing, the region nested deeper than a bound is blanked out (each UTF-16 unit but line
 * breaks becomes a space, so offsets and lines are kept): the literals outside it are still found.
 */

/** Bracket levels kept: far beneath where the parsers overflow (TypeScript near 600, jsonc-parser near 3,500). */
export const MAX_TYPESCRIPT_NESTING = 250;
export const MAX_JSON_NESTING = 1500;

const OPEN = new Set(['(', '[', '{']);
const CLOSE = new Set([')', ']', '}']);

/**
 * The text with everything inside brackets nested deeper than `maxDepth` blanked, or the text itself when
 * nothing is that deep. Strings and comments are skipped (their brackets do not count); in TypeScript a
 * template literal is read as one string, and a regular expression's brackets are counted (rarely unbalanced).
 */
export function blankDeepNesting(text: string, maxDepth: number, language: 'typescript' | 'json'): string {
  let depth = 0;
  let blankFrom = -1;
  let pieces: string[] | undefined;
  let copiedTo = 0;
  const blank = (from: number, to: number): void => {
    pieces ??= [];
    pieces.push(text.slice(copiedTo, from), text.slice(from, to).replace(/[^\r\n]/g, ' '));
    copiedTo = to;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (ch === '"' || ch === "'" || (ch === '`' && language === 'typescript')) {
      i = endOfString(text, i, ch);
      continue;
    }
    if (ch === '/' && (text.charAt(i + 1) === '/' || text.charAt(i + 1) === '*')) {
      const end = text.charAt(i + 1) === '/' ? text.indexOf('\n', i) : text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : text.charAt(i + 1) === '/' ? end - 1 : end + 1;
      continue;
    }
    if (OPEN.has(ch)) {
      depth++;
      if (depth === maxDepth + 1 && blankFrom < 0) blankFrom = i;
    } else if (CLOSE.has(ch) && depth > 0) {
      depth--;
      if (depth === maxDepth && blankFrom >= 0) {
        blank(blankFrom, i + 1);
        blankFrom = -1;
      }
    }
  }
  if (blankFrom >= 0) blank(blankFrom, text.length); // unterminated: blank to the end
  if (!pieces) return text;
  pieces.push(text.slice(copiedTo));
  return pieces.join('');
}

/** The offset of a string's closing quote (or the end of the line / text when unterminated). */
function endOfString(text: string, start: number, quote: string): number {
  for (let i = start + 1; i < text.length; i++) {
    const ch = text.charAt(i);
    if (ch === '\\') {
      i++;
      continue;
    }
    if (ch === quote) return i;
    if ((ch === '\n' || ch === '\r') && quote !== '`') return i;
  }
  return text.length;
}
