/**
 * A depth check for JSON text before it is parsed into a tree. jsonc-parser builds its tree by recursion, one
 * stack frame per level, so a 16 KB file of `[[[[…` nested ~7,000 deep overflows the stack. No catalog or
 * manifest needs more than a handful of levels; this linear scan (jsonc-parser's own scanner, so strings and
 * comments are skipped as the parser skips them) finds where text goes deeper than the budget.
 */
import { createScanner, SyntaxKind } from 'jsonc-parser';

/** A catalog is 3 levels deep (object → entries → entry → aliases); this leaves room for any extra data. */
export const MAX_JSON_DEPTH = 64;

/** The offset where nesting first exceeds `maxDepth`, or undefined when the text stays within it. */
export function findExcessiveNesting(text: string, maxDepth = MAX_JSON_DEPTH): number | undefined {
  const scanner = createScanner(text, true);
  let depth = 0;
  for (let kind = scanner.scan(); kind !== SyntaxKind.EOF; kind = scanner.scan()) {
    if (kind === SyntaxKind.OpenBraceToken || kind === SyntaxKind.OpenBracketToken) {
      depth++;
      if (depth > maxDepth) return scanner.getTokenOffset();
    } else if (kind === SyntaxKind.CloseBraceToken || kind === SyntaxKind.CloseBracketToken) {
      depth = Math.max(0, depth - 1);
    }
  }
  return undefined;
}
