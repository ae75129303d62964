/**
 * The nesting guard (nestingGuard.ts) was rewritten for speed: it runs over every TypeScript document before its
 * first parse, where the first diagnostics must come within a few hundred milliseconds. Its output must not change
 * by one character (a blanked region moved by one token loses or keeps a literal), so the implementation it
 * replaced is kept below, verbatim but for its `export`s and the import between its two modules, as the oracle the
 * new one is compared with: on random token soups of everything the machine reads, on nests near and over the bound,
 * and on every file of the test corpora.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import * as guard from '../../../server/src/detection/nestingGuard';

const LANGUAGES = ['typescript', 'json'] as const;

/** Everything the machine tells apart: brackets, quotes, comments, operators by their first one to four units,
 * words it weighs (and near misses), labels, type arguments, JSX, and every kind of space and line break. */
const TOKENS = [
  '(', ')', '[', ']', '{', '}', '"', "'", '`', '${', '}`', '\\', '\\"', "\\'", '\\`', '/', '//', '/*', '*/', '/[(]/',
  '=', '==', '===', '=>', '?', ':', '::', '?.', '?.5', '??', '??=', '? :', '?:', '**', '**=', '*', '*=', '!', '!=', '!==',
  '~', '+', '++', '+=', '-', '--', '-=', '<', '<<', '<<=', '<=', '</', '/>', '>', '>>', '>>>', '>>=', '>>>=', '>>>>',
  '>>>>=', '>=', '&', '&&', '&&=', '&=', '|', '||', '|=', '%', '%=', '^', '^=', '.', '..', '...', ';', ',', '#', '@',
  ' ', '  ', '\t', '\f', '\v', '\n', '\r', '\r\n', '\u2028', '\u2029', '\u00a0', '\ufeff', '\u2003', '\u0085', 'é', '\ud83d\ude00',
  'typeof', 'void', 'delete', 'await', 'yield', 'new', 'keyof', 'unique', 'infer', 'return', 'throw', 'case', 'in',
  'of', 'instanceof', 'do', 'extends', 'as', 'satisfies', 'if', 'while', 'else', 'elsewhere', 'news', 'instanceofs',
  'Else', 'NEW', 'x', 'a1', '_', '$', '1', '0x1F', '1e5', 'Map', 'div', 'abcdefghijk', 'x.', 'x .', 'x\t.',
  'a:', 'a :', 'b\t:', 'c::', 'l: ', '<div', '<>', '</div>', '<br />', 'Map<', 'a<b', 'A<B<C>>', 'f<T>()', '\u0000',
];

const soup = fc.array(fc.constantFrom(...TOKENS), { maxLength: 60 }).map((parts) => parts.join(''));

/** Fewer tokens, so that the sequences statements are made of (`x\nelse`, `};`, `a: b:`) come up often. */
const STATEMENT_TOKENS = ['else ', 'x', ' ', '\n', ';', '{', '}', '(', ')', '=', '?', ':', 'a:', '.', '<', '>', 'return ', '!', '-', 'new ', '//c\n', '/*\n*/', '"s"', '`t`', ','];
const statementSoup = fc.array(fc.constantFrom(...STATEMENT_TOKENS), { maxLength: 40 }).map((parts) => parts.join(''));

function assertSame(text: string, maxDepth: number, language: 'typescript' | 'json'): void {
  assert.equal(guard.blankDeepNesting(text, maxDepth, language), blankDeepNesting(text, maxDepth, language));
}

/** Constructs that nest, each with how many of it reach TypeScript's bound, and what closes it. */
const NESTS: ReadonlyArray<readonly [open: string, close: string, reps: number]> = [
  ['(', ')', 250], ['[', ']', 250], ['{a:', '}', 250], ['f(', ')', 250], ['{', '}', 250], ['a = ', '', 2000],
  ['x ? y : ', '', 2000], ['() => ', '', 500], ['a ** ', '', 667], ['!', '', 1000], ['-', '', 1000], ['typeof ', '', 1000],
  ['new ', '', 1000], ['await ', '', 1000], ['if (a) b; else ', '', 1000], ['if (a) b\nelse ', '', 1000], ['l: ', '', 1000], ['A<', '>', 250],
  ['<div>', '</div>', 500], ['<a/>', '', 500], ['a = (', ')', 222], ['"(', '', 250], ['// (\n', '', 250], ['[{"a":', '}]', 125],
];

