import { memoize, splitWords } from '../statusNames';
import { typeScriptRule, type CallSite } from './rule';

/** Verbs of matchers on a status: Pact `matchStatus(200, …)`, `matchesStatus(404)`. */
const MATCH_VERBS = new Set(['match', 'matches', 'matching', 'like']);

/** `matchStatus`, `likeStatus`. Memoised: asked of every number given to a call the rules before leave open. */
const isMatchStatusName = memoize((name) => {
  const words = splitWords(name);
  return words.length === 2 && MATCH_VERBS.has(words[0]!) && words[1] === 'status';
});

export default typeScriptRule<CallSite>({
  id: 'pact.match-status',
  kind: 'finds',
  languages: ['typescript'],
  frameworks: ['Pact'],
  positions: ['call-argument'],
  description: 'The first number of a status matcher call.',
  example: 'matchStatus(200, response), MatchersV3.matchStatus(404, …)',
  decide: (site) => {
    if (!site.firstNumeric) return undefined;
    return isMatchStatusName(site.name) ? { context: 'assertion', evidence: 'status' } : undefined;
  },
});
