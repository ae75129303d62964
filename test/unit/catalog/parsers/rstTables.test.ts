// reStructuredText pages: simple tables, grid tables, list-table directives and their labels.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseCatalogPage } from '../../../../server/src/catalog/parsers/parseCatalogPage';
import type { CatalogEntry } from '../../../../server/src/catalog/types';

function rst(lines: string[]) {
  return parseCatalogPage(lines.join('\n'), 'rst');
}

function brief(entries: CatalogEntry[]): string[] {
  return entries.map((e) => `${e.code} ${e.message ?? 'null'} ${e.class ?? 'null'}`);
}

test('a simple table under a ".. table::" title', () => {
  const { entries, problems } = rst([
    'Status Codes', // 1
    '============', // 2
    '', // 3
    '.. table:: **Table 1** Normal status codes', // 4
    '', // 5
    '   =========== ========== ========================================', // 6
    '   Status Code Message    Description', // 7
    '   =========== ========== ========================================', // 8
    '   200         OK         Normal response to GET and PUT requests.', // 9
    '   204         No Content Normal response to DELETE requests, which', // 10
    '                          may take a while.', // 11
    '   =========== ========== ========================================', // 12
  ]);
  assert.deepEqual(problems, []);
  assert.deepEqual(entries, [
    { code: 200, message: 'OK', description: 'Normal response to GET and PUT requests.', class: 'normal', line: 9 },
    { code: 204, message: 'No Content', description: 'Normal response to DELETE requests, which may take a while.', class: 'normal', line: 10 },
  ]);
});

test('simple tables whose code headers carry the class ("Normal Status Code", "Error Status Code")', () => {
  const { entries } = rst([
    '================== ===========',
    'Normal Status Code Description',
    '================== ===========',
    '200                OK',
    '================== ===========',
    '',
    '================= ========================',
    'Error Status Code Description',
    '================= ========================',
    '413               Request Entity Too Large',
    '================= ========================',
  ]);
  assert.deepEqual(brief(entries), ['200 OK normal', '413 Request Entity Too Large abnormal']);
});

const GRID = [
  'Status Codes', // -2
  '============', // -1
  'Abnormal', // 1
  '--------', // 2
  '', // 3
  '+-------------+-------------+----------------------------------+', // 4
  '| Status Code | Message     | Description                      |', // 5
  '+=============+=============+==================================+', // 6
  '| 400         | Bad Request | The server fails to process the  |', // 7
  '|             |             | request. Possible causes:        |', // 8
  '|             |             |                                  |', // 9
  '|             |             | -  The syntax is **incorrect**.  |', // 10
  '|             |             | -  A parameter is wrong and this |', // 11
  '|             |             |    item wraps.                   |', // 12
  '+-------------+-------------+----------------------------------+', // 13
  '|             |             | Invalid ``admin_state_up``.      |', // 14
  '+-------------+-------------+----------------------------------+', // 15
  '| 401         | Unauthorized| See :ref:`Table 3 <iam_03>`.     |', // 16
  '+-------------+-------------+----------------------------------+', // 17
];

test('grid tables: multi-line cells, paragraphs, lists, bold, continuation rows, first-line positions', () => {
  const { entries, problems } = rst(GRID.slice(2));
  assert.deepEqual(problems, []);
  // Alone, "Abnormal" would be the page's title; under a title it labels its section.
  assert.deepEqual(rst(GRID).entries.map((e) => e.class), ['abnormal', 'abnormal']);
  assert.deepEqual(entries, [
    {
      code: 400,
      message: 'Bad Request',
      description:
        'The server fails to process the request. Possible causes:\n\n' +
        '- The syntax is incorrect.\n- A parameter is wrong and this item wraps.\n\n' +
        'Invalid admin_state_up.',
      // The inline literal stays code for the hover; `description` stays plain.
      descriptionRuns: [
        {
          kind: 'text',
          text:
            'The server fails to process the request. Possible causes:\n\n' +
            '- The syntax is incorrect.\n- A parameter is wrong and this item wraps.\n\nInvalid ',
        },
        { kind: 'code', text: 'admin_state_up' },
        { kind: 'text', text: '.' },
      ],
      class: null,
      line: 7,
    },
    { code: 401, message: 'Unauthorized', description: 'See Table 3.', class: null, line: 16 },
  ]);
});

test('grid tables: a cell spanning rows (partial separator) covers the rows below it', () => {
  const { entries, problems } = rst([
    '+------+-----------+----------------+',
    '| Code | Message   | Description    |',
    '+======+===========+================+',
    '| 404  | Not Found | The URI does   |',
    '|      |           | not exist.     |',
    '|      |           +----------------+',
    '|      |           | Bad port UUID. |',
    '+------+-----------+----------------+',
    '| 409  | Conflict  | In use.        |',
    '+------+-----------+----------------+',
  ]);
  assert.deepEqual(problems, []);
  assert.deepEqual(entries.map((e) => [e.code, e.message, e.description, e.line]), [
    [404, 'Not Found', 'The URI does not exist.\n\nBad port UUID.', 4],
    [409, 'Conflict', 'In use.', 9],
  ]);
});