/** Pieces of nests of one or more constructs, `delta` links short of or past the bound, closed or not. */
const deepNest = fc
  .record({
    parts: fc.array(fc.record({ nest: fc.constantFrom(...NESTS), share: fc.double({ min: 0, max: 1, noNaN: true }) }), { minLength: 1, maxLength: 3 }),
    delta: fc.integer({ min: -3, max: 3 }),
    closed: fc.boolean(),
    before: soup,
    between: soup,
    after: soup,
  })
  .map(({ parts, delta, closed, before, between, after }) => {
    let opens = '';
    let closes = '';
    parts.forEach(({ nest: [open, close, reps], share }, index) => {
      const count = Math.max(0, Math.round(reps * (parts.length === 1 ? 1 : share)) + (index === 0 ? delta : 0));
      opens += open.repeat(count) + (index === parts.length - 1 ? '' : between);
      closes = close.repeat(count) + closes;
    });
    return `${before}${opens}1${closed ? closes : ''}${after}`;
  });

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('the nesting guard against the implementation it replaced', () => {
  it('keeps the bounds', () => {
    assert.equal(guard.MAX_TYPESCRIPT_NESTING, MAX_TYPESCRIPT_NESTING);
    assert.equal(guard.MAX_JSON_NESTING, MAX_JSON_NESTING);
    assert.equal(guard.blankOf('a\r\n\u2028b\tc'), blankOf('a\r\n\u2028b\tc'));
  });

  for (const language of LANGUAGES) {
    it(`blanks token soups alike in ${language}, under bounds low enough to be crossed`, () => {
      fc.assert(fc.property(soup, fc.integer({ min: 0, max: 6 }), (text, maxDepth) => assertSame(text, maxDepth, language)), { numRuns: 3000 });
      fc.assert(fc.property(statementSoup, fc.integer({ min: 0, max: 3 }), (text, maxDepth) => assertSame(text, maxDepth, language)), { numRuns: 3000 });
    });

    it(`blanks nests near and over the bound alike in ${language}`, () => {
      const bound = language === 'json' ? MAX_JSON_NESTING : MAX_TYPESCRIPT_NESTING;
      fc.assert(fc.property(deepNest, (text) => assertSame(text, bound, language)), { numRuns: 300 });
    });
  }

  it('blanks the same regions of the few hand-picked texts that tell the two apart most easily', () => {
    const cases: Array<[string, number, 'typescript' | 'json']> = [
      [`res.status(404);\nconst x = ${'('.repeat(300)}1${')'.repeat(300)};\nres.status(500);\n`, 250, 'typescript'],
      [`const x = ${'a = '.repeat(2500)}1;\nres.status(500);\n`, 250, 'typescript'],
      [`[{"status": 404}, ${'{"a":'.repeat(2000)}1${'}'.repeat(2000)}, {"status": 500}]`, 1500, 'json'],
      [`${'l: '.repeat(1200)}x;\nres.status(500);\n`, 250, 'typescript'],
      [`${'if (a) b; else '.repeat(1200)}x;\nres.status(500);\n`, 250, 'typescript'],
    ];
    for (const [text, maxDepth, language] of cases) {
      const expected = blankDeepNesting(text, maxDepth, language);
      assert.notEqual(expected, text, 'the case blanks something');
      assert.equal(guard.blankDeepNesting(text, maxDepth, language), expected);
    }
  });

  it('blanks every corpus file alike, under the real bounds and under low ones', () => {
    const files = [...filesUnder(join(__dirname, '../../fixtures')), ...filesUnder(join(__dirname, '../../../server/src'))];
    assert.ok(files.length > 100);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const language of LANGUAGES) {
        for (const maxDepth of [language === 'json' ? MAX_JSON_NESTING : MAX_TYPESCRIPT_NESTING, 1, 3, 8]) {
          assert.equal(guard.blankDeepNesting(text, maxDepth, language), blankDeepNesting(text, maxDepth, language), `${file} (${language}, ${maxDepth})`);
        }
      }
    }
  });
});

// ---------------------------------------------------------------------------------------------------------------
// The oracle: server/src/detection/recursionCosts.ts as it was.
// ---------------------------------------------------------------------------------------------------------------
/**
 * How much of TypeScript's parser stack one link of a right-recursive chain takes, in eighths of a bracket
 * level. Measured (TypeScript 6.0, Node's default stack) as the chain length at which `createSourceFile`
 * overflows: `{a:` ~600, `(` ~780, `A<` type arguments ~590, `=>` ~1,370, `**` ~2,340, prefix `!` ~3,120,
 * `new` ~4,250, `typeof` / `await` / `else` ~4,690, labels ~4,550, `yield` ~3,900, `?:` ~8,760, `=` ~11,150. Rounded up, so a
 * chain is blanked well before it overflows; a bracket stays the unit the nesting bound is stated in.
 */
