/**
 * Every comment of a TypeScript/JavaScript file, in order: what scope directives (scopeHints.ts) and suppression
 * directives (service/suppressions.ts) are read from, so that both see the same comments.
 */
import type * as ts from 'typescript';
import { typescript } from '../compiler/typescriptCompiler';

/**
 * Comments are trivia around nodes, so each node's leading and trailing trivia is read, with the inside of an empty
 * JSX expression (`{/* … *\/}`), where a comment in JSX children has to be written. Only a comment between two tokens
 * that start no node (`f(/* x *\/)`) is missed.
 */
export function forEachTypeScriptComment(sourceFile: ts.SourceFile, onComment: (text: string, offset: number) => void): void {
  // Read once per call: the compiler's exports are getters, too slow to call per node.
  const { forEachChild, forEachLeadingCommentRange, forEachTrailingCommentRange, isJsxExpression } = typescript();
  const text = sourceFile.text;
  const ranges = new Map<number, number>();
  const take = (pos: number, end: number): void => {
    ranges.set(pos, end);
  };
  const visitNode = (node: ts.Node): void => {
    forEachLeadingCommentRange(text, node.pos, take);
    forEachTrailingCommentRange(text, node.end, take);
    // Before a closing token (`}` of a block), which starts no node.
    forEachLeadingCommentRange(text, node.end, take);
    if (isJsxExpression(node) && !node.expression) {
      // Right after `{`: a comment on the same line counts as "trailing" trivia, one on a later line as "leading".
      const afterBrace = node.getStart(sourceFile) + 1;
      forEachTrailingCommentRange(text, afterBrace, take);
      forEachLeadingCommentRange(text, afterBrace, take);
    }
    forEachChild(node, visitNode);
  };
  visitNode(sourceFile);
  for (const [pos, end] of [...ranges].sort((a, b) => a[0] - b[0])) onComment(text.slice(pos, end), pos);
}
