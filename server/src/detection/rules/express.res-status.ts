import { typeScriptRule, type CallSite } from './rule';

/**
 * Only names that say status or HTTP report any number: `createError` is also the name of unrelated helpers
 * (ws passes WebSocket close codes like 1002 to its own), so it reports codes in range unless configured.
 */
export default typeScriptRule<CallSite>({
  id: 'express.res-status',
  kind: 'finds',
  languages: ['typescript'],
  frameworks: ['Express', 'Koa', 'h3', 'http-errors', 'Node http', 'msw'],
  positions: ['call-argument', 'constructor-argument'],
  description: 'The first number of a status-setting or status-asserting call (status, sendStatus, writeHead, createError, toHaveStatus, configured names).',
  example: 'res.status(404), res.writeHead(200, headers), createError(404), expectStatus(201)',
  decide: (site, env) => {
    const { name } = site;
    if (!env.names.isStatusCallName(name) || !site.firstNumeric) return undefined;
    // `new createError(500, …)` works like the call (http-errors).
    if (site.position === 'constructor-argument') return { context: 'call-argument', evidence: 'status' };
    const context = env.names.isAssertionCallName(name) ? 'assertion' : 'call-argument';
    const evidence = name === 'writeHead' || name === 'sendStatus' ? 'http' : env.names.namedEvidence(name);
    if (evidence === 'generic') return env.names.isConfiguredCallName(name) ? { context, evidence: 'status', strong: true } : { context, evidence: 'status' };
    return { context, evidence, strong: true };
  },
});
