import { isHttpErrorClassName, startsUpperCase } from '../callShapes';
import { splitWords } from '../statusNames';
import { typeScriptRule, type CallSite } from './rule';

/**
 * Error classes start with a capital; an http-named one reports any number, the others only codes in
 * range (`new ServerError(…, 1002)` may carry a WebSocket close code).
 */
export default typeScriptRule<CallSite>({
  id: 'http-error.constructor',
  kind: 'finds',
  languages: ['typescript'],
  frameworks: ['NestJS', 'Hono', 'http-errors', 'ky'],
  positions: ['constructor-argument', 'call-argument'],
  description: 'The first number given to an HTTP error class (HttpException, HTTPError, ApiError, ResponseError).',
  example: "new HttpException('Unprocessable', 422)",
  decide: (site) => {
    if (!isHttpErrorClassName(site.name) || !site.firstNumeric) return undefined;
    if (site.position !== 'constructor-argument' && !startsUpperCase(site.name)) return undefined;
    return splitWords(site.name).includes('http')
      ? { context: 'call-argument', evidence: 'http', strong: true }
      : { context: 'call-argument', evidence: 'status' };
  },
});