const BRACKET_COST = 8;
const ARROW_COST = 4;
const EXPONENT_COST = 3;
const PREFIX_COST = 2;
const ELSE_COST = 2;
const LABEL_COST = 2;
const CONDITIONAL_COST = 1;
const ASSIGNMENT_COST = 1;

interface WordCost {
  kind: 'chain' | 'else';
  cost: number;
}

/** Keywords that take an operand the parser recurses into; `undefined` for an operand (identifier, number). */
const KEYWORD_COSTS: ReadonlyMap<string, WordCost> = new Map<string, WordCost>([
  ...['typeof', 'void', 'delete', 'await', 'yield', 'new', 'keyof', 'unique', 'infer'].map(
    (word) => [word, { kind: 'chain', cost: PREFIX_COST }] as const,
  ),
  // Keywords after which an operator is a prefix one (`return -x`): they start an operand, they are none.
  ...['return', 'throw', 'case', 'in', 'of', 'instanceof', 'do', 'extends', 'as', 'satisfies', 'if', 'while'].map(
    (word) => [word, { kind: 'chain', cost: 0 }] as const,
  ),
  ['else', { kind: 'else', cost: ELSE_COST }],
]);

function wordCost(word: string): WordCost | undefined {
  return KEYWORD_COSTS.get(word);
}

interface OperatorCost {
  /** UTF-16 units the operator spans. */
  length: number;
  cost: number;
  /** A postfix operator (`x!`, `x++`): what precedes it is still an operand. */
  keepsOperand: boolean;
  /** Type argument lists opened (1 for `Map<`) or closed (-2 for `>>`); -Infinity for `&&`, `||`, `??`, which no
   * type argument list holds: every `<` before them in the bracket was a comparison (`a<b && c<d`). */
  angles: number;
  /** JSX elements opened (1 for `<div`) or closed (-1 for `</` and `/>`). */
  elements: number;
}

/** Punctuation that weighs nothing, one to three units long: most of it, so not allocated per token. */
const PLAIN: readonly OperatorCost[] = [1, 2, 3].map((length) => ({ length, cost: 0, keepsOperand: false, angles: 0, elements: 0 }));

const op = (length: number, cost = 0, keepsOperand = false, angles = 0, elements = 0): OperatorCost =>
  cost === 0 && !keepsOperand && angles === 0 && elements === 0 && length <= 3
    ? PLAIN[length - 1]!
    : { length, cost, keepsOperand, angles, elements };

/** What one open JSX element adds to the depth until it is closed (nested elements overflow near 1,660 deep). */
const ELEMENT_COST = 4;

/** What one open type argument list (`A<`) adds to the depth until its `>`. */
const TYPE_ARGUMENTS_COST = 8;

/**
 * The operator (or other punctuation) at `i`, and what it adds to the depth. `afterOperand` tells a prefix `-`
 * or `!` from a binary `-` or a non-null `!`.
 */
