// Pages from other vendors and projects: each kind of mistake issue 8 lists, a small inline page that
// shows the rule, and its look-alike side by side. Entries are "code message class" strings.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type CatalogPageFormat, parseCatalogPage } from '../../../../server/src/catalog/parsers/parseCatalogPage';

function read(lines: string[], format: CatalogPageFormat = 'markdown'): { entries: string[]; problems: string[] } {
  const result = parseCatalogPage(lines.join('\n'), format);
  return {
    entries: result.entries.map((e) => `${e.code} ${e.message ?? 'null'} ${e.class ?? 'null'}`),
    problems: result.problems.map((p) => `${p.line}: ${p.message}`),
  };
}

const none = { entries: [], problems: [] };

describe('1. tables that are not HTTP status tables', () => {
  test('SMTP reply codes under "Success codes (2xx)" headings are not statuses; an HTTP table beside them is', () => {
    const smtp = ['# SMTP reply codes', '', '## Success codes (2xx)', '', '| Code | Description |', '|---|---|', '| 250 | Requested mail action okay |', '| 251 | User not local; will forward |', '', '## Permanent failure codes (5xx)', '', '| Code | Description |', '|---|---|', '| 550 | Mailbox unavailable |', '| 554 | Transaction failed |'];
    assert.deepEqual(read(smtp), none);
    // Without a word of SMTP, the codes themselves tell.
    const bare = ['# Bounces', '', '## Permanent failure codes (5xx)', '', '| Code | Description |', '|---|---|', '| 550 | Mailbox unavailable |', '| 551 | User not local |', '| 552 | Storage exceeded |', '| 554 | Transaction failed |'];
    assert.deepEqual(read(bare), none);
    const http = ['# API reference', '', '## Success codes (2xx)', '', '| Code | Description |', '|---|---|', '| 200 | OK |', '| 202 | Accepted |'];
    assert.deepEqual(read(http).entries, ['200 OK normal', '202 Accepted normal']);
  });

  test('an exit-code table with bold codes is not a status table', () => {
    const exit = ['## Generic errors', '', '| Code | Description |', '| --- | --- |', '| **1** | General error |', '| **2** | Misuse of shell builtins |', '| **126** | Command cannot execute |', '| **127** | Command not found |'];
    assert.deepEqual(read(exit), none);
    const http = ['# Scripts', '', '## Errors', '', '| Code | Description |', '| --- | --- |', '| **400** | Bad Request |', '| **404** | Not Found |'];
    assert.deepEqual(read(http).entries, ['400 Bad Request abnormal', '404 Not Found abnormal']);
  });

  test('a body RetCode table is not a status table', () => {
    assert.deepEqual(read(['| RetCode | 描述 |', '|:---|:---|', '| 110 | API 响应超时 |', '| 171 | 签名错误 |', '| 299 | IAM 权限校验未通过 |']), none);
    assert.deepEqual(read(['| 状态码 | 描述 |', '|:---|:---|', '| 400 | 请求错误 |', '| 401 | 未授权 |']).entries, ['400 null null', '401 null null']);
  });

  test('a Code | Message | Description table of UNAUTHORIZED-like codes is not a status table', () => {
    const registry = ['| Code | Message | Description |', '|---|---|---|', '| `UNAUTHORIZED` | authentication required | The access controller was unable to authenticate the client. |', '| `DENIED` | requested access to the resource is denied | The access controller denied access. |'];
    assert.deepEqual(read(registry), none);
    const http = ['| Code | Message | Description |', '|---|---|---|', '| `401` | Unauthorized | The client must authenticate. |'];
    assert.deepEqual(read(http).entries, ['401 Unauthorized null']);
  });
});

describe('2. ranges and addresses are not codes', () => {
  test('"100-101, 255" and "127.0.0.1" give no entry; "100, 101" gives two', () => {
    const page = ['| Code | Message | Notes |', '|---|---|---|', '| 100-101, 255 | Continue | a range |', '| 127.0.0.1 | Local | an address |', '| 100, 101 | Informational | two codes |', '| 200 | OK | one code |'];
    assert.deepEqual(read(page), { entries: ['100 Informational null', '101 Informational null', '200 OK null'], problems: [] });
  });
});

