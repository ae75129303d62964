import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { doHover } from '../../../server/src/service/languageService';
import { CatalogRegistry } from '../../../server/src/catalog/registry';
import { at, projectRegistry, serviceCatalog, standardCatalog, testRegistry } from './fixtures';

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
        'Catalogs consulted: dds, ddm (bundled; the project has no catalog of its own)',
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
        'Catalogs consulted: dds, ddm (bundled; the project has no catalog of its own)',
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
        'Catalogs consulted: dds, ddm (bundled; the project has no catalog of its own)',
      ].join('\n\n---\n\n'),
    );
  });

  it('speaks Chinese around a Chinese catalog', () => {
    assert.equal(
      hoverText('res.status(|409);', 'typescript', { catalogs: ['dds'] }, 'zh-CN'),
      [
        '**409 Conflict** · 4xx 客户端错误',
        '**文档数据库服务** (dds): Conflict\n\n请求与资源的当前状态冲突。\n\n[dds.zh.md:12](file:///catalogs/dds.zh.md#L12)',
        '查阅的目录：dds（文件夹设置）',
      ].join('\n\n---\n\n'),
    );
    assert.equal(
      hoverText('res.status(|428);', 'typescript', { catalogs: ['dds'] }, 'zh'),
      '**428 Precondition Required** · 4xx 客户端错误\n\nStandard meaning of 428. (RFC 9110)\n\n文档数据库服务 (dds)均未记录此状态码。\n\n---\n\n查阅的目录：dds（文件夹设置）',
    );
  });
});

