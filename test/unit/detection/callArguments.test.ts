import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectDocument } from '../../../server/src/detection/detectDocument';
import { expectLiterals, expectNone } from './marked';

describe('status-setting calls', () => {
  it('finds Express res.status / sendStatus / writeHead / redirect', () => {
    expectLiterals('res.status(«404»).send("x");', 'call-argument');
    expectLiterals('res.sendStatus(«204»);', 'call-argument');
    expectLiterals("res.writeHead(«200», { 'Content-Type': 'text/plain' });", 'call-argument');
    expectLiterals("res.redirect(«301», 'http://example.com');", 'call-argument');
    expectLiterals('this.status(«304»);', 'call-argument');
  });

  it('reports exact offsets, text and code', () => {
    const [literal] = expectLiterals('  res.status(«404»)', 'call-argument');
    assert.deepEqual(literal, { start: 13, end: 16, text: '404', code: 404, context: 'call-argument', rule: 'express.res-status' });
  });

  it('finds Fastify reply.code, Koa ctx.throw / ctx.assert, http-errors createError', () => {
    expectLiterals('reply.code(«409»).send(err);', 'call-argument');
    expectLiterals("ctx.throw(«403», 'forbidden');", 'call-argument');
    expectLiterals("ctx.assert(user, «401», 'Please login');", 'call-argument');
    expectLiterals('next(createError(«404»));', 'call-argument');
    expectLiterals("throw new createError(«500», 'boom');", 'call-argument');
  });

  it('finds HTTP error constructors with the status in any argument', () => {
    expectLiterals("throw new HttpException('Unprocessable', «422»);", 'call-argument');
    expectLiterals('throw new HTTPException(«401», { message: "no" });', 'call-argument');
    expectLiterals("new HttpError(«404», 'Not found')", 'call-argument');
  });

  it('finds decorators', () => {
    expectLiterals('class C { @Post() @HttpCode(«204») remove() {} }', 'decorator');
    expectLiterals("class C { @Get() @Redirect('https://example.com', «301») go() {} }", 'decorator');
  });

  it('finds supertest .expect, nock .reply, msw ctx.status', () => {
    expectLiterals("request(app).get('/').expect(«200», done);", 'call-argument');
    expectLiterals("nock('http://x').get('/').reply(«201», { id: 1 });", 'call-argument');
    expectLiterals('return res(ctx.json({}), ctx.status(«500»));', 'call-argument');
  });

  it('finds Hono/Express-3 response helpers (body, status, headers)', () => {
    expectLiterals("return c.json({ error: 'x' }, «404»);", 'call-argument');
    expectLiterals("return c.text('Created', «201», { 'X-A': 'b' });", 'call-argument');
  });

  it('finds statuses in the status object of init arguments', () => {
    expectLiterals('HttpResponse.json(body, { status: «201» })', 'property');
    expectLiterals('new Response(null, { status: «204» })', 'property');
  });

  it('takes values through ternaries, fallbacks, parentheses, as and satisfies', () => {
    expectLiterals('res.status(ok ? «200» : «500»)', 'call-argument');
    expectLiterals('res.status(err.status || «500»)', 'call-argument');
    expectLiterals('res.status((«404» as number))', 'call-argument');
    expectLiterals('res.status(«404» satisfies number)', 'call-argument');
  });

  it('reports out-of-range values in status-setting calls, so they can be flagged', () => {
    const [literal] = expectLiterals('res.status(«4040»)', 'call-argument');
    assert.equal(literal!.code, 4040);
    const [negative] = expectLiterals('res.status(«-1»)', 'call-argument');
    assert.equal(negative!.code, -1);
  });

  it('reads numeric separators and hex literals', () => {
    const [literal] = expectLiterals('res.status(«4_04»)', 'call-argument');
    assert.equal(literal!.code, 404);
  });

  it('infers a status from a helper declared in the file', () => {
    expectLiterals("function strip(status) { return status }\ndescribe('x', () => strip(«204»));", 'call-argument');
  });

  it('infers a status from a helper that uses its parameter as one, through helpers calling it', () => {
    const helpers =
      'function refuse(socket, code, body) { socket.end(`HTTP/1.1 ${code} ${http.STATUS_CODES[code]}\\r\\n\\r\\n` + body); }\n' +
      'function refuseOrEmit(server, socket, code, body) { if (server.quiet) refuse(socket, code, body); else server.emit("x"); }\n';
    expectLiterals(helpers + "refuse(socket, «503»);\nrefuseOrEmit(this, socket, «400», 'bad');", 'call-argument');
    expectLiterals(helpers + 'cb((ok, code) => refuse(socket, code || «401»));', 'call-argument');
    // An index into a list of statuses is not a status.
    expectNone('function pick(i) { return statuses[i]; }\npick(200);');
    expectNone('function size(width, height) { return width * height; }\nsize(100, 200);');
  });

  it('ignores calls that only look similar', () => {
    expectNone('setTimeout(done, 500);');
    expectNone('ctx.delay(400);');
    expectNone('HttpResponse.json(123);');
    expectNone('req.range(120);');
    expectNone("expect(200).toBe(x);");
    expectNone("doc.text('Hello', 100, 200);");
    expectNone("socket.send(550, 'Requested action not taken');");
    expectNone("res.send(200);");
  });

  it('keeps the literal order and kinds in a mixed document', () => {
    const doc = detectDocument("app.get('/', (req, res) => res.status(201).json({ id: 101 }))", 'javascript');
    assert.deepEqual(doc.literals.map((l) => l.code), [201]);
  });
});

