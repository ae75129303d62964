/**
 * Quick fixes for a named status constant no catalog documents (`HttpStatus.I_AM_A_TEAPOT`): replace the
 * member with the nearest documented member of the same enum (`HttpStatus.NOT_FOUND`), in that enum's own
 * spelling. Only members the table has are offered; the edit replaces the member name alone, so the object as
 * written (`axios.HttpStatusCode`, an alias) and any line break before the member stay.
 */
import { type CodeAction, CodeActionKind, type Diagnostic } from 'vscode-languageserver-types';
import type { NamedStatusConstant, StatusLiteral } from '../detection/types';
import type { AnalyzedDocument } from './analysis';
import { nearestCodes } from './nearestCodes';
import { statusName } from './renderStatus';

/** How a constant is named in hovers and fix titles: `HttpStatus.CONFLICT`, however it was laid out. */
export function constantLabel(constant: NamedStatusConstant): string {
  return `${constant.object.replace(/\s+/g, '')}.${constant.member}`;
}

export function constantFixes(
  analyzed: AnalyzedDocument,
  literal: StatusLiteral & { constant: NamedStatusConstant; code: number },
  diagnostic: Diagnostic,
  documented: readonly number[],
  count: number,
): CodeAction[] {
  const { document } = analyzed;
  const { constant } = literal;
  // A code's first member is its preferred name (axios: ContentTooLarge before the deprecated PayloadTooLarge).
  const preferred = new Map<number, string>();
  for (const member of constant.members) if (!preferred.has(member.code)) preferred.set(member.code, member.name);
  const candidates = documented.filter((code) => preferred.has(code));
  const range = { start: document.positionAt(constant.memberStart), end: document.positionAt(constant.memberEnd) };
  const object = constant.object.replace(/\s+/g, '');
  return nearestCodes(literal.code, candidates, count).map((code, index) => {
    const member = preferred.get(code)!;
    const name = statusName(code, analyzed);
    return {
      title: `Replace with ${object}.${member} (${code}${name ? ` ${name}` : ''})`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      isPreferred: index === 0,
      edit: { changes: { [document.uri]: [{ range, newText: member }] } },
    };
  });
}
