/**
 * How much of TypeScript's parser stack one link of a right-recursive chain takes, in eighths of a bracket
 * level. Measured (TypeScript 6.0, Node's default stack) as the chain length at which `createSourceFile`
 * overflows: `{a:` ~600, `(` ~780, `A<` type arguments ~590, `=>` ~1,370, `**` ~2,340, prefix `!` ~3,120,
 * `new` ~4,250, `typeof` / `await` / `else` ~4,690, labels ~4,550, `yield` ~3,900, `?:` ~8,760, `=` ~11,150. Rounded up, so a
 * chain is blanked well before it overflows; a bracket stays the unit the nesting bound is stated in.
 *
 * The guard reads every character of every document before its parse, so these are read from character codes and
 * answered with shared constant objects: nothing is allocated or copied out of the text per token.
 */
export const BRACKET_COST = 8;
const ARROW_COST = 4;
const EXPONENT_COST = 3;
const PREFIX_COST = 2;
const ELSE_COST = 2;
export const LABEL_COST = 2;
const CONDITIONAL_COST = 1;
const ASSIGNMENT_COST = 1;

export interface WordCost {
  kind: 'chain' | 'else';
  cost: number;
}

const PREFIX_KEYWORD: WordCost = { kind: 'chain', cost: PREFIX_COST };
const OPERAND_STARTER: WordCost = { kind: 'chain', cost: 0 };
/** The one keyword weighed as an `if … else` chain link. */
export const ELSE_KEYWORD: WordCost = { kind: 'else', cost: ELSE_COST };

/** Keywords that take an operand the parser recurses into; the others are operands (identifier, number). */
const KEYWORD_COSTS: ReadonlyArray<readonly [string, WordCost]> = [
  ...['typeof', 'void', 'delete', 'await', 'yield', 'new', 'keyof', 'unique', 'infer'].map((word) => [word, PREFIX_KEYWORD] as const),
  // Keywords after which an operator is a prefix one (`return -x`): they start an operand, they are none.
  ...['return', 'throw', 'case', 'in', 'of', 'instanceof', 'do', 'extends', 'as', 'satisfies', 'if', 'while'].map(
    (word) => [word, OPERAND_STARTER] as const,
  ),
  ['else', ELSE_KEYWORD],
];

/** The length of the longest keyword weighed (`instanceof`): a longer word is none of them. */
export const MAX_KEYWORD_LENGTH = Math.max(...KEYWORD_COSTS.map(([word]) => word.length));

/** The keywords by their first letter (`a` at 0), so a word is compared with two or three at most, in place. */
const KEYWORDS_BY_INITIAL: ReadonlyArray<ReadonlyArray<readonly [string, WordCost]>> = Array.from({ length: 26 }, (_, letter) =>
  KEYWORD_COSTS.filter(([word]) => word.charCodeAt(0) === 97 + letter),
);

/** What the word `text[start, end)` (its first unit `initial`) weighs, `undefined` for an operand (identifier, number). */
export function keywordCostAt(text: string, start: number, end: number, initial: number): WordCost | undefined {
  const candidates = KEYWORDS_BY_INITIAL[initial - 97];
  if (candidates === undefined) return undefined;
  const length = end - start;
  for (let k = 0; k < candidates.length; k++) {
    // Indexed, not destructured: a destructuring walks the array's iterator, per word.
    const candidate = candidates[k]!;
    if (candidate[0].length === length && text.startsWith(candidate[0], start)) return candidate[1];
  }
  return undefined;
}

