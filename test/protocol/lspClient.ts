/**
 * A tiny LSP client for protocol tests: spawns the bundled server (dist/server.js --stdio) and talks to it
 * as an editor does. Waits on the server's own notifications, never on a fixed sleep.
 */
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { join } from 'node:path';
import {
  type ClientCapabilities,
  type CodeAction,
  type CompletionList,
  createProtocolConnection,
  type Definition,
  type Diagnostic,
  type Hover,
  type Location,
  type Position,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Range,
  StreamMessageReader,
  StreamMessageWriter,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';

export const SERVER = join(__dirname, '..', '..', 'dist', 'server.js');

export interface StartOptions {
  locale?: string;
  /** Answers to workspace/configuration requests; undefined = the client cannot pull configuration. */
  settings?: Record<string, unknown>;
  rootUri?: string;
  /**
   * Hold every workspace/configuration answer until `releaseConfiguration()` (a slow client, made deterministic):
   * each is answered with the settings of the moment it was asked.
   */
  holdConfiguration?: boolean;
  /** Extra workspace capabilities, merged into the defaults (e.g. `inlayHint: { refreshSupport: true }`). */
  workspaceCapabilities?: Record<string, unknown>;
  /** Sent as-is as initializationOptions (default: {} when settings are pushed, else none). */
  initializationOptions?: unknown;
}

export class LspClient {
  private readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  private readonly waiters: Array<() => void> = [];
  readonly logs: string[] = [];
  /** Every publishDiagnostics received, in order. */
  readonly publishes: PublishDiagnosticsParams[] = [];
  /** How many workspace/configuration requests the server has sent. */
  configurationRequests = 0;
  private configurationHeld: Promise<void> = Promise.resolve();
  private readonly configurationWaiters: Array<() => void> = [];
  /** Answers the held workspace/configuration requests, and every later one at once. */
  releaseConfiguration: () => void = () => undefined;

  private constructor(
    readonly connection: ProtocolConnection,
    private readonly child: ChildProcessWithoutNullStreams,
  ) {
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.diagnostics.set(params.uri, params);
      this.publishes.push(params);
      for (const wake of this.waiters.splice(0)) wake();
    });
    connection.onNotification('window/logMessage', (params: { message: string }) => {
      this.logs.push(params.message);
    });
  }

  static async start(options: StartOptions = {}): Promise<LspClient> {
    const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: 'pipe' });
    child.stderr.on('data', () => undefined);
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const client = new LspClient(connection, child);
    if (options.holdConfiguration) client.configurationHeld = new Promise((resolve) => (client.releaseConfiguration = resolve));
    let settings = options.settings;
    connection.onRequest('workspace/configuration', async (params: { items: Array<{ section?: string }> }) => {
      const answer = params.items.map(() => settings ?? {});
      client.configurationRequests++;
      for (const wake of client.configurationWaiters.splice(0)) wake();
      await client.configurationHeld;
      return answer;
    });
    connection.onRequest('client/registerCapability', () => null);
    connection.listen();
    const capabilities: ClientCapabilities = {
      workspace: {
        configuration: options.settings !== undefined,
        didChangeConfiguration: { dynamicRegistration: true },
        ...options.workspaceCapabilities,
      },
      textDocument: { hover: { contentFormat: ['markdown'] }, publishDiagnostics: { versionSupport: true } },
    };
    await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: options.rootUri ?? null,
      locale: options.locale ?? 'en',
      capabilities,
      initializationOptions: options.initializationOptions ?? (options.settings ? undefined : {}),
    });
    await connection.sendNotification('initialized', {});
    client.setSettings = (next) => {
      settings = next;
      return connection.sendNotification('workspace/didChangeConfiguration', { settings: { statusCatalog: next } });
    };
    return client;
  }

  /** Replaces the settings the client answers with, and tells the server they changed. */
  setSettings: (settings: Record<string, unknown>) => Promise<void> = async () => undefined;

  open(uri: string, languageId: string, text: string, version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  change(uri: string, version: number, contentChanges: TextDocumentContentChangeEvent[]): Promise<void> {
    return this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
  }

  hover(uri: string, position: Position): Promise<Hover | null> {
    return this.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position });
  }

  completion(uri: string, position: Position): Promise<CompletionList | null> {
    return this.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position });
  }

  definition(uri: string, position: Position): Promise<Definition | Location[] | null> {
    return this.connection.sendRequest('textDocument/definition', { textDocument: { uri }, position });
  }

  codeActions(uri: string, range: Range, diagnostics: Diagnostic[]): Promise<CodeAction[] | null> {
    return this.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics } });
  }

  /** Waits until the server has sent `count` workspace/configuration requests in all. */
  async waitForConfigurationRequests(count: number, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.configurationRequests < count) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`the server sent ${this.configurationRequests} workspace/configuration requests, not ${count}, within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.configurationWaiters.push(() => (clearTimeout(timer), resolve()));
      });
    }
  }

  /** Waits until the server publishes diagnostics for `uri` that satisfy `accept` (default: any, for `version`). */
  async waitForDiagnostics(
    uri: string,
    accept: (params: PublishDiagnosticsParams) => boolean = () => true,
    timeoutMs = 10_000,
  ): Promise<Diagnostic[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const current = this.diagnostics.get(uri);
      if (current && accept(current)) return current.diagnostics;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms (last: ${JSON.stringify(current)})`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** Diagnostics last published for `uri`, if any. */
  published(uri: string): PublishDiagnosticsParams | undefined {
    return this.diagnostics.get(uri);
  }

  /** Whether the server process is still running. */
  get alive(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** The server's process id (for memory sampling in the fuzz suite). */
  get pid(): number | undefined {
    return this.child.pid;
  }

  async stop(): Promise<void> {
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } finally {
      this.connection.dispose();
      this.child.kill();
    }
  }
}