describe('status lookups and response helpers', () => {
  it('finds the code given to status lookups from other modules', () => {
    expectLiterals("expect(getStatusCodeColor(«500»)).toBe('#E95F5D');", 'call-argument');
    expectLiterals('const text = getStatusText(«404»);', 'call-argument');
    expectLiterals('const phrase = getReasonPhrase(«418»);', 'call-argument');
    expectNone('const order = getStatus(123);');
  });

  it('does not take coordinates of text drawing calls for a status', () => {
    expectNone("this.add.text(100, 200, 'Hello');");
    expectNone("doc.text('Hello', 100, 200);");
  });
});

describe('framework helpers', () => {
  it('finds hapi, h3, Next.js, SvelteKit, Remix and mock-server forms', () => {
    expectLiterals('return h.response(user).code(«201»);', 'call-argument');
    expectLiterals("return sendRedirect(event, '/login', «302»);", 'call-argument');
    expectLiterals('return NextResponse.redirect(url, «307»);', 'call-argument');
    expectLiterals('return fail(«400», { missing: true });', 'call-argument');
    expectLiterals('return json({ error: "gone" }, «410»);', 'call-argument');
    expectLiterals("mock.onGet('/users').replyOnce(«500»);", 'call-argument');
    expectLiterals("fetchMock.get('/users', «404»).post('/users', «201»);", 'call-argument');
    expectNone("fetchMock.get('/users', { delay: 500 }); cache.get('/users', 300);");
    expectLiterals("nock('http://x').get('/').reply(() => [«202», 'ok']);", 'array-element');
    expectLiterals("mock.onGet('/x').reply(() => Promise.resolve([«503», { busy: true }]));", 'array-element');
    expectLiterals("server.respondWith('GET', '/x', [«404», {}, '']);", 'array-element');
  });

  it('finds the status Mirage / Pretender responses are made from, but not a Fetch body', () => {
    expectLiterals("this.get('/me', () => new Response(«401», {}, { errors: ['no session'] }));", 'call-argument');
    expectLiterals('return new MockResponse(\n  «503»,\n  headers,\n);', 'call-argument');
    expectNone("new Response('200');");
    expectNone('new ImageResponse(<div />, { width: 1200, height: 600 });');
    expectNone('new Response(body, 200);');
  });
});

describe('strength of call positions', () => {
  it('reports out-of-range numbers only where the call surely sets a status', () => {
    expectLiterals("request(app).get('/').expect(«4040»);", 'call-argument');
    expectLiterals('throw createHttpError(«4040»);', 'call-argument');
    expectNone("const error = this.createError(RangeError, 'FIN must be set', true, 1002, 'WS_ERR_EXPECTED_FIN');");
    expectNone('return c.json(body, 4040);');
    expectNone('helper.expect(5);');
  });
});