export interface OperatorCost {
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

const op = (length: number, cost = 0, keepsOperand = false, angles = 0, elements = 0): OperatorCost => ({ length, cost, keepsOperand, angles, elements });

/** Punctuation that weighs nothing (most of it), one to three units long. */
const PLAIN_1 = op(1);
const PLAIN_2 = op(2);
const PLAIN_3 = op(3);
const ARROW = op(2, ARROW_COST);
const ASSIGNMENT_1 = op(1, ASSIGNMENT_COST);
const ASSIGNMENT_2 = op(2, ASSIGNMENT_COST);
const ASSIGNMENT_3 = op(3, ASSIGNMENT_COST);
const ASSIGNMENT_4 = op(4, ASSIGNMENT_COST); // `>>>=`
const PREFIX_1 = op(1, PREFIX_COST);
const PREFIX_2 = op(2, PREFIX_COST);
const POSTFIX_1 = op(1, 0, true);
const POSTFIX_2 = op(2, 0, true);
const EXPONENT = op(2, EXPONENT_COST);
const CONDITIONAL = op(1, CONDITIONAL_COST);
const LOGICAL = op(2, 0, false, -Infinity);
const ELEMENT_OPEN = op(1, 0, false, 0, 1);
const CLOSING_TAG = op(2, 0, false, 0, -1); // `</div>`
const SELF_CLOSING = op(2, 0, true, 0, -1); // `<br />`
const TYPE_ARGUMENTS_OPEN = op(1, 0, false, 1);
/** `>`, `>>`, `>>>` closing type argument lists; a longer run is rare enough to be built when met. */
const ANGLES_CLOSED = [undefined, op(1, 0, true, -1), op(2, 0, true, -2), op(3, 0, true, -3)] as const; // by run length

/** What one open JSX element adds to the depth until it is closed (nested elements overflow near 1,660 deep). */
export const ELEMENT_COST = 4;

/** What one open type argument list (`A<`) adds to the depth until its `>`. */
export const TYPE_ARGUMENTS_COST = 8;

const EQUALS = 61;
const GREATER = 62;
const DOT = 46;
const SLASH = 47;
const LESS = 60;
const QUESTION = 63;
const COLON = 58;
const STAR = 42;

/**
 * The operator (or other punctuation) at `i`, and what it adds to the depth. `afterOperand` tells a prefix `-`
 * or `!` from a binary `-` or a non-null `!`.
 */
export function operatorAt(text: string, i: number, afterOperand: boolean): OperatorCost {
  // Each character is read once, up front: every read of a string is a sizeable piece of compiled code.
  const ch = text.charCodeAt(i);
  const next = text.charCodeAt(i + 1);
  const third = text.charCodeAt(i + 2);
  switch (ch) {
    case EQUALS:
      if (next === GREATER) return ARROW;
      if (next === EQUALS) return third === EQUALS ? PLAIN_3 : PLAIN_2;
      return ASSIGNMENT_1;
    case 33: // !
      if (next === EQUALS) return third === EQUALS ? PLAIN_3 : PLAIN_2;
      return afterOperand ? POSTFIX_1 : PREFIX_1;
    case 126: // ~
      return PREFIX_1;
    case 43: // +
    case 45: // -
      if (next === ch) return afterOperand ? POSTFIX_2 : PREFIX_2;
      if (next === EQUALS) return ASSIGNMENT_2;
      return afterOperand ? PLAIN_1 : PREFIX_1;
    case STAR:
      if (next === STAR) return third === EQUALS ? ASSIGNMENT_3 : EXPONENT;
      return next === EQUALS ? ASSIGNMENT_2 : PLAIN_1;
    case QUESTION:
      if (next === QUESTION) return third === EQUALS ? ASSIGNMENT_3 : LOGICAL;
      if (next === DOT && !isDigit(third)) return PLAIN_2;
      if (next === COLON) return PLAIN_2; // an optional member `a?: T`
      return CONDITIONAL;
    case LESS: {
      if (next === LESS) return third === EQUALS ? ASSIGNMENT_3 : PLAIN_2;
      if (next === EQUALS) return PLAIN_2;
      if (next === SLASH) return CLOSING_TAG;
      const previous = text.charCodeAt(i - 1); // NaN at the text's start: no operand before
      // `<div`, `<>`: an element, unless a name or `)` is right before it (`a<b`, `Map<K>`).
      if ((isAsciiLetter(next) || next === 95 || next === 36 || next === GREATER) && !endsOperandTight(previous)) return ELEMENT_OPEN;
      // `Map<K, Map<K, V>>`: a type argument list follows a name directly (`a < b` is spaced; `a<b` opens one
      // that no `>` closes, released like a chain link at the end of the statement).
      return isAsciiWordChar(previous) ? TYPE_ARGUMENTS_OPEN : PLAIN_1;
    }
    case GREATER: {
      let end = i + 1;
      let after = next;
      while (after === GREATER) after = text.charCodeAt(++end);
      const run = end - i;
      if (after === EQUALS) return run === 1 ? PLAIN_2 : run === 2 ? ASSIGNMENT_3 : run === 3 ? ASSIGNMENT_4 : op(run + 1, ASSIGNMENT_COST);
      // Closing type argument lists: an operand may end there (`f<T>()`).
      return run <= 3 ? ANGLES_CLOSED[run]! : op(run, 0, true, -run);
    }
    case 38: // &
    case 124: // |
      if (next === ch) return third === EQUALS ? ASSIGNMENT_3 : LOGICAL;
      return next === EQUALS ? ASSIGNMENT_2 : PLAIN_1;
    case 37: // %
    case 94: // ^
      return next === EQUALS ? ASSIGNMENT_2 : PLAIN_1;
    case SLASH:
      return next === GREATER ? SELF_CLOSING : PLAIN_1;
    case DOT:
      return next === DOT && third === DOT ? PLAIN_3 : PLAIN_1;
    default:
      return PLAIN_1;
  }
}

/** After a line break, a token that continues the expression before it (`?:=.&|^*%<>/+-`): the break does not end the chain. */
export function startsContinuation(code: number): boolean {
  switch (code) {
    case QUESTION:
    case COLON:
    case EQUALS:
    case DOT:
    case 38: // &
    case 124: // |
    case 94: // ^
    case STAR:
    case 37: // %
    case LESS:
    case GREATER:
    case SLASH:
    case 43: // +
    case 45: // -
      return true;
    default:
      return false;
  }
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** `[\w$]`: what a type argument list's name ends with. */
function isAsciiWordChar(code: number): boolean {
  return isAsciiLetter(code) || isDigit(code) || code === 95 || code === 36;
}

/** `[\w$)\]]`: an operand ending right before a `<` makes it a comparison or type arguments, not an element. */
function endsOperandTight(code: number): boolean {
  return isAsciiWordChar(code) || code === 41 || code === 93;
}
