/**
 * The net under the nesting guard: constructs the guard does not weigh (nested `if`s, `for`s, `while`s) still
 * overflow TypeScript's parser a few thousand deep. The overflowing region is found by bisection and blanked, so
 * the literals before and after it are found, and the log says which lines were skipped.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as ts from 'typescript';
import { detectDocument } from '../../../server/src/detection/detectDocument';
import { isStackOverflow, parseWithinStack, parseWithinStackSteps } from '../../../server/src/detection/stackSafeParse';

const UNGUARDED: Record<string, (depth: number) => string> = {
  'nested if': (n) => `${'if (a) '.repeat(n)}b();`,
  'nested for, a line each': (n) => `${'for (;;)\n'.repeat(n)}b();`,
  'nested while': (n) => `${'while (a) '.repeat(n)}b();`,
};

describe('a parse that overflows the stack', () => {
  for (const [name, nest] of Object.entries(UNGUARDED)) {
    for (const depth of [20_000, 100_000]) {
      it(`keeps the literals around ${name} ${depth} deep, and says which lines it skipped`, () => {
        const text = `res.status(404);\n${nest(depth)}\nres.status(500);\n`;
        const errors: string[] = [];
        const detected = detectDocument(text, 'typescript', undefined, (error) => errors.push(String(error)));
        assert.deepEqual(detected.literals.map((l) => [l.code, l.start]), [[404, 11], [500, text.lastIndexOf('500')]]);
        assert.equal(errors.length, 1);
        assert.match(errors[0]!, /^Error: lines \d+-\d+ nest too deep for the TypeScript parser; status codes there are not read$/);
      });
    }
  }

  it('parses an ordinary text once, and passes other errors on', () => {
    let calls = 0;
    const parse = (text: string): ts.SourceFile => {
      calls++;
      return ts.createSourceFile('a.ts', text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
    };
    assert.equal(parseWithinStack('res.status(404);', parse, () => assert.fail('no error')).statements.length, 1);
    assert.equal(calls, 1);
    assert.throws(() => parseWithinStack('x', () => { throw new TypeError('not an overflow'); }, () => undefined), TypeError);
    assert.equal(isStackOverflow(new RangeError('Maximum call stack size exceeded')), true);
    assert.equal(isStackOverflow(new RangeError('Invalid array length')), false);
  });

  it('blanks the whole text, and says so, when every part of it overflows', () => {
    const overflow = (text: string): ts.SourceFile => {
      if (/\S/.test(text)) throw new RangeError('Maximum call stack size exceeded');
      return ts.createSourceFile('a.ts', text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
    };
    const errors: string[] = [];
    const text = 'res.status(404);\nres.status(500);\n';
    const tree = parseWithinStack(text, overflow, (error) => errors.push(String(error)));
    assert.equal(tree.text, ' '.repeat(16) + '\n' + ' '.repeat(16) + '\n');
    assert.deepEqual(errors, ['Error: the document nests too deep for the TypeScript parser throughout; its status codes are not read']);
  });

  it('blanks only near the region: offsets and lines of the rest are kept', () => {
    const deep = 'if (a) '.repeat(20_000);
    const text = `const a = 1;\n${deep}b();\nconst z = 2;\n`;
    const tree = parseWithinStack(text, (part) => ts.createSourceFile('a.ts', part, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS), () => undefined);
    assert.equal(tree.text.length, text.length);
    const names = tree.statements.filter(ts.isVariableStatement).map((s) => s.declarationList.declarations[0]!.name.getText(tree));
    assert.deepEqual(names, ['a', 'z']);
    assert.equal(tree.getLineAndCharacterOfPosition(tree.text.lastIndexOf('const z')).line, 2);
  });

  it('yields between the trial parses of its search, and ends with the tree the one-go parse gives', () => {
    const text = `const a = 1;\n${'if (a) '.repeat(20_000)}b();\nconst z = 2;\n`;
    // Where the compiler really overflows depends on the size of its frames (larger while its code is still
    // interpreted), so the two searches are compared on a parser that overflows at a set depth: 2,000 nested ifs.
    const parse = (part: string): ts.SourceFile => {
      if (/(?:if \(a\) ){2000}/.test(part)) throw new RangeError('Maximum call stack size exceeded');
      return ts.createSourceFile('a.ts', part, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
    };
    const steps = parseWithinStackSteps(text, parse, () => undefined);
    let yields = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) yields++;
    // A search of a 140,000-character text to within 256 characters: a dozen halvings or more, each its own slice.
    assert.ok(yields > 12, `${yields} yields`);
    assert.equal(step.value.text, parseWithinStack(text, parse, () => undefined).text);
    assert.notEqual(step.value.text, text);
    // An ordinary text: one parse, no yield at all.
    const plain = parseWithinStackSteps('res.status(404);', parse, () => assert.fail('no error'));
    const first = plain.next();
    assert.equal(first.done, true);
  });
});
