import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectDocument } from '../../../server/src/detection/detectDocument';
import { cursor, slotAt } from './marked';

/** The slot expected at the cursor when nothing is typed there yet. */
function emptySlot(marked: string, context: string, extra: object = {}): object {
  const at = cursor(marked);
  return { start: at, end: at, prefix: '', context, ...extra };
}

describe('slotAt in TypeScript/JavaScript', () => {
  it('finds an empty argument of a status call', () => {
    const text = 'res.status(|)';
    assert.deepEqual(slotAt(text), emptySlot(text, 'call-argument'));
    const unclosed = 'app.get("/", (req, res) => {\n  res.status(|';
    assert.deepEqual(slotAt(unclosed), emptySlot(unclosed, 'call-argument', { method: 'GET' }));
  });

  it('finds a partly typed literal and prefers its class', () => {
    assert.deepEqual(slotAt('res.status(4|)'), { start: 11, end: 12, prefix: '4', context: 'call-argument', preferredClass: 4 });
    assert.deepEqual(slotAt('if (res.statusCode >= 5|'), { start: 22, end: 23, prefix: '5', context: 'comparison', preferredClass: 5 });
  });

  it('finds property values, comparisons and cases the parser saw as missing', () => {
    const property = 'const init = { status: |';
    assert.deepEqual(slotAt(property), emptySlot(property, 'property'));
    const comparison = 'if (res.statusCode === |';
    assert.deepEqual(slotAt(comparison), emptySlot(comparison, 'comparison'));
    const kase = 'switch (res.status) {\n  case |\n}';
    assert.deepEqual(slotAt(kase), emptySlot(kase, 'case'));
    const closed = 'const init = { status: | };';
    assert.deepEqual(slotAt(closed), emptySlot(closed, 'property'));
  });

  it('finds slots typed in the middle of a file, before code the parser takes as their value', () => {
    const property = 'const r = {\n  status: |\n  body: "x",\n};';
    assert.deepEqual(slotAt(property), emptySlot(property, 'property'));
    const kase = 'switch (res.status) {\n  case |\n  case 404:\n    break;\n}';
    assert.deepEqual(slotAt(kase), emptySlot(kase, 'case'));
    const call = 'app.get("/", (req, res) => {\n  res.status(|\n});\nconst x = 1;';
    assert.deepEqual(slotAt(call), emptySlot(call, 'call-argument', { method: 'GET' }));
    const chain = 'request(app)\n  .post("/x")\n  .expect(|)\n  .end(done);';
    assert.deepEqual(slotAt(chain), emptySlot(chain, 'call-argument', { method: 'POST', preferredClass: 2 }));
    assert.equal(slotAt('const r = {\n  id: |\n  body: "x",\n};'), undefined);
  });

  it('finds supertest .expect after a request, with its method and class 2 first', () => {
    const text = "request(app).post('/users').send({ name: 'a' }).expect(|";
    assert.deepEqual(slotAt(text), emptySlot(text, 'call-argument', { method: 'POST', preferredClass: 2 }));
  });

  it('finds assertions, constructors, decorators, arrays and string literals', () => {
    const assertion = 'expect(res.status).toBe(|)';
    assert.deepEqual(slotAt(assertion), emptySlot(assertion, 'assertion'));
    const constructor = "throw new HttpException('Unprocessable', |)";
    assert.deepEqual(slotAt(constructor), emptySlot(constructor, 'call-argument', { preferredClass: 4 }));
    const decorator = 'class C {\n  @Post()\n  @HttpCode(|)\n  create() {}\n}';
    assert.deepEqual(slotAt(decorator), emptySlot(decorator, 'decorator', { method: 'POST', preferredClass: 2 }));
    const array = 'const retryStatusCodes = [429, |]';
    assert.deepEqual(slotAt(array), emptySlot(array, 'array-element'));
    assert.deepEqual(slotAt("const init = { status: '2|' }"), { start: 23, end: 26, prefix: '2', context: 'property', quote: "'", preferredClass: 2 });
  });

  it('suggests 5xx in error handlers and 3xx for redirects', () => {
    const handler = 'try { work() } catch (e) { res.status(|) }';
    assert.deepEqual(slotAt(handler), emptySlot(handler, 'call-argument', { preferredClass: 5 }));
    const redirect = 'res.redirect(|)';
    assert.deepEqual(slotAt(redirect), emptySlot(redirect, 'call-argument', { preferredClass: 3 }));
  });

  it('returns undefined outside status positions', () => {
    assert.equal(slotAt('setTimeout(done, |)'), undefined);
    assert.equal(slotAt('res.status(code|)'), undefined);
    assert.equal(slotAt('res.status(404)|'), undefined);
    assert.equal(slotAt('res.status(404);\n|'), undefined);
    assert.equal(slotAt('const init = { id: |'), undefined);
    assert.equal(slotAt('|res.status(404)'), undefined);
    assert.deepEqual(slotAt("res.status('x', |)"), emptySlotOrUndefined());
  });

  it('answers many offsets of one document without parsing again', () => {
    const doc = detectDocument('res.status(404);\nres.statusCode = 500;\n', 'typescript');
    for (let offset = 0; offset <= 40; offset++) doc.slotAt(offset);
    assert.equal(doc.slotAt(12)?.prefix, '4');
    assert.equal(doc.slotAt(-5), undefined);
    assert.equal(doc.slotAt(10_000), undefined);
  });
});

/** `res.status('x', |)`: the first numeric argument is still to come, so the slot is valid. */
function emptySlotOrUndefined(): object {
  return { start: 16, end: 16, prefix: '', context: 'call-argument' };
}

describe('slotAt in JSON', () => {
  it('finds a status property value not typed yet, or partly typed', () => {
    const empty = '{"statusCode": |';
    assert.deepEqual(slotAt(empty, 'json'), emptySlot(empty, 'property'));
    assert.deepEqual(slotAt('{"status": 4|}', 'json'), { start: 11, end: 12, prefix: '4', context: 'property', preferredClass: 4 });
  });

  it('finds a key of an OpenAPI responses object: just opened, partly typed, or not started', () => {
    const opened = '{"paths": {"/pets": {"post": {"responses": { "|';
    const at = cursor(opened);
    assert.deepEqual(slotAt(opened, 'json'), {
      start: at - 1, end: at, prefix: '', context: 'openapi-response-key', quote: '"', isKey: true, method: 'POST', preferredClass: 2,
    });
    const typed = '{"responses": {"200": {}, "4|"}}';
    assert.deepEqual(slotAt(typed, 'json'), { start: 26, end: 29, prefix: '4', context: 'openapi-response-key', quote: '"', isKey: true, preferredClass: 4 });
    const blank = '{"get": {"responses": {"200": {},\n  |\n}}}';
    assert.deepEqual(slotAt(blank, 'json'), emptySlot(blank, 'openapi-response-key', { quote: '"', isKey: true, method: 'GET' }));
  });

  it('finds schema values and list elements', () => {
    const example = '{"properties": {"status": {"type": "integer", "example": |';
    assert.deepEqual(slotAt(example, 'json'), emptySlot(example, 'schema-value'));
    const list = '{"retryStatusCodes": [429, |]}';
    assert.deepEqual(slotAt(list, 'json'), emptySlot(list, 'array-element'));
  });

  it('returns undefined elsewhere', () => {
    assert.equal(slotAt('{"size": |', 'json'), undefined);
    assert.equal(slotAt('{"responses": {"200": {"description": |', 'json'), undefined);
    assert.equal(slotAt('{"color": {"|', 'json'), undefined);
    assert.equal(slotAt('|', 'json'), undefined);
  });
});
