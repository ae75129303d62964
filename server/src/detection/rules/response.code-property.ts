import { namesReasonPhraseOf } from '../reasonPhrases';
import { splitWords } from '../statusNames';
import { sharedRule } from './rule';
import type { ContainerView, ValueView } from './views';

/** Siblings that show an object with a `code` is an HTTP error or response. */
const RESPONSE_SIBLINGS = new Set([
  'statusText', 'statusMessage', 'reason', 'reasonPhrase', 'message', 'msg', 'error', 'errorMessage', 'errors',
]);
const RESPONSE_WORDS = new Set(['response', 'res', 'resp', 'error', 'err', 'exception', 'reply']);

/**
 * Whether an object with a `code` is an HTTP response or error: a reason or message beside the code
 * (`errors` too: `{ code: 404, errors: [] }` is an error body in TS and JSON alike), a string `status`
 * ("OK"), a name saying response or error, or (TS) it is thrown or a response is constructed from it.
 */
function looksLikeResponse(object: ContainerView): boolean {
  for (const member of object.members()) {
    if (member.key === undefined) continue;
    if (RESPONSE_SIBLINGS.has(member.key)) return true;
    if (member.key === 'status' && member.value.type === 'string') return true;
  }
  if (object.name !== undefined && splitWords(object.name).some((word) => RESPONSE_WORDS.has(word))) return true;
  return object.thrown === true || object.responseConstructorArgument === true;
}

/** `{ code: 404, name: 'Not Found' }`: a string beside the code spells its reason phrase. */
function hasReasonPhraseOf(object: ContainerView, value: ValueView): boolean {
  if (value.type !== 'number' || typeof value.value !== 'number') return false;
  const code = value.value;
  return object.members().some((member) => member.value.type === 'string' && namesReasonPhraseOf(String(member.value.value), code));
}

export default sharedRule({
  id: 'response.code-property',
  kind: 'finds',
  frameworks: ['Postman', 'hapi Boom'],
  positions: ['property-value'],
  description: 'A `code` in an object that is an HTTP response or error (a message or reason beside it, a response name, thrown).',
  example: "{ code: 404, message: 'Not found' }, \"code\": 200, \"status\": \"OK\"",
  keys: (key) => key === 'code',
  decide: (site) =>
    site.key === 'code' && (looksLikeResponse(site.container) || hasReasonPhraseOf(site.container, site.value))
      ? { context: 'property', evidence: 'generic' }
      : undefined,
});
