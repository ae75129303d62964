/**
 * Writes the V8 code caches of dist/typescript.js and dist/server-main.js beside them (server/src/compiler/codeCache.ts),
 * so that a first start on this Node needs no compile, and no session pauses a few seconds in to write a cache of its
 * own. The compiler is loaded and made to parse, walk and re-parse sample documents the way detection does, so the
 * functions a first analysis runs are compiled and go in the cache; the server is loaded only (requiring it does not
 * start it), which compiles what runs before the first answer. Run by esbuild.mjs.
 *   node --import tsx scripts/write-code-cache.ts [dist]
 */
import { readFileSync, realpathSync } from 'node:fs';
import { join, relative } from 'node:path';
import type * as ts from 'typescript';
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

const cacheFile = writeShippedCodeCache(file, (exports) => {
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
const serverCache = writeShippedCodeCache(join(dist, 'server-main.js'), () => undefined);
process.stdout.write(`  ${relative(root, serverCache)}: the server's code cache for Node ${process.version}\n`);
