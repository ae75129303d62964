// The five seed catalogs in catalogs/ the product was specified from: exact entries, a few exact
// descriptions and lines, and no problems.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { formatFromFileName, parseCatalogPage } from '../../../server/src/catalog/parsers/parseCatalogPage';
import type { CatalogEntry, ParseResult } from '../../../server/src/catalog/types';

const catalogs = join(__dirname, '..', '..', '..', 'catalogs');

function parseSeed(name: string): ParseResult {
  return parseCatalogPage(readFileSync(join(catalogs, name), 'utf8'), formatFromFileName(name)!);
}

/** "200 OK n" per entry: code, message (or null), class initial (n, a, -). */
function summary(entries: CatalogEntry[]): string[] {
  return entries.map((e) => `${e.code} ${e.message ?? 'null'} ${e.class === null ? '-' : e.class[0]}`);
}

function entry(result: ParseResult, code: number): CatalogEntry {
  const found = result.entries.find((e) => e.code === code);
  assert.ok(found, `no entry ${code}`);
  return found;
}

const DDS_ABNORMAL = [
  '400 Bad Request a', '401 Unauthorized a', '403 Forbidden a', '404 Not Found a', '405 Method Not Allowed a',
  '409 Conflict a', '413 Request Entity Too Large a', '415 Unsupported Media Type a', '422 Unprocessable Entity a',
  '500 Internal Server Error a', '501 Not Implemented a', '503 Service Unavailable a',
];

test('dds-status-codes.en.md: HTML tables under Normal / Abnormal bullets', () => {
  const result = parseSeed('dds-status-codes.en.md');
  assert.deepEqual(result.problems, []);
  assert.deepEqual(summary(result.entries), ['200 OK n', '202 Accepted n', ...DDS_ABNORMAL]);
  assert.equal(entry(result, 200).line, 14);
  assert.equal(entry(result, 503).line, 120);
  // Inline <strong> and anchors dropped, text kept: "<strong>ContentType</strong> ... <strong>application</strong>/<strong>json</strong>".
  assert.equal(entry(result, 415).description, 'ContentType contained in the request header is not application/json.');
  assert.equal(entry(result, 500).description, 'Failed to complete the request because an internal service error occurs.');
});

test('dds-status-codes.zh.md: Chinese labels, English messages, multi-paragraph descriptions', () => {
  const result = parseSeed('dds-status-codes.zh.md');
  assert.deepEqual(result.problems, []);
  assert.deepEqual(summary(result.entries), ['200 OK n', '202 Accepted n', ...DDS_ABNORMAL]);
  assert.equal(entry(result, 400).description, '非法请求。\n\n建议直接修改该请求，不要重试该请求。');
  assert.equal(entry(result, 202).description, '异步请求成功提交。');
  assert.equal(entry(result, 401).line, 51);
});

test('ddm-status-codes.en.rst: simple table and grid table with a list and bold markup', () => {
  const result = parseSeed('ddm-status-codes.en.rst');
  assert.deepEqual(result.problems, []);
  assert.deepEqual(summary(result.entries), [
    '200 OK n', '202 OK n', '400 Bad Request a', '401 Unauthorized a', '403 Forbidden a', '404 Not Found a',
    '405 Method Not Allowed a', '409 Conflict a', '413 Request Entity Too Large a', '415 Unsupported Media Type a',
    '500 Internal Server Error a', '501 Not Implemented a', '503 Service Unavailable a',
  ]);
  assert.equal(
    entry(result, 400).description,
    'The server fails to process the request. The possible causes are as follows:\n\n' +
      '- The request could not be parsed by the server due to incorrect syntax.\n' +
      '- Request parameters are incorrect.',
  );
  assert.equal(entry(result, 415).description, 'ContentType contained in the request header is neither application nor json.');
  assert.deepEqual(result.entries.map((e) => e.line).slice(0, 4), [20, 21, 36, 41]);
});

test('bms-status-codes.en.md: "200 OK" cells hold code and message together', () => {
  const result = parseSeed('bms-status-codes.en.md');
  assert.deepEqual(result.problems, []);
  assert.deepEqual(summary(result.entries), [
    '200 OK n', '201 Created n', '202 Accepted n', '204 No Content n', '400 Bad Request a', '401 Unauthorized a',
    '403 Forbidden a', '404 Not Found a', '405 Method Not Allowed a', '406 Not Acceptable a',
    '407 Proxy Authentication Required a', '408 Request Timeout a', '409 Conflict a', '500 Internal Server Error a',
    '501 Not Implemented a', '502 Bad Gateway a', '503 Service Unavailable a', '504 Gateway Timeout a',
  ]);
  assert.equal(entry(result, 204).description, 'The server has processed the request but did not return any content.');
  assert.equal(entry(result, 400).line, 44);
});

test('css-status-codes.en.md: one table of 1xx-5xx codes, odd messages, no class labels', () => {
  const result = parseSeed('css-status-codes.en.md');
  assert.deepEqual(result.problems, []);
  assert.deepEqual(summary(result.entries), [
    '100 Continue -', '101 Switching Protocols -', '200 OK -', '201 Created -', '202 Accepted -',
    '203 Non-Authoritative Information -', '204 NoContent -', '205 Reset Content -', '206 Partial Content -',
    '300 Multiple Choices -', '301 Moved Permanently -', '302 Found -', '303 See Other -', '304 Not Modified -',
    '305 Use Proxy -', '306 Unused -', '400 BadRequest -', '401 Unauthorized -', '402 Payment Required -',
    '403 Forbidden -', '404 NotFound -', '405 MethodNotAllowed -', '406 Not Acceptable -',
    '407 Proxy Authentication Required -', '408 Request Time-out -', '409 Conflict -', '410 Gone -',
    '411 Length Required -', '412 Precondition Failed -', '413 Request Entity Too Large -',
    '414 Request-URI Too Large -', '415 Unsupported Media Type -', '416 Requested range not satisfiable -',
    '417 Expectation Failed -', '422 UnprocessableEntity -', '429 TooManyRequests -', '500 InternalServerError -',
    '501 Not Implemented -', '502 Bad Gateway -', '503 ServiceUnavailable -', '504 ServerTimeout -',
    '505 HTTP Version not supported -',
  ]);
  assert.equal(
    entry(result, 100).description,
    'The client should continue sending the request.\n\n' +
      'This interim response is used to inform the client that the initial part of the request has been received and has not yet been rejected by the server.',
  );
  // A trailing space inside the first <p> ("Retrieve a location. ") is collapsed away.
  assert.equal(
    entry(result, 303).description,
    'Retrieve a location.\n\nThe response to the request can be found under a different URI, and should be retrieved using a GET or POST method.',
  );
  assert.equal(entry(result, 100).line, 16);
  assert.equal(entry(result, 505).line, 315);
});

// A hang guard (the timeout), not a speed target: parse times are measured by the benchmarks.
test('the five seeds parse without problems', { timeout: 30_000 }, () => {
  const names = ['dds-status-codes.en.md', 'dds-status-codes.zh.md', 'ddm-status-codes.en.rst', 'bms-status-codes.en.md', 'css-status-codes.en.md'];
  for (const name of names) {
    const result = parseCatalogPage(readFileSync(join(catalogs, name), 'utf8'), formatFromFileName(name)!);
    assert.deepEqual(result.problems, [], name);
    assert.ok(result.entries.length > 0, name);
  }
});
