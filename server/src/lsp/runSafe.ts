/**
 * Every request handler runs through here: an exception is logged with the request's context and answered
 * with the handler's empty result, so a bug in one feature never takes the editor's server down.
 */
import type { CancellationToken } from 'vscode-languageserver/node';
import { LSPErrorCodes, ResponseError } from './languageServerLibrary';
import { errorDetail } from '../errors';

export interface Logger {
  error(message: string): void;
  warn(message: string): void;
  info(message: string): void;
}

export function runSafe<T>(
  logger: Logger,
  what: string,
  fallback: T,
  token: CancellationToken | undefined,
  handler: () => T,
): T | ResponseError<void> {
  if (token?.isCancellationRequested) return cancelled();
  try {
    const result = handler();
    return token?.isCancellationRequested ? cancelled() : result;
  } catch (error) {
    logger.error(`${what} failed: ${errorDetail(error)}`);
    return fallback;
  }
}

function cancelled(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'Request cancelled');
}
