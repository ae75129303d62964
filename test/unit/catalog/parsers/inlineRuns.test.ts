// Code spans, placeholders and links survive parsing: the plain text keeps them, and the runs mark them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { collapseRuns } from '../../../../server/src/catalog/parsers/inlineRuns';
import { stripMarkdownInline, stripRstInline } from '../../../../server/src/catalog/parsers/inlineText';
import { markdownInlineRuns } from '../../../../server/src/catalog/parsers/markdownInline';
import { parseCatalogPage } from '../../../../server/src/catalog/parsers/parseCatalogPage';
import { rstInlineRuns } from '../../../../server/src/catalog/parsers/rstInline';

test('Markdown code spans keep placeholders and generics literally', () => {
  assert.deepEqual(markdownInlineRuns('Send `Authorization: Token <jwt>` with List<Order>.'), [
    { kind: 'text', text: 'Send ' },
    { kind: 'code', text: 'Authorization: Token <jwt>' },
    { kind: 'text', text: ' with List<Order>.' },
  ]);
  assert.equal(stripMarkdownInline('`__init__` and `` a`b `` and **`x`**'), '__init__ and a`b and x');
  assert.equal(stripMarkdownInline('a `span` and `unclosed <b>x</b>'), 'a span and `unclosed x');
});

test('Markdown links keep their text and target; images keep their alt text', () => {
  assert.deepEqual(markdownInlineRuns('See [the *guide*](https://example.com/a_(b) "Title") or ![icon](x.png) [ref][1].'), [
    { kind: 'text', text: 'See ' },
    { kind: 'link', text: 'the guide', target: 'https://example.com/a_(b)' },
    { kind: 'text', text: ' or icon ref.' },
  ]);
  assert.deepEqual(markdownInlineRuns('<https://example.com/x> and <a href="https://e.com/?a=1&amp;b=2">docs</a>'), [
    { kind: 'link', text: 'https://example.com/x', target: 'https://example.com/x' },
    { kind: 'text', text: ' and ' },
    { kind: 'link', text: 'docs', target: 'https://e.com/?a=1&b=2' },
  ]);
  assert.deepEqual(markdownInlineRuns('[x](javascript:alert(1))'), [{ kind: 'link', text: 'x', target: 'javascript:alert(1)' }]);
});

test('inline HTML that pages use is markup; other angle brackets are text', () => {
  assert.deepEqual(markdownInlineRuns('<code>List&lt;Order&gt;</code> is <b>bold</b>, &amp; a<br>break'), [
    { kind: 'code', text: 'List<Order>' },
    { kind: 'text', text: ' is bold, & a break' },
  ]);
  assert.equal(stripMarkdownInline('Token <jwt> for <Order> and a < b > c'), 'Token <jwt> for <Order> and a < b > c');
});

test('reStructuredText literals, code roles and hyperlinks', () => {
  assert.deepEqual(rstInlineRuns('Use ``Token <jwt>``, :code:`List<Order>` and `the guide <https://example.com/g>`_.'), [
    { kind: 'text', text: 'Use ' },
    { kind: 'code', text: 'Token <jwt>' },
    { kind: 'text', text: ', ' },
    { kind: 'code', text: 'List<Order>' },
    { kind: 'text', text: ' and ' },
    { kind: 'link', text: 'the guide', target: 'https://example.com/g' },
    { kind: 'text', text: '.' },
  ]);
  assert.equal(stripRstInline(':ref:`Table 1 <t1>` and `Other <other_>`_ and |sub| end'), 'Table 1 and Other and  end');
});

test('runs collapse white space the way the plain text does', () => {
  assert.deepEqual(collapseRuns([{ kind: 'text', text: '  a \n ' }, { kind: 'code', text: ' x  y ' }, { kind: 'text', text: ' . ' }]), [
    { kind: 'text', text: 'a ' },
    { kind: 'code', text: 'x y' },
    { kind: 'text', text: ' .' },
  ]);
});

