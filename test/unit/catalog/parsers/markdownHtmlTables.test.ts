// Markdown pages with embedded HTML tables (the Huawei documentation style), through parseCatalogPage.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseCatalogPage } from '../../../../server/src/catalog/parsers/parseCatalogPage';
import type { CatalogEntry } from '../../../../server/src/catalog/types';

function md(text: string) {
  return parseCatalogPage(text, 'markdown');
}

/** "code message class" per entry. */
function brief(entries: CatalogEntry[]): string[] {
  return entries.map((e) => `${e.code} ${e.message ?? 'null'} ${e.class ?? 'null'}`);
}

const HEAD3 = '<thead><tr><th>Status Code</th><th>Message</th><th>Description</th></tr></thead>';

test('a three-column table yields code, message, description and the line of each code cell', () => {
  const page = [
    '# Status Codes', // 1
    '', // 2
    `<table>${HEAD3}`, // 3
    '<tbody><tr>', // 4
    '<td><p><a name="x"></a>200</p></td>', // 5
    '<td>OK</td><td><p>Request succeeded.</p></td></tr>', // 6
    '<tr><td>404</td><td>Not Found</td><td>No such thing.</td></tr>', // 7
    '</tbody></table>',
  ].join('\n');
  const { entries, problems } = md(page);
  assert.deepEqual(problems, []);
  assert.deepEqual(entries, [
    { code: 200, message: 'OK', description: 'Request succeeded.', class: null, line: 5 },
    { code: 404, message: 'Not Found', description: 'No such thing.', class: null, line: 7 },
  ]);
});

test('entities are decoded, inline markup dropped and white space collapsed', () => {
  const page = `<table>${HEAD3}<tr><td>415</td><td>Unsupported&nbsp;Media&#32;Type</td>
    <td><p><strong>Content-Type</strong> is not
       <code>application/json</code> &amp; not &lt;xml&gt;.</p></td></tr></table>`;
  const [entry] = md(page).entries;
  assert.equal(entry?.message, 'Unsupported Media Type');
  assert.equal(entry?.description, 'Content-Type is not application/json & not <xml>.');
});

test('paragraphs are separated by a blank line and list items kept as "- item" lines', () => {
  const page = `<table>${HEAD3}<tr><td>400</td><td>Bad Request</td><td>
    <p>The request is invalid.</p>
    <p>Possible causes:</p>
    <ul><li>a missing parameter</li><li>a <em>malformed</em> body</li></ul>
    <ol><li>first</li><li>second</li></ol>
    Trailing text<br>after a break</td></tr></table>`;
  assert.equal(
    md(page).entries[0]?.description,
    'The request is invalid.\n\nPossible causes:\n\n- a missing parameter\n- a malformed body\n\n1. first\n2. second\n\nTrailing text\n\nafter a break',
  );
});

test('rowspan: covered rows continue the entry above instead of starting one', () => {
  const page = [
    `<table>${HEAD3}<tbody>`, // 1
    '<tr><td rowspan="3">400</td><td rowspan="3">Bad request</td><td>Malformed body</td></tr>', // 2
    '<tr><td>Invalid values</td></tr>', // 3
    '<tr><td><p>Validation failed</p></td></tr>', // 4
    '<tr><td>401</td><td>Unauthorized</td><td>Authentication required</td></tr>', // 5
    '</tbody></table>',
  ].join('\n');
  const { entries, problems } = md(page);
  assert.deepEqual(problems, []);
  assert.deepEqual(brief(entries), ['400 Bad request null', '401 Unauthorized null']);
  assert.equal(entries[0]?.description, 'Malformed body\n\nInvalid values\n\nValidation failed');
  assert.deepEqual(entries.map((e) => e.line), [2, 5]);
});

