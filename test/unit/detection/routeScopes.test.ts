import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as ts from 'typescript';
import { findRouteScopes, findRouteScopesAndInputs, toTemplate } from '../../../server/src/detection/routeScopes';

/** The routes (method + path) whose handler holds the text `needle`. */
function routesAround(text: string, needle: string): string[] {
  const sourceFile = ts.createSourceFile('app.ts', text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const offset = text.indexOf(needle);
  return findRouteScopes(sourceFile)
    .filter((s) => s.start <= offset && offset < s.end)
    .map((s) => (s.method ? `${s.method} ${s.path}` : `#${s.operationId}`));
}

describe('route scopes', () => {
  it('Express/Hono registrations with inline, named and wrapped handlers', () => {
    assert.deepEqual(routesAround("app.post('/orders/:id', auth, (req, res) => res.status(409));", '409'), ['POST /orders/{id}']);
    assert.deepEqual(routesAround("async function create(req, res) { res.status(409); }\nrouter.put('/orders/:id', create);", '409'), ['#create', 'PUT /orders/{id}']);
    assert.deepEqual(routesAround("app.get('/a', asyncHandler(async (req, res) => { res.status(404); }));", '404'), ['GET /a']);
    assert.deepEqual(routesAround("app.route('/orders').get(list).post((req, res) => res.sendStatus(201));", '201'), ['POST /orders']);
  });

  it('koa-router named routes and fastify.route options', () => {
    assert.deepEqual(routesAround("router.get('order', '/orders/:id', (ctx) => { ctx.status = 404; });", '404'), ['GET /orders/{id}']);
    assert.deepEqual(
      routesAround("fastify.route({ method: ['PUT', 'PATCH'], url: '/orders/:id', handler: async (req, reply) => reply.code(409) });", '409'),
      ['PUT /orders/{id}', 'PATCH /orders/{id}'],
    );
  });

  it('NestJS controllers join the controller and method paths', () => {
    const text = "@Controller('orders')\nclass Orders {\n  @Post(':id/cancel')\n  cancel() { throw new HttpException('x', 409); }\n  @Get()\n  list() { return 200; }\n}";
    assert.deepEqual(routesAround(text, '409'), ['POST /orders/{id}/cancel', '#cancel']);
    assert.deepEqual(routesAround(text, '200'), ['GET /orders', '#list']);
  });

  it('leaves calls that are not route registrations alone', () => {
    assert.deepEqual(routesAround("map.get('key', () => res.status(404));", '404'), []);
    assert.deepEqual(routesAround("cache.post(payload, () => 404);", '404'), []);
  });

  it('rewrites path parameters as templates', () => {
    assert.equal(toTemplate('/orders/:id/items/:itemId?'), '/orders/{id}/items/{itemId}');
    assert.equal(toTemplate('/files/:name(\\d+)'), '/files/{name}');
  });
});

describe('the strings route scopes are read from', () => {
  it('names every string of a registration, a decorator and a string property name, and no other string', () => {
    const text = [
      "app.get('/a', (req, res) => res.send('body'));",
      "fastify.route({ method: ['GET', 'POST'], url: '/b', handler: () => 'x' });",
      "@Controller({ path: 'c' }) class C { @Post(':id') m() { return 'y'; } }",
      "const ops = { 'getOrder': () => 1, other: 'z' };",
      "log('/not-a-route');",
    ].join('\n');
    const sourceFile = ts.createSourceFile('app.ts', text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    const { inputs } = findRouteScopesAndInputs(sourceFile);
    assert.deepEqual(inputs.map((span) => text.slice(span.start, span.end)), ["'/a'", "'GET'", "'POST'", "'/b'", "'c'", "':id'", "'getOrder'"]);
  });
});