describe('hover: which catalogs, in which order, how many', () => {
  const NAMED_ONLY = { bundledCatalogs: 'whenNamed' };
  const hoverIn = (text: string, settings: Record<string, unknown>, registry: CatalogRegistry) => {
    const cursor = at(text, 'typescript', { ...NAMED_ONLY, ...settings }, registry);
    const hover = doHover(cursor.analyzed, cursor.position);
    return hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : undefined;
  };
  const NARROW = 'Narrow the catalogs with the `statusCatalog.catalogs` setting or a `// status-catalog: <id>` directive.';

  it('consults the project catalog alone when nothing scopes the file, and says so', () => {
    assert.equal(
      hoverIn('res.status(|404);', {}, projectRegistry()),
      [
        '**404 Not Found** · 4xx client error',
        '**Orders API** (orders): Not Found\n\nNo such order.\n\n[orders.en.md:18](file:///work/catalogs/orders.en.md#L18)',
        'Catalogs consulted: orders (project catalog)',
      ].join('\n\n---\n\n'),
    );
  });

  it('lists the project catalog before the bundled ones, whatever order the setting names them in', () => {
    assert.equal(
      hoverIn('res.status(|404);', { catalogs: ['dds', 'orders'] }, projectRegistry()),
      [
        '**404 Not Found** · 4xx client error',
        '**Orders API** (orders): Not Found\n\nNo such order.\n\n[orders.en.md:18](file:///work/catalogs/orders.en.md#L18)',
        '**Document Database Service** (dds): Not Found\n\nThe requested resource could not be found.\n\n[dds.en.md:18](file:///catalogs/dds.en.md#L18)',
        'Catalogs consulted: orders, dds (folder setting)',
      ].join('\n\n---\n\n'),
    );
  });

  it('names the directive or the SDK import that chose the catalogs', () => {
    assert.ok(hoverIn('// status-catalog: dds\nres.status(|404);', {}, projectRegistry())?.endsWith('\n\n---\n\nCatalogs consulted: dds (directive)'));
    const sdk = "import { DdmClient } from '@huaweicloud/huaweicloud-sdk-ddm';\nres.status(|409);";
    assert.ok(hoverIn(sdk, {}, projectRegistry())?.endsWith('\n\n---\n\nCatalogs consulted: ddm (SDK import)'));
  });

  it('gives the standard meaning when no catalog is in scope', () => {
    assert.equal(
      hoverIn('res.status(|404);', {}, testRegistry()),
      '**404 Not Found** · 4xx client error\n\nStandard meaning of 404. (RFC 9110)\n\n---\n\n' +
        'Catalogs consulted: none (no project catalog; name a bundled one with the `statusCatalog.catalogs` setting or a `// status-catalog: <id>` directive)',
    );
  });

  /** `count` project catalogs documenting 409: the first `distinct` in words of their own, the rest all alike. */
  function manyCatalogs(count: number, distinct: number): CatalogRegistry {
    const catalogs = Array.from({ length: count }, (_, i) =>
      serviceCatalog(`svc${i + 1}`, `Service ${i + 1}`, [[409, 'Conflict', i < distinct ? `Conflict kind ${i + 1}.` : 'The order conflicts.']], 'en', 'user'),
    );
    return new CatalogRegistry([[standardCatalog()], catalogs]);
  }

  it('says a text several catalogs share once, with the first few of them and how many more', () => {
    const link = (n: number) => `[svc${n}.en.md:10](file:///work/catalogs/svc${n}.en.md#L10)`;
    assert.equal(
      hoverIn('res.status(|409);', {}, manyCatalogs(8, 0)),
      [
        '**409 Conflict** · 4xx client error',
        '**Service 1** (svc1), **Service 2** (svc2), **Service 3** (svc3), **Service 4** (svc4), **Service 5** (svc5) and 3 more: Conflict\n\n' +
          `The order conflicts.\n\n${[1, 2, 3, 4, 5].map(link).join(' · ')}`,
        'Catalogs consulted: svc1, svc2, svc3, svc4, svc5 and 3 more (project catalogs)',
      ].join('\n\n---\n\n'),
    );
  });

  it('shows the first few texts and names the other catalogs, with the way to narrow the scope', () => {
    const text = hoverIn('res.status(|409);', {}, manyCatalogs(12, 6));
    const sections = text?.split('\n\n---\n\n');
    assert.equal(sections?.length, 7);
    assert.equal(sections?.[4], '**Service 4** (svc4): Conflict\n\nConflict kind 4.\n\n[svc4.en.md:10](file:///work/catalogs/svc4.en.md#L10)');
    assert.equal(sections?.[5], `8 more catalogs document this code: svc5, svc6, svc7, svc8, svc9 and 3 more. ${NARROW}`);
  });

  it('stays small with a thousand catalogs in scope', () => {
    for (const distinct of [0, 1000]) {
      const text = hoverIn('res.status(|409);', {}, manyCatalogs(1000, distinct)) ?? '';
      assert.ok(text.length < 1500, `${text.length} characters`);
      assert.ok(text.endsWith('Catalogs consulted: svc1, svc2, svc3, svc4, svc5 and 995 more (project catalogs)'), text);
    }
  });
});

describe('hover with a partly translated catalog', () => {
  it('answers a code the Chinese page lacks from the English page, marked as English', () => {
    assert.equal(
      hoverText('res.status(|500);', 'typescript', { catalogs: ['dds'] }, 'zh-CN'),
      [
        '**500 Internal Server Error** · 5xx 服务器错误',
        '**文档数据库服务** (dds) （英文）: Internal Server Error\n\nThe server is able to receive the request but unable to understand it.\n\n[dds.en.md:22](file:///catalogs/dds.en.md#L22)',
        '查阅的目录：dds（文件夹设置）',
      ].join('\n\n---\n\n'),
    );
  });

  it('does not mark a service that has no page in the asked language', () => {
    const text = hoverText('res.status(|413);', 'typescript', { catalogs: ['ddm'] }, 'zh');
    assert.ok(text?.includes('**Distributed Database Middleware** (ddm): Request Entity Too Large'), text);
    assert.ok(!text?.includes('英文'), text);
  });
});
