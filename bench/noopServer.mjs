// The floor: a language server that keeps nothing and answers at once, to show what JSON-RPC over a pipe costs.
import { createConnection, ProposedFeatures, TextDocumentSyncKind } from 'vscode-languageserver/node';

const connection = createConnection(ProposedFeatures.all);
connection.onInitialize(() => ({ capabilities: { textDocumentSync: TextDocumentSyncKind.Incremental, hoverProvider: true } }));
connection.onDidOpenTextDocument(({ textDocument }) => void connection.sendDiagnostics({ uri: textDocument.uri, diagnostics: [] }));
connection.onHover(() => ({ contents: { kind: 'markdown', value: 'floor' } }));
connection.listen();
