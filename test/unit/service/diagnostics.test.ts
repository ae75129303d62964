import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { doValidate } from '../../../server/src/service/languageService';
import { at, projectRegistry } from './fixtures';

function diagnose(text: string, languageId = 'typescript', settings: Record<string, unknown> = {}) {
  return doValidate(at(text, languageId, settings).analyzed).map((d) => ({
    message: d.message,
    severity: d.severity,
    code: d.code,
    start: d.range.start.character,
    end: d.range.end.character,
  }));
}

describe('diagnostics', () => {
  it('warn about a standard code no active catalog documents', () => {
    assert.deepEqual(diagnose('res.status(418);'), [
      {
        message:
          '418 is not documented by Document Database Service (dds), Distributed Database Middleware (ddm); it is the standard 418 (Unused)',
        severity: DiagnosticSeverity.Warning,
        code: 'undocumentedCode',
        start: 11,
        end: 14,
      },
    ]);
  });

  it('name only the active catalogs', () => {
    const [diagnostic] = diagnose('res.status(428);', 'typescript', { catalogs: ['dds'] });
    assert.equal(diagnostic?.message, '428 is not documented by Document Database Service (dds); it is the standard 428 Precondition Required');
  });

  it('flag a number that is no status code as an error', () => {
    assert.deepEqual(diagnose('res.status(4040);'), [
      { message: '4040 is not an HTTP status code (100-599)', severity: DiagnosticSeverity.Error, code: 'invalidCode', start: 11, end: 15 },
    ]);
    assert.deepEqual(diagnose('res.status(299);').map((d) => [d.message, d.severity]), [
      ['299 is not a standard HTTP status code and no active catalog documents it', DiagnosticSeverity.Error],
    ]);
  });

  it('say nothing about documented codes, ranges, or numbers outside status positions', () => {
    assert.deepEqual(diagnose('res.status(409); const width = 418; setTimeout(f, 4040);'), []);
    assert.deepEqual(diagnose('{ "responses": { "4XX": {}, "404": {} } }', 'json'), []);
  });

  it('follow the severity settings, ignore included', () => {
    assert.equal(diagnose('res.status(418);', 'typescript', { severity: { undocumentedCode: 'error' } })[0]?.severity, DiagnosticSeverity.Error);
    assert.equal(diagnose('res.status(418);', 'typescript', { severity: { undocumentedCode: 'hint' } })[0]?.severity, DiagnosticSeverity.Hint);
    assert.deepEqual(diagnose('res.status(418);', 'typescript', { severity: { undocumentedCode: 'ignore' } }), []);
  });

  it('report in JSON fixtures too', () => {
    assert.deepEqual(diagnose('{ "statusCode": 418 }', 'json').map((d) => [d.code, d.start, d.end]), [['undocumentedCode', 16, 19]]);
  });

  it('judge each distinct code once per analysis, each literal still getting its own diagnostic', () => {
    const text = '[{ "statusCode": 418 }, { "statusCode": 409 }, { "statusCode": 418 }, { "statusCode": 418 }, { "statusCode": 409 }]';
    const { analyzed } = at(text, 'json', {});
    const asked: number[] = [];
    const registry = analyzed.registry;
    const documenting = registry.documenting.bind(registry);
    const counting = Object.create(registry) as typeof registry;
    counting.documenting = (code, ...rest) => {
      asked.push(code);
      return documenting(code, ...rest);
    };
    const diagnostics = doValidate({ ...analyzed, registry: counting });
    assert.deepEqual(asked, [418, 409]);
    const undocumented = '418 is not documented by Document Database Service (dds), Distributed Database Middleware (ddm); it is the standard 418 (Unused)';
    assert.deepEqual(
      diagnostics.map((d) => [d.range.start.character, d.message]),
      [[17, undocumented], [63, undocumented], [86, undocumented]],
    );
  });

  it('flag an unknown catalog id in a directive, which would otherwise fall back to every catalog', () => {
    assert.deepEqual(diagnose('// status-catalog: ddm, dbs\nres.status(409);'), [
      {
        message: "Unknown catalog 'dbs' in the status-catalog directive (known: dds, ddm)",
        severity: DiagnosticSeverity.Warning,
        code: 'unknownCatalog',
        start: 24,
        end: 27,
      },
    ]);
    assert.deepEqual(diagnose('// status-catalog: dbs\n', 'typescript', { severity: { unknownCatalog: 'ignore' } }), []);
  });
});

describe('diagnostics with no catalog in scope', () => {
  const NONE = { bundledCatalogs: 'whenNamed' };

  it('warn about nothing undocumented, as there is nothing to be documented by', () => {
    assert.deepEqual(diagnose('res.status(418);\nres.status(409);', 'typescript', NONE), []);
  });

  it('still flag a number that is no status code', () => {
    assert.deepEqual(diagnose('res.status(4040);\nres.status(299);', 'typescript', NONE).map((d) => [d.code, d.message]), [
      ['invalidCode', '4040 is not an HTTP status code (100-599)'],
      ['invalidCode', '299 is not a standard HTTP status code and no catalog is active'],
    ]);
  });

  it('judge by the project catalog alone when the project has one', () => {
    const { analyzed } = at('res.status(409);', 'typescript', NONE, projectRegistry());
    assert.deepEqual(doValidate(analyzed).map((d) => d.message), ['409 is not documented by Orders API (orders); it is the standard 409 Conflict']);
  });
});

describe('diagnostics in Chinese', () => {
  it('word every rule in Chinese when the locale is zh', () => {
    assert.deepEqual(diagnose('// status-catalog: dds, dbs\nres.status(418); res.status(4040); res.status(299);', 'typescript', { locale: 'zh' }).map((d) => d.message), [
      '文档数据库服务 (dds)未记录 418；它是标准状态码 418 (Unused)',
      '4040 不是 HTTP 状态码（100-599）',
      '299 不是标准 HTTP 状态码，当前启用的目录也均未记录它',
      'status-catalog 指令中的目录“dbs”未知（已知：dds, ddm）',
    ]);
  });

  it('follow the editor language when no locale is set', () => {
    const { analyzed } = at('res.status(4040);', 'typescript', {}, undefined, 'zh-cn');
    assert.deepEqual(doValidate(analyzed).map((d) => d.message), ['4040 不是 HTTP 状态码（100-599）']);
  });
});

describe('diagnostics with a partly translated catalog', () => {
  it('take a code the Chinese page lacks as documented when the English page documents it', () => {
    assert.deepEqual(diagnose('res.status(500); res.status(400); res.status(503);', 'typescript', { catalogs: ['dds'], locale: 'zh' }).map((d) => d.message), [
      '文档数据库服务 (dds)未记录 503；它是标准状态码 503 Service Unavailable',
    ]);
  });
});
