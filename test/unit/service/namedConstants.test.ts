import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { doCodeActions, doHover, doValidate, findDefinition } from '../../../server/src/service/languageService';
import { at } from './fixtures';

const NEST = "import { HttpStatus } from '@nestjs/common';\n// status-catalog: dds\n";

function hoverText(text: string): string | undefined {
  const cursor = at(text);
  const hover = doHover(cursor.analyzed, cursor.position);
  return hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : undefined;
}

function fixes(text: string) {
  const { analyzed } = at(text);
  // "Ignore for this line" has its own tests (suppressions.test.ts).
  return doCodeActions(analyzed, doValidate(analyzed)).filter((action) => !action.title.startsWith('Ignore ')).map((action) => ({
    title: action.title,
    preferred: action.isPreferred,
    edits: Object.values(action.edit?.changes ?? {})[0]?.map((edit) => [edit.range.start.line, edit.range.start.character, edit.range.end.character, edit.newText]),
  }));
}

describe('named status constants in the service', () => {
  it("hovers with the catalogs' meaning, naming the constant, over the whole expression", () => {
    const cursor = at(`${NEST}throw new HttpException('x', HttpStatus.CONF|LICT);`);
    const hover = doHover(cursor.analyzed, cursor.position);
    assert.ok(hover && typeof hover.contents === 'object' && 'value' in hover.contents);
    assert.equal(
      hover.contents.value,
      [
        '**409 Conflict (HttpStatus.CONFLICT)** · 4xx client error',
        '**Document Database Service** (dds): Conflict\n\nThe request could not be completed due to a conflict.\n\nRetry later.\n\n[dds.en.md:20](file:///catalogs/dds.en.md#L20)',
        'Catalogs consulted: dds (directive)',
      ].join('\n\n---\n\n'),
    );
    assert.deepEqual(hover.range, { start: { line: 2, character: 29 }, end: { line: 2, character: 48 } });
    const teapot = hoverText(`${NEST}const c = |HttpStatus.I_AM_A_TEAPOT;`);
    assert.ok(teapot?.startsWith('**418 \\(Unused\\) (HttpStatus.I\\_AM\\_A\\_TEAPOT)** · 4xx client error'), teapot);
    assert.equal(hoverText(`${NEST}HttpStatus.I_AM_A_TEA|PT;`), undefined);
  });

  it('flags an undocumented constant and replaces its member with the nearest documented member of the same enum', () => {
    const text = `${NEST}res.status(HttpStatus.I_AM_A_TEAPOT);`;
    const { analyzed } = at(text);
    const [diagnostic] = doValidate(analyzed);
    assert.equal(diagnostic?.code, 'undocumentedCode');
    assert.deepEqual(diagnostic?.range, { start: { line: 2, character: 11 }, end: { line: 2, character: 35 } });
    // dds documents 400, 404, 409 in 4xx; NestJS names them BAD_REQUEST, NOT_FOUND, CONFLICT.
    assert.deepEqual(fixes(text), [
      { title: 'Replace with HttpStatus.CONFLICT (409 Conflict)', preferred: true, edits: [[2, 22, 35, 'CONFLICT']] },
      { title: 'Replace with HttpStatus.NOT_FOUND (404 Not Found)', preferred: false, edits: [[2, 22, 35, 'NOT_FOUND']] },
      { title: 'Replace with HttpStatus.BAD_REQUEST (400 Bad Request)', preferred: false, edits: [[2, 22, 35, 'BAD_REQUEST']] },
    ]);
  });

  it("offers members in the enum's own style, and only members it has", () => {
    const axios = "import { HttpStatusCode } from 'axios';\n// status-catalog: ddm\nif (s === HttpStatusCode.ImATeapot) {}";
    assert.deepEqual(fixes(axios).map((f) => f.edits?.[0]?.[3]), ['UnsupportedMediaType', 'ContentTooLarge', 'Conflict']);
    const local = '// status-catalog: dds\nenum Status { Created = 201, Gone = 410, Conflict = 409 }\nres.status(Status.Gone);';
    // The enum's own 410 is a literal with its own fixes; the constant's fixes name members of the enum.
    const constantFixes = fixes(local).filter((f) => f.edits?.[0]?.[0] === 2);
    assert.deepEqual(constantFixes.map((f) => [f.title, f.edits?.[0]]), [
      ['Replace with Status.Conflict (409 Conflict)', [2, 18, 22, 'Conflict']],
      ['Replace with Status.Created (201 Created)', [2, 18, 22, 'Created']],
    ]);
  });

  it("offers no member of a project's imported table, whose members are not known here", () => {
    const text = "import { HttpStatus } from './http-status';\n// status-catalog: dds\nres.status(HttpStatus.IM_A_TEAPOT);";
    const { analyzed } = at(text);
    assert.deepEqual(doValidate(analyzed).map((d) => d.code), ['undocumentedCode']);
    assert.deepEqual(fixes(text), []);
  });

  it('goes to the catalog row of the constant', () => {
    const cursor = at(`${NEST}res.status(HttpStatus.NOT_FO|UND);`);
    assert.deepEqual(findDefinition(cursor.analyzed, cursor.position), [
      { uri: 'file:///catalogs/dds.en.md', range: { start: { line: 17, character: 0 }, end: { line: 17, character: 0 } } },
    ]);
  });
});
