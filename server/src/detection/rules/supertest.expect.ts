import * as ts from 'typescript';
import { unwrap } from '../tsSyntax';
import { typeScriptRule, type CallSite } from './rule';

/**
 * supertest `.expect(200)` is a member call, unlike Jest's bare `expect(value)`. On a request chain
 * (`request(app).get('/').expect(`) it is surely supertest, so any number is reported there. A string
 * (`.expect('122')`) asserts the body, not the status.
 */
export default typeScriptRule<CallSite>({
  id: 'supertest.expect',
  kind: 'finds',
  languages: ['typescript'],
  frameworks: ['supertest'],
  positions: ['call-argument'],
  description: 'A number as the first argument of a member `.expect(…)`.',
  example: "request(app).get('/').expect(200)",
  decide: (site) => {
    if (site.index !== 0 || site.name !== 'expect' || site.receiver === undefined) return undefined;
    const argument = site.args[0];
    if (argument !== undefined && ts.isStringLiteralLike(unwrap(argument))) return undefined;
    return ts.isCallExpression(unwrap(site.receiver))
      ? { context: 'call-argument', evidence: 'status', strong: true }
      : { context: 'call-argument', evidence: 'status' };
  },
});
