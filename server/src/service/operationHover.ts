/**
 * The hover's first word on a literal inside a route handler that an OpenAPI catalog describes: what this operation
 * declares for the code ("POST /orders/{id} → 409: An order with this id exists already"), or that it declares no
 * such response and which it does declare.
 */
import { declaredResponse } from '../catalog/openApiSpec';
import type { StatusLiteral } from '../detection/types';
import type { AnalyzedDocument } from './analysis';
import { escapeMarkdown } from './markdown';
import { messages } from './messages';
import { declaredKeys, type OperationMatch, operationAt } from './operations';
import { sourceLink } from './renderStatus';

export interface OperationSection {
  match: OperationMatch;
  markdown: string;
}

export function operationSection(analyzed: AnalyzedDocument, literal: StatusLiteral): OperationSection | undefined {
  if (typeof literal.code !== 'number') return undefined;
  const match = operationAt(analyzed, literal.start);
  if (!match) return undefined;
  const { operation, catalog } = match;
  const name = `**${escapeMarkdown(`${operation.method} ${operation.path}`)}**`;
  const response = declaredResponse(operation, literal.code);
  if (!response) {
    const declared = declaredKeys(operation).join(', ');
    const sentence = messages(analyzed.locale).undeclaredResponse(name, literal.code, escapeMarkdown(catalog.info.title), escapeMarkdown(declared));
    const text = `${sentence}\n\n${sourceLink(catalog.info.source, operation.line)}`;
    return { match, markdown: text };
  }
  const key = response.key === literal.code ? String(literal.code) : `${literal.code} (as ${response.key})`;
  const description = response.description ? `: ${escapeMarkdown(response.description)}` : '';
  return { match, markdown: `${name} → ${escapeMarkdown(key)}${description}\n\n${sourceLink(catalog.info.source, response.line)}` };
}
