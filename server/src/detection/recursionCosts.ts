/**
 * How much of TypeScript's parser stack one link of a right-recursive chain takes, in eighths of a bracket
 * level. Measured (TypeScript 6.0, Node's default stack) as the chain length at which `createSourceFile`
 * overflows: `{a:` ~600, `(` ~780, `A<` type arguments ~590, `=>` ~1,370, `**` ~2,340, prefix `!` ~3,120,
 * `new` ~4,250, `typeof` / `await` / `else` ~4,690, labels ~4,550, `yield` ~3,900, `?:` ~8,760, `=` ~11,150. Rounded up, so a
 * chain is blanked well before it overflows; a bracket stays the unit the nesting bound is stated in.
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

export function wordCost(word: string): WordCost | undefined {
  return KEYWORD_COSTS.get(word);
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

/** Punctuation that weighs nothing, one to three units long: most of it, so not allocated per token. */
const PLAIN: readonly OperatorCost[] = [1, 2, 3].map((length) => ({ length, cost: 0, keepsOperand: false, angles: 0, elements: 0 }));

const op = (length: number, cost = 0, keepsOperand = false, angles = 0, elements = 0): OperatorCost =>
  cost === 0 && !keepsOperand && angles === 0 && elements === 0 && length <= 3
    ? PLAIN[length - 1]!
    : { length, cost, keepsOperand, angles, elements };

/** What one open JSX element adds to the depth until it is closed (nested elements overflow near 1,660 deep). */
export const ELEMENT_COST = 4;

/** What one open type argument list (`A<`) adds to the depth until its `>`. */
export const TYPE_ARGUMENTS_COST = 8;

/**
 * The operator (or other punctuation) at `i`, and what it adds to the depth. `afterOperand` tells a prefix `-`
 * or `!` from a binary `-` or a non-null `!`.
 */
export function operatorAt(text: string, i: number, afterOperand: boolean): OperatorCost {
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
export function startsContinuation(text: string, i: number): boolean {
  const ch = text.charAt(i);
  if ('?:=.&|^*%<>/+-'.includes(ch)) return true;
  return false;
}

function isDigit(ch: string): boolean {
  return ch >= '0' && ch <= '9';
}
