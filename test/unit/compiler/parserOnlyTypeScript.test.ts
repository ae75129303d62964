import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire, Module } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { before, describe, it } from 'node:test';
import * as esbuild from 'esbuild';
import * as full from 'typescript';

const ROOT = join(__dirname, '..', '..', '..');
const CODE = join(ROOT, 'test', 'fixtures', 'code', 'files');
const COMPILER_FILE = createRequire(__filename).resolve('typescript');

interface Scripts {
  parserOnlyTypeScript(source: string, names: Iterable<string>, options?: { epilogue?: string }): { code: string; kept: number; statements: number };
  SERVICES_NODE_OBJECTS: string;
  typescriptApiUsed(root: string): { names: Set<string>; problems: string[] };
}

async function scripts(): Promise<Scripts> {
  const shaker = (await import(join(ROOT, 'scripts', 'parser-only-typescript.mjs'))) as Pick<Scripts, 'parserOnlyTypeScript' | 'SERVICES_NODE_OBJECTS'>;
  const used = (await import(join(ROOT, 'scripts', 'typescript-api-used.mjs'))) as Pick<Scripts, 'typescriptApiUsed'>;
  return { ...shaker, ...used };
}

/** The parser-only compiler as esbuild.mjs makes it (ES module in, CommonJS out), loaded as a module. */
async function buildTrimmed(api: Scripts, names: Iterable<string>): Promise<typeof full> {
  const { code } = api.parserOnlyTypeScript(readFileSync(COMPILER_FILE, 'latin1'), names, { epilogue: api.SERVICES_NODE_OBJECTS });
  const built = await esbuild.build({
    stdin: { contents: code, resolveDir: dirname(COMPILER_FILE), sourcefile: 'typescript.js' },
    bundle: true, platform: 'node', format: 'cjs', target: 'node20', write: false, logLevel: 'silent',
  });
  const module = new Module(COMPILER_FILE);
  module.filename = COMPILER_FILE;
  (module as unknown as { _compile(code: string, file: string): void })._compile(built.outputFiles[0]!.text, COMPILER_FILE);
  return module.exports as typeof full;
}

/** The methods and accessors a node has from its class (the services' node objects: `text`, `getStart()`, ...). */
const protoCache = new Map<object, string>();
function inherited(node: object): string {
  const proto = Object.getPrototypeOf(node) as object;
  let names = protoCache.get(proto);
  if (names === undefined) {
    const found: string[] = [];
    for (let p: object | null = proto; p && p !== Object.prototype; p = Object.getPrototypeOf(p) as object | null) found.push(...Object.getOwnPropertyNames(p));
    protoCache.set(proto, (names = found.sort().join(',')));
  }
  return names;
}

/**
 * Every node's kind, range, flags, own properties, inherited methods, text and start, in walk order, and the parse
 * diagnostics: what detection can see of a tree.
 */
function shape(compiler: typeof full, text: string, fileName: string, kind: full.ScriptKind): string[] {
  const file = compiler.createSourceFile(fileName, text, compiler.ScriptTarget.Latest, true, kind);
  const out: string[] = [];
  const visit = (node: full.Node, depth: number): void => {
    const own = Object.keys(node).filter((key) => key !== 'parent').sort().join(',');
    const nodeText = 'text' in node ? String((node as { text: unknown }).text) : '';
    out.push(`${depth} ${compiler.SyntaxKind[node.kind]} ${node.pos}-${node.end} ${node.flags} ${node.getStart(file)} ${JSON.stringify(nodeText)} {${own}} ${inherited(node)}`);
    compiler.forEachChild(node, (child) => visit(child, depth + 1));
  };
  visit(file, 0);
  const diagnostics = (file as unknown as { parseDiagnostics: full.DiagnosticWithLocation[] }).parseDiagnostics;
  for (const d of diagnostics) out.push(`diagnostic ${d.code} ${d.start}+${d.length} ${compiler.flattenDiagnosticMessageText?.(d.messageText, '\n') ?? String(d.messageText)}`);
  return out;
}

const HOSTILE: Array<[string, string]> = [
  ['empty.ts', ''],
  ['unclosed.ts', 'res.status(404'.repeat(200)],
  ['deep.ts', `const x = ${'['.repeat(400)}200${']'.repeat(399)};`],
  ['jsx.tsx', 'const a = <div status={404}>{res.status(500)}</div>; let b = <T,>(x: T) => x;'],
  ['garbage.ts', '\u0000\uFFFF\uD800 @@ #!/x \\u{110000} 0x 1e 08 `${`${'],
  ['decorators.ts', '@Controller() class A { @Get(":id") @HttpCode(204) find() { return 200; } }'],
  ['regex.js', 'const r = /[/]+/g; x = a / b / c; y = </div>; enum E { A = 404 }'],
];

