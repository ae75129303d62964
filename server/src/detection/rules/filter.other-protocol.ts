import { filterRule } from './rule';

/**
 * FTP, SMTP and SIP answer 200/250/550/488 too. A function or class named or documented for such a protocol
 * drops all but explicit HTTP evidence inside it; a file about one (imports, names, URIs, versions like
 * `SIP/2.0`) drops the weak evidence throughout (see protocolScope.ts for the thresholds).
 */
export default filterRule({
  id: 'filter.other-protocol',
  languages: ['typescript', 'json'],
  frameworks: ['FTP', 'SMTP', 'SIP', 'RTSP'],
  positions: [],
  description: 'Codes in code about another protocol whose reply codes look like HTTP statuses are not reported.',
  example: "if (reply.code === 250) in an FTP client; request.reject({ statusCode: 488 }) in a SIP stack",
  drops: (input, scope) => scope.suppresses(input.node, input.finding.evidence, input.finding.strong),
});