test('grid tables: merged "200 OK" cells, enumerated lists and hyperlink references', () => {
  const { entries } = rst([
    '.. table:: **Table 1** HTTP status codes',
    '',
    '   +-----------------------+---------------------------------------------+',
    '   | Status Code & Message | Description                                 |',
    '   +=======================+=============================================+',
    '   | 200 OK                | Processed. See `the guide <https://x.io>`_. |',
    '   +-----------------------+---------------------------------------------+',
    '   | 400 Bad Request       | Possible causes include:                    |',
    '   |                       |                                             |',
    '   |                       | #. Malformed request syntax                 |',
    '   |                       | #. Invalid message framing                  |',
    '   +-----------------------+---------------------------------------------+',
  ]);
  assert.deepEqual(entries.map((e) => [e.code, e.message, e.description, e.class]), [
    [200, 'OK', 'Processed. See the guide.', null],
    [400, 'Bad Request', 'Possible causes include:\n\n1. Malformed request syntax\n2. Invalid message framing', null],
  ]);
});

test('grid tables: a cell spanning columns is one cell; a full-width label row relabels the rows below', () => {
  const { entries, problems } = rst([
    '+------+-----------+--------------+',
    '| Code | Message   | Description  |',
    '+======+===========+==============+',
    '| Normal                          |',
    '+------+-----------+--------------+',
    '| 200  | OK        | Fine.        |',
    '+------+-----------+--------------+',
    '| Abnormal                        |',
    '+------+-----------+--------------+',
    '| 500  | Internal error, see below|',
    '+------+-----------+--------------+',
  ]);
  assert.deepEqual(entries.map((e) => [e.code, e.message, e.description, e.class]), [
    [200, 'OK', 'Fine.', 'normal'],
    [500, 'Internal error, see below', '', 'abnormal'],
  ]);
  assert.deepEqual(problems, []);
});

test('list-table directives with a title, header rows and a short row', () => {
  const { entries, problems } = rst([
    '.. list-table:: **Table 2** Status codes returned upon exceptions', // 1
    '   :header-rows: 1', // 2
    '   :widths: 10 20 70', // 3
    '', // 4
    '   * - Status Code', // 5
    '     - Message', // 6
    '     - Description', // 7
    '   * - 400', // 8
    '     - Bad Request', // 9
    '     - The request is invalid:', // 10
    '', // 11
    '       - a parameter is missing', // 12
    '       - the body is *malformed*', // 13
    '   * - 403', // 14
    '     - Forbidden', // 15
    '   * - 404', // 16
    '     - Not Found', // 17
    '     - No such resource.', // 18
    '', // 19
    'After the table.', // 20
  ]);
  assert.deepEqual(entries, [
    {
      code: 400,
      message: 'Bad Request',
      description: 'The request is invalid:\n\n- a parameter is missing\n- the body is malformed',
      class: 'abnormal',
      line: 9 - 1,
    },
    { code: 403, message: 'Forbidden', description: '', class: 'abnormal', line: 14 },
    { code: 404, message: 'Not Found', description: 'No such resource.', class: 'abnormal', line: 16 },
  ]);
  assert.deepEqual(problems, [{ line: 14, message: 'row has 2 cells, expected 3' }]);
});

test('bullets and section headings label the tables under them', () => {
  const table = (code: string, message: string) => [
    '   =========== ==================== ============',
    '   Status Code Message              Description',
    '   =========== ==================== ============',
    `   ${code}         ${message.padEnd(20)} Something.`,
    '   =========== ==================== ============',
  ];
  const bullets = rst(['Status Codes', '============', '', '-  Normal', '', ...table('200', 'OK'), '', '-  Abnormal', '', ...table('503', 'Service Unavailable')]);
  assert.deepEqual(brief(bullets.entries), ['200 OK normal', '503 Service Unavailable abnormal']);
  const headings = rst([
    'Return Code', '===========', '', 'Normal Return Code', '------------------', '',
    ...table('201', 'Created').map((l) => l.slice(3)), '', 'Error Return Code', '-----------------', '',
    ...table('409', 'Conflict').map((l) => l.slice(3)),
  ]);
  assert.deepEqual(brief(headings.entries), ['201 Created normal', '409 Conflict abnormal']);
});

test('misleading headers: a "Description" column of reason phrases is the message', () => {
  const { entries } = rst([
    '+-------------+-----------------------+-------------------------+',
    '| Status Code | Description           | Description             |',
    '+=============+=======================+=========================+',
    '| 400         | Bad Request           | It is a bad request.    |',
    '+-------------+-----------------------+-------------------------+',
    '| 500         | Internal Server Error | There is a server fault.|',
    '+-------------+-----------------------+-------------------------+',
  ]);
  assert.deepEqual(entries.map((e) => [e.code, e.message, e.description]), [
    [400, 'Bad Request', 'It is a bad request.'],
    [500, 'Internal Server Error', 'There is a server fault.'],
  ]);
});

