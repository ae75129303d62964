import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectDocument } from '../../../server/src/detection/detectDocument';
import { expectLiterals, expectNone } from './marked';

describe('JSON', () => {
  it('finds OpenAPI responses keys, ranges included, and skips default', () => {
    const literals = expectLiterals(
      '{"paths": {"/pets": {"get": {"responses": {«"200"»: {"description": "ok"}, «"4XX"»: {"$ref": "#/x"}, «"5xx"»: {}, "default": {}}}}}}',
      'openapi-response-key',
      'json',
    );
    assert.deepEqual(literals.map((l) => [l.code, l.quote]), [[200, '"'], ['4XX', '"'], ['5XX', '"']]);
  });

  it('reports an all-digit responses key out of range, so it can be flagged', () => {
    const [literal] = expectLiterals('{"responses": {«"4040"»: {}}}', 'openapi-response-key', 'json');
    assert.equal(literal!.code, 4040);
  });

  it('finds schema values of a status property', () => {
    expectLiterals(
      '{"properties": {"status": {"type": "integer", "example": «404», "enum": [«400», «404»], "minimum": «100»}}}',
      'schema-value',
      'json',
    );
    expectNone('{"properties": {"rows": {"type": "integer", "default": 100}}}', 'json');
    expectNone('{"properties": {"order_status": {"type": "string", "maxLength": 255, "minLength": 100}}}', 'json');
    expectNone('{"status": {"x": 500, "y": 300, "wires": [{"id": "a1", "port": 0}]}}', 'json');
    expectNone('{"color": {"status": {"100": {"value": "#d7f4d7"}, "500": {"value": "#c2f2bd"}, "900": {"value": "#0b3d0b"}}}}', 'json');
    expectLiterals('{"statusText": {«"404"»: "Missing", «"500"»: "Broken"}}', 'property', 'json');
    expectLiterals('{"statusCodes": {"retry": «503», "ok": «200»}}', 'property', 'json');
  });

  it('finds recorded responses: status, statusCode, and code beside a reason phrase', () => {
    expectLiterals('{"response": {"status": «200», "headers": {}}}', 'property', 'json');
    expectLiterals('{"statusCode": «422», "statusText": "Unprocessable"}', 'property', 'json');
    expectLiterals('{"response": {"status": "OK", "code": «200», "responseTime": 273, "responseSize": 311}}', 'property', 'json');
    expectLiterals('{"status": «"404"»}', 'property', 'json');
    expectLiterals('{"item": {"code": «404», "name": "Not Found"}}', 'property', 'json');
    expectLiterals('{"retryStatusCodes": [«429», «503»]}', 'array-element', 'json');
  });

  it('ignores design tokens, sizes, header values and product codes', () => {
    expectNone('{"color": {"green": {"100": {"value": "#d7f4d7"}, "200": {"value": "#c2f2bd"}}}}', 'json');
    expectNone('{"height": 500, "fontSize": 100, "mark": {"size": 100}}', 'json');
    expectNone('{"header": [{"key": "Content-Length", "value": "203"}]}', 'json');
    expectNone('{"product": {"code": 200, "name": "Widget"}}', 'json');
    expectNone('{"product": {"code": 200, "name": "Created"}}', 'json');
    expectNone('{"rules": {"header-max-length": [2, "always", 130]}}', 'json');
  });

  it('reads JSON with comments and trailing commas, and recovers from broken text', () => {
    expectLiterals('// recorded\n{"status": «201», /* note */ "x": [1,],}', 'property', 'jsonc');
    expectLiterals('{"a": {"statusCode": «404», "b": ', 'property', 'json');
  });

  it('offsets count UTF-16 units', () => {
    const text = '{"msg": "안녕 😀", "status": 503}';
    const [literal] = detectDocument(text, 'json').literals;
    assert.equal(text.slice(literal!.start, literal!.end), '503');
  });
});
