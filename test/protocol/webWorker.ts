/**
 * The web build's server (dist/web/server.js) without a browser: the worker script runs in a fresh V8 context
 * that has only what a Web Worker has of what it uses (no `process`, no `require`), and talks over a
 * MessageChannel as it would over the worker's port. The client side answers `statusCatalog/clientFile`
 * from an in-memory file tree, as the VS Code client answers it from `workspace.fs`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import {
  createProtocolConnection,
  PortMessageReader,
  PortMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  RequestType,
} from 'vscode-languageserver-protocol/node';
import { ClientFileRequestMethod, type ClientFileParams, type ClientFileResult } from '../../server/src/lsp/protocol';

const ClientFileRequest = new RequestType<ClientFileParams, ClientFileResult, void>(ClientFileRequestMethod);

export const WEB_SERVER = join(__dirname, '..', '..', 'dist', 'web', 'server.js');

export interface WebServer {
  connection: ProtocolConnection;
  logs: string[];
  /** The clientFile requests the server made, as `kind uri`. */
  fileRequests: string[];
  diagnostics: Map<string, PublishDiagnosticsParams>;
  /** Watchers the server registered for didChangeWatchedFiles. */
  watchers: unknown[];
  /** Replaces the `statusCatalog` settings the client answers with (and the files it serves stay the same). */
  settings: Record<string, unknown>;
  stop(): void;
}

/** Starts the worker script; `files` maps URIs to texts (a folder is every URI under it). */
export function startWebServer(files: Record<string, string>, settings: Record<string, unknown> = {}): WebServer {
  const { port1, port2 } = new MessageChannel();
  runInContext(readFileSync(WEB_SERVER, 'utf8'), workerContext(port1), { filename: WEB_SERVER });
  const connection = createProtocolConnection(new PortMessageReader(port2), new PortMessageWriter(port2));
  const logs: string[] = [];
  const fileRequests: string[] = [];
  const diagnostics = new Map<string, PublishDiagnosticsParams>();
  const watchers: unknown[] = [];
  const server: WebServer = { connection, logs, fileRequests, diagnostics, watchers, settings, stop: () => undefined };
  connection.onNotification('window/logMessage', (params: { message: string }) => {
    logs.push(params.message);
  });
  connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
    diagnostics.set(params.uri, params);
  });
  connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => server.settings));
  connection.onRequest('client/registerCapability', (params: { registrations: Array<{ method: string; registerOptions?: { watchers?: unknown[] } }> }) => {
    for (const registration of params.registrations) {
      if (registration.method === 'workspace/didChangeWatchedFiles') watchers.push(...(registration.registerOptions?.watchers ?? []));
    }
    return null;
  });
  connection.onRequest('client/unregisterCapability', () => null);
  connection.onRequest(ClientFileRequest, (params) => answer(params));
  const answer = (params: ClientFileParams): ClientFileResult => {
    fileRequests.push(`${params.kind} ${params.uri}`);
    if (params.kind === 'readDirectory') {
      const prefix = `${params.uri}/`;
      const names = [...new Set(Object.keys(files).filter((uri) => uri.startsWith(prefix)).map((uri) => uri.slice(prefix.length).split('/')[0]!))];
      return names.length > 0 ? { names } : { error: 'EntryNotFound (FileSystemError)' };
    }
    const text = files[params.uri];
    if (text === undefined) return { error: 'EntryNotFound (FileSystemError)' };
    return params.kind === 'stat' ? { stat: { type: 'file', size: text.length } } : { text };
  };
  connection.listen();
  server.stop = () => {
    connection.dispose();
    port1.close();
    port2.close();
  };
  return server;
}

/** A worker's global scope over `port`: messaging, timers, and the standard classes the bundle uses. */
function workerContext(port: MessagePort): object {
  const scope: Record<string, unknown> = {
    postMessage: (message: unknown) => port.postMessage(message),
    addEventListener: () => undefined,
    setTimeout,
    clearTimeout,
    setInterval,
    clearInterval,
    queueMicrotask,
    console,
    performance,
    TextEncoder,
    TextDecoder,
    URL,
  };
  Object.defineProperty(scope, 'onmessage', { set: (listener: (event: unknown) => void) => port.on('message', (data) => listener({ data })) });
  Object.defineProperty(scope, 'onerror', { set: () => undefined });
  scope.self = scope;
  return createContext(scope);
}
