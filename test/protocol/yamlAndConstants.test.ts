/**
 * Protocol tests for OpenAPI YAML and named status constants: the bundled server over stdio, with the DDS
 * catalog in scope.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { Hover, MarkupContent, TextEdit } from 'vscode-languageserver-protocol';
import { LspClient } from './lspClient';

const YAML_URI = 'file:///work/openapi.yaml';
const YAML_TEXT = "openapi: 3.0.0\npaths:\n  /instances:\n    post:\n      responses:\n        '409':\n          description: exists\n        418:\n          description: odd\n";
const NEST_URI = 'file:///work/instances.controller.ts';
const NEST_TEXT =
  "import { HttpException, HttpStatus } from '@nestjs/common';\n" +
  "export function fail(): never {\n  throw new HttpException('exists', HttpStatus.CONFLICT);\n}\n" +
  'export const odd = HttpStatus.I_AM_A_TEAPOT;\n';

function markdown(hover: Hover | null): string {
  assert.ok(hover, 'expected a hover');
  return (hover.contents as MarkupContent).value;
}

describe('YAML and named constants over stdio', () => {
  let client: LspClient;
  const catalogs = pathToFileURL(join(__dirname, '..', '..', 'catalogs')).href;
  const dds409 = `**Document Database Service** (dds): Conflict\n\nThe request could not be processed due to a conflict.\n\n[dds-status-codes.en.md:78](${catalogs}/dds-status-codes.en.md#L78)`;

  before(async () => {
    client = await LspClient.start({ settings: { catalogs: ['dds'] } });
    await client.open(YAML_URI, 'yaml', YAML_TEXT);
    await client.open(NEST_URI, 'typescript', NEST_TEXT);
  });
  after(() => client.stop());

  it('hovers a quoted responses key of a YAML spec', async () => {
    assert.equal(
      markdown(await client.hover(YAML_URI, { line: 5, character: 10 })),
      ['**409 Conflict** · 4xx client error', dds409, 'Catalogs consulted: dds (folder setting)'].join('\n\n---\n\n'),
    );
  });

  it('flags a plain YAML key no catalog documents and fixes it without adding quotes', async () => {
    const diagnostics = await client.waitForDiagnostics(YAML_URI, (p) => p.diagnostics.length > 0);
    assert.deepEqual(diagnostics.map((d) => [d.range, d.code]), [
      [{ start: { line: 7, character: 8 }, end: { line: 7, character: 11 } }, 'undocumentedCode'],
    ]);
    const actions = (await client.codeActions(YAML_URI, diagnostics[0]!.range, diagnostics)) ?? [];
    const edit = actions[0]?.edit?.changes?.[YAML_URI]?.[0] as TextEdit;
    assert.deepEqual(edit, { range: { start: { line: 7, character: 8 }, end: { line: 7, character: 11 } }, newText: '415' });
  });

  it('completes a new responses key quoted like its siblings, a success first', async () => {
    const uri = 'file:///work/typing.yaml';
    await client.open(uri, 'yaml', "paths:\n  /a:\n    post:\n      responses:\n        '409':\n          description: exists\n        ");
    const list = await client.completion(uri, { line: 6, character: 8 });
    const items = [...(list?.items ?? [])].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
    const first = items[0]?.textEdit as TextEdit | undefined;
    assert.deepEqual(first, { range: { start: { line: 6, character: 8 }, end: { line: 6, character: 8 } }, newText: "'200'" });
    assert.ok(items.every((item) => (item.textEdit as TextEdit).newText.startsWith("'")));
  });

  it('hovers HttpStatus.CONFLICT with the catalog meaning of 409', async () => {
    assert.equal(
      markdown(await client.hover(NEST_URI, { line: 2, character: 45 })),
      ['**409 Conflict (HttpStatus.CONFLICT)** · 4xx client error', dds409, 'Catalogs consulted: dds (folder setting)'].join('\n\n---\n\n'),
    );
  });

  it('flags an undocumented constant and replaces its member with a documented member of the enum', async () => {
    const diagnostics = await client.waitForDiagnostics(NEST_URI, (p) => p.diagnostics.length > 0);
    assert.deepEqual(diagnostics.map((d) => [d.range, d.code, d.message]), [
      [
        { start: { line: 4, character: 19 }, end: { line: 4, character: 43 } },
        'undocumentedCode',
        '418 is not documented by Document Database Service (dds); it is the standard 418 (Unused)',
      ],
    ]);
    const actions = ((await client.codeActions(NEST_URI, diagnostics[0]!.range, diagnostics)) ?? []).filter((action) => !action.title.startsWith('Ignore '));
    const member = { start: { line: 4, character: 30 }, end: { line: 4, character: 43 } };
    assert.deepEqual(
      actions.map((a) => [a.title, a.isPreferred, a.edit?.changes?.[NEST_URI]]),
      [
        ['Replace with HttpStatus.UNSUPPORTED_MEDIA_TYPE (415 Unsupported Media Type)', true, [{ range: member, newText: 'UNSUPPORTED_MEDIA_TYPE' }]],
        ['Replace with HttpStatus.PAYLOAD_TOO_LARGE (413 Content Too Large)', false, [{ range: member, newText: 'PAYLOAD_TOO_LARGE' }]],
        ['Replace with HttpStatus.UNPROCESSABLE_ENTITY (422 Unprocessable Content)', false, [{ range: member, newText: 'UNPROCESSABLE_ENTITY' }]],
      ],
    );
  });
});
