/**
 * Hovers as VS Code shows them, in every language the extension reads. Which catalogs a file consults
 * differs per fixture: a `status-catalog:` directive (orders.ts → dds, StatusBadge.tsx → css), an SDK
 * import (instances.js → bms), or nothing, so every service catalog (the JSON files).
 */
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, test } from 'mocha';
import { activateExtension, catalogLink, hoverMarkdown, openFixture, positionOf, sections, statusHover } from './helpers';

suite('hover', () => {
  suiteSetup(activateExtension);

  test('TypeScript: res.status(409) under a "status-catalog: dds" directive', async () => {
    const document = await openFixture('orders.ts');
    assert.equal(document.languageId, 'typescript');
    const hover = await statusHover(document, positionOf(document, '409', 1));
    assert.equal(
      hover,
      sections(
        '**409 Conflict** · 4xx client error',
        '**Document Database Service** (dds): Conflict\n\n' +
          'The request could not be processed due to a conflict.\n\n' +
          catalogLink('dds-status-codes.en.md', 78),
        'Catalogs consulted: dds (directive)',
      ),
    );
  });

  test('TypeScript: a standard code the active catalog does not document', async () => {
    const document = await openFixture('orders.ts');
    const hover = await statusHover(document, positionOf(document, '418'));
    assert.equal(
      hover,
      sections(
        '**418 \\(Unused\\)** · 4xx client error\n\n' +
          "Reserved because of its use as an April Fools' joke \\(\"I'm a teapot\"\\); not to be used. (RFC 9110, Section 15.5.19)\n\n" +
          'Not documented by Document Database Service (dds).',
        'Catalogs consulted: dds (directive)',
      ),
    );
  });

  test('JavaScript: a Huawei Cloud SDK import selects the bms catalog', async () => {
    const document = await openFixture('instances.js');
    assert.equal(document.languageId, 'javascript');
    const hover = await statusHover(document, positionOf(document, '404'));
    assert.equal(
      hover,
      sections(
        '**404 Not Found** · 4xx client error',
        '**Bare Metal Server** (bms): Not Found\n\n' +
          'The server could not find the requested page.\n\n' +
          catalogLink('bms-status-codes.en.md', 59),
        'Catalogs consulted: bms (SDK import)',
      ),
    );
  });

  test('TSX: a comparison with a status prop under a "status-catalog: css" directive', async () => {
    const document = await openFixture('StatusBadge.tsx');
    assert.equal(document.languageId, 'typescriptreact');
    const hover = await statusHover(document, positionOf(document, '429'));
    assert.equal(
      hover,
      sections(
        '**429 Too Many Requests** · 4xx client error',
        '**Cloud Search Service** (css): TooManyRequests\n\n' +
          'The client has sent more requests than its rate limit is allowed within a given amount of time, or the server has ' +
          'received more requests than it is able to process within a given amount of time. In this case, the client should ' +
          'resend the request after the time specified in the Retry-After header of the response has elapsed.\n\n' +
          catalogLink('css-status-codes.en.md', 272),
        'Catalogs consulted: css (directive)',
      ),
    );
  });

  test('JSON: a "statusCode" property, every service catalog in registry order', async () => {
    const document = await openFixture('retry-policy.json');
    assert.equal(document.languageId, 'json');
    const hover = await statusHover(document, positionOf(document, '503'));
    assert.equal(
      hover,
      sections(
        '**503 Service Unavailable** · 5xx server error',
        '**Document Database Service** (dds): Service Unavailable\n\n' +
          'Failed to complete the request. The system is currently unavailable.\n\n' +
          catalogLink('dds-status-codes.en.md', 120),
        '**Distributed Database Middleware** (ddm): Service Unavailable\n\n' +
          'The request could not be processed by the server because the server is being maintained or overloaded.\n\n' +
          catalogLink('ddm-status-codes.en.rst', 59),
        '**Bare Metal Server** (bms): Service Unavailable\n\n' +
          'Failed to complete the request because the service is unavailable.\n\n' +
          catalogLink('bms-status-codes.en.md', 104),
        '**Cloud Search Service** (css): ServiceUnavailable\n\n' +
          'The requested service is invalid.\n\n' +
          'The client should not repeat the request without modifications.\n\n' +
          catalogLink('css-status-codes.en.md', 300),
        'Catalogs consulted: dds, ddm, bms, css (bundled; the project has no catalog of its own)',
      ),
    );
  });

  test('JSON: no status hover on a number that is not in a status position', async () => {
    const document = await openFixture('retry-policy.json');
    await statusHover(document, positionOf(document, '503')); // the server has analysed the file
    assert.equal((await hoverMarkdown(document, positionOf(document, '3,'))).trim(), '');
  });

  test('JSON with comments: a "statusCode" property', async () => {
    const document = await openFixture('gateway.jsonc');
    assert.equal(document.languageId, 'jsonc');
    const hover = await statusHover(document, positionOf(document, '501'));
    assert.equal(
      hover,
      sections(
        '**501 Not Implemented** · 5xx server error',
        '**Document Database Service** (dds): Not Implemented\n\n' +
          'Failed to complete the request. The server does not support the requested function.\n\n' +
          catalogLink('dds-status-codes.en.md', 113),
        '**Distributed Database Middleware** (ddm): Not Implemented\n\n' +
          'The request is not completed because the server does not support the requested function.\n\n' +
          catalogLink('ddm-status-codes.en.rst', 57),
        '**Bare Metal Server** (bms): Not Implemented\n\n' +
          'Failed to complete the request because the server does not support the requested function.\n\n' +
          catalogLink('bms-status-codes.en.md', 94),
        '**Cloud Search Service** (css): Not Implemented\n\n' +
          'The server does not support the requested function.\n\n' +
          catalogLink('css-status-codes.en.md', 286),
        'Catalogs consulted: dds, ddm, bms, css (bundled; the project has no catalog of its own)',
      ),
    );
  });

  test('OpenAPI JSON: a response key, inside its quotes', async () => {
    const document = await openFixture('openapi.json');
    const hover = await statusHover(document, positionOf(document, '"415"', 2));
    assert.equal(
      hover,
      sections(
        '**415 Unsupported Media Type** · 4xx client error',
        '**Document Database Service** (dds): Unsupported Media Type\n\n' +
          'ContentType contained in the request header is not application/json.\n\n' +
          catalogLink('dds-status-codes.en.md', 92),
        '**Distributed Database Middleware** (ddm): Unsupported Media Type\n\n' +
          'ContentType contained in the request header is neither application nor json.\n\n' +
          catalogLink('ddm-status-codes.en.rst', 53),
        '**Cloud Search Service** (css): Unsupported Media Type\n\n' +
          'The server does not support the media type in the request.\n\n' +
          catalogLink('css-status-codes.en.md', 244),
        'Catalogs consulted: dds, ddm, bms, css (bundled; the project has no catalog of its own)',
      ),
    );
  });

  test('OpenAPI JSON: a range key lists the documented codes of its class per catalog', async () => {
    const document = await openFixture('openapi.json');
    const hover = await statusHover(document, positionOf(document, '"4XX"', 1));
    const [header, dds, ddm, bms, , consulted] = hover.split('\n\n---\n\n');
    assert.equal(header, '**4XX** · any 4xx client error');
    assert.equal(
      dds,
      '**Document Database Service** (dds): 400 Bad Request, 401 Unauthorized, 403 Forbidden, 404 Not Found, ' +
        '405 Method Not Allowed, 409 Conflict, 413 Request Entity Too Large, 415 Unsupported Media Type, 422 Unprocessable Entity',
    );
    assert.equal(
      ddm,
      '**Distributed Database Middleware** (ddm): 400 Bad Request, 401 Unauthorized, 403 Forbidden, 404 Not Found, ' +
        '405 Method Not Allowed, 409 Conflict, 413 Request Entity Too Large, 415 Unsupported Media Type',
    );
    assert.match(bms ?? '', /^\*\*Bare Metal Server\*\* \(bms\): 400 Bad Request, .*, 409 Conflict$/);
    assert.equal(consulted, 'Catalogs consulted: dds, ddm, bms, css (bundled; the project has no catalog of its own)');
  });
});