describe('the parser-only compiler', () => {
  let api: Scripts;
  let names: Set<string>;
  let trimmed: typeof full;
  before(async () => {
    api = await scripts();
    const used = api.typescriptApiUsed(join(ROOT, 'server', 'src'));
    assert.deepEqual(used.problems, []);
    names = used.names;
    trimmed = await buildTrimmed(api, [...names, 'flattenDiagnosticMessageText']);
  });

  it('exports every name the server uses, and nothing else', () => {
    assert.ok(names.has('createSourceFile') && names.has('updateSourceFile') && names.has('forEachChild') && names.has('SyntaxKind'));
    assert.deepEqual(Object.keys(trimmed).sort(), [...names, 'flattenDiagnosticMessageText'].sort());
    for (const name of names) assert.equal(typeof trimmed[name as keyof typeof full], typeof full[name as keyof typeof full], name);
    assert.deepEqual({ ...trimmed.SyntaxKind }, { ...full.SyntaxKind });
  });

  it('parses the corpus code files to the same trees and diagnostics as the whole compiler', () => {
    const files = readdirSync(CODE).filter((name) => /\.(ts|js)$/.test(name));
    assert.ok(files.length >= 20);
    for (const name of files) {
      const text = readFileSync(join(CODE, name), 'utf8');
      const kind = name.endsWith('.js') ? full.ScriptKind.JS : full.ScriptKind.TS;
      assert.deepEqual(shape(trimmed, text, name, kind), shape(full, text, name, kind), name);
    }
  });

  it('parses hostile inputs to the same trees and diagnostics', () => {
    for (const [name, text] of HOSTILE) {
      const kind = name.endsWith('.tsx') ? full.ScriptKind.TSX : name.endsWith('.js') ? full.ScriptKind.JS : full.ScriptKind.TS;
      const expected = shape(full, text, name, kind);
      assert.deepEqual(shape(trimmed, text, name, kind), expected, name);
    }
  });

  it('updates a tree incrementally as the whole compiler does', () => {
    const text = readFileSync(join(CODE, readdirSync(CODE).find((name) => name.endsWith('.ts'))!), 'utf8');
    const at = Math.floor(text.length / 2);
    const edited = `${text.slice(0, at)} res.status(404); ${text.slice(at)}`;
    const update = (compiler: typeof full) => {
      const file = compiler.createSourceFile('a.ts', text, compiler.ScriptTarget.Latest, true, compiler.ScriptKind.TS);
      const range = compiler.createTextChangeRange(compiler.createTextSpan(at, 0), edited.length - text.length);
      const next = compiler.updateSourceFile(file, edited, range);
      const out: string[] = [];
      const visit = (node: full.Node): void => {
        out.push(`${node.kind} ${node.pos}-${node.end}`);
        compiler.forEachChild(node, visit);
      };
      visit(next);
      return out;
    };
    assert.deepEqual(update(trimmed), update(full));
  });

});

/** A source of the shape of lib/typescript.js, small enough to read. */
function compilerLike(body: string): string {
  return `/* header */\nvar ts = {}; ((module) => {\n${body}\n})({ get exports() { return ts; }, set exports(v) { ts = v; } })\n`;
}

