/**
 * What starting the server costs: answering `initialize` reads no catalog and loads neither the TypeScript compiler,
 * parse5 nor the YAML parser; the bundled catalogs come from the generated index, and the compiler comes with the first TS document.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, sep } from 'node:path';
import { describe, it } from 'node:test';
import {
  createProtocolConnection,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';
import { SERVER } from './lspClient';

const DIST = dirname(SERVER);
const CATALOGS = realpathSync(join(DIST, '..', 'catalogs'));
const PRELOAD = join(__dirname, 'recordLoadedFiles.cjs');

interface LoadedFiles {
  /** Files of dist/ the server required, by name. */
  distModules: string[];
  /** Files of the bundled catalog folder the server read, by name. */
  catalogReads: string[];
  /** The server's log messages. */
  logs: string[];
}

/** Starts the server, lets `session` talk to it, ends it, and tells what it loaded and read by then. */
async function loadedDuring(session: (connection: ProtocolConnection) => Promise<unknown>): Promise<LoadedFiles> {
  const out = join(mkdtempSync(join(tmpdir(), 'status-catalog-startup-')), 'loaded.json');
  const child = spawn(process.execPath, ['--require', PRELOAD, SERVER, '--stdio'], {
    stdio: 'pipe',
    env: { ...process.env, STATUS_CATALOG_LOADED_FILES: out },
  });
  child.stderr.on('data', () => undefined);
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  connection.onRequest('client/registerCapability', () => null);
  const logs: string[] = [];
  connection.onNotification('window/logMessage', (params: { message: string }) => {
    logs.push(params.message);
  });
  connection.listen();
  try {
    await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {}, initializationOptions: {} });
    await session(connection);
    await connection.sendRequest('shutdown');
    await connection.sendNotification('exit');
    await exited;
  } finally {
    connection.dispose();
    child.kill();
  }
  const { modules, reads } = JSON.parse(readFileSync(out, 'utf8')) as { modules: string[]; reads: string[] };
  return {
    distModules: modules.filter((file) => dirname(file) === DIST).map((file) => basename(file)).sort(),
    logs,
    catalogReads: [...new Set(reads.filter((file) => file.startsWith(CATALOGS + sep)).map((file) => basename(file)))].sort(),
  };
}

/** Opens a document after `initialized` and waits for its first diagnostics. */
async function openAndValidate(connection: ProtocolConnection, uri: string, languageId: string, text: string): Promise<PublishDiagnosticsParams> {
  await connection.sendNotification('initialized', {});
  return openDocument(connection, uri, languageId, text);
}

/** Opens a document and waits for its first diagnostics. */
async function openDocument(connection: ProtocolConnection, uri: string, languageId: string, text: string): Promise<PublishDiagnosticsParams> {
  const published = new Promise<PublishDiagnosticsParams>((resolve) => {
    const listener = connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      if (params.uri !== uri) return;
      listener.dispose();
      resolve(params);
    });
  });
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  return published;
}

/** The hover's text on the first `needle` of `text` (empty when there is none). */
async function hoverTextAt(connection: ProtocolConnection, uri: string, text: string, needle: string): Promise<string> {
  const offset = text.indexOf(needle) + 1;
  const before = text.slice(0, offset).split('\n');
  const position = { line: before.length - 1, character: before.at(-1)!.length };
  const hover = (await connection.sendRequest('textDocument/hover', { textDocument: { uri }, position })) as { contents: { value: string } } | null;
  return hover?.contents.value ?? '';
}

/** A scoped JSON document and a TS document, each with one 409 (the bundled dds catalog documents it). */
const JSON_LOG = '// status-catalog: dds\n[{ "statusCode": 409 }]\n';
const TS_HANDLER = '// status-catalog: dds\nres.status(409).end();\n';

describe('server start', () => {
  it('answers initialize without reading a catalog or loading the compiler or parse5', async () => {
    const loaded = await loadedDuring(async () => undefined);
    assert.deepEqual({ distModules: loaded.distModules, catalogReads: loaded.catalogReads }, { distModules: ['server-main.js', 'server.js'], catalogReads: [] });
  });

  it('validates a document with the bundled catalogs of the index: pages read to check it, never parsed', async () => {
    const loaded = await loadedDuring((connection) =>
      openAndValidate(connection, 'file:///work/log.json', 'json', '[{ "statusCode": 409 }]\n'),
    );
    assert.ok(!loaded.distModules.includes('parse5.js'), `loaded: ${loaded.distModules.join(', ')}`);
    assert.deepEqual(loaded.catalogReads, [...readdirSync(CATALOGS)].sort());
    const loadedLog = loaded.logs.filter((message) => message.startsWith('loaded '));
    assert.match(loadedLog.join('\n'), /^loaded 6 catalogs: bundled from their index in [\d.]+ ms \(0 problems\)$/);
  });

  it('validates and hovers a JSON document without loading the compiler or parse5', async () => {
    let hover = '';
    const loaded = await loadedDuring(async (connection) => {
      const diagnostics = await openAndValidate(connection, 'file:///work/log.json', 'json', JSON_LOG);
      assert.deepEqual(diagnostics.diagnostics, []);
      hover = await hoverTextAt(connection, 'file:///work/log.json', JSON_LOG, '409');
    });
    assert.match(hover, /409/);
    assert.deepEqual(loaded.distModules, ['server-main.js', 'server.js']);
  });

  it('a TypeScript document after a JSON one loads the compiler and is read as before', async () => {
    let jsonHover = '';
    let tsHover = '';
    const loaded = await loadedDuring(async (connection) => {
      await openAndValidate(connection, 'file:///work/log.json', 'json', JSON_LOG);
      jsonHover = await hoverTextAt(connection, 'file:///work/log.json', JSON_LOG, '409');
      const diagnostics = await openDocument(connection, 'file:///work/orders.ts', 'typescript', TS_HANDLER);
      assert.deepEqual(diagnostics.diagnostics, []);
      tsHover = await hoverTextAt(connection, 'file:///work/orders.ts', TS_HANDLER, '409');
    });
    assert.equal(tsHover, jsonHover);
    assert.deepEqual(loaded.distModules, ['server-main.js', 'server.js', 'typescript.js']);
  });

  it('loads the compiler for the first TypeScript document', async () => {
    const loaded = await loadedDuring((connection) =>
      openAndValidate(connection, 'file:///work/orders.ts', 'typescript', 'res.status(409).end();\n'),
    );
    assert.deepEqual(loaded.distModules, ['server-main.js', 'server.js', 'typescript.js']);
  });

  it('loads the YAML parser for the first YAML document (a TypeScript document does not)', async () => {
    const loaded = await loadedDuring((connection) =>
      openAndValidate(connection, 'file:///work/openapi.yaml', 'yaml', "paths:\n  /orders:\n    get:\n      responses:\n        '409': { description: Conflict }\n"),
    );
    // The detector's modules load the compiler whatever the document's language (detection/ imports it).
    assert.deepEqual(loaded.distModules.filter((name) => name !== 'typescript.js'), ['server-main.js', 'server.js', 'yaml.js']);
  });
});
