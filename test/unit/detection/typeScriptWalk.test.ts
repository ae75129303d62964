/**
 * The TypeScript analysis against its former implementation (oracles/, as of cf3847f): the walk that finishes
 * tokens when met and counts identifiers only where a count can matter, the second alias round that skips facts
 * asked with the same aliases known, and the climb that remembers nothing for a literal with no step up must find
 * exactly the literals, rules, contexts and scope hints the plain versions found, on random files made of the
 * shapes those decisions turn on (alias chains, fallbacks, local status functions, other protocols, escapes), and
 * leave the same facts for later requests. The oracle imports today's rules, rule engine, call shapes, syntax
 * helpers and views (tsSyntax, tsViews, callShapes): those run on both sides, so their own changes (the memoised
 * name tests, the deflate-state shortcut, the kind tables) are checked by the rule tests and the corpus, not here.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { analyseTypeScriptSteps, parseTypeScript } from '../../../server/src/detection/findTypeScriptLiterals';
import type * as ts from 'typescript';
import { finishSteps, type Steps } from '../../../server/src/detection/steps';
import { createStatusNameRules, type StatusNameRules } from '../../../server/src/detection/statusNames';
import type { Evidence } from '../../../server/src/detection/statusExpressions';
import type { ScopeHints, StatusLiteral } from '../../../server/src/detection/types';
import { analyseTypeScriptSteps as analyseBefore } from './oracles/findTypeScriptLiterals.before';

const names = createStatusNameRules({});

/**
 * What the comparison reads of an analysis: what detection returns, and what later requests read of it (completion
 * reads the environment's facts and asks the protocol scope). The two implementations' classes differ, so their
 * facts are compared as plain values.
 */
interface Compared {
  scopeHints: ScopeHints;
  candidates: ts.Node[];
  env: { statusLists: Set<string>; statusResultNames: Set<string>; statusFunctions: Map<ts.Node, string>; localFunctions: Map<string, unknown> };
  protocol: { suppresses(node: ts.Node | undefined, evidence: Evidence, strong?: boolean): boolean };
}
type Analyser = (sourceFile: ts.SourceFile, rules: StatusNameRules, literals: StatusLiteral[]) => Steps<Compared>;

function analyse(text: string, analyser: Analyser): unknown {
  const literals: StatusLiteral[] = [];
  const analysis = finishSteps(analyser(parseTypeScript(text, 'typescript'), names, literals));
  const { env, protocol } = analysis;
  return {
    // In the order found, not sorted: the walk promises the order of one go.
    literals,
    hints: analysis.scopeHints,
    candidates: analysis.candidates.map((c) => c.pos),
    statusLists: [...env.statusLists],
    statusResultNames: [...env.statusResultNames],
    statusFunctions: [...env.statusFunctions].map(([node, evidence]) => [node.pos, evidence]),
    localFunctions: [...env.localFunctions.keys()],
    suppresses: (['status', 'generic'] as const).flatMap((evidence) => [false, true].map((strong) => protocol.suppresses(undefined, evidence, strong))),
  };
}

const variable = fc.constantFrom('code', 'status', 'c', 'n', 'value', 's', 'rc', 'reply', 'ftpCode', 'smtpReply', 'i', 'x');
const code = fc.constantFrom('0', '42', '150', '180', '200', '250', '404', '486', '500', '550', '599', '600', '1000', '4_04', '0x194', "'404'", "'4XX'", '"550"');
const receiver = fc.constantFrom('res', 'reply', 'ctx', 'err', 'ftp', 'smtpConnection', 'sipSession', 'this', 'socket');
const callee = fc.constantFrom('status', 'sendStatus', 'writeHead', 'code', 'toBe', 'send', 'setStatus', 'statusFor', 'reply', 'abort');
const property = fc.constantFrom('status', 'statusCode', 'code', 'state', 'httpStatus', 'responseCode');

