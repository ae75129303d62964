/**
 * Writes the V8 code caches of dist/typescript.js and dist/server-main.js beside them (server/src/compiler/codeCache.ts),
 * so that a first start on this Node needs no compile, and no session pauses a few seconds in to write a cache of its
 * own. The compiler is loaded and made to parse, walk and re-parse sample documents the way detection does, so the
 * functions a first analysis runs are compiled and go in the cache; the server is run through a short session over
 * in-memory streams (a TS and a JSON document opened, hovered, completed), so its cache holds the handlers', the
 * catalogs' and detection's code too, not only what its top level runs. Run by esbuild.mjs.
 *   node --import tsx scripts/write-code-cache.ts [dist]
 */
import { readFileSync, realpathSync } from 'node:fs';
import { join, relative } from 'node:path';
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import type * as ts from 'typescript';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';
import { writeShippedCodeCache } from '../server/src/compiler/codeCache';

const root = join(__dirname, '..');
const dist = realpathSync(process.argv[2] ?? join(root, 'dist'));
const file = join(dist, 'typescript.js');

/** A little of everything detection meets: Express and test code, JSX, decorators, enums, comments. */
const SAMPLES: Array<[string, ts.ScriptKind]> = [
  [readFileSync(join(root, 'examples', 'orders.ts'), 'utf8'), 3 /* TS */],
  [`// @ts-check
/** @param {import('express').Response} res */
const express = require('express');
const app = express();
app.get('/orders/:id', async (req, res, next) => {
  try { const order = await db.find(req.params.id); if (!order) return res.status(404).json({ code: 'NotFound' }); res.send(order); }
  catch (error) { next(error); } finally { metrics?.count(\`orders.\${req.method}\`, 1); }
});
module.exports = { app, codes: [200, 201, 0x194, 1_000], re: /^[a-z]+$/gi, big: 10n };
describe('orders', () => { it('404s', async () => { await request(app).get('/orders/x').expect(404); expect(res.statusCode).toBe(404); }); });
`, 1 /* JS */],
  [`import { Controller, Get, HttpCode } from '@nestjs/common';
enum OrderStatus { Created = 201, Gone = 410 }
type Reply = { status: 200 | 404 } & Partial<Record<'body', unknown>>;
@Controller('orders') export class Orders<T extends object = {}> implements Api {
  @Get(':id') @HttpCode(204) find(@Param('id') id: string): Reply { return id satisfies string ? { status: 200 } : { status: 404 } as Reply; }
  private readonly codes = new Map<number, string>([[409, 'Conflict']]);
  static #hidden?: number; declare abstract: () => void; get size() { return this.codes.size!; }
}
export const View = ({ status }: { status: number }) => <p className="s">{status === 500 ? <b>down</b> : <>{status}</>}</p>;
namespace N { export function* gen() { yield* [1, 2]; label: for (const x of []) { switch (x) { case 503: break label; default: } } } }
`, 4 /* TSX */],
];

/** What a first session does: open a TS and a JSON document, wait for their diagnostics, hover and complete. */
async function runSession(exports: unknown): Promise<void> {
  const start = (exports as { startLanguageServerOnStreams?: unknown }).startLanguageServerOnStreams;
  if (typeof start !== 'function') throw new Error('dist/server-main.js does not export startLanguageServerOnStreams');
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  (start as (input: NodeJS.ReadableStream, output: NodeJS.WritableStream) => void)(toServer, toClient);
  const client = createProtocolConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  const diagnosed = new Map<string, () => void>();
  client.onNotification('textDocument/publishDiagnostics', (params: { uri: string }) => diagnosed.get(params.uri)?.());
  client.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
  client.onRequest('client/registerCapability', () => null);
  client.listen();
  await client.sendRequest('initialize', {
    processId: null,
    rootUri: null,
    capabilities: {
      workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } },
      textDocument: { hover: { contentFormat: ['markdown', 'plaintext'] }, publishDiagnostics: { relatedInformation: true, versionSupport: true } },
    },
  });
  await client.sendNotification('initialized', {});
  await client.sendNotification('workspace/didChangeConfiguration', { settings: {} });
  for (const [name, languageId] of [['orders.ts', 'typescript'], ['orders.fixture.json', 'json']] as const) {
    const text = readFileSync(join(root, 'examples', name), 'utf8');
    const uri = pathToFileURL(join(root, 'examples', name)).href;
    const published = new Promise<void>((resolve) => diagnosed.set(uri, resolve));
    await client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    await published;
    const before = text.slice(0, text.search(/\b[2-5]\d\d\b/)).split('\n');
    const position = { line: before.length - 1, character: before[before.length - 1]!.length + 1 };
    await client.sendRequest('textDocument/hover', { textDocument: { uri }, position });
    await client.sendRequest('textDocument/completion', { textDocument: { uri }, position });
  }
  await client.sendRequest('shutdown');
  client.dispose();
}

/** A session takes a second or two: one that never sees its diagnostics must fail the build, not hang it. */
const SESSION_TIMEOUT_MS = 60_000;

function withTimeout(work: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the warm-up session of dist/server-main.js did not end within ${ms / 1000} s`)), ms);
  });
  return Promise.race([work, expired]).finally(() => clearTimeout(timer));
}

async function main(): Promise<void> {
  const cacheFile = await writeShippedCodeCache(file, (exports) => {
    const compiler = exports as typeof ts;
    for (const [text, kind] of SAMPLES) {
      const options = { languageVersion: compiler.ScriptTarget.Latest, jsDocParsingMode: compiler.JSDocParsingMode.ParseNone };
      const tree = compiler.createSourceFile(kind === 4 ? 'sample.tsx' : 'sample.ts', text, options, false, kind);
      const visit = (node: ts.Node): void => {
        compiler.getLeadingCommentRanges(text, node.pos);
        compiler.forEachChild(node, visit);
      };
      visit(tree);
      const at = text.indexOf('404');
      const edited = `${text.slice(0, at)}4040${text.slice(at + 3)}`;
      compiler.updateSourceFile(tree, edited, compiler.createTextChangeRange(compiler.createTextSpan(at, 3), 4));
    }
  });
  process.stdout.write(`  ${relative(root, cacheFile)}: the compiler's code cache for Node ${process.version}\n`);
  // The session's server loads the compiler again, with no per-user code cache (nothing written on this machine).
  process.env.STATUS_CATALOG_CACHE_DIR = '';
  const serverCache = await writeShippedCodeCache(join(dist, 'server-main.js'), (exports) => withTimeout(runSession(exports), SESSION_TIMEOUT_MS));
  process.stdout.write(`  ${relative(root, serverCache)}: the server's code cache for Node ${process.version}, after a session\n`);
}

main().then(
  // The session's server keeps timers and streams: the build goes on once the caches are written.
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
