// Markdown pipe tables, as some Chinese pages use them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseCatalogPage } from '../../../../server/src/catalog/parsers/parseCatalogPage';
import { splitRow } from '../../../../server/src/catalog/parsers/pipeTables';

function md(text: string) {
  return parseCatalogPage(text, 'markdown');
}

test('a Chinese pipe table with code, message and description', () => {
  const page = [
    '# 状态码', // 1
    '', // 2
    '**表 1**  正常状态码', // 3
    '', // 4
    '| 状态码 | 编码 | 状态说明 |', // 5
    '|:--|:--|--|', // 6
    '| 200 | OK | 请求成功。 |', // 7
    '| 204 | No Content | 删除成功。 |', // 8
  ].join('\n');
  const { entries, problems } = md(page);
  assert.deepEqual(problems, []);
  assert.deepEqual(entries, [
    { code: 200, message: 'OK', description: '请求成功。', class: 'normal', line: 7 },
    { code: 204, message: 'No Content', description: '删除成功。', class: 'normal', line: 8 },
  ]);
});

test('cells lose their inline markup; <br> separates paragraphs; escaped pipes stay in the cell', () => {
  const page = [
    '|Status Code|Message|Description|',
    '|---|---|---|',
    '|`400`|**Bad Request**|The request is invalid.<br>Check `a \\| b` and [the guide](https://example.com).|',
    '|500 |Internal&nbsp;Server Error| |',
  ].join('\n');
  const { entries, problems } = md(page);
  assert.deepEqual(problems, []);
  assert.deepEqual(entries.map((e) => [e.code, e.message, e.description]), [
    [400, 'Bad Request', 'The request is invalid.\n\nCheck a | b and the guide.'],
    [500, 'Internal Server Error', ''],
  ]);
});

test('a merged "200 OK" cell in a two-column pipe table', () => {
  const page = '|返回值|说明|\n|--|--|\n|200 OK|成功。|\n|404 Not Found|资源不存在。|';
  assert.deepEqual(md(page).entries.map((e) => `${e.code} ${e.message}`), ['200 OK', '404 Not Found']);
});

test('a pipe row with missing cells is a problem with its line', () => {
  const page = '|Status Code|Message|Description|\n|---|---|---|\n|200|OK|Fine.|\n|401|Unauthorized|\n|403|Forbidden|Denied.|';
  const { entries, problems } = md(page);
  assert.deepEqual(entries.map((e) => `${e.code} ${e.message}`), ['200 OK', '401 Unauthorized', '403 Forbidden']);
  assert.deepEqual(problems, [{ line: 4, message: 'row has 2 cells, expected 3' }]);
  // A row that stops before its code column has nothing to keep.
  const short = md('|Name|Status Code|Message|\n|---|---|---|\n|a|200|OK|\n|b|\n');
  assert.deepEqual(short.entries.map((e) => e.code), [200]);
  assert.deepEqual(short.problems, [{ line: 4, message: 'row has 1 cell, expected 3' }]);
});

test('a table of status classes (2xx, 4xx) is not a status-code table', () => {
  const page = '# 状态码\n\n|状态码|说明|\n|--|--|\n|2xx|服务器成功返回用户请求的数据。|\n|4xx|客户端发出的请求有错误。|\n';
  assert.deepEqual(md(page), { entries: [], problems: [] });
});

test('splitRow follows GFM: outer pipes optional, only escaped pipes stay inside', () => {
  assert.deepEqual(splitRow('| a | b |'), ['a', 'b']);
  assert.deepEqual(splitRow('a | b'), ['a', 'b']);
  assert.deepEqual(splitRow('| a \\| b | c |'), ['a | b', 'c']);
  assert.deepEqual(splitRow('|  | x |'), ['', 'x']);
});

test('a short 正常 / 异常 bullet just above a table at the margin labels it, caption or not', () => {
  const page = [
    '# 状态码', // 1
    '', // 2
    '-   正常', // 3
    '', // 4
    '|返回值|说明|', // 5
    '|--|--|', // 6
    '|200 OK|GET操作正常返回。|', // 7
    '', // 8
    '-   异常', // 9
    '', // 10
    '**表 2**  返回值', // 11
    '', // 12
    '|返回值|说明|', // 13
    '|--|--|', // 14
    '|400 Bad Request|服务器未能处理请求。|', // 15
    '', // 16
    '-   以下状态码在请求失败时返回，详见错误码。', // 17
    '', // 18
    '|返回值|说明|', // 19
    '|--|--|', // 20
    '|500 Internal Server Error|服务异常。|', // 21
  ].join('\n');
  const { entries, problems } = md(page);
  assert.deepEqual(problems, []);
  // A bullet that is a sentence, not a label, says nothing about the table below it.
  assert.deepEqual(entries.map((e) => [e.code, e.message, e.class]), [
    [200, 'OK', 'normal'],
    [400, 'Bad Request', 'abnormal'],
    [500, 'Internal Server Error', null],
  ]);
});

test('class rows (1xx, 4XX) among the codes are summaries: no entry, no problem, and no vote against the column', () => {
  const page = [
    '| Status Code | Description |', // 1
    '|---|---|', // 2
    '| 1xx (informational) | The request was received. |', // 3
    '| 2xx (successful) | The request was accepted. |', // 4
    '| 4XX | The request contains bad syntax. |', // 5
    '| 200 (OK) | |', // 6
    '| 404 (Not Found) | |', // 7
    '| abc | Still malformed. |', // 8
  ].join('\n');
  const { entries, problems } = md(page);
  assert.deepEqual(entries.map((e) => [e.code, e.message, e.line]), [[200, 'OK', 6], [404, 'Not Found', 7]]);
  assert.deepEqual(problems, [{ line: 8, message: "status code cell 'abc' is not a number" }]);
});
