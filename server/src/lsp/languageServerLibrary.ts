/**
 * The values of vscode-languageserver/node that the server's modules use, for them to import from here; its types
 * they import from the library itself, with `import type`, which costs nothing at run time.
 *
 * Why: esbuild turns each module's `import { … } from` a CommonJS package into a fresh object with a getter for every
 * one of its ~320 exports (its `__toESM`), and eight modules did so, ~6 ms of CPU as the server loads, on the way to
 * the first diagnostics. `import … = require` takes the library's own exports object, once.
 */
import languageServer = require('vscode-languageserver/node');

export import createConnection = languageServer.createConnection;
export import DiagnosticSeverity = languageServer.DiagnosticSeverity;
export import DidChangeConfigurationNotification = languageServer.DidChangeConfigurationNotification;
export import DidChangeWatchedFilesNotification = languageServer.DidChangeWatchedFilesNotification;
export import ErrorCodes = languageServer.ErrorCodes;
export import FileChangeType = languageServer.FileChangeType;
export import LSPErrorCodes = languageServer.LSPErrorCodes;
export import Message = languageServer.Message;
export import MessageType = languageServer.MessageType;
export import ProposedFeatures = languageServer.ProposedFeatures;
export import ResponseError = languageServer.ResponseError;
export import StreamMessageReader = languageServer.StreamMessageReader;
export import StreamMessageWriter = languageServer.StreamMessageWriter;
export import TextDocuments = languageServer.TextDocuments;
