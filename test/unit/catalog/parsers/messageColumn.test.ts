// findMessageColumn decides which column gives a status table its messages, and in which mode: `reason`
// (cells as written) or `description` (only a cell that is the code's reason phrase).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findMessageColumn, isDescriptionHeader, isOtherDataHeader } from '../../../../server/src/catalog/parsers/messageColumn';
import type { TableRow } from '../../../../server/src/catalog/parsers/tableModel';

/** Body rows from cell texts, and the headers apart. */
function decide(headers: string[], body: string[][], codeColumn = 0) {
  const rows = body.map((texts, i): TableRow => ({
    line: i + 2,
    header: false,
    slots: texts.map((text) => ({ kind: 'cell' as const, cell: { blocks: text ? [text] : [], line: i + 2 } })),
  }));
  return findMessageColumn(rows, headers, codeColumn, headers.length);
}

test('a "Message" header names the reason column', () => {
  assert.deepEqual(decide(['Code', 'Description', 'Message'], [['200', 'Fine.', 'OK']]), { column: 2, mode: 'reason' });
});

test('a "Description" column of reasons beside a column of sentences is the reason column', () => {
  assert.deepEqual(decide(['Status Code', 'Description', 'Meaning'], [['200', 'OK', 'The request has succeeded.'], ['500', 'Internal Error', 'The server failed.']]), { column: 1, mode: 'reason' });
});

test('a lone "Description" column is read in description mode, whether its cells are reasons or not', () => {
  assert.deepEqual(decide(['Status code', 'Description', 'Response headers'], [['200', 'Successful response', '-'], ['400', 'Bad Request', '-']]), { column: 1, mode: 'description' });
  assert.deepEqual(decide(['Code', 'Definition'], [['200', 'Request was OK'], ['201', 'New Record Created']]), { column: 1, mode: 'description' });
});

test('a column of data keyed by the status is never the message', () => {
  assert.equal(decide(['Status', 'Response headers'], [['200', '-'], ['204', '-']]), null);
});

test('a fault name left of the code is the message; a module column is not', () => {
  assert.deepEqual(decide(['Error type', 'Error code', 'Description'], [['dnsFault', '500', 'Generic catch-all.'], ['overLimit', '413', 'Too many.']], 1), { column: 0, mode: 'reason' });
  assert.equal(decide(['Module', 'Code', 'Description'], [['Object storage', '500', 'It failed.']], 1), null);
});

test('merged "200 OK" code cells leave every other column to the description', () => {
  assert.equal(decide(['Returned Value', 'Description'], [['200 OK', 'Success'], ['404 Not Found', 'Missing']]), null);
});

test('header kinds', () => {
  for (const header of ['Description', 'Definition', 'Meaning', '说明', '描述']) assert.equal(isDescriptionHeader(header), true, header);
  for (const header of ['Message', 'Reason Phrase', 'Type']) assert.equal(isDescriptionHeader(header), false, header);
  for (const header of ['Response headers', 'Header', 'Schema']) assert.equal(isOtherDataHeader(header), true, header);
  for (const header of ['Message', 'Description', 'Status message']) assert.equal(isOtherDataHeader(header), false, header);
});
