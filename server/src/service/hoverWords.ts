/**
 * The hover's own words now live in the product's message table (messages.ts); this name stays so existing
 * callers keep working. New code calls `messages(locale)`.
 */
import { type Messages, messages } from './messages';

export type HoverWords = Pick<Messages, 'classNames' | 'anyOfClass' | 'standardName' | 'notDocumentedBy' | 'notDocumentedByAny' | 'consulted'>;

export function hoverWords(locale: string): HoverWords {
  return messages(locale);
}
