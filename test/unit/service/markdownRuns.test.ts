import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CatalogRegistry } from '../../../server/src/catalog/registry';
import { doHover } from '../../../server/src/service/languageService';
import { markdownCodeSpan, markdownRunParagraphs, safeLinkTarget } from '../../../server/src/service/markdown';
import { at, serviceCatalog, standardCatalog } from './fixtures';

describe('catalog code spans and links in Markdown', () => {
  it('fence a code span so its content shows literally', () => {
    assert.equal(markdownCodeSpan('Token <jwt>'), '`Token <jwt>`');
    assert.equal(markdownCodeSpan('a`b'), '``a`b``');
    assert.equal(markdownCodeSpan('`x'), '`` `x ``');
  });

  it('link only to absolute http and https targets, encoded for a Markdown destination', () => {
    assert.equal(safeLinkTarget('https://example.com/a_(b)?q=<x>'), 'https://example.com/a_%28b%29?q=%3Cx%3E');
    assert.equal(safeLinkTarget(' http://example.com '), 'http://example.com/');
    for (const target of ['javascript:alert(1)', 'command:workbench.action.quit', 'file:///etc/passwd', '../errors.md', '#t1', 'https://user:pw@example.com/', 'data:text/html,x']) {
      assert.equal(safeLinkTarget(target), undefined, target);
    }
  });

  it('render runs: text escaped, code as code, safe links as links, other links as their text', () => {
    assert.equal(
      markdownRunParagraphs([
        { kind: 'text', text: 'Send *this* ' },
        { kind: 'code', text: 'Authorization: Token <jwt>' },
        { kind: 'text', text: '.\n\n- See ' },
        { kind: 'link', text: 'the [guide]', target: 'https://example.com/g' },
        { kind: 'text', text: '\n- or ' },
        { kind: 'link', text: 'this', target: 'javascript:alert(1)' },
      ]),
      'Send \\*this\\* `Authorization: Token <jwt>`.\n\n\\- See [the \\[guide\\]](https://example.com/g)  \n\\- or this',
    );
  });

  it('show a catalog row with code and a link in the hover', () => {
    const catalog = serviceCatalog('conduit', 'Conduit API status codes', [[401, 'Unauthorized', 'Send Authorization: Token <jwt>. See docs.']]);
    catalog.entries[0]!.descriptionRuns = [
      { kind: 'text', text: 'Send ' },
      { kind: 'code', text: 'Authorization: Token <jwt>' },
      { kind: 'text', text: '. See ' },
      { kind: 'link', text: 'docs', target: 'https://example.com/auth' },
      { kind: 'text', text: '.' },
    ];
    const cursor = at('res.status(4|01);', 'typescript', {}, new CatalogRegistry([[standardCatalog(), catalog]]));
    const hover = doHover(cursor.analyzed, cursor.position);
    const value = hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
    assert.ok(
      value.includes('**Conduit API status codes** (conduit): Unauthorized\n\nSend `Authorization: Token <jwt>`. See [docs](https://example.com/auth).\n\n'),
      value,
    );
  });
});