test('a literal "-" message and escapes in cells', () => {
  const { entries } = rst([
    '+-------------+---------+------------------------------+',
    '| Status Code | Message | Description                  |',
    '+=============+=========+==============================+',
    '| 200         | ``-``   | Invalid **admin \\_state_up**. |',
    '+-------------+---------+------------------------------+',
  ]);
  assert.deepEqual(entries.map((e) => [e.message, e.description]), [['-', 'Invalid admin _state_up.']]);
});

test('a malformed code cell in a grid table is a problem at the row\'s first line', () => {
  const { entries, problems } = rst([
    '+------+---------+-------------+',
    '| Code | Message | Description |',
    '+======+=========+=============+',
    '| 200  | OK      | Fine.       |',
    '+------+---------+-------------+',
    '| N/A  | Unknown | Odd.        |',
    '+------+---------+-------------+',
    '| 404  | Missing | Gone.       |',
    '+------+---------+-------------+',
  ]);
  assert.deepEqual(entries.map((e) => e.code), [200, 404]);
  assert.deepEqual(problems, [{ line: 6, message: "status code cell 'N/A' is not a number" }]);
});

test('look-alikes: a class table (1XX) and an error-code table yield nothing', () => {
  const classes = rst([
    '+----------+----------------------------+',
    '| Category | Description                |',
    '+==========+============================+',
    '| 1XX      | Informational response.    |',
    '+----------+----------------------------+',
    '| 2XX      | Success.                   |',
    '+----------+----------------------------+',
  ]);
  const errorCodes = rst([
    '================ =========== ======================= =============',
    'HTTP Status Code Error Code  Error Message           Description',
    '================ =========== ======================= =============',
    '400              ELB.0002    RequestBody is invalid. Bad body.',
    '401              ELB.1102    Token is error.         Empty token.',
    '================ =========== ======================= =============',
  ]);
  assert.deepEqual(classes, { entries: [], problems: [] });
  assert.deepEqual(errorCodes, { entries: [], problems: [] });
});

test('unterminated tables end where the page does, without losing rows', () => {
  const grid = rst(['+------+---------+', '| Code | Message |', '+======+=========+', '| 200  | OK      |']);
  assert.deepEqual(brief(grid.entries), ['200 OK null']);
  const simple = rst(['====== =======', 'Code   Message', '====== =======', '201    Created', '202    Accepted']);
  assert.deepEqual(brief(simple.entries), ['201 Created null', '202 Accepted null']);
});

test('tabs expand to 8-column stops before columns are measured', () => {
  const { entries } = rst(['-\tNormal', '', '\t=========== =======', '\tStatus Code Message', '\t=========== =======', '\t200         OK', '\t=========== =======']);
  assert.deepEqual(brief(entries), ['200 OK normal']);
});

test('a single run of "=" under a title is a heading, not a table', () => {
  assert.deepEqual(rst(['Status Codes', '============', '', '200 is fine.']), { entries: [], problems: [] });
});

test('simple tables: a "-" underline spans a row across columns, so a "Normal" row is a label, not a bad code', () => {
  const { entries, problems } = rst([
    '=========== ============ ==========================', // 1
    'Status Code Message      Description', // 2
    '=========== ============ ==========================', // 3
    'Normal', // 4
    '---------------------------------------------------', // 5
    '200         OK           Success.', // 6
    'Abnormal responses', // 7
    '---------------------------------------------------', // 8
    '400         Bad Request  The request is malformed.', // 9
    'Server side              See below', // 10
    '------------------------ --------------------------', // 11
    '=========== ============ ==========================', // 12
  ]);
  // "Server side" spans the code and message columns but not the last: not a label row but a note in
  // the code column, skipped without an entry.
  assert.deepEqual(entries.map((e) => [e.code, e.message, e.class, e.line]), [
    [200, 'OK', 'normal', 6],
    [400, 'Bad Request', 'abnormal', 9],
  ]);
  assert.deepEqual(problems, []);
});

test('csv-table directives: a :header: option, quoted fields across lines, doubled quotes, another delimiter', () => {
  const { entries, problems } = rst([
    'Status Codes', // 1
    '============', // 2
    '', // 3
    '.. csv-table:: **Table 1** Status codes returned upon exceptions', // 4
    '   :header: "Status Code", "Message", "Description"', // 5
    '   :widths: 15, 25, 60', // 6
    '', // 7
    '   "400", "Bad Request", "The body is not valid JSON, or a ""name"" is', // 8
    '   missing."', // 9
    '   404, Not Found, Nothing here', // 10
    '   ``abc``, x, "Malformed."', // 11
    '', // 12
    '.. csv-table::', // 13
    '   :header-rows: 1', // 14
    '   :delim: ;', // 15
    '', // 16
    '   Code; Description', // 17
    '   200 OK; Success, with a comma.', // 18
  ]);
  assert.deepEqual(entries.map((e) => [e.code, e.message, e.description, e.class, e.line]), [
    [400, 'Bad Request', 'The body is not valid JSON, or a "name" is missing.', 'abnormal', 8],
    [404, 'Not Found', 'Nothing here', 'abnormal', 10],
    [200, 'OK', 'Success, with a comma.', null, 18],
  ]);
  assert.deepEqual(problems, [{ line: 11, message: "status code cell 'abc' is not a number" }]);
});
