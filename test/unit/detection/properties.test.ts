import { describe, it } from 'node:test';
import { expectLiterals, expectNone } from './marked';

describe('status-named properties and bindings', () => {
  it('finds status, statusCode, httpStatus, httpStatusCode, expectedStatus in object literals', () => {
    expectLiterals(
      'const a = { status: «201», statusCode: «404», httpStatus: «500», httpStatusCode: «503», expectedStatus: «422», STATUS_CODE: «418» };',
      'property',
    );
  });

  it('finds assignments to status targets', () => {
    expectLiterals('err.statusCode = «404»;', 'property');
    expectLiterals('ctx.status = «204»;', 'property');
    expectLiterals('res.statusCode ??= «200»;', 'property');
    expectLiterals('let status = «302»;', 'property');
    expectLiterals('function send(status = «200») {}', 'property');
    expectLiterals('const { status = «500» } = err;', 'property');
    expectLiterals('class E extends Error { statusCode = «404»; }', 'property');
  });

  it('finds JSX attributes, getters and literal types', () => {
    expectLiterals('const x = <ErrorPage status={«404»} />;', 'property', 'typescriptreact');
    expectLiterals('class R { get status() { return «201»; } }', 'property');
    expectLiterals('interface R { status: «200» | «201»; }', ['property', 'property']);
    expectLiterals('type SuccessStatus = «200» | «204»;', ['property', 'property']);
  });

  it('finds members of status tables: enums, objects, classes', () => {
    expectLiterals('enum HttpStatusCode { Ok = «200», NotFound = «404» }', 'property');
    expectLiterals('export const HTTP_STATUS = { OK: «200», CREATED: «201» } as const;', 'property');
    expectLiterals('const STATUS_TEXT = { «200»: "OK", «404»: "Not Found" };', 'property');
    expectLiterals('const text = STATUS_CODES[«404»];', 'property');
  });

  it('does not take size constraints of a schema named for a status, but takes its values', () => {
    expectNone("const Order = new Schema({ status: { type: String, maxlength: 120, minlength: 100 } });");
    // One schema rule for TS and JSON: an instance value of a status schema is a schema value in both.
    expectLiterals('const Reply = { status: { type: Number, default: «200» } };', 'schema-value');
  });

  it('does not take the steps of a shade scale named for a status as status keys', () => {
    expectNone("const palette = { status: { 50: '#fef2f2', 100: '#fee2e2', 500: '#ef4444', 900: '#7f1d1d' } };");
    expectLiterals("const statusColor = { 0: 'grey', «200»: 'green', «404»: 'orange', «500»: 'red' };", 'property');
  });

  it('does not take numbers of a record named status that holds lists or objects', () => {
    expectNone("const status = { x: 500, y: 300, wires: [['a']] };");
    expectLiterals('const HTTP_STATUS = { SUCCESS: «200», MISSING: «404», ...EXTRA };', 'property');
  });

  it('finds codes keyed by HTTP method in a map named for codes, and nothing else keyed by method', () => {
    expectLiterals('const successCodes = { GET: «200», POST: «201», DELETE: «204» };', 'property');
    expectNone('const rateLimits = { get: 300, post: 100 };');
    expectNone('const codes = { get: 200, post: 201, timeout: 500 };');
  });

  it('finds response maps in code: OpenAPI objects, Fastify route schemas and Reply types', () => {
    expectLiterals("const schema = { response: { «200»: { type: 'object' }, «'4xx'»: ref } };", 'openapi-response-key');
    expectLiterals('type Route = { Reply: { «200»: string; «404»: ErrorBody } };', 'openapi-response-key');
  });

  it('finds `code` only on error and response objects', () => {
    expectLiterals("res.json({ code: «404», message: 'Not found' });", 'property');
    expectLiterals("const response = { code: «200» };", 'property');
    expectLiterals("throw { code: «500» };", 'property');
    expectLiterals('if (err.code === «404») retry();', 'comparison');
    expectLiterals("const made = new Response({ code: «201», body: '' });", 'property');
    expectLiterals("assert.deepEqual(details, { name: 'Not Found', code: «404» });", 'property');
    expectNone("const product = { code: 200, name: 'Widget' };");
    expectNone("const product = { code: 200, name: 'Created' };");
    expectNone('const made = new Request({ code: 200 });');
    expectNone('if (item.code === 250) ship();');
  });

  it('finds lists the file tests a status against, wherever they are declared', () => {
    expectLiterals('const NULL_BODY = new Set([«204», «304»]);\nfunction f(res) { if (NULL_BODY.has(res.status)) return null; }', 'array-element');
    expectLiterals('const retryOn = [«429», «503»];\nif (retryOn.includes(error.response.status)) retry();', 'array-element');
    expectNone('const sizes = [100, 200];\nif (sizes.includes(width)) grow();');
  });

  it('finds arrays bound to status-list names, pushes and membership tests', () => {
    expectLiterals('const retryStatusCodes = [«429», «503»];', 'array-element');
    expectLiterals('const opts = { retry: { statusCodes: [«408», «413»] } };', 'array-element');
    expectLiterals('const statusCodesToRetry = new Set([«502», «504»]);', 'array-element');
    expectLiterals('options.retry.statusCodes.push(«502»);', 'array-element');
    expectLiterals('if ([«200», «204»].includes(res.status)) ok();', 'array-element');
    expectLiterals('const modifiedStatus1 = «400»;', 'property');
  });

  it('does not take statusText, exit statuses or non-status siblings', () => {
    expectNone("const r = { statusText: 'OK', id: 101, size: 300 };");
    expectNone('process.exitStatus = 130;');
    expectNone('const exitCode = 127;');
    expectNone('const status = -1;');
    expectNone('const status = 0;');
    expectNone("const statusBarHeight = 200;");
  });
});

