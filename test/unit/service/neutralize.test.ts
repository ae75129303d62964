/**
 * Nothing from a catalog becomes markup: every hostile string, rendered by `marked` (the Markdown renderer
 * VS Code's hovers use, GFM on), gives one plain paragraph whose text is the string as written, less the
 * invisible characters. Normal catalog text goes through unchanged.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import fc from 'fast-check';
import { catalogLinkTarget, markdownParagraphs, neutralizeCatalogText } from '../../../server/src/service/markdown';

// marked is an ES module; this test file is CommonJS, so it is loaded once before the tests.
let marked: typeof import('marked', { with: { 'resolution-mode': 'import' } }).marked;
before(async () => {
  ({ marked } = await import('marked'));
});

const HOSTILE = [
  '[x](command:workbench.action.terminal.new)',
  '[x](command:status.reload "title")',
  '![img](https://example.com/a.png)',
  '<img src=x onerror=alert(1)>',
  '<a href="https://evil.example">click</a>',
  'see https://evil.example/path?q=1 now',
  'http://example.com',
  'ftp://example.com/file',
  'www.example.com',
  'go to www.evil.example.org today',
  'mail admin@example.com please',
  'mailto:admin@example.com',
  '<https://example.com>',
  '<admin@example.com>',
  '===',
  '---',
  '***',
  '___',
  '# heading',
  '###### heading',
  '> quote',
  '- item',
  '+ item',
  '* item',
  '1. first',
  '1) first',
  '    indented code',
  '```js',
  '~~~',
  '`code`',
  '**bold** _em_ ~~strike~~',
  '| a | b |',
  '[ref]: https://example.com',
  '[^1]',
  '&amp; &lt;b&gt; &#x41;',
  '$(zap) codicon',
  'a\\',
  'trailing backslash \\',
  'x\u202Eevil\u202C',
  'admin\u2066@\u2069example.com',
  'www\u200B.example.com',
  'https\u200D://example.com',
  '\uFEFFbom',
  'nul\u0000here',
  'bell\u0007',
  'title\nwith\nlines',
  'id\r# heading',
  'a\u2028b',
];

/** Visible text of marked's HTML: tags removed, entities decoded, blanks collapsed. */
function visibleText(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The text a reader should see: the input without invisible characters, blanks collapsed. */
function asWritten(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Tags that may appear: a paragraph and line breaks. Anything else is markup made from catalog text. */
function tags(html: string): string[] {
  return [...html.matchAll(/<\/?([a-z0-9]+)/gi)].map((m) => m[1]!.toLowerCase()).filter((tag) => tag !== 'p' && tag !== 'br');
}

function assertInert(input: string, markdown: string): void {
  const html = marked.parse(markdown, { async: false, gfm: true });
  assert.deepEqual(tags(html), [], `${JSON.stringify(input)} → ${JSON.stringify(markdown)} → ${html}`);
  assert.equal(visibleText(html), asWritten(input), `${JSON.stringify(input)} → ${JSON.stringify(markdown)}`);
}

describe('neutralizeCatalogText', () => {
  for (const input of HOSTILE) {
    it(`renders ${JSON.stringify(input)} as the words it is`, () => {
      assertInert(input, neutralizeCatalogText(input));
      assertInert(input, markdownParagraphs(input));
      // Inside the hover's own markup (a bold title, then a line of its own) it stays inert too.
      const html = marked.parse(`**${neutralizeCatalogText(input)}** (x)\n\n${markdownParagraphs(input)}`, { async: false });
      assert.deepEqual(tags(html).filter((t) => t !== 'strong'), [], html);
    });
  }

  it('removes bidi and zero-width controls', () => {
    assert.equal(neutralizeCatalogText('a\u202Eb\u2067c\u200Bd\u200Fe\u061Cf'), 'abcdef');
    assert.equal(neutralizeCatalogText('x\u202Ey', 'plain'), 'xy');
  });

  it('leaves normal catalog text as written', () => {
    for (const text of ['Bad Request', 'The request could not be processed due to a conflict.', '请求参数错误。', 'Document Database Service', 'RFC 9110, Section 15.5.14', 'dds']) {
      assert.equal(neutralizeCatalogText(text), text);
      assert.equal(markdownParagraphs(text), text);
    }
  });

  it('gives plain text for diagnostics and escaped icons for VS Code labels', () => {
    assert.equal(neutralizeCatalogText('Orders\u202E API\n(x) $(zap)', 'plain'), 'Orders API (x) $(zap)');
    assert.equal(neutralizeCatalogText('Orders $(zap)', 'label'), 'Orders \\$(zap)');
  });

  it('keeps paragraphs and line breaks of descriptions, each line inert', () => {
    assert.equal(markdownParagraphs('First line\n---\n\nSecond # para'), 'First line  \n\\---\n\nSecond \\# para');
  });

  it('holds for any string of Markdown-significant characters (property, fixed seed)', () => {
    const alphabet = fc.constantFrom(...'abc xyz09 .:/@#>-+*=_`~[]()<>!|&$\\\n\t\u202E\u200Bhttps://www.'.split(''), 'https://', 'www.', '@a.b', '\n===\n', '\n---\n', '1. ', '    ');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }).map((parts) => parts.join('')), (input) => {
        assertInert(input, neutralizeCatalogText(input));
        assertInert(input, markdownParagraphs(input));
      }),
      { seed: 11, numRuns: 2000 },
    );
  });
});

describe('catalogLinkTarget', () => {
  it('percent-encodes what would end or bend a link destination', () => {
    assert.equal(catalogLinkTarget('file:///team/a%20b%20(c)/x.md'), 'file:///team/a%20b%20%28c%29/x.md');
    assert.equal(catalogLinkTarget('file:///team/<x>/[y] z/x.md'), 'file:///team/%3Cx%3E/%5By%5D%20z/x.md');
    const html = marked.parse(`[x.md:3](${catalogLinkTarget('file:///team/a (b)/x.md')}#L3)`, { async: false });
    assert.equal(html.trim(), '<p><a href="file:///team/a%20%28b%29/x.md#L3">x.md:3</a></p>');
  });

  it('gives no link for a source with another scheme', () => {
    assert.equal(catalogLinkTarget('command:workbench.action.terminal.new'), undefined);
    assert.equal(catalogLinkTarget('javascript:alert(1)'), undefined);
  });
});