describe('3. a table keyed by status that describes something else', () => {
  test('a widdershins "Response Headers" table keyed by Status is not read; the "Responses" table is', () => {
    const page = ['### Responses', '', '|Status|Meaning|Description|Schema|', '|---|---|---|---|', '|200|[OK](https://tools.ietf.org/html/rfc7231#section-6.3.1)|Success|List|', '', '### Response Headers', '', '|Status|Header|Type|Format|Description|', '|---|---|---|---|---|', '|200|x-v|string||The version of the API.|'];
    assert.deepEqual(read(page), { entries: ['200 OK null'], problems: [] });
  });
});

describe('4. several codes in one cell', () => {
  test('one entry per code, each with the row message and class', () => {
    const page = ['## Redirects', '', '| Code | Behaviour |', '|---|---|', '|301, 302, 303, and 308|The method becomes GET.|', '|307|Requests follow redirects.|', '', '## Errors', '', '| Code | Message |', '|---|---|', '| 500, 502, 503, 504 | Server Errors |', '| **204**, **301**, and **302** | No Body |'];
    assert.deepEqual(read(page).entries, [
      '301 null null', '302 null null', '303 null null', '308 null null', '307 null null',
      '500 Server Errors abnormal', '502 Server Errors abnormal', '503 Server Errors abnormal', '504 Server Errors abnormal',
      '204 No Body abnormal', '301 No Body abnormal', '302 No Body abnormal',
    ]);
  });
});

describe('5. HTTP rows mixed with application codes', () => {
  test('the HTTP rows are kept; five- and six-digit codes are skipped; a column of only application codes is not the code column', () => {
    const mixed = ['| Code | Message |', '|---|---|', '| 200 | OK |', '| 100001 | Invalid token |', '| 100002 | Expired token |', '| 100003 | Bad signature |', '| 40001 | Missing field |', '| 4003 | Locked |', '| 404 | Not Found |'];
    assert.deepEqual(read(mixed), { entries: ['200 OK null', '404 Not Found null'], problems: [] });
    const appOnly = ['| Code | Message |', '|---|---|', '| 100001 | Invalid token |', '| 100002 | Expired token |'];
    assert.deepEqual(read(appOnly), none);
  });
});

describe('6. vendor statuses above 599', () => {
  test('a status table keeps 608-701 where the page calls them status codes', () => {
    const page = ['# HTTP状态码', '', '状态码 | 含义', ':--- | :---', '200 | 操作执行成功。', '608 | 资源内容被修改。', '631 | 指定空间不存在。', '701 | 上传接收地址不正确。'];
    assert.deepEqual(read(page), { entries: ['200 null null', '608 null null', '631 null null', '701 null null'], problems: [] });
    // Look-alike: a page that never calls them status codes, mostly outside the registry: not a status table.
    const body = ['| Code | 含义 |', '|---|---|', '| 608 | 资源内容被修改。 |', '| 631 | 指定空间不存在。 |', '| 701 | 上传接收地址不正确。 |'];
    assert.deepEqual(read(body), none);
  });
});

describe('7. "Reason -- description" in one cell', () => {
  test('Slate: the leading reason is the message; a plain sentence gives none', () => {
    const page = ['Error Code | Meaning', '---------- | -------', '200 | Success -- Enjoy your data!', '400 | Bad Request -- Something is wrong', '404 | The object does not exist'];
    // "Error Code" in the code column's header labels every row abnormal, a 200 too: the class is never inferred from the number.
    assert.deepEqual(read(page).entries, ['200 Success abnormal', '400 Bad Request abnormal', '404 null abnormal']);
  });

  test('Mailgun: "Reason - description" in an RST simple table inside a container', () => {
    const page = ['.. container:: ptable', '', ' ================== =====================================', ' Code               Description', ' ================== =====================================', ' 200                Everything worked as expected', ' 400                Bad Request - Often missing a parameter', ' 500, 502           Server Errors - Something is wrong', ' ================== ====================================='];
    assert.deepEqual(read(page, 'rst').entries, ['200 null null', '400 Bad Request null', '500 Server Errors null', '502 Server Errors null']);
  });
});

