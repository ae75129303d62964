import * as ts from 'typescript';
import { typeScriptRule, type NodeSite } from './rule';

/** `NUMBER_404`, `CODE_200`, `_201`, `HTTP404`: a member named for its own number. */
const CODE_NAME = /^(?:[A-Za-z]+_?)?_?(\d{3})$/;
/** Words in a name or doc comment that say the enum is about responses. */
const RESPONSE_CONTEXT = /status|response|http/i;

const verdicts = new WeakMap<ts.EnumDeclaration, boolean>();

/**
 * An enum whose every member is named for its own number (`NUMBER_200 = 200, NUMBER_404 = 404`), as OpenAPI
 * and Pact model generators write the `enum` of a response status field: a list of codes when the enum's name
 * or doc comment, or the field typed with it, speaks of a status or response.
 */
function isCodeEnum(declaration: ts.EnumDeclaration): boolean {
  let verdict = verdicts.get(declaration);
  if (verdict === undefined) {
    const members = declaration.members;
    const allNamed =
      members.length >= 2 &&
      members.every((member) => {
        const match = CODE_NAME.exec(member.name.getText());
        return match !== null && member.initializer !== undefined && ts.isNumericLiteral(member.initializer) && member.initializer.text === match[1];
      });
    const text = declaration.getSourceFile().text;
    const comments = ts.getLeadingCommentRanges(text, declaration.pos) ?? [];
    const documented = comments.some((range) => RESPONSE_CONTEXT.test(text.slice(range.pos, range.end)));
    verdict = allNamed && (RESPONSE_CONTEXT.test(declaration.name.text) || documented);
    verdicts.set(declaration, verdict);
  }
  return verdict;
}

export default typeScriptRule<NodeSite>({
  id: 'enum.code-named-member',
  kind: 'finds',
  languages: ['typescript'],
  frameworks: ['OpenAPI Generator', 'Pact'],
  positions: ['declaration'],
  description: 'A member of an enum of members named for their own codes, named or documented as a status or response.',
  example: '/** The HTTP status of the response */ enum StatusEnum { NUMBER_200 = 200, NUMBER_404 = 404 }',
  decide: (site) =>
    ts.isEnumMember(site.parent) && site.parent.initializer === site.outer && isCodeEnum(site.parent.parent)
      ? { context: 'property', evidence: 'status' }
      : undefined,
});
