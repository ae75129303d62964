// isHttpStatusTable decides whether a table keyed by numbers documents HTTP statuses.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isHttpStatusTable, type TableWords } from '../../../../server/src/catalog/parsers/isHttpStatusTable';

const words = (overrides: Partial<TableWords> = {}): TableWords => ({
  codeHeader: 'Code',
  otherHeaders: ['Description'],
  title: null,
  heading: null,
  pageTitle: null,
  ...overrides,
});

test('an ordinary status table is one', () => {
  assert.deepEqual(isHttpStatusTable([200, 400, 404, 500], words()), { http: true });
  assert.deepEqual(isHttpStatusTable([200, 608, 612, 614, 630], words({ pageTitle: 'HTTP状态码' })), { http: true });
});

test('exit codes: 0-2 with 126-128, or small numbers in bulk', () => {
  assert.deepEqual(isHttpStatusTable([1, 2, 126, 127, 128, 130], words()), { http: false, reason: 'codes 1, 2, 126, 127…: an exit-code table' });
  assert.equal(isHttpStatusTable([3, 4, 200], words()).http, false);
  // One stray small number among statuses is a typo, not an exit-code table.
  assert.equal(isHttpStatusTable([200, 42, 404, 500, 503], words()).http, true);
});

test('protocol words: the code header, the heading, the page title or the lead sentence', () => {
  assert.equal(isHttpStatusTable([110, 130, 150], words({ codeHeader: 'RetCode' })).http, false);
  assert.equal(isHttpStatusTable([200, 201, 202], words({ pageTitle: 'Exit Code Reference' })).http, false);
  assert.equal(isHttpStatusTable([250, 421, 550], words({ heading: 'SMTP reply codes' })).http, false);
  assert.equal(isHttpStatusTable([200, 500], words({ lead: 'The installer ends with one of these exit codes:' })).http, false);
  // Look-alike: a page that names another protocol but says HTTP ("HTTP to gRPC status mapping").
  assert.equal(isHttpStatusTable([400, 401, 403], words({ heading: 'HTTP status to SMTP reply codes' })).http, true);
});

test('codes outside the HTTP registry in bulk, unless the page calls them status codes', () => {
  assert.deepEqual(isHttpStatusTable([110, 130, 150, 153, 160], words()), {
    http: false,
    reason: 'codes 110, 130, 150, 153…: mostly outside the HTTP status registry',
  });
  assert.equal(isHttpStatusTable([110, 130, 150, 153, 160], words({ codeHeader: 'Status Code' })).http, true);
});

test('a table keyed by status that describes something else', () => {
  assert.equal(isHttpStatusTable([200], words({ heading: 'Response Headers', otherHeaders: ['Header', 'Type'] })).http, false);
  assert.equal(isHttpStatusTable([200, 201], words({ otherHeaders: ['Header', 'Description'] })).http, false);
  // Look-alike: an SDK table with a "Response headers" column is a status table.
  assert.equal(isHttpStatusTable([200, 400], words({ heading: 'HTTP response details', otherHeaders: ['Description', 'Response headers'] })).http, true);
});

test('SMTP-only reply codes in bulk, even under words that say nothing of the protocol', () => {
  assert.deepEqual(isHttpStatusTable([500, 550, 551, 552, 553, 554], words({ heading: 'Permanent failure codes (5xx)' })), {
    http: false,
    reason: 'codes 550, 551, 552, 553…: SMTP reply codes',
  });
  // Look-alike: an HTTP page that happens to list one such number.
  assert.equal(isHttpStatusTable([200, 400, 404, 500, 550], words()).http, true);
});

test('an outer heading names the protocol of its part of the page', () => {
  assert.equal(isHttpStatusTable([421, 450, 451], words({ heading: 'Transient failures', outerHeadings: ['SMTP responses'] })).http, false);
  assert.equal(isHttpStatusTable([421, 429, 451], words({ heading: 'Transient failures', outerHeadings: ['HTTP API'] })).http, true);
});

