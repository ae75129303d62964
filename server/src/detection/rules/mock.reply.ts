import { REPLY_CALLS } from '../callShapes';
import { typeScriptRule, type CallSite } from './rule';

export default typeScriptRule<CallSite>({
  id: 'mock.reply',
  kind: 'finds',
  languages: ['typescript'],
  frameworks: ['nock', 'axios-mock-adapter', 'sinon'],
  positions: ['call-argument'],
  description: 'The first argument of a mock server reply.',
  example: "nock(url).get('/').reply(200, body), mock.onGet(url).replyOnce(500)",
  decide: (site) =>
    site.index === 0 && site.receiver !== undefined && REPLY_CALLS.has(site.name) ? { context: 'call-argument', evidence: 'generic', strong: true } : undefined,
});