test('entries carry description runs that join to exactly their description', () => {
  const markdown = [
    '| Code | Message | Description |',
    '|--|--|--|',
    '| 401 | Unauthorized | Send `Authorization: Token <jwt>`.<br>See [auth](https://example.com/auth). |',
    '| 404 | Not Found | No such List<Order>. |',
  ].join('\n');
  const [unauthorized, notFound] = parseCatalogPage(markdown, 'markdown').entries;
  assert.equal(unauthorized?.description, 'Send Authorization: Token <jwt>.\n\nSee auth.');
  assert.deepEqual(unauthorized?.descriptionRuns, [
    { kind: 'text', text: 'Send ' },
    { kind: 'code', text: 'Authorization: Token <jwt>' },
    { kind: 'text', text: '.\n\nSee ' },
    { kind: 'link', text: 'auth', target: 'https://example.com/auth' },
    { kind: 'text', text: '.' },
  ]);
  assert.equal(notFound?.description, 'No such List<Order>.');
  assert.equal(notFound?.descriptionRuns, undefined);

  const html = '<table><tr><th>Code</th><th>Message</th><th>Description</th></tr>' +
    '<tr><td>409</td><td>Conflict</td><td><p>Retry with <code>If-Match: &lt;etag&gt;</code>.</p><ul><li>See <a href="https://example.com/c">conflicts</a></li></ul></td></tr></table>';
  const [conflict] = parseCatalogPage(html, 'html').entries;
  assert.equal(conflict?.description, 'Retry with If-Match: <etag>.\n\n- See conflicts');
  assert.deepEqual(conflict?.descriptionRuns, [
    { kind: 'text', text: 'Retry with ' },
    { kind: 'code', text: 'If-Match: <etag>' },
    { kind: 'text', text: '.\n\n- See ' },
    { kind: 'link', text: 'conflicts', target: 'https://example.com/c' },
  ]);
  for (const entry of [unauthorized, conflict]) assert.equal(entry?.descriptionRuns?.map((run) => run.text).join(''), entry?.description);
});

// Issue 11: these inputs backtracked for seconds in the regular expressions the scanners replace. The scanners
// look at each character a bounded number of times; bench note: 200 KB of each parses in well under 100 ms.
test('pathological inline markup of 200 KB parses to the right text', () => {
  const links = '[a]('.repeat(50_000);
  assert.equal(stripMarkdownInline(links), links);
  const stars = '**a '.repeat(50_000);
  assert.equal(stripMarkdownInline(stars), stars);
  const unclosed = '`'.repeat(3) + ' '.repeat(200_000) + 'x';
  assert.equal(stripMarkdownInline(unclosed), unclosed);
  const fences = Array.from({ length: 600 }, (_, i) => '`'.repeat(i + 1)).join('a');
  assert.equal(stripMarkdownInline(fences).length, fences.length);
  const rstReference = '`text' + ' '.repeat(200_000) + '<x'; // an unterminated reference full of spaces
  assert.equal(stripRstInline(rstReference), rstReference);
  const rstSpaces = '`' + ' '.repeat(200_000) + '<https://example.com>`_';
  assert.deepEqual(rstInlineRuns(rstSpaces), [{ kind: 'link', text: 'https://example.com', target: 'https://example.com' }]);
  assert.equal(stripRstInline('**a '.repeat(50_000)), '**a '.repeat(50_000));
  assert.equal(stripRstInline(':a:'.repeat(60_000)), ':a:'.repeat(60_000));
  const cell = ['+----+', `| \`\`${' '.repeat(200_000)} |`, '+----+'].join('\n');
  assert.ok(Array.isArray(parseCatalogPage(cell, 'rst').entries));
});

test('random markup: runs always join to the plain text, collapsed or not', () => {
  const alphabet = ['`', '``', '*', '**', '_', '~~', '[', ']', '(', ')', '![', '<', '>', '<b>', '</b>', '<code>', '</code>',
    '<a href="https://e.com/x">', '</a>', '&amp;', '&lt;', '\\', ':code:', ':ref:', '`_', '|', 'https://e.com', ' ', '  ', '\n', 'a', 'word', '中文'];
  let seed = 7;
  const random = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let round = 0; round < 2000; round++) {
    const length = 1 + Math.floor(random() * 30);
    const text = Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
    for (const scan of [markdownInlineRuns, rstInlineRuns]) {
      const runs = scan(text);
      const plain = runs.map((run) => run.text).join('');
      assert.equal(collapseRuns(runs).map((run) => run.text).join(''), plain.replace(/\s+/g, ' ').trim(), JSON.stringify(text));
      for (const run of runs) assert.ok(run.text !== '' && (run.kind !== 'link' || typeof run.target === 'string'), JSON.stringify(text));
    }
  }
});
