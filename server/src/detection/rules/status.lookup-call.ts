import { LOOKUP_WORDS } from '../callShapes';
import { memoize, splitWords } from '../statusNames';
import { expressionName } from '../tsSyntax';
import { typeScriptRule, type CallSite } from './rule';

/** Methods of a reason-phrase table: `reason.lookup(200)`, `phrases.text(500)`. */
const TABLE_METHODS = new Set(['lookup', 'message', 'phrase', 'text']);
const REASON_WORDS = new Set(['reason', 'reasons', 'phrase', 'phrases']);

/** `getStatusText`, `isSuccessStatusCode`, `getReasonPhrase`. Memoised: asked of every number given to a call left open. */
const isLookupName = memoize((name) => {
  const words = splitWords(name);
  const at = words.indexOf('status');
  return (at >= 0 && LOOKUP_WORDS.has(words[at + 1] ?? '')) || (words.includes('reason') && words.includes('phrase'));
});

export default typeScriptRule<CallSite>({
  id: 'status.lookup-call',
  kind: 'finds',
  languages: ['typescript'],
  frameworks: ['http-status-codes', 'statuses'],
  positions: ['call-argument'],
  description: 'The code looked up by a status or reason-phrase lookup.',
  example: 'getStatusText(404), getReasonPhrase(404), isSuccessStatusCode(204), reason.lookup(200)',
  decide: (site, env) => {
    if (!site.firstNumeric) return undefined;
    if (isLookupName(site.name)) return { context: 'call-argument', evidence: env.names.namedEvidence(site.name) };
    if (site.index !== 0 || !site.receiver || !TABLE_METHODS.has(site.name)) return undefined;
    const table = expressionName(site.receiver);
    return table !== undefined && splitWords(table).some((word) => REASON_WORDS.has(word)) ? { context: 'call-argument', evidence: 'status' } : undefined;
  },
});
