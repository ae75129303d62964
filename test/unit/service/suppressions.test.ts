import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver-types';
import { doCodeActions, doValidate } from '../../../server/src/service/languageService';
import { at } from './fixtures';

/** `[line, rule, message]` of each diagnostic; lines 1-based like an editor shows them. */
function diagnose(text: string, languageId = 'typescript', settings: Record<string, unknown> = {}) {
  return doValidate(at(text, languageId, settings).analyzed).map((d) => [d.range.start.line + 1, d.code, d.message]);
}

const UNUSED_NEXT = 'Unused status-catalog-disable-next-line directive (no problem is reported here)';

describe('suppressions', () => {
  it('disable-next-line silences the next line only, for the rules named or every rule', () => {
    const text = [
      '// status-catalog-disable-next-line undocumentedCode -- teapot on purpose',
      'res.status(418);',
      'res.status(418);',
      '// status-catalog-disable-next-line',
      'res.status(4040);',
      '// status-catalog-disable-next-line undocumentedCode',
      'res.status(4041);',
    ].join('\n');
    assert.deepEqual(diagnose(text).map(([line, rule]) => [line, rule]), [
      [3, 'undocumentedCode'],
      [6, 'unusedSuppression'],
      [7, 'invalidCode'],
    ]);
  });

  it('disable-line silences its own line, in a block comment too', () => {
    assert.deepEqual(diagnose('res.status(418); // status-catalog-disable-line\nres.status(4040); /* status-catalog-disable-line invalidCode */'), []);
  });

  it('disable … enable silences a stretch, per rule', () => {
    const text = [
      '/* status-catalog-disable invalidCode, undocumentedCode */',
      'res.status(4040);',
      'res.status(418);',
      '/* status-catalog-enable undocumentedCode */',
      'res.status(4041);',
      'res.status(418);',
      '/* status-catalog-enable */',
      'res.status(4042);',
    ].join('\n');
    assert.deepEqual(diagnose(text).map(([line, rule]) => [line, rule]), [
      [6, 'undocumentedCode'],
      [8, 'invalidCode'],
    ]);
  });

  it('reports a directive that suppresses nothing, naming the rule, at the configured severity', () => {
    const text = '// status-catalog-disable-next-line\nres.status(409);\n// status-catalog-disable-next-line invalidCode, undocumentedCode\nres.status(418);\n';
    assert.deepEqual(diagnose(text), [
      [1, 'unusedSuppression', UNUSED_NEXT],
      [3, 'unusedSuppression', 'Unused status-catalog-disable-next-line directive (no invalidCode problem is reported here)'],
    ]);
    assert.deepEqual(diagnose(text, 'typescript', { severity: { unusedSuppression: 'ignore' } }), []);
    const [first] = doValidate(at(text, 'typescript', { severity: { unusedSuppression: 'error' } }).analyzed);
    assert.equal(first?.severity, 1);
    assert.deepEqual(first?.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 35 } });
  });

  it('reports a rule id that does not exist', () => {
    assert.deepEqual(diagnose('// status-catalog-disable-next-line undocumented\nres.status(418);'), [
      [1, 'unusedSuppression', "Unknown rule 'undocumented' in status-catalog-disable-next-line (rules: undocumentedCode, invalidCode, unknownCatalog)"],
      [2, 'undocumentedCode', '418 is not documented by Document Database Service (dds), Distributed Database Middleware (ddm); it is the standard 418 (Unused)'],
    ]);
  });

  it('are read only from comments, and from JSX expression comments', () => {
    assert.deepEqual(diagnose('const s = "// status-catalog-disable-next-line";\nres.status(4040);').map(([, rule]) => rule), ['invalidCode']);
    const jsx = 'const a = <div>\n  {/* status-catalog-disable-next-line */}\n  <Badge status={418} />\n</div>;';
    assert.deepEqual(diagnose(jsx, 'typescriptreact'), []);
    assert.deepEqual(diagnose(jsx.replace('{/* status-catalog-disable-next-line */}', ''), 'typescriptreact').map(([, rule]) => rule), ['undocumentedCode']);
  });

  it('work in JSON with comments, not in plain JSON', () => {
    const text = '{\n  // status-catalog-disable-next-line\n  "statusCode": 418\n}';
    assert.deepEqual(diagnose(text, 'jsonc'), []);
    assert.deepEqual(diagnose(text, 'json').map(([, rule]) => rule), ['undocumentedCode']);
  });
});

describe('"Ignore for this line" quick fix', () => {
  function fix(text: string, languageId = 'typescript'): string | undefined {
    const { analyzed } = at(text, languageId);
    const diagnostics = doValidate(analyzed).filter((d) => d.code !== 'unusedSuppression');
    const action = doCodeActions(analyzed, diagnostics).find((a) => a.title.startsWith('Ignore '));
    const edits = action?.edit?.changes?.[analyzed.document.uri] as TextEdit[] | undefined;
    return edits && TextDocument.applyEdits(analyzed.document, edits);
  }

  it('inserts a next-line directive with the line\'s indentation, which then silences the diagnostic', () => {
    const fixed = fix('function f() {\n    res.status(418);\n}\n');
    assert.equal(fixed, 'function f() {\n    // status-catalog-disable-next-line undocumentedCode\n    res.status(418);\n}\n');
    assert.deepEqual(diagnose(fixed!), []);
  });

  it('adds the rule to a directive already above the line', () => {
    const text = '// status-catalog-disable-next-line invalidCode -- why\nres.status(418);';
    assert.equal(fix(text), '// status-catalog-disable-next-line invalidCode, undocumentedCode -- why\nres.status(418);');
  });

  it('writes a JSX comment among JSX children', () => {
    const fixed = fix('const a = <div>\n  <Badge status={418} />\n</div>;', 'typescriptreact');
    assert.equal(fixed, 'const a = <div>\n  {/* status-catalog-disable-next-line undocumentedCode */}\n  <Badge status={418} />\n</div>;');
    assert.deepEqual(diagnose(fixed!, 'typescriptreact'), []);
  });

  it('is titled for its rule', () => {
    const { analyzed } = at('res.status(418);');
    assert.deepEqual(doCodeActions(analyzed, doValidate(analyzed)).map((a) => a.title).filter((t) => t.startsWith('Ignore')), ['Ignore undocumentedCode for this line']);
  });
});
