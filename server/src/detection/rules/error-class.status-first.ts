import { isNumericArgument } from '../callShapes';
import { splitWords } from '../statusNames';
import { typeScriptRule, type CallSite } from './rule';

/** JavaScript's own errors take a message; a number first is no status there. */
const BUILTIN_ERRORS = new Set(['Error', 'RangeError', 'TypeError', 'SyntaxError', 'EvalError', 'ReferenceError', 'URIError', 'AggregateError']);

/**
 * A framework's error class constructed with the status first (`new SomeKitError(404, 'Not found')`,
 * `new HttpError(404)` is `http-error.constructor`'s): a number that leads an error constructor's
 * arguments is its status far more often than anything else. Only codes in range, and weak evidence,
 * so files about other protocols drop it.
 */
export default typeScriptRule<CallSite>({
  id: 'error-class.status-first',
  kind: 'finds',
  languages: ['typescript'],
  frameworks: ['SvelteKit', 'Remix', 'tRPC', 'oak'],
  positions: ['constructor-argument'],
  description: 'A number as the first argument of an error class constructor.',
  example: "throw new SomeKitError(404, 'Not found')",
  decide: (site) => {
    if (site.index !== 0 || BUILTIN_ERRORS.has(site.name) || !/^[A-Z]/.test(site.name)) return undefined;
    const words = splitWords(site.name);
    const last = words[words.length - 1];
    if (last !== 'error' && last !== 'exception') return undefined;
    const argument = site.args[0];
    return argument !== undefined && isNumericArgument(argument) ? { context: 'call-argument', evidence: 'generic' } : undefined;
  },
});
