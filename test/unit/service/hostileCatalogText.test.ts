/**
 * Every renderer passes catalog text through neutralizeCatalogText: a catalog whose id, title, message,
 * description and path are hostile gives a hover, a completion item and a diagnostic with no markup in them.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { CatalogRegistry } from '../../../server/src/catalog/registry';
import type { Catalog } from '../../../server/src/catalog/types';
import { doComplete, doHover, doValidate } from '../../../server/src/service/languageService';
import { at, standardCatalog } from './fixtures';

let marked: typeof import('marked', { with: { 'resolution-mode': 'import' } }).marked;
before(async () => {
  ({ marked } = await import('marked'));
});

const ID = '[x](command:workbench.action.terminal.new)';

function hostileRegistry(): CatalogRegistry {
  const catalog: Catalog = {
    info: {
      id: ID,
      title: 'Orders\u202E www.evil.example',
      locale: 'en',
      kind: 'service',
      source: '/team/a (b)/orders.en.md',
      format: 'markdown',
      origin: 'user',
    },
    entries: [{ code: 409, message: 'see https://evil.example', description: 'mail admin@example.com\n===\n# not a heading', class: null, line: 3 }],
    problems: [],
  };
  return new CatalogRegistry([[standardCatalog(), catalog]]);
}

/** The tags marked makes of a hover: only the hover's own structure, one link (the source), no others. */
function tagsOf(markdown: string): string[] {
  const html = marked.parse(markdown, { async: false });
  return [...html.matchAll(/<([a-z0-9]+)[ >]/gi)].map((m) => m[1]!.toLowerCase());
}

describe('hostile catalog text in every renderer', () => {
  it('hover: ids in "Catalogs consulted", titles, messages, descriptions and the source link are inert', () => {
    const cursor = at('res.status(4|09);', 'typescript', { catalogs: [ID] }, hostileRegistry());
    const hover = doHover(cursor.analyzed, cursor.position);
    const value = (hover?.contents as { value: string }).value;
    assert.equal(
      value,
      [
        '**409 Conflict** · 4xx client error',
        '**Orders www\\.evil.example** (\\[x\\]\\(command:workbench.action.terminal.new\\)): see https\\://evil.example (standard name: Conflict)\n\n' +
          'mail admin\\@example.com  \n\\===  \n\\# not a heading\n\n[orders.en.md:3](file:///team/a%20%28b%29/orders.en.md#L3)',
        'Catalogs consulted: \\[x\\]\\(command:workbench.action.terminal.new\\) (folder setting)',
      ].join('\n\n---\n\n'),
    );
    const tags = tagsOf(value);
    assert.deepEqual(tags.filter((t) => !['p', 'strong', 'hr', 'br'].includes(t)), ['a']);
    assert.match(marked.parse(value, { async: false }), /<a href="file:\/\/\/team\/a%20%28b%29\/orders\.en\.md#L3">orders\.en\.md:3<\/a>/);
  });

  it('completion: the detail is plain text and the documentation inert Markdown', () => {
    const cursor = at('res.status(40|', 'typescript', { catalogs: [ID] }, hostileRegistry());
    const item = doComplete(cursor.analyzed, cursor.position)?.items.find((i) => i.label === '409');
    assert.ok(item);
    assert.equal(item.detail, 'see https://evil.example'); // the catalog's own message, as plain text
    const doc = (item.documentation as { value: string }).value;
    assert.ok(doc.includes('Catalogs consulted: \\[x\\]\\(command:'), doc);
  });

  it('diagnostics: catalog titles reach the message without bidi controls', () => {
    const cursor = at('res.status(4|04);', 'typescript', { catalogs: [ID] }, hostileRegistry());
    const messages = doValidate(cursor.analyzed).map((d) => d.message);
    assert.deepEqual(messages, [`404 is not documented by Orders www.evil.example (${ID}); it is the standard 404 Not Found`]);
  });
});