test('rowspan on a description cell shares it between the rows it covers', () => {
  const page = `<table>${HEAD3}
    <tr><td>500</td><td>Internal Server Error</td><td rowspan="2">The server failed.</td></tr>
    <tr><td>503</td><td>Service Unavailable</td></tr></table>`;
  const { entries, problems } = md(page);
  assert.deepEqual(problems, []);
  assert.deepEqual(entries.map((e) => [e.code, e.description]), [[500, 'The server failed.'], [503, 'The server failed.']]);
});

test('two columns: a merged "200 OK" cell gives code and message', () => {
  const page = `<table><thead><tr><th>Returned Value</th><th>Description</th></tr></thead>
    <tr><td><p>200 OK</p></td><td>Processed.</td></tr>
    <tr><td>500 internal Server Error</td><td>Failed.</td></tr>
    <tr><td>204</td><td>No body.</td></tr></table>`;
  assert.deepEqual(brief(md(page).entries), ['200 OK null', '500 internal Server Error null', '204 null null']);
});

test('two columns: a bare code beside a sentence has no message', () => {
  const page = `<table><thead><tr><th>Returned Value</th><th>Description</th></tr></thead>
    <tr><td>200</td><td>The request is successfully processed.</td></tr></table>`;
  assert.deepEqual(md(page).entries, [
    { code: 200, message: null, description: 'The request is successfully processed.', class: null, line: 2 },
  ]);
});

test('two columns: a "Description" column of reason phrases is the message', () => {
  const page = `<table><thead><tr><th>Status Code</th><th>Description</th></tr></thead>
    <tr><td>200</td><td>OK</td></tr><tr><td>413</td><td>overLimit</td></tr>
    <tr><td>415</td><td>badMediaType</td></tr></table>`;
  assert.deepEqual(brief(md(page).entries), ['200 OK null', '413 overLimit null', '415 badMediaType null']);
  assert.equal(md(page).entries[0]?.description, '');
});

test('Chinese descriptions beside a bare code are not messages', () => {
  const page = `<table><thead><tr><th>返回值</th><th>说明</th></tr></thead>
    <tr><td>200</td><td>任务提交成功</td></tr><tr><td>201</td><td>创建成功</td></tr></table>`;
  assert.deepEqual(brief(md(page).entries), ['200 null null', '201 null null']);
});

test('messages keep their spelling and case, and "-" stays "-"', () => {
  const page = `<table>${HEAD3}
    <tr><td>200</td><td>-</td><td>Done.</td></tr>
    <tr><td>503</td><td>Service Unavaliable</td><td>Down.</td></tr>
    <tr><td>500</td><td>internal Server Error</td><td>Broken.</td></tr></table>`;
  assert.deepEqual(brief(md(page).entries), ['200 - null', '503 Service Unavaliable null', '500 internal Server Error null']);
});

test('class from Normal / Abnormal bullets around the tables', () => {
  const table = (code: string, message: string) => `    <table>${HEAD3}<tr><td>${code}</td><td>${message}</td><td>x.</td></tr></table>`;
  const page = ['# Status Code', '', '-   Normal', '', table('200', 'OK'), '', '-   Abnormal', '', table('400', 'Bad Request')].join('\n');
  assert.deepEqual(brief(md(page).entries), ['200 OK normal', '400 Bad Request abnormal']);
});

test('class from 正常 / 异常 bullets and from Chinese table titles', () => {
  const table = (code: string, message: string) => `<table><thead><tr><th>状态码</th><th>编码</th><th>状态说明</th></tr></thead><tr><td>${code}</td><td>${message}</td><td>说明。</td></tr></table>`;
  const bullets = ['# 状态码', '-   正常', '', `    ${table('200', 'OK')}`, '-   异常', '', `    ${table('404', 'Not Found')}`].join('\n');
  assert.deepEqual(brief(md(bullets).entries), ['200 OK normal', '404 Not Found abnormal']);
  const titles = ['# 状态码', '**表 1**  正常返回值', '', table('201', 'Created'), '', '**表 2**  异常返回值', '', table('500', 'Internal Server Error')].join('\n');
  assert.deepEqual(brief(md(titles).entries), ['201 Created normal', '500 Internal Server Error abnormal']);
});

