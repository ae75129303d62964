import * as ts from 'typescript';
import { namesReasonPhraseOf } from '../reasonPhrases';
import { numericValue, propertyNameText } from '../tsSyntax';
import { typeScriptRule, type NodeSite } from './rule';

const TABLE_ENTRIES = 3;
const tables = new WeakMap<ts.Node, boolean>();

/** An enum where at least three members spell their number's reason phrase. */
function isReasonPhraseEnum(table: ts.EnumDeclaration): boolean {
  let verdict = tables.get(table);
  if (verdict === undefined) {
    let entries = 0;
    for (const member of table.members) {
      const value = member.initializer;
      const name = propertyNameText(member.name);
      if (value && name !== undefined && ts.isNumericLiteral(value) && namesReasonPhraseOf(name, numericValue(value))) entries++;
      if (entries >= TABLE_ENTRIES) break;
    }
    tables.set(table, (verdict = entries >= TABLE_ENTRIES));
  }
  return verdict;
}

export default typeScriptRule<NodeSite>({
  id: 'reason-phrase.named-constant',
  kind: 'finds',
  languages: ['typescript'],
  frameworks: [],
  positions: ['named-value'],
  description: 'An enum member, class field or constant whose name spells its number\'s reason phrase (or in an enum of them).',
  example: 'enum Codes { Created = 201 }, static OK = 200, const HTTP_NOT_FOUND = 404',
  decide: (site) => {
    const owner = site.parent;
    if (!ts.isNumericLiteral(site.node)) return undefined;
    if (!(ts.isEnumMember(owner) || ts.isPropertyDeclaration(owner) || ts.isVariableDeclaration(owner)) || owner.initializer !== site.outer) return undefined;
    const name = propertyNameText(owner.name);
    if (name !== undefined && namesReasonPhraseOf(name, numericValue(site.node))) return { context: 'property', evidence: 'http' };
    return ts.isEnumMember(owner) && isReasonPhraseEnum(owner.parent) ? { context: 'property', evidence: 'http' } : undefined;
  },
});
