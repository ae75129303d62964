/**
 * Nesting without brackets: TypeScript's parser recurses into the right operand of `=`, `?:`, `=>`, `**`, into
 * prefix operands, `else` branches, labels, type arguments and JSX elements, so a few thousand chained links
 * overflow its stack and used to lose every literal of the document. The guard (nestingGuard.ts) blanks the too-deep part of such a
 * chain: the literals before and after it are found, exactly, and ordinary code is left alone.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectDocument } from '../../../server/src/detection/detectDocument';
import { MAX_TYPESCRIPT_NESTING, blankDeepNesting } from '../../../server/src/detection/nestingGuard';

const CHAINS: Record<string, (depth: number) => string> = {
  'assignment chain': (n) => `a = ${'b = '.repeat(n)}1;`,
  'assignment chain, one link a line': (n) => `a =\n${'  b =\n'.repeat(n)}1`,
  'conditional chain': (n) => `x = ${'y ? 1 : '.repeat(n)}2;`,
  'conditional chain, a branch a line': (n) => `x = y\n${'  ? 1\n  : y\n'.repeat(n)}  ? 1 : 2`,
  'arrow chain': (n) => `x = ${'a => '.repeat(n)}2;`,
  'arrow returning arrow in parentheses': (n) => `x = ${'() => ('.repeat(n)}1${')'.repeat(n)};`,
  'prefix ! run': (n) => `x = ${'!'.repeat(n)}y;`,
  'prefix - run': (n) => `x = ${'- '.repeat(n)}y;`,
  'typeof run': (n) => `x = ${'typeof '.repeat(n)}y;`,
  'await run': (n) => `async function f() { x = ${'await '.repeat(n)}y; }`,
  'yield run': (n) => `function* f() { x = ${'yield '.repeat(n)}y; }`,
  'new new new': (n) => `x = ${'new '.repeat(n)}Y;`,
  'exponent chain': (n) => `x = ${'y ** '.repeat(n)}2;`,
  'else-if chain': (n) => `${'if (a) b; else '.repeat(n)}c;`,
  'else-if chain with blocks': (n) => `${'if (a) {\n} else '.repeat(n)}{}`,
  'labels': (n) => `${'l: '.repeat(n)}x;`,
  'keyof run': (n) => `type T = ${'keyof '.repeat(n)}B;`,
  'type arguments': (n) => `type T = ${'A<'.repeat(n)}B${'>'.repeat(n)};`,
  'conditional types': (n) => `type T = ${'A extends B ? C : '.repeat(n)}D;`,
  'function types': (n) => `type T = ${'() => '.repeat(n)}D;`,
  'nested templates': (n) => `x = ${'`${'.repeat(n)}1${'}`'.repeat(n)};`,
};

function found(text: string): { codes: Array<[number | string, number]>; errors: unknown[] } {
  const errors: unknown[] = [];
  const detected = detectDocument(text, 'typescript', undefined, (error) => errors.push(String(error)));
  return { codes: detected.literals.map((l) => [l.code, l.start]), errors };
}

describe('recursive chains too deep for the parser', () => {
  for (const [name, chain] of Object.entries(CHAINS)) {
    for (const depth of [2_000, 20_000, 100_000]) {
      it(`finds the literals around a ${name} ${depth} long`, () => {
        const before = 'res.status(404);\n';
        const text = `${before}${chain(depth)}\nres.status(500);\n`;
        assert.deepEqual(found(text), { codes: [[404, 11], [500, text.lastIndexOf('500')]], errors: [] });
      });
    }
  }

  for (const depth of [2_000, 20_000, 100_000]) {
    for (const [name, nest] of [
      ['JSX elements', (n: number) => `x = (${'<a>'.repeat(n)}${'</a>'.repeat(n)});`],
      ['JSX fragments and self-closed children', (n: number) => `x = (${'<><br />'.repeat(n)}${'</>'.repeat(n)});`],
    ] as const) {
      it(`finds the literals around ${name} nested ${depth} deep (TSX)`, () => {
        const text = `res.status(404);\n${nest(depth)}\nres.status(500);\n`;
        const errors: unknown[] = [];
        const detected = detectDocument(text, 'typescriptreact', undefined, (error) => errors.push(String(error)));
        assert.deepEqual(detected.literals.map((l) => [l.code, l.start]), [[404, 11], [500, text.lastIndexOf('500')]]);
        assert.deepEqual(errors, []);
      });
    }
  }

  it('finds the literals inside a chain up to the bound, and blanks from the first link past it to the chain end', () => {
    const text = `res.status(${'e ? 404 : '.repeat(5000)}500);`;
    const blanked = blankDeepNesting(text, MAX_TYPESCRIPT_NESTING, 'typescript');
    // A `?` weighs an eighth of a bracket and the call's parenthesis one bracket: the 1,993rd `?` is past the bound.
    const kept = 8 * MAX_TYPESCRIPT_NESTING - 8;
    const from = 'res.status('.length + kept * 'e ? 404 : '.length + 'e '.length;
    const to = text.length - ');'.length;
    assert.equal(blanked.slice(0, from), text.slice(0, from));
    assert.equal(blanked.slice(from, to), ' '.repeat(to - from));
    assert.equal(blanked.slice(to), ');');
    assert.equal(found(text).codes.length, kept);
  });

  it('blanks a chain only to its statement end, keeping offsets and line breaks', () => {
    const text = `a = ${'b = '.repeat(20)}1;\nc = 2;`;
    // Two brackets are 16 links of `=`: the 17th and the rest of the chain are blanked, up to the `;`.
    const kept = `a = ${'b = '.repeat(15)}b`;
    assert.equal(blankDeepNesting(text, 2, 'typescript'), `${kept.padEnd(text.indexOf(';'))};\nc = 2;`);
  });

  it('leaves ordinary code alone: statements without semicolons, generics, JSX text, comparisons', () => {
    const lines = [
      ...Array.from({ length: 3000 }, (_, i) => `x${i} = y ? 1 : 2`),
      ...Array.from({ length: 3000 }, (_, i) => `const m${i}: Map<string, Map<string, Array<number>>> = new Map()`),
      `const page = (<div>${'<b>Hello</b> <i>x<b>y</b></i><br/>'.repeat(3000)}</div>)`,
      ...Array.from({ length: 3000 }, () => 'const f = <T,>(x: T) => <T>x'),
      `if (${Array.from({ length: 3000 }, (_, i) => `a${i}<b`).join(' && ')}) f()`,
      ...Array.from({ length: 3000 }, () => 'if (a) { f() } else { g() }'),
      ...Array.from({ length: 3000 }, () => 'x = !a && -b && typeof c && await d && new E()'),
    ];
    const text = lines.join('\n');
    assert.equal(blankDeepNesting(text, MAX_TYPESCRIPT_NESTING, 'typescript'), text);
  });

  it('does not weigh operators in JSON', () => {
    const text = `[${'"a = b ? c : d", '.repeat(3000)}1]`;
    assert.equal(blankDeepNesting(text, 2, 'json'), text);
  });
});
