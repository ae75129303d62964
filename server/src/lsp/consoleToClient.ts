/**
 * Over stdio, stdout is the protocol: a stray `console.log` (ours or a dependency's) would corrupt it.
 * vscode-languageserver sends console output to the client's log when it picks stdio from the command line itself;
 * a connection made from given streams (after a stub handover, lsp/handoverConnection.ts) must do the same.
 */
import { format } from 'node:util';
import type { RemoteConsole } from 'vscode-languageserver/node';

export function sendConsoleToClient(remote: RemoteConsole): void {
  const text = (args: unknown[]): string => format(...args);
  console.log = (...args: unknown[]) => remote.log(text(args));
  console.info = (...args: unknown[]) => remote.info(text(args));
  console.debug = (...args: unknown[]) => remote.log(text(args));
  console.warn = (...args: unknown[]) => remote.warn(text(args));
  console.error = (...args: unknown[]) => remote.error(text(args));
  console.dir = (item: unknown) => remote.log(format('%O', item));
  console.trace = (...args: unknown[]) => remote.log(`Trace${args.length > 0 ? `: ${text(args)}` : ''}\n${new Error().stack?.split('\n').slice(2).join('\n') ?? ''}`);
}
