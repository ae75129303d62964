/** Comments of JSON-with-comments text, read without the TypeScript compiler. */
import { visit } from 'jsonc-parser';

/** Every comment of a JSON-with-comments document, in order. */
export function forEachJsonComment(text: string, onComment: (text: string, offset: number) => void): void {
  const visitor = { onComment: (offset: number, length: number) => onComment(text.slice(offset, offset + length), offset) };
  visit(text, visitor, { disallowComments: false });
}
