/**
 * Validation of request params at the protocol boundary. A client (or a fuzzer) can send anything: a
 * position of `{}`, `{ line: null }` or `{ line: 1.5 }` is answered with InvalidParams, not coerced to a
 * guess (offsetAt(NaN) used to land on an unrelated literal).
 */
import { ErrorCodes, ResponseError } from './languageServerLibrary';

/** LSP's `uinteger`: 0 to 2^31 - 1. */
export const MAX_UINTEGER = 2 ** 31 - 1;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isUinteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_UINTEGER;
}

/** Why `value` is not an LSP Position, or undefined when it is one. */
export function positionProblem(value: unknown, name = 'position'): string | undefined {
  if (!isRecord(value)) return `${name} must be an object with "line" and "character"`;
  if (!isUinteger(value['line'])) return `${name}.line must be an integer from 0 to ${MAX_UINTEGER}, got ${JSON.stringify(value['line']) ?? 'nothing'}`;
  if (!isUinteger(value['character'])) {
    return `${name}.character must be an integer from 0 to ${MAX_UINTEGER}, got ${JSON.stringify(value['character']) ?? 'nothing'}`;
  }
  return undefined;
}

/** Why `value` is not an LSP Range (start not after end), or undefined when it is one. */
export function rangeProblem(value: unknown, name = 'range'): string | undefined {
  if (!isRecord(value)) return `${name} must be an object with "start" and "end"`;
  const problem = positionProblem(value['start'], `${name}.start`) ?? positionProblem(value['end'], `${name}.end`);
  if (problem) return problem;
  const start = value['start'] as { line: number; character: number };
  const end = value['end'] as { line: number; character: number };
  if (start.line > end.line || (start.line === end.line && start.character > end.character)) return `${name}.start is after ${name}.end`;
  return undefined;
}

/** What a request on a document needs: a textDocument uri and a position or a range. */
/** `range`: a code action's (a range and context.diagnostics); `document-range`: a range alone (inlay hints). */
export type ParamsShape = 'position' | 'range' | 'document-range';

/** An InvalidParams error for params that do not have the shape, or undefined when they do. */
export function invalidParams(params: unknown, shape: ParamsShape): ResponseError<void> | undefined {
  const problem = paramsProblem(params, shape);
  return problem ? new ResponseError(ErrorCodes.InvalidParams, problem) : undefined;
}

function paramsProblem(params: unknown, shape: ParamsShape): string | undefined {
  if (!isRecord(params)) return 'params must be an object';
  const document = params['textDocument'];
  if (!isRecord(document) || typeof document['uri'] !== 'string') return 'textDocument.uri must be a string';
  if (shape === 'position') return positionProblem(params['position']);
  const problem = rangeProblem(params['range']);
  if (problem || shape === 'document-range') return problem;
  const context = params['context'];
  if (!isRecord(context) || !Array.isArray(context['diagnostics'])) return 'context.diagnostics must be an array';
  return undefined;
}