function operatorAt(text: string, i: number, afterOperand: boolean): OperatorCost {
  const ch = text.charAt(i);
  const next = text.charAt(i + 1);
  switch (ch) {
    case '=':
      if (next === '>') return op(2, ARROW_COST);
      if (next === '=') return op(text.charAt(i + 2) === '=' ? 3 : 2);
      return op(1, ASSIGNMENT_COST);
    case '!':
      if (next === '=') return op(text.charAt(i + 2) === '=' ? 3 : 2);
      return afterOperand ? op(1, 0, true) : op(1, PREFIX_COST);
    case '~':
      return op(1, PREFIX_COST);
    case '+':
    case '-':
      if (next === ch) return afterOperand ? op(2, 0, true) : op(2, PREFIX_COST);
      if (next === '=') return op(2, ASSIGNMENT_COST);
      return afterOperand ? op(1) : op(1, PREFIX_COST);
    case '*':
      if (next === '*') return text.charAt(i + 2) === '=' ? op(3, ASSIGNMENT_COST) : op(2, EXPONENT_COST);
      return next === '=' ? op(2, ASSIGNMENT_COST) : op(1);
    case '?':
      if (next === '?') return text.charAt(i + 2) === '=' ? op(3, ASSIGNMENT_COST) : op(2, 0, false, -Infinity);
      if (next === '.' && !isDigit(text.charAt(i + 2))) return op(2);
      if (next === ':') return op(2); // an optional member `a?: T`
      return op(1, CONDITIONAL_COST);
    case '<':
      if (next === '<') return text.charAt(i + 2) === '=' ? op(3, ASSIGNMENT_COST) : op(2);
      if (next === '=') return op(2);
      if (next === '/') return op(2, 0, false, 0, -1); // `</div>`
      // `<div`, `<>`: an element, unless a name or `)` is right before it (`a<b`, `Map<K>`).
      if (/[A-Za-z_$>]/.test(next) && (i === 0 || !/[\w$)\]]/.test(text.charAt(i - 1)))) return op(1, 0, false, 0, 1);
      // `Map<K, Map<K, V>>`: a type argument list follows a name directly (`a < b` is spaced; `a<b` opens one
      // that no `>` closes, released like a chain link at the end of the statement).
      return i > 0 && /[\w$]/.test(text.charAt(i - 1)) ? op(1, 0, false, 1) : op(1);
    case '>': {
      let end = i;
      while (text.charAt(end) === '>') end++;
      if (text.charAt(end) === '=') return end - i >= 2 ? op(end - i + 1, ASSIGNMENT_COST) : op(2);
      // Closing type argument lists: an operand may end there (`f<T>()`).
      return op(end - i, 0, true, i - end);
    }
    case '&':
    case '|':
      if (next === ch) return text.charAt(i + 2) === '=' ? op(3, ASSIGNMENT_COST) : op(2, 0, false, -Infinity);
      return next === '=' ? op(2, ASSIGNMENT_COST) : op(1);
    case '%':
    case '^':
      return next === '=' ? op(2, ASSIGNMENT_COST) : op(1);
    case '/':
      return next === '>' ? op(2, 0, true, 0, -1) : op(1); // `<br />`
    case '.':
      return text.startsWith('...', i) ? op(3) : op(1);
    default:
      return op(1);
  }
}

/** After a line break, a token that continues the expression before it: the break does not end the chain. */
function startsContinuation(text: string, i: number): boolean {
  const ch = text.charAt(i);
  if ('?:=.&|^*%<>/+-'.includes(ch)) return true;
  return false;
}

function isDigit(ch: string): boolean {
  return ch >= '0' && ch <= '9';
}

// ---------------------------------------------------------------------------------------------------------------
// The oracle: server/src/detection/nestingGuard.ts as it was.
// ---------------------------------------------------------------------------------------------------------------
/**
 * Both parsers recurse once per level of nesting, so a generated document nested a few thousand deep overflows
 * the stack and every literal in it is lost. Before parsing, the region nested deeper than a bound is blanked out
 * (each UTF-16 unit but line breaks becomes a space, so offsets and lines are kept): the literals outside it are
 * still found.
 *
 * Brackets are not TypeScript's only nesting: its parser also recurses into the right operand of `=`, `?:`,
 * `=>`, `**`, into the operand of a prefix operator (`!`, `-`, `typeof`, `await`, `new`, ...), into each `else`,
 * each type argument list and each JSX element. A chain of those (`a = b = c = ... = 1`) is nesting without
 * brackets; each link is weighed by how soon the parser overflows on it (recursionCosts.ts) and added to the depth.
 */

/** Bracket levels kept: far beneath where the parsers overflow (TypeScript near 600, jsonc-parser near 3,500). */
const MAX_TYPESCRIPT_NESTING = 250;
const MAX_JSON_NESTING = 1500;

/** One bracket level, and the chain links opened in it since its last separator (released when it closes). */
interface Frame {
  open: number;
  chain: number;
  elses: number;
  /** Type argument lists open (`Map<K, Map<`), each costing TYPE_ARGUMENTS_COST until its `>`. */
  angles: number;
  /** JSX elements open, each costing ELEMENT_COST until its close (or the end of its statement or line). */
  elements: number;
  /** After `;` or a block's `}`: the next token ends an `if … else` chain unless it is `else`. */
  statementEnded: boolean;
}

const OPEN = new Set(['(', '[', '{']);
const CLOSE = new Set([')', ']', '}']);
const NEWLINES = new Set(['\n', '\r', '\u2028', '\u2029']);
const WHITESPACE = new Set([' ', '\t', '\f', '\v', '\ufeff', '\u00a0', ...NEWLINES]);

