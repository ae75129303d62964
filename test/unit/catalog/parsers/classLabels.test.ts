// Normal/abnormal labels: only explicit words count, in English and Chinese.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classFromLabel, tableClass } from '../../../../server/src/catalog/parsers/classLabels';

test('labels that name normal responses', () => {
  for (const label of [
    'Normal', 'Table 1 Normal status codes', 'Normal Response Code', 'Normal Status Code', 'Normal Return Code',
    'Status codes returned upon successful operations', 'Return code for successful requests', 'Successful Response',
    '正常', '正常返回码', '正常时的返回值', '表 1 正常状态码',
  ]) assert.equal(classFromLabel(label), 'normal', label);
});

test('labels that name abnormal responses', () => {
  for (const label of [
    'Abnormal', 'Table 2 Abnormal status codes', 'Error codes', 'Error Status Code', 'Error Response',
    'Status codes returned upon exceptions', 'Return code for failed requests', 'Return codes for failed requests',
    '异常', '错误返回码', '异常时的返回值', '表 2 错误状态码', 'Unsuccessful requests',
  ]) assert.equal(classFromLabel(label), 'abnormal', label);
});

test('labels that name neither, or both', () => {
  for (const label of [
    'Status Code', 'Table 1 Status codes', 'HTTP status codes', 'Status code description', 'Returned Value',
    '状态码', '返回值', 'Common HTTP status codes in OBS and their meanings', 'Normal and error codes',
    '', null, undefined,
  ]) assert.equal(classFromLabel(label), null, String(label));
});

test('precedence: title, then list items, then the code-column header, then section headings', () => {
  assert.equal(tableClass('Error Response', 'Table 1 Normal values', ['Abnormal'], []), 'normal');
  assert.equal(tableClass('错误码状态', null, ['正常'], []), 'normal');
  assert.equal(tableClass('Error Status Code', 'Table 1 Status codes', [], ['Normal']), 'abnormal');
  assert.equal(tableClass('Status Code', null, [], ['Abnormal', 'Normal']), 'abnormal');
  assert.equal(tableClass('Status Code', 'Table 1 Status codes', [], ['Status Codes']), null);
});