describe('what the parser-only compiler keeps', () => {
  const SOURCE = compilerLike([
    'var typescript_exports = {};',
    '__export(typescript_exports, { parse: () => parse, Kind: () => Kind, Checker: () => ts_checker_exports, check: () => check });',
    'module.exports = __toCommonJS(typescript_exports);',
    'function parse(text) { return Parser.run(text) + text.helper + { check: 1 }.check; }',
    'function helper() { return { check: 1 }; }',
    'var Kind = /* @__PURE__ */ ((Kind2) => { Kind2[Kind2["A"] = 0] = "A"; return Kind2; })(Kind || {});',
    'var Parser;',
    '((Parser2) => { Parser2.run = (text) => scan(text); })(Parser || (Parser = {}));',
    'function scan(text) { return text.length; }',
    'var ts_checker_exports = {};',
    '__export(ts_checker_exports, { check: () => check });',
    'function check() { return program(); }',
    'var program = (() => emit())();',
    'function emit() { return 1; }',
    'Parser.extra = scan;',
    'if (program) { Parser.debug = true; }',
    'if (typeof console !== "undefined") { Parser.log = console.log; }',
  ].join('\n'));

  it('keeps what the wanted exports reach, and side effects on kept names only', async () => {
    const api = await scripts();
    const { code } = api.parserOnlyTypeScript(SOURCE, ['parse', 'Kind']);
    assert.equal(code, [
      'function parse(text) { return Parser.run(text) + text.helper + { check: 1 }.check; }',
      'var Kind = /* @__PURE__ */ ((Kind2) => { Kind2[Kind2["A"] = 0] = "A"; return Kind2; })(Kind || {});',
      'var Parser;',
      '((Parser2) => { Parser2.run = (text) => scan(text); })(Parser || (Parser = {}));',
      'function scan(text) { return text.length; }',
      'Parser.extra = scan;',
      'if (typeof console !== "undefined") { Parser.log = console.log; }',
      'export { Kind, parse };',
      '',
    ].join('\n'));
  });

  it('keeps a namespace object and what its getters reach when it is wanted', async () => {
    const api = await scripts();
    const { code } = api.parserOnlyTypeScript(SOURCE, ['Checker']);
    assert.match(code, /^var ts_checker_exports = \{\};\n__export\(ts_checker_exports, \{ check: \(\) => check \}\);\nfunction check\(\)/);
    assert.match(code, /var program = \(\(\) => emit\(\)\)\(\);\nfunction emit\(\) \{ return 1; \}\n/);
    assert.doesNotMatch(code, /function parse|Parser/);
    assert.match(code, /export \{ ts_checker_exports as Checker \};\n$/);
  });

  it('runs an epilogue after the kept declarations, keeping what it mentions, and refuses one naming what is not there', async () => {
    const api = await scripts();
    const { code } = api.parserOnlyTypeScript(SOURCE, ['Kind'], { epilogue: 'scan.installed = emit();' });
    assert.match(code, /^var Kind = .*\nfunction scan\(text\) \{ return text.length; \}\nfunction emit\(\) \{ return 1; \}\nscan.installed = emit\(\);\nexport \{ Kind \};\n$/);
    assert.throws(() => api.parserOnlyTypeScript(SOURCE, ['Kind'], { epilogue: 'install(NodeObject);' }), /has no top-level install, NodeObject, which the parser-only compiler's epilogue uses/);
  });

  it('fails the build, naming them, on exports the compiler does not have', async () => {
    const api = await scripts();
    assert.throws(() => api.parserOnlyTypeScript(SOURCE, ['parse', 'noSuchExport', 'neitherThis']), /exports no neitherThis, noSuchExport, which the server uses/);
  });

  it('fails on a source whose shape it does not know', async () => {
    const api = await scripts();
    assert.throws(() => api.parserOnlyTypeScript('module.exports = {};', ['parse']), /is not the single function this build expects/);
    assert.throws(() => api.parserOnlyTypeScript(compilerLike('function parse() {}'), ['parse']), /has no __export\(typescript_exports, \{…\}\) table/);
  });
});

describe('the compiler exports the sources use', () => {
  it('reads ts.X, destructuring, named imports and the accessor, ignores types, and refuses an unnamed use', async () => {
    const api = await scripts();
    const root = mkdtempSync(join(tmpdir(), 'status-catalog-ts-api-'));
    mkdirSync(join(root, 'detection'));
    writeFileSync(join(root, 'detection', 'a.ts'), [
      "import * as ts from 'typescript';",
      "import { isIdentifier, type Node } from 'typescript';",
      "import type { SourceFile } from 'typescript';",
      "import { typescript } from '../compiler/typescriptCompiler';",
      'const { SyntaxKind, forEachChild: walk } = ts;',
      'export function f(node: ts.Node, file: SourceFile, t: typeof ts): ts.SyntaxKind { return ts.isCallExpression(node) ? typescript().ScriptKind.TS : 0; }',
      'export function g() { const { createSourceFile } = typescript(); const c = typescript(); typescript(); return c.updateSourceFile; }',
      'export function h(n: Node) { return keys(ts); }',
      "function compiler(): typeof ts { return require('typescript') as typeof ts; }",
      'export function k() { const { getLeadingCommentRanges } = compiler(); return (require(\'typescript\') as typeof ts).factory; }',
      'function scan(api: typeof ts, n: number) { const { createScanner } = api; return n; }',
      'export function m() { const api = compiler(); return scan(api, 1) + other(api); }',
    ].join('\n'));
    const { names, problems } = api.typescriptApiUsed(root);
    assert.deepEqual([...names].sort(), [
      'ScriptKind', 'SyntaxKind', 'createScanner', 'createSourceFile', 'factory', 'forEachChild', 'getLeadingCommentRanges', 'isCallExpression',
      'isIdentifier', 'updateSourceFile',
    ]);
    // keys(ts), and other(api): a function that does not declare its parameter `typeof ts`.
    assert.equal(problems.length, 2);
    assert.match(problems[0]!, /a\.ts:8:\d+: the compiler namespace is used as a value/);
    assert.match(problems[1]!, /a\.ts:12:\d+: the compiler namespace is used as a value/);
  });
});
