import { namesReasonPhraseOf } from '../reasonPhrases';
import { sharedRule } from './rule';
import { perContainer } from './views';

/** Entries naming their number's reason phrase that make a whole object a status table. */
const TABLE_ENTRIES = 3;

export const isReasonPhraseTable = perContainer((object) => {
  let entries = 0;
  for (const member of object.members()) {
    const { key, value } = member;
    if (key !== undefined && value.type === 'number' && namesReasonPhraseOf(key, value.value as number) && ++entries >= TABLE_ENTRIES) return true;
  }
  return false;
});

/**
 * A name that spells the reason phrase of its number (`NOT_FOUND: 404`, `"OK": 200`), or any number of a
 * table where at least three names do (`'Enhance Your Calm': 420` among them). Chance agreement is too rare to matter.
 */
export default sharedRule({
  id: 'reason-phrase.entry',
  kind: 'finds',
  frameworks: [],
  positions: ['property-value'],
  description: 'A number under a key spelling its reason phrase, or in a table of such entries.',
  example: "{ NOT_FOUND: 404, 'Enhance Your Calm': 420 }",
  decide: (site) => {
    if (site.value.type !== 'number' || site.key === undefined) return undefined;
    const found = namesReasonPhraseOf(site.key, site.value.value as number) || isReasonPhraseTable(site.container);
    return found ? { context: 'property', evidence: 'http' } : undefined;
  },
});
