import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { doHover } from '../../../server/src/service/languageService';
import { at } from './fixtures';

function hoverText(text: string, languageId = 'typescript', settings: Record<string, unknown> = {}, clientLocale = 'en'): string | undefined {
  const cursor = at(text, languageId, settings, undefined, clientLocale);
  const hover = doHover(cursor.analyzed, cursor.position);
  if (!hover) return undefined;
  assert.ok(typeof hover.contents === 'object' && 'kind' in hover.contents && hover.contents.kind === 'markdown');
  return hover.contents.value;
}

describe('hover', () => {
  it('shows every active catalog that documents the code, with links to the rows', () => {
    assert.equal(
      hoverText('res.status(4|09);'),
      [
        '**409 Conflict** · 4xx client error',
        '**Document Database Service** (dds): Conflict\n\nThe request could not be completed due to a conflict.\n\nRetry later.\n\n[dds.en.md:20](file:///catalogs/dds.en.md#L20)',
        '**Distributed Database Middleware** (ddm): Conflict\n\nThe request could not be processed due to a conflict.\n\n[ddm.en.md:14](file:///catalogs/ddm.en.md#L14)',
        'Catalogs consulted: dds, ddm',
      ].join('\n\n---\n\n'),
    );
  });

  it('covers the literal with its range', () => {
    const cursor = at('res.status(40|4);');
    const hover = doHover(cursor.analyzed, cursor.position);
    assert.deepEqual(hover?.range, { start: { line: 0, character: 11 }, end: { line: 0, character: 14 } });
  });

  it('names the standard reason phrase where the service uses another one', () => {
    const text = hoverText('res.status(|413);');
    assert.ok(text?.includes('**Distributed Database Middleware** (ddm): Request Entity Too Large (standard name: Content Too Large)'), text);
    assert.ok(text?.startsWith('**413 Content Too Large** · 4xx client error'), text);
  });

  it('does not call a different spelling a different name', () => {
    const text = hoverText('res.status(|200);');
    assert.ok(!text?.includes('standard name'), text);
  });

  it('escapes catalog text so it cannot inject markup, links or HTML', () => {
    const text = hoverText('res.status(|415);');
    assert.ok(
      text?.includes('\\*\\*ContentType\\*\\* is neither \\<b\\>application\\</b\\> nor \\[json\\]\\(http\\://x\\).'),
      text,
    );
  });

  it('says which catalogs were consulted when none documents the code', () => {
    assert.equal(
      hoverText('res.status(|428);'),
      [
        '**428 Precondition Required** · 4xx client error\n\nStandard meaning of 428. (RFC 9110)\n\nNot documented by Document Database Service (dds), Distributed Database Middleware (ddm).',
        'Catalogs consulted: dds, ddm',
      ].join('\n\n---\n\n'),
    );
  });

  it('shows descriptions in the editor language, falling back to English per catalog', () => {
    const text = hoverText('res.status(|409);', 'typescript', {}, 'zh-CN');
    assert.ok(text?.includes('**文档数据库服务** (dds): Conflict\n\n请求与资源的当前状态冲突。\n\n[dds.zh.md:12](file:///catalogs/dds.zh.md#L12)'), text);
    assert.ok(text?.includes('**Distributed Database Middleware** (ddm): Conflict'), text);
  });

  it('lets the locale setting override the editor language', () => {
    const text = hoverText('res.status(|409);', 'typescript', { locale: 'en' }, 'zh-CN');
    assert.ok(text?.includes('**Document Database Service** (dds): Conflict'), text);
  });

  it('answers nothing off a status literal', () => {
    assert.equal(hoverText('const width = |200;'), undefined);
    assert.equal(hoverText('res.status(404); |'), undefined);
  });

  it('works in JSON fixtures and OpenAPI responses', () => {
    assert.ok(hoverText('{ "statusCode": 4|09 }', 'json')?.startsWith('**409 Conflict**'));
    const openApi = '{ "openapi": "3.0.0", "paths": { "/a": { "get": { "responses": { "4|04": { "description": "x" } } } } } }';
    assert.ok(hoverText(openApi, 'json')?.startsWith('**404 Not Found** · 4xx client error'));
  });

  it('still hovers in a document with syntax errors', () => {
    assert.ok(hoverText("app.get('/', (req, res) => {\n  res.status(4|04).end()\n  const = ;\n  if (")?.startsWith('**404 Not Found**'));
    assert.ok(hoverText('{ "statusCode": 4|04, "body": { ', 'json')?.startsWith('**404 Not Found**'));
  });

  it('lists the documented codes of an OpenAPI range key', () => {
    const openApi = '{ "paths": { "/a": { "get": { "responses": { "5|XX": { "description": "x" } } } } } }';
    assert.equal(
      hoverText(openApi, 'json'),
      [
        '**5XX** · any 5xx server error',
        '**Document Database Service** (dds): 500 Internal Server Error',
        'Catalogs consulted: dds, ddm',
      ].join('\n\n---\n\n'),
    );
  });

  it('speaks Chinese around a Chinese catalog', () => {
    assert.equal(
      hoverText('res.status(|409);', 'typescript', { catalogs: ['dds'] }, 'zh-CN'),
      [
        '**409 Conflict** · 4xx 客户端错误',
        '**文档数据库服务** (dds): Conflict\n\n请求与资源的当前状态冲突。\n\n[dds.zh.md:12](file:///catalogs/dds.zh.md#L12)',
        '查阅的目录：dds',
      ].join('\n\n---\n\n'),
    );
    assert.equal(
      hoverText('res.status(|428);', 'typescript', { catalogs: ['dds'] }, 'zh'),
      '**428 Precondition Required** · 4xx 客户端错误\n\nStandard meaning of 428. (RFC 9110)\n\n文档数据库服务 (dds)均未记录此状态码。\n\n---\n\n查阅的目录：dds',
    );
  });
});