describe('8. a description column is not the message', () => {
  test('"Successful response", "Operation succeeded", "操作执行成功。" are descriptions; an exact reason phrase is the message', () => {
    const page = ['| Status code | Description | Response headers |', '|-------------|-------------|------------------|', '**200** | Successful response |  -  |', '**201** | Operation succeeded |  -  |', '**400** | Bad Request |  -  |', '**404** | not found. |  -  |'];
    assert.deepEqual(read(page).entries, ['200 null null', '201 null null', '400 Bad Request null', '404 not found. null']);
    const chinese = ['| 状态码 | 说明 |', '|---|---|', '| 200 | 操作执行成功。 |', '| 404 | Not Found |'];
    assert.deepEqual(read(chinese).entries, ['200 null null', '404 Not Found null']);
  });

  test('look-alike: a "Description" column of reasons beside a column of sentences is the message column', () => {
    const page = ['| Status Code | Description | Meaning |', '|---|---|---|', '| 200 | OK | The request has succeeded. |', '| 500 | Internal Error | The server failed. |'];
    assert.deepEqual(read(page).entries, ['200 OK null', '500 Internal Error null']);
  });
});

describe('9. the right column', () => {
  test('a "Response headers" cell "-" is not the message', () => {
    const page = ['| Status code | Description | Response headers |', '|---|---|---|', '| 200 | Sent | - |', '| 401 | Unauthorized | - |'];
    assert.deepEqual(read(page).entries, ['200 null null', '401 Unauthorized null']);
  });

  test('"400 格式错误" in the HTTP column after an error-code column: the status and its phrase', () => {
    const page = ['| 错误码 | 描述 | HTTP状态码 |', '|---|---|---|', '| 101 | 参数缺失 | 400 格式错误 |', '| 102 | 无权限 | 403 禁止访问 |'];
    assert.deepEqual(read(page).entries, ['400 格式错误 null', '403 禁止访问 null']);
    // Service error codes in the first column: the merged phrases make it a status table all the same.
    const service = ['| 错误码 | 描述 | HTTP状态码 |', '|---|---|---|', '| APIG.0101 | 参数缺失 | 400 格式错误 |', '| APIG.0201 | 无权限 | 403 禁止访问 |'];
    assert.deepEqual(read(service).entries, ['400 格式错误 null', '403 禁止访问 null']);
    // Look-alike: an error-code column with no HTTP column beside it is keyed by the code itself.
    const own = ['| 错误码 | 描述 |', '|---|---|', '| 400 | Bad Request |', '| 403 | Forbidden |'];
    assert.deepEqual(read(own).entries, ['400 Bad Request abnormal', '403 Forbidden abnormal']);
  });

  test('"Error type | Error code | Description": the fault name is the message', () => {
    const page = ['.. list-table::', '   :header-rows: 1', '', '   * - Error type', '     - Error code', '     - Description', '   * - itemNotFound', '     - 404', '     - The back end found nothing.', '   * - overLimit', '     - 413', '     - Too many entities.'];
    assert.deepEqual(read(page, 'rst').entries, ['404 itemNotFound abnormal', '413 overLimit abnormal']);
    // Look-alike: a module column of several words left of the code is not a message.
    const module = ['| Module | Code | Message |', '|---|---|---|', '| Object storage | 200 | OK |', '| Object storage | 404 | Not Found |'];
    assert.deepEqual(read(module).entries, ['200 OK null', '404 Not Found null']);
  });
});