/**
 * The text with everything nested deeper than `maxDepth` bracket levels blanked, or the text itself when nothing
 * is that deep. Strings and comments are skipped (their brackets do not count); in TypeScript a template literal is
 * read as one string, a regular expression's brackets are counted (rarely unbalanced), and recursive operator
 * chains count as nesting (see above). A chain too deep is blanked from its first link past the bound to its end
 * (`;`, `,`, a line break that ends the statement, or the close of its bracket). One pass: linear in the text.
 */
/** The same text with every character but line breaks made a space, so offsets and lines stay where they were. */
function blankOf(text: string): string {
  return text.replace(/[^\r\n]/g, ' ');
}

function blankDeepNesting(text: string, maxDepth: number, language: 'typescript' | 'json'): string {
  const chains = language === 'typescript';
  const budget = maxDepth * BRACKET_COST;
  const frames: Frame[] = [{ open: -1, chain: 0, elses: 0, angles: 0, elements: 0, statementEnded: false }];
  let depth = 0;
  let blankFrom = -1;
  let pieces: string[] | undefined;
  let copiedTo = 0;
  /** The last significant token ended an operand (`x`, `1`, `)`): a `-` after it is binary, a line break may end the statement. */
  let afterOperand = false;
  let newlinePending = false;
  /** A label may start here: at the text's start, after `;`, `{`, `}` or another label. */
  let statementStart = true;

  const blank = (from: number, to: number): void => {
    pieces ??= [];
    pieces.push(text.slice(copiedTo, from), blankOf(text.slice(from, to)));
    copiedTo = to;
  };
  const top = (): Frame => frames[frames.length - 1]!;
  const add = (cost: number, at: number): void => {
    depth += cost;
    if (depth > budget && blankFrom < 0) blankFrom = at;
  };
  /** `at` ends the region; `inclusive` when the token at `at` closes a bracket opened inside it. */
  const release = (cost: number, at: number, inclusive: boolean): void => {
    depth -= cost;
    if (blankFrom >= 0 && depth <= budget) {
      blank(blankFrom, inclusive ? at + 1 : at);
      blankFrom = -1;
    }
  };
  /** `,` ends an expression but not a type argument list (`Map<K, V>`); `;` and a line break end both. */
  const endChain = (at: number, angles: boolean): void => {
    const frame = top();
    const cost = frame.chain + frame.elements * ELEMENT_COST + (angles ? frame.angles * TYPE_ARGUMENTS_COST : 0);
    frame.chain = 0;
    frame.elements = 0;
    if (angles) frame.angles = 0;
    if (cost > 0) release(cost, at, false);
  };
  const endElses = (at: number): void => {
    const frame = top();
    const cost = frame.elses;
    frame.elses = 0;
    if (cost > 0) release(cost, at, false);
  };

  for (let i = 0; i < text.length; ) {
    const ch = text.charAt(i);
    if (WHITESPACE.has(ch)) {
      if (chains && afterOperand && NEWLINES.has(ch)) newlinePending = true;
      i++;
      continue;
    }
    if (ch === '/' && (text.charAt(i + 1) === '/' || text.charAt(i + 1) === '*')) {
      const end = text.charAt(i + 1) === '/' ? text.indexOf('\n', i) : text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : text.charAt(i + 1) === '/' ? end : end + 2;
      continue;
    }

    // A significant token starts at i: first settle what the line break or statement end before it closed.
    const wordEnd = chains ? endOfWord(text, i) : i;
    // Only a short lower-case word may be a keyword: the others are not copied out of the text.
    const word = wordEnd - i <= MAX_KEYWORD_LENGTH && isLowerCase(text.charCodeAt(i)) ? text.slice(i, wordEnd) : '';
    if (chains) {
      if (newlinePending && !startsContinuation(text, i)) {
        endChain(i, true);
        if (word !== 'else') endElses(i);
      }
      newlinePending = false;
      const frame = top();
      if (frame.statementEnded && word !== 'else') endElses(i);
      frame.statementEnded = false;
    }

    if (ch === '"' || ch === "'" || (ch === '`' && chains)) {
      i = endOfString(text, i, ch) + 1;
      afterOperand = true;
      statementStart = false;
      continue;
    }
    if (OPEN.has(ch)) {
      frames.push({ open: i, chain: 0, elses: 0, angles: 0, elements: 0, statementEnded: false });
      statementStart = ch === '{';
      add(BRACKET_COST, i);
      afterOperand = false;
      i++;
      continue;
    }
    if (CLOSE.has(ch)) {
      if (frames.length > 1) {
        const frame = frames.pop()!;
        release(BRACKET_COST + frame.chain + frame.elses + frame.angles * TYPE_ARGUMENTS_COST + frame.elements * ELEMENT_COST, i, blankFrom >= 0 && frame.open >= blankFrom);
        if (ch === '}') top().statementEnded = true;
      }
      statementStart = ch === '}';
      afterOperand = true;
      i++;
      continue;
    }
    if (!chains) {
      i++;
      continue;
    }
    if (ch === ';' || ch === ',') {
      endChain(i, ch === ';');
      if (ch === ';') top().statementEnded = true;
      statementStart = ch === ';';
      afterOperand = false;
      i++;
      continue;
    }
    if (wordEnd > i) {
      if (statementStart && isLabel(text, wordEnd)) {
        // `a: b: c: x;` — each label's statement is parsed recursively, like a prefix.
        top().chain += LABEL_COST;
        add(LABEL_COST, i);
        i = text.indexOf(':', wordEnd) + 1;
        afterOperand = false;
        continue;
      }
      statementStart = false;
      const cost = word && !afterMemberDot(text, i) ? wordCost(word) : undefined;
      if (cost?.kind === 'else') {
        top().elses += cost.cost;
        add(cost.cost, i);
      } else if (cost?.kind === 'chain') {
        top().chain += cost.cost;
        add(cost.cost, i);
      }
      afterOperand = cost === undefined;
      i = wordEnd;
      continue;
    }
    statementStart = false;
    const operator: OperatorCost = operatorAt(text, i, afterOperand);
    const frame = top();
    if (operator.cost > 0) {
      frame.chain += operator.cost;
      add(operator.cost, i);
    }
    if (operator.angles > 0) {
      frame.angles += operator.angles;
      add(operator.angles * TYPE_ARGUMENTS_COST, i);
    } else if (operator.angles < 0 && frame.angles > 0) {
      const closed = Math.min(frame.angles, -operator.angles);
      frame.angles -= closed;
      release(closed * TYPE_ARGUMENTS_COST, i, false);
    }
    if (operator.elements > 0) {
      frame.elements++;
      add(ELEMENT_COST, i);
    } else if (operator.elements < 0 && frame.elements > 0) {
      frame.elements--;
      release(ELEMENT_COST, i, false);
    }
    afterOperand = operator.keepsOperand && afterOperand;
    i += operator.length;
  }
  if (blankFrom >= 0) blank(blankFrom, text.length); // unterminated: blank to the end
  if (!pieces) return text;
  pieces.push(text.slice(copiedTo));
  return pieces.join('');
}