/** One statement or declaration of the shapes the changed decisions turn on. */
const fragment = fc.oneof(
  fc.tuple(receiver, callee, code).map(([r, f, c]) => `${r}.${f}(${c});`),
  fc.tuple(variable, receiver, property).map(([v, r, p]) => `const ${v} = ${r}.${p};`),
  fc.tuple(variable, variable).map(([a, b]) => `const ${a} = ${b};`),
  // An alias tied before the one it comes from: found in the second round only.
  fc.tuple(variable, variable, property, code).map(([a, b, p, c]) => `const ${a} = ${b};\nconst ${b} = res.${p};\nif (${a} === ${c}) {}`),
  fc.tuple(variable, variable, code).map(([a, b, c]) => `function g(${a}) { res.status(${a}); }\nif (${b} === ${c}) {}\ng(${b});`),
  fc.tuple(receiver, callee, variable).map(([r, f, v]) => `${r}.${f}(${v});`),
  fc.tuple(variable, code).map(([v, c]) => `if (${v} === ${c}) {}`),
  fc.tuple(receiver, property, code).map(([r, p, c]) => `${r}.${p} = ${c};`),
  fc.tuple(receiver, property, code, code).map(([r, p, a, b]) => `res.status(${r}.${p} || ${a} || ${b});`),
  fc.tuple(variable, code, code).map(([v, a, b]) => `res.status(${v} ? ${a} : (${b}));`),
  fc.tuple(callee, variable, receiver).map(([f, v, r]) => `function ${f}(${v}) { ${r}.writeHead(${v}); return ${v}; }`),
  fc.tuple(callee, variable, code).map(([f, v, c]) => `${f}(${v}, ${c});`),
  fc.tuple(variable, receiver, property).map(([v, r, p]) => `expect(${r}.${p}).toBe(${v});`),
  fc.tuple(code, code, receiver).map(([a, b, r]) => `[${a}, ${b}].includes(${r}.status);`),
  fc.tuple(receiver, property, code).map(([r, p, c]) => `switch (${r}.${p}) { case ${c}: break; }`),
  fc.tuple(variable, code).map(([v, c]) => `const o = { status: ${v}, code: ${c} };`),
  fc.tuple(variable, receiver).map(([v, r]) => `const ${v} = http.STATUS_CODES[${r}];`),
  fc.constantFrom(
    "import { HttpStatus } from '@nestjs/common';",
    'res.status(HttpStatus.CONFLICT);',
    "import * as ftp from 'basic-ftp';",
    "const nodemailer = require('nodemailer');",
    "const uri = 'sip:alice@example.com';",
    "const line = 'SIP/2.0 180 Ringing';",
    "const url = 'https://example.com';",
    "const nl = '\\n';",
    'const \\u0066tpClient = connect();',
    "require('\\u0066tp');",
    '// status-catalog: dds',
    '/** Returns true if an FTP return code is positive. */ function isPositive(code) { return code === 250; }',
    'enum HttpCodes { OK = 200, NOT_FOUND = 404 }',
    'const STATUS = { OK: 200, NOT_FOUND: 404 } as const;',
    'class HttpError extends Error { constructor() { super(); this.code = 409; } }',
    'throw new HttpException("x", 422);',
    'router.get("/a", (req, res) => res.sendStatus(204));',
  ),
);

const file = fc.array(fragment, { minLength: 1, maxLength: 10 }).map((parts) => parts.join('\n'));
/** The same statements inside functions too: aliases are kept per scope. */
const nested = fc.tuple(file, file, variable).map(([outer, inner, v]) => `${outer}\nfunction handler(req, res, ${v}) {\n${inner}\n}\n`);

describe('TypeScript analysis, against its former implementation', () => {
  it('finds the same literals, candidates and hints on random files of status shapes', () => {
    fc.assert(
      fc.property(fc.oneof(file, nested), (text) => {
        assert.deepEqual(analyse(text, analyseTypeScriptSteps), analyse(text, analyseBefore));
      }),
      { numRuns: 1500 },
    );
  });

  it('finds the same on the adversarial shapes: escapes beside protocol words, long chains, deep nesting', () => {
    for (const text of [
      'const \\u0066tpReply = 1;\nres.status(code);\nif (code === 550) {}\nassert.equal(reply.code, 250);',
      "import x from '\\x66tp';\nfunction f(code) { return code === 250; }\nres.status(500);",
      `res.status(${'err.status || '.repeat(200)}500);`,
      `${'function a(code) { '.repeat(60)}res.status(code); if (code === 404) {}${' }'.repeat(60)}`,
      `const s = ${'('.repeat(100)}404${')'.repeat(100)};\nres.status(s);`,
      'const a = res.status; const b = a; const c = b; const d = c; if (d === 404) {}',
      'const d = c; const c = b; const b = a; const a = res.status; if (d === 404) {} if (c === 409) {} if (b === 500) {}',
    ]) {
      assert.deepEqual(analyse(text, analyseTypeScriptSteps), analyse(text, analyseBefore), text.slice(0, 80));
    }
  });
});
