/**
 * What the server answers to `initialize`: its capabilities and its name. One module for both places that answer
 * it: the entry stub, which answers a `--stdio` client before the server is loaded (stdioHandover.ts), and the
 * server's own `onInitialize`, whose answer the stub's then stands for. It must stay free of runtime imports
 * (only types, and the command ids' own file), since it is bundled into the tiny dist/server.js.
 *
 * The answer depends on nothing the client sends: the server adapts to the client's capabilities (configuration
 * pull, file watching, inlay hint refresh) after `initialize`, never by declaring less.
 */
import type { InitializeResult, TextDocumentSyncKind } from 'vscode-languageserver-protocol';
import { OPEN_CATALOG_ROW_COMMAND } from '../service/commandIds';

/** TextDocumentSyncKind.Incremental, written out: the protocol package's value would load it into the stub. */
const INCREMENTAL: TextDocumentSyncKind = 2;

/** The `initialize` result, exactly as the full server sends it (a fresh object: the library fills it in place). */
export function initializeResult(): InitializeResult {
  return {
    capabilities: {
      textDocumentSync: INCREMENTAL,
      hoverProvider: true,
      completionProvider: { triggerCharacters: ['(', ' ', ':', '"', "'", ','] },
      definitionProvider: true,
      codeActionProvider: { codeActionKinds: ['quickfix'] },
      inlayHintProvider: { resolveProvider: true },
      referencesProvider: true,
      codeLensProvider: { resolveProvider: false },
      workspaceSymbolProvider: true,
      executeCommandProvider: { commands: [OPEN_CATALOG_ROW_COMMAND] },
    },
    serverInfo: { name: 'status-catalog-language-server', version: '0.1.0' },
  };
}