test('class from table titles such as "Normal status codes" and "...returned upon exceptions"', () => {
  const table = (code: string) => `<table>${HEAD3}<tr><td>${code}</td><td>Phrase</td><td>x.</td></tr></table>`;
  const page = [
    '**Table 1** Normal status codes', '', table('200'), '',
    '**Table 2** Status codes returned upon exceptions', '<a name="t2"></a>', table('400'), '',
    '**Table 3** Status code description', '', table('429'),
  ].join('\n');
  assert.deepEqual(brief(md(page).entries), ['200 Phrase normal', '400 Phrase abnormal', '429 Phrase null']);
});

test('class from the code-column header: "Normal Response Code", 错误返回码', () => {
  const page = `<table><thead><tr><th>Normal Response Code</th><th>Type</th><th>Description</th></tr></thead>
    <tr><td>200</td><td>OK</td><td>Fine.</td></tr></table>
    <table><thead><tr><th>错误返回码</th><th>类型</th><th>说明</th></tr></thead>
    <tr><td>409</td><td>Conflict</td><td>冲突。</td></tr></table>`;
  assert.deepEqual(brief(md(page).entries), ['200 OK normal', '409 Conflict abnormal']);
});

test('class from the innermost section heading only; outer headings and the page title label nothing', () => {
  const table = (code: string) => `<table>${HEAD3}<tr><td>${code}</td><td>Phrase</td><td>x.</td></tr></table>`;
  const page = [
    '# Error Codes', '', table('418'), '', '## Normal', '', table('200'), '', '## Abnormal', '', table('503'), '',
    '### Details', '', table('500'),
  ].join('\n');
  assert.deepEqual(brief(md(page).entries), ['418 Phrase null', '200 Phrase normal', '503 Phrase abnormal', '500 Phrase null']);
});

test('a full-width row inside a table relabels the rows below it', () => {
  const page = `<table>${HEAD3}
    <tr><td colspan="3">Normal</td></tr><tr><td>200</td><td>OK</td><td>Fine.</td></tr>
    <tr><td colspan="3"><strong>Abnormal</strong></td></tr><tr><td>400</td><td>Bad Request</td><td>Bad.</td></tr></table>`;
  const { entries, problems } = md(page);
  assert.deepEqual(problems, []);
  assert.deepEqual(brief(entries), ['200 OK normal', '400 Bad Request abnormal']);
});

test('class is never inferred from the number', () => {
  const page = `<table>${HEAD3}<tr><td>200</td><td>OK</td><td>Fine.</td></tr><tr><td>500</td><td>Internal Server Error</td><td>Broken.</td></tr></table>`;
  assert.deepEqual(md(page).entries.map((e) => e.class), [null, null]);
});

test('malformed rows become problems with their line; the rest still loads', () => {
  // A bad code cell skips its row; a row with missing cells is reported but keeps what it has.
  const page = [
    `<table>${HEAD3}<tbody>`, // 1
    '<tr><td>200</td><td>OK</td><td>Fine.</td></tr>', // 2
    '<tr><td>abc</td><td>Odd</td><td>Not a code.</td></tr>', // 3
    '<tr><td>404</td><td>Not Found</td></tr>', // 4
    '<tr><td>42</td><td>Short</td><td>Two digits.</td></tr>', // 5
    '<tr><td>650</td><td>Custom</td><td>A vendor status.</td></tr>', // 6
    '<tr><td>500</td><td>Internal Server Error</td><td>Broken.</td></tr>', // 7
    '</tbody></table>',
  ].join('\n');
  const { entries, problems } = md(page);
  // A three-digit code above 599 is a vendor's own status (issue 8), kept like any other.
  assert.deepEqual(brief(entries), ['200 OK null', '404 Not Found null', '650 Custom null', '500 Internal Server Error null']);
  assert.equal(entries[1]?.description, '');
  assert.deepEqual(problems, [
    { line: 3, message: "status code cell 'abc' is not a number" },
    { line: 4, message: 'row has 2 cells, expected 3' },
    { line: 5, message: "status code cell '42' is not a three-digit code" },
  ]);
});

