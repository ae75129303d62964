import { namesReasonPhraseOf } from '../reasonPhrases';
import { sharedRule } from './rule';
import { perContainer } from './views';

const hasReasonPhraseEntry = perContainer((object) =>
  object.members().some(
    (member) =>
      member.key !== undefined && /^\d{3}$/.test(member.key) && member.value.type === 'string' &&
      namesReasonPhraseOf(String(member.value.value), Number(member.key)),
  ),
);

export default sharedRule({
  id: 'table.reason-phrase-keyed',
  kind: 'finds',
  frameworks: [],
  positions: ['key'],
  description: 'Keys of an object where an entry spells the reason phrase of its key.',
  example: "{ 404: 'Not Found', 500: 'Oops' }",
  decide: (site) => (site.container.type === 'object' && hasReasonPhraseEntry(site.container) ? { context: 'property', evidence: 'http' } : undefined),
});
