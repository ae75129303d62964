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
import { BRACKET_COST, ELEMENT_COST, LABEL_COST, operatorAt, type OperatorCost, startsContinuation, TYPE_ARGUMENTS_COST, wordCost } from './recursionCosts';

/** Bracket levels kept: far beneath where the parsers overflow (TypeScript near 600, jsonc-parser near 3,500). */
export const MAX_TYPESCRIPT_NESTING = 250;
export const MAX_JSON_NESTING = 1500;

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
export function blankOf(text: string): string {
  return text.replace(/[^\r\n]/g, ' ');
}

export function blankDeepNesting(text: string, maxDepth: number, language: 'typescript' | 'json'): string {
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