test('a table without <thead> takes its first row as the header', () => {
  const page = `<table><tr><td>Status Code</td><td>Message</td><td>Description</td></tr>
    <tr><td>201</td><td>Created</td><td>Made.</td></tr></table>`;
  const { entries, problems } = md(page);
  assert.deepEqual(problems, []);
  assert.deepEqual(brief(entries), ['201 Created null']);
});

test('look-alike: a table keyed by service error codes yields nothing', () => {
  const page = `# 错误码
<table><thead><tr><th>状态码</th><th>错误码</th><th>错误信息</th><th>描述</th></tr></thead>
<tr><td>400</td><td>NAT.0001</td><td>Invalid value for created_at.</td><td>时间戳不合法</td></tr>
<tr><td>400</td><td>NAT.0007</td><td>DB Error</td><td>数据库异常</td></tr>
<tr><td>404</td><td>DBS.200001</td><td>Resource not found.</td><td>资源不存在</td></tr></table>`;
  assert.deepEqual(md(page), { entries: [], problems: [] });
});

test('an error-code table that also has a reason-phrase column lists status codes', () => {
  const page = `<table><thead><tr><th>Status Code</th><th>Type</th><th>Error Code</th><th>Possible Cause</th></tr></thead>
<tr><td>400</td><td>Bad request</td><td>ELB.8902</td><td>Malformed body.</td></tr>
<tr><td>401</td><td>Unauthorized</td><td>SYS.0401</td><td>Authentication required.</td></tr></table>`;
  const { entries } = md(page);
  assert.deepEqual(brief(entries), ['400 Bad request null', '401 Unauthorized null']);
  assert.equal(entries[0]?.description, 'ELB.8902\n\nMalformed body.');
});

test('look-alikes: class tables, parameter tables and link-only pages yield nothing', () => {
  const classes = '|状态码|说明|\n|--|--|\n|2xx|成功。|\n|4xx|客户端错误。|\n|5xx|服务器错误。|';
  const parameters = '<table><tr><th>Parameter</th><th>Type</th><th>Description</th></tr><tr><td>limit</td><td>Integer</td><td>At most 100.</td></tr></table>';
  const links = '# Status Codes\n\nSee [Status Codes](https://example.com/status-codes.html) for 200, 400 and 500.';
  for (const page of [classes, parameters, links]) assert.deepEqual(md(page), { entries: [], problems: [] });
});

test('tables inside fenced code blocks are examples, not content', () => {
  const page = '```html\n<table><tr><td>200</td><td>OK</td><td>x.</td></tr></table>\n```\n';
  assert.deepEqual(md(page), { entries: [], problems: [] });
});

test('an unterminated table still yields its rows', () => {
  const page = `<table>${HEAD3}\n<tr><td>200</td><td>OK</td><td>Fine.\n<tr><td>404</td><td>Not Found</td><td>Gone`;
  assert.deepEqual(brief(md(page).entries), ['200 OK null', '404 Not Found null']);
});

test('a Normal / Abnormal bullet just above an HTML table at the margin labels it; a heading in between does not', () => {
  const table = (code: string, message: string) => `<table>${HEAD3}<tr><td>${code}</td><td>${message}</td><td>x.</td></tr></table>`;
  const page = [
    '# Status Codes',
    '',
    '-   Normal',
    '',
    '<a name="table1"></a>',
    table('200', 'OK'),
    '',
    '-   Abnormal',
    '',
    '## Other codes',
    '',
    table('400', 'Bad Request'),
  ].join('\n');
  assert.deepEqual(brief(md(page).entries), ['200 OK normal', '400 Bad Request null']);
});
