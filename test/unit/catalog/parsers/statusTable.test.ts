// The format-neutral interpretation of a table: which tables count, which column is which, and rows.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { looksLikeReasonPhrase } from '../../../../server/src/catalog/parsers/messageColumn';
import { isStandardReasonPhrase } from '../../../../server/src/http/reasonPhrases';
import { interpretTable } from '../../../../server/src/catalog/parsers/statusTable';
import type { SourceTable, TableRow } from '../../../../server/src/catalog/parsers/tableModel';

/** A table from rows of cell texts; the first row is marked as the header. */
function table(rows: string[][], title: string | null = null, listItems: string[] = [], headings: string[] = []): SourceTable {
  return {
    line: 1,
    title,
    listItems,
    headings,
    rows: rows.map((texts, i): TableRow => ({
      line: i + 1,
      header: i === 0,
      slots: texts.map((text) => ({ kind: 'cell' as const, cell: { blocks: text ? [text] : [], line: i + 1 } })),
    })),
  };
}

test('the code column need not be the first, and a module column on its left is not the message', () => {
  const { entries } = interpretTable(table([
    ['Module', 'Status Code', 'Type', 'Possible Cause'],
    ['Public', '400', 'Bad request', 'Malformed body.'],
    ['Load balancer', '409', 'Conflict', 'In use.'],
  ]));
  assert.deepEqual(entries.map((e) => [e.code, e.message, e.description]), [
    [400, 'Bad request', 'Public\n\nMalformed body.'],
    [409, 'Conflict', 'Load balancer\n\nIn use.'],
  ]);
});

test('a column headed "Message" is the message even when it holds sentences', () => {
  const { entries } = interpretTable(table([
    ['Status Code', 'Description', 'Message'],
    ['200', 'Short', 'The request succeeded.'],
  ]));
  assert.deepEqual(entries.map((e) => [e.message, e.description]), [['The request succeeded.', 'Short']]);
});

test('a column mostly of phrases is the message, with a sentence-like outlier kept as written', () => {
  const { entries } = interpretTable(table([
    ['Status Code', 'Message', 'Description'],
    ['400', 'Bad Request', 'Malformed.'],
    ['500', 'Internal IaaS OpenStack network error.', 'Failed to assign the MAC address.'],
    ['503', 'Service Unavailable', 'Down.'],
  ]));
  assert.deepEqual(entries.map((e) => e.message), ['Bad Request', 'Internal IaaS OpenStack network error.', 'Service Unavailable']);
});

test('code cells: "200: OK", "201 (Created)" and "404Not Found" split into code and message', () => {
  const { entries } = interpretTable(table([['Code', 'Description'], ['200: OK', 'a.'], ['201 (Created)', 'b.'], ['404Not Found', 'c.']]));
  assert.deepEqual(entries.map((e) => [e.code, e.message]), [[200, 'OK'], [201, 'Created'], [404, 'Not Found']]);
});

test('where code cells carry the message, a short description column stays the description', () => {
  const { entries } = interpretTable(table([['Returned Value', 'Description'], ['200 OK', 'Success'], ['404 Not Found', 'Missing']]));
  assert.deepEqual(entries.map((e) => [e.message, e.description]), [['OK', 'Success'], ['Not Found', 'Missing']]);
});

test('merged "400 Bad Request" cells make an error-code-keyed table a status table', () => {
  const { entries } = interpretTable(table([
    ['HTTP Status Code', 'Error Code', 'Error Message'],
    ['400 Bad Request', 'ELB.0002', 'RequestBody is invalid.'],
    ['401 Unauthorized', 'ELB.1102', 'Token is error.'],
  ]));
  assert.deepEqual(entries.map((e) => [e.code, e.message]), [[400, 'Bad Request'], [401, 'Unauthorized']]);
});

test('a continuation row before any code row is a problem', () => {
  const { entries, problems } = interpretTable(table([['Status Code', 'Message', 'Description'], ['', '', 'Orphan text.'], ['200', 'OK', 'Fine.']]));
  assert.deepEqual(entries.map((e) => e.code), [200]);
  assert.deepEqual(problems, [{ line: 2, message: 'row has no status code and no row above to continue' }]);
});

test('the table title and enclosing labels set the class', () => {
  const rows = [['Status Code', 'Message', 'Description'], ['200', 'OK', 'Fine.']];
  const classOf = (t: SourceTable) => interpretTable(t).entries[0]?.class;
  assert.equal(classOf(table(rows, 'Table 1 Return values for successful requests')), 'normal');
  assert.equal(classOf(table(rows, null, ['Abnormal'])), 'abnormal');
  assert.equal(classOf(table(rows, null, [], ['Abnormal', 'Normal'])), 'abnormal');
  assert.equal(classOf(table(rows, 'Table 1 Status codes', [], ['Status Codes'])), null);
});

test('a code-column header shared by both tables ("错误码状态") yields to the bullet around the table', () => {
  const rows = [['错误码状态', '描述'], ['200', 'OK']];
  assert.equal(interpretTable(table(rows, null, ['正常'])).entries[0]?.class, 'normal');
  assert.equal(interpretTable(table(rows, null, [], ['Normal'])).entries[0]?.class, 'abnormal');
});

test('a table whose codes are mostly not codes is not a status-code table, so its rows are no problems', () => {
  assert.deepEqual(interpretTable(table([['Name', 'Value'], ['limit', '100'], ['offset', '0'], ['marker', 'abc']])), {
    entries: [],
    problems: [],
  });
});

test('reason phrases are short, single-paragraph, not sentences, and not Chinese prose', () => {
  const cell = (text: string) => ({ blocks: [text], line: 1 });
  assert.equal(looksLikeReasonPhrase(cell('Bad Request'), false), true);
  assert.equal(looksLikeReasonPhrase(cell('overLimit'), false), true);
  assert.equal(looksLikeReasonPhrase(cell('-'), false), true);
  assert.equal(looksLikeReasonPhrase(cell('Request succeeded.'), false), false);
  assert.equal(looksLikeReasonPhrase(cell('The server could not find the requested page'), false), false);
  assert.equal(looksLikeReasonPhrase(cell('任务提交成功'), false), false);
  assert.equal(looksLikeReasonPhrase(cell('请求成功'), true), true);
  assert.equal(looksLikeReasonPhrase({ blocks: ['OK', 'More.'], line: 1 }, false), false);
});

test('registered reason phrases match however they are spaced or cased', () => {
  for (const phrase of ['Bad request', 'BadRequest', 'Internal server error.', 'Request Time-out', 'HTTP Version not supported']) {
    assert.equal(isStandardReasonPhrase(phrase), true, phrase);
  }
  for (const phrase of ['DB Error', 'Invalid parameters.', 'overLimit']) assert.equal(isStandardReasonPhrase(phrase), false, phrase);
});
