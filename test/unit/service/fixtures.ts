/** Inline catalogs and a cursor marker for service tests: `|` in a document marks the cursor. */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position } from 'vscode-languageserver-types';
import { CatalogRegistry } from '../../../server/src/catalog/registry';
import type { Catalog, CatalogEntryWithStandard } from '../../../server/src/catalog/types';
import { type AnalyzedDocument, analyzeDocument, readSettings } from '../../../server/src/service/languageService';

type Row = [code: number, message: string | null, description?: string];

export function serviceCatalog(id: string, title: string, rows: Row[], locale = 'en'): Catalog {
  return {
    info: { id, title, locale, kind: 'service', source: `/catalogs/${id}.${locale}.md`, format: 'markdown', origin: 'bundled' },
    entries: rows.map(([code, message, description], index) => ({
      code,
      message,
      description: description ?? '',
      class: null,
      line: 10 + index * 2,
    })),
    problems: [],
  };
}

export function standardCatalog(): Catalog {
  const rows: Array<[number, string, string[]?, boolean?]> = [
    [200, 'OK'],
    [201, 'Created'],
    [204, 'No Content'],
    [400, 'Bad Request'],
    [404, 'Not Found'],
    [409, 'Conflict'],
    [413, 'Content Too Large', ['Request Entity Too Large', 'Payload Too Large']],
    [415, 'Unsupported Media Type'],
    [418, '(Unused)', ["I'm a teapot"], true],
    [428, 'Precondition Required'],
    [500, 'Internal Server Error'],
    [503, 'Service Unavailable'],
  ];
  return {
    info: { id: 'http', title: 'HTTP status codes', locale: 'en', kind: 'standard', source: '/catalogs/http.json', format: 'json', origin: 'bundled' },
    entries: rows.map(([code, message, aliases, unused], index): CatalogEntryWithStandard => ({
      code,
      message,
      description: `Standard meaning of ${code}.`,
      class: null,
      line: 8 + index,
      standard: { aliases: aliases ?? [], reference: 'RFC 9110', unused: unused ?? false },
    })),
    problems: [],
  };
}

/** DDS (English and Chinese) and DDM, enough to test scope, locale and merging. */
export function testRegistry(): CatalogRegistry {
  return new CatalogRegistry([
    [
      standardCatalog(),
      serviceCatalog('dds', 'Document Database Service', [
        [200, 'OK', 'Request succeeded.'],
        [201, 'Created', 'Resource created.'],
        [202, 'Accepted', 'Asynchronous request submitted.'],
        [400, 'Bad Request', 'The server failed to process the request.'],
        [404, 'Not Found', 'The requested resource could not be found.'],
        [409, 'Conflict', 'The request could not be completed due to a conflict.\n\nRetry later.'],
        [500, 'Internal Server Error', 'The server is able to receive the request but unable to understand it.'],
      ]),
      serviceCatalog(
        'dds',
        '文档数据库服务',
        [
          [404, 'Not Found', '所请求的资源不存在。'],
          [409, 'Conflict', '请求与资源的当前状态冲突。'],
        ],
        'zh',
      ),
      serviceCatalog('ddm', 'Distributed Database Middleware', [
        [200, 'OK', 'The request has been processed successfully.'],
        [202, 'OK', 'The asynchronous request is submitted successfully.'],
        [409, 'Conflict', 'The request could not be processed due to a conflict.'],
        [413, 'Request Entity Too Large', 'The requested resource exceeds the resource quota.'],
        [415, 'Unsupported Media Type', '**ContentType** is neither <b>application</b> nor [json](http://x).'],
      ]),
    ],
  ]);
}

/** A file name that agrees with the language id: the server reads a `.json` file as JSON whatever its id says. */
const EXTENSIONS: Record<string, string> = {
  typescript: 'ts', typescriptreact: 'tsx', javascript: 'js', javascriptreact: 'jsx', json: 'json', jsonc: 'jsonc',
};

export interface Cursor {
  analyzed: AnalyzedDocument;
  document: TextDocument;
  position: Position;
  offset: number;
}

/** Analyses `text` with the cursor at its `|` (removed from the text). */
export function at(
  textWithCursor: string,
  languageId = 'typescript',
  settings: Record<string, unknown> = {},
  registry = testRegistry(),
  clientLocale = 'en',
): Cursor {
  const offset = textWithCursor.indexOf('|');
  const text = offset >= 0 ? textWithCursor.slice(0, offset) + textWithCursor.slice(offset + 1) : textWithCursor;
  const document = TextDocument.create(`file:///work/app.${EXTENSIONS[languageId] ?? 'ts'}`, languageId, 1, text);
  const analyzed = analyzeDocument(document, readSettings(settings), registry, { clientLocale });
  return { analyzed, document, position: document.positionAt(Math.max(offset, 0)), offset };
}