describe('reason-phrase named entries', () => {
  it('finds entries whose name spells the reason phrase of their number, in any table', () => {
    expectLiterals('const codes = { NOT_FOUND: «404», OK: «200», HTTP_TOO_MANY_REQUESTS: «429» };', 'property');
    expectLiterals('enum Codes { Created = «201», InternalServerError = «500» }', 'property');
    expectLiterals('{"metadata": {"CONTINUE": «100», "UNAUTHORIZED": «401»}}', 'property', 'json');
    expectNone('const limits = { NOT_FOUND: 3, OK: 1, created: 2020 };');
    expectNone('const sizes = { notFound: 200, ok: 404 };');
  });

  it('finds every code of a table whose entries are mostly reason phrases, non-standard ones included', () => {
    expectLiterals("const StatusMap = { OK: «200», 'Not Found': «404», Gone: «410», 'Enhance Your Calm': «420», retries: 3 };", 'property');
    expectLiterals('enum Codes { Ok = «200», Created = «201», NotFound = «404», ClientClosed = «499» }', 'property');
    expectLiterals('{"OK": «200», "Not Found": «404», "Gone": «410», "Enhance Your Calm": «420»}', 'property', 'json');
    // Two reason-phrase entries are not enough to make the other numbers statuses.
    expectLiterals("const sizes = { OK: «200», Created: «201», small: 420 };", 'property');
  });

  it('finds constants whose name spells the reason phrase of their number', () => {
    expectLiterals('const NOT_FOUND = «404»; export const HTTP_STATUS_OK = «200»; let created = «201»;', 'property');
    expectNone('const OK = 1; const TIMEOUT = 408; const notFound = 200;');
  });

  it('finds the keys of a table where one value spells the reason phrase of its key', () => {
    expectLiterals("const messages = { «404»: 'Not Found', «'503'»: 'Try later' };", 'property');
    expectLiterals('{"pages": {«"404"»: "Not found", «"500"»: "Oops"}}', 'property', 'json');
    expectNone("const shades = { 100: 'Light', 200: 'Medium', 404: 'Page missing' };");
    expectNone('{"weights": {"400": "Regular", "700": "Bold"}}', 'json');
  });
});
