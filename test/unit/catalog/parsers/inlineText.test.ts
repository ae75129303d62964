// Inline markup removal and block grouping shared by the readers.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  blocksFromLines,
  collapseWhitespace,
  decodeHtmlText,
  stripMarkdownInline,
  stripRstInline,
} from '../../../../server/src/catalog/parsers/inlineText';

test('white space collapses, including no-break and ideographic spaces', () => {
  assert.equal(collapseWhitespace('  a\u00a0\u00a0b \n\t c\u3000d  '), 'a b c d');
});

test('HTML entities decode as a browser decodes them; tags disappear', () => {
  assert.equal(decodeHtmlText('a &amp; b &lt;c&gt; &quot;d&quot; &#233;&#x4e2d; &nbsp;<b>e</b><br>f'), 'a & b <c> "d" é中 \u00a0e f');
  assert.equal(decodeHtmlText('no markup'), 'no markup');
});

test('reStructuredText inline markup is removed', () => {
  assert.equal(stripRstInline('**bold** and *em* and ``literal``'), 'bold and em and literal');
  assert.equal(stripRstInline(':ref:`Table 1 <ddm_api_01_0060__table1>` lists codes'), 'Table 1 lists codes');
  assert.equal(stripRstInline(':ref:`ddm_api_01_0060`'), 'ddm_api_01_0060');
  assert.equal(stripRstInline('see `the guide <https://example.com>`_ or `Other`__'), 'see the guide or Other');
  assert.equal(stripRstInline('admin \\_state_up and \\*not em\\*'), 'admin _state_up and *not em*');
  assert.equal(stripRstInline('a * b * c and snake_case_name'), 'a * b * c and snake_case_name');
});

test('Markdown inline markup is removed', () => {
  assert.equal(stripMarkdownInline('**bold** __strong__ *em* _em_ `code` ~~gone~~'), 'bold strong em em code gone');
  assert.equal(stripMarkdownInline('[Table 1](#t1) and ![icon](x.png) and snake_case_name'), 'Table 1 and icon and snake_case_name');
  assert.equal(stripMarkdownInline('# Status Code<a name="dds_status_code"></a>'), '# Status Code');
  assert.equal(stripMarkdownInline('a \\*literal\\* star'), 'a *literal* star');
});

test('lines group into paragraphs and list blocks', () => {
  const lines = [
    'The server fails to process the request.',
    'The possible causes are:',
    '',
    '-  The request could not be parsed',
    '   by the server.',
    '-  Request parameters are incorrect.',
    '',
    '#. first',
    '#. second',
    'After.',
  ];
  assert.deepEqual(blocksFromLines(lines, stripRstInline), [
    'The server fails to process the request. The possible causes are:',
    '- The request could not be parsed by the server.\n- Request parameters are incorrect.',
    '1. first\n2. second',
    'After.',
  ]);
  assert.deepEqual(blocksFromLines(['', '   ', ''], stripRstInline), []);
});