/** The end of the identifier, keyword or number starting at `start` (`start` when none does). */
function endOfWord(text: string, start: number): number {
  let end = start;
  while (end < text.length && isWordChar(text.charCodeAt(end))) end++;
  return end;
}

/** `instanceof`, `satisfies`: the longest keyword weighed (recursionCosts.ts). */
const MAX_KEYWORD_LENGTH = 10;

function isLowerCase(code: number): boolean {
  return code >= 97 && code <= 122;
}

function isWordChar(code: number): boolean {
  return (
    (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95 || code === 36 || code >= 0x80
  ) && code !== 0x2028 && code !== 0x2029 && code !== 0xa0 && code !== 0xfeff;
}

/** A `:` (not `::`) follows the word at `end`, past spaces. */
function isLabel(text: string, end: number): boolean {
  let i = end;
  while (text.charAt(i) === ' ' || text.charAt(i) === '\t') i++;
  return text.charAt(i) === ':' && text.charAt(i + 1) !== ':';
}

/** `x.new`, `x?.delete`: a keyword after a member dot is a property name. */
function afterMemberDot(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && (text.charAt(i) === ' ' || text.charAt(i) === '\t')) i--;
  return text.charAt(i) === '.';
}

/** The offset of a string's closing quote (or the end of the line / text when unterminated). */
function endOfString(text: string, start: number, quote: string): number {
  for (let i = start + 1; i < text.length; i++) {
    const ch = text.charAt(i);
    if (ch === '\\') {
      i++;
      continue;
    }
    if (ch === quote) return i;
    if ((ch === '\n' || ch === '\r') && quote !== '`') return i - 1;
  }
  return text.length;
}