describe('10. a pipe table broken by multi-line list cells', () => {
  test('a row whose cell holds a list runs on to the line that closes it; later rows are kept', () => {
    const page = ['| Code | Message | Description |', '|---|---|---|', '| 400 | Bad Request | One of:', '- a missing field', '- a bad value |', '| 404 | Not Found | Gone. |'];
    const result = parseCatalogPage(page.join('\n'), 'markdown');
    assert.deepEqual(result.entries.map((e) => [e.code, e.message, e.line]), [[400, 'Bad Request', 3], [404, 'Not Found', 6]]);
    assert.deepEqual(result.problems, []);
    // Look-alike: a row without a closing pipe and nothing to close it is a row of its own; the paragraph after ends the table.
    const open = ['| Code | Message |', '|---|---|', '| 200 | OK', 'Some paragraph after the table.'];
    assert.deepEqual(read(open).entries, ['200 OK null']);
  });
});

describe('11. class from the nearest label only', () => {
  test('the page title "… errors" does not label an unlabelled "HTTP status codes" section; an innermost "Errors" heading does', () => {
    const page = ['# Error responses and resource types', '', 'Intro.', '', '## HTTP status codes', '', '| Code | Message |', '|---|---|', '| 400 | Bad Request |', '', '## Errors', '', '| Code | Message |', '|---|---|', '| 200 | OK |'];
    assert.deepEqual(read(page).entries, ['400 Bad Request null', '200 OK abnormal']);
  });
});

describe('also seen', () => {
  test('pipe tables without outer pipes, with ---: alignment rows, TAB padding, body rows without a leading pipe, codes in backticks', () => {
    const page = ['Code\t|\tMessage', '---:\t|\t:---', '`200`\t|\tOK', '**404** | Not Found |'];
    assert.deepEqual(read(page).entries, ['200 OK null', '404 Not Found null']);
  });

  test('HTML: <div> in header cells, a header row of <td><b>…</b></td>, codes in <th scope="row">', () => {
    const divs = '<table><thead><tr><th><div>Status</div></th><th><div>Message</div></th></tr></thead><tbody><tr><td>200</td><td>OK</td></tr></tbody></table>';
    assert.deepEqual(read([divs]).entries, ['200 OK null']);
    const bold = '<table><tr><td><b>Code</b></td><td><b>Definition</b></td></tr><tr><td>200</td><td>Request was OK</td></tr><tr><td>404</td><td>Not Found</td></tr></table>';
    assert.deepEqual(read([bold]).entries, ['200 null null', '404 Not Found null']);
    const rowHeads = '<table><tr><th>Code</th><th>Message</th></tr><tr><th scope="row">201</th><td>Created</td></tr><tr><th scope="row">409</th><td>Conflict</td></tr></table>';
    assert.deepEqual(read([rowHeads]).entries, ['201 Created null', '409 Conflict null']);
  });

  test('RST list-tables with line blocks in their cells', () => {
    const page = ['.. list-table::', '   :header-rows: 1', '', '   * - Code', '     - Message', '     - Description', '   * - 200', '     - OK', '     - | The request succeeded.', '       | The body holds the result.', '   * - 404', '     - Not Found', '     - | Nothing here.'];
    const result = parseCatalogPage(page.join('\n'), 'rst');
    assert.deepEqual(result.entries.map((e) => [e.code, e.message, e.description]), [
      [200, 'OK', 'The request succeeded.\n\nThe body holds the result.'],
      [404, 'Not Found', 'Nothing here.'],
    ]);
  });

  test('a full saved .html document reads its tables and ignores navigation', () => {
    const page = [
      '<!DOCTYPE html><html><head><title>Status codes - Docs</title><style>td { color: red }</style></head><body>',
      '<nav><h2>Errors</h2><table><tr><th>Code</th><th>Page</th></tr><tr><td>404</td><td>Not Found</td></tr></table></nav>',
      '<main><h1>Status codes</h1><h2>Normal</h2>',
      '<table><tr><th>Status Code</th><th>Message</th></tr><tr><td>200</td><td>OK</td></tr></table></main>',
      '<footer><table><tr><td>500</td><td>Internal Server Error</td></tr></table></footer></body></html>',
    ];
    assert.deepEqual(read(page, 'html'), { entries: ['200 OK normal'], problems: [] });
  });
});
