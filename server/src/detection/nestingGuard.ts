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
 *
 * Every document goes through here before its first parse, within the time the editor waits for diagnostics, so
 * the pass reads character codes through a class table, keeps its frames in typed arrays and copies nothing out of
 * the text: on a text nothing nests too deep in, it allocates only its frame stack and returns the text itself.
 */
import {
  BRACKET_COST,
  ELEMENT_COST,
  ELSE_KEYWORD,
  keywordCostAt,
  LABEL_COST,
  MAX_KEYWORD_LENGTH,
  operatorAt,
  startsContinuation,
  TYPE_ARGUMENTS_COST,
  type WordCost,
} from './recursionCosts';

/** Bracket levels kept: far beneath where the parsers overflow (TypeScript near 600, jsonc-parser near 3,500). */
export const MAX_TYPESCRIPT_NESTING = 250;
export const MAX_JSON_NESTING = 1500;

/** The same text with every character but line breaks made a space, so offsets and lines stay where they were. */
export function blankOf(text: string): string {
  return text.replace(/[^\r\n]/g, ' ');
}

/**
 * The text with everything nested deeper than `maxDepth` bracket levels blanked, or the text itself when nothing
 * is that deep. Strings and comments are skipped (their brackets do not count); in TypeScript a template literal is
 * read as one string, a regular expression's brackets are counted (rarely unbalanced), and recursive operator
 * chains count as nesting (see above). A chain too deep is blanked from its first link past the bound to its end
 * (`;`, `,`, a line break that ends the statement, or the close of its bracket). One pass: linear in the text.
 */
export function blankDeepNesting(text: string, maxDepth: number, language: 'typescript' | 'json'): string {
  const ledger = new DepthLedger(text, maxDepth * BRACKET_COST);
  if (language === 'json') scanJson(text, ledger);
  else scanTypeScript(text, ledger);
  return ledger.finish();
}

/** The depth reached, and the blanked text built only once a region is blanked. */
class DepthLedger {
  depth = 0;
  /** Where the region being blanked starts; -1 while the depth is within the budget. */
  blankFrom = -1;
  private pieces: string[] | undefined;
  private copiedTo = 0;

  constructor(
    private readonly text: string,
    private readonly budget: number,
  ) {}

  add(cost: number, at: number): void {
    this.depth += cost;
    if (this.depth > this.budget && this.blankFrom < 0) this.blankFrom = at;
  }

  /** `at` ends the region; `inclusive` when the token at `at` closes a bracket opened inside it. */
  release(cost: number, at: number, inclusive: boolean): void {
    this.depth -= cost;
    if (this.blankFrom >= 0 && this.depth <= this.budget) {
      this.blank(this.blankFrom, inclusive ? at + 1 : at);
      this.blankFrom = -1;
    }
  }

  /** The text with the regions blanked; an unterminated region is blanked to the end. */
  finish(): string {
    const { text } = this;
    if (this.blankFrom >= 0) this.blank(this.blankFrom, text.length);
    if (!this.pieces) return text;
    this.pieces.push(text.slice(this.copiedTo));
    return this.pieces.join('');
  }

  private blank(from: number, to: number): void {
    this.pieces ??= [];
    this.pieces.push(this.text.slice(this.copiedTo, from), blankOf(this.text.slice(from, to)));
    this.copiedTo = to;
  }
}

/**
 * Bracket levels, each with the chain links opened in it since its last separator (released when it closes), as
 * parallel typed arrays indexed by level: level 0 is the text's top level and is never closed.
 */
class FrameStack {
  top = 0;
  opens = new Int32Array(64);
  chain = new Float64Array(64);
  elses = new Float64Array(64);
  /** Type argument lists open (`Map<K, Map<`), each costing TYPE_ARGUMENTS_COST until its `>`. */
  angles = new Float64Array(64);
  /** JSX elements open, each costing ELEMENT_COST until its close (or the end of its statement or line). */
  elements = new Float64Array(64);

  constructor() {
    this.opens[0] = -1;
  }

  push(open: number): void {
    const level = ++this.top;
    if (level === this.opens.length) this.grow();
    this.opens[level] = open;
    this.chain[level] = 0;
    this.elses[level] = 0;
    this.angles[level] = 0;
    this.elements[level] = 0;
  }

  /** What the top level holds, bracket included: all of it is released when the bracket closes. */
  topCost(): number {
    const level = this.top;
    return BRACKET_COST + this.chain[level]! + this.elses[level]! + this.angles[level]! * TYPE_ARGUMENTS_COST + this.elements[level]! * ELEMENT_COST;
  }

  private grow(): void {
    const size = this.opens.length * 2;
    this.opens = copyInto(new Int32Array(size), this.opens);
    this.chain = copyInto(new Float64Array(size), this.chain);
    this.elses = copyInto(new Float64Array(size), this.elses);
    this.angles = copyInto(new Float64Array(size), this.angles);
    this.elements = copyInto(new Float64Array(size), this.elements);
  }
}

function copyInto<T extends Int32Array | Float64Array>(target: T, source: T): T {
  target.set(source);
  return target;
}

// Character classes, from a table for ASCII (classBeyondAscii for the rest); 0 is punctuation read by operatorAt.
const SPACE = 1;
const LINE_BREAK = 2;
const WORD = 3;
const QUOTE = 4;
const BACKTICK = 5;
const OPEN = 6;
const CLOSE = 7;
const SLASH = 8;
const SEPARATOR = 9;
/**
 * Punctuation that weighs nothing and ends any operand (`.`, `:`, `#`, `@`): most of it, kept off operatorAt. A
 * spread `...` is read as three of them, which leave the state one `...` would.
 */
const PLAIN = 10;

const ASCII_CLASSES = new Uint8Array(128);
for (let code = 0; code < 32; code++) ASCII_CLASSES[code] = PLAIN;
for (const ch of '.:#@\\\x7f') ASCII_CLASSES[ch.charCodeAt(0)] = PLAIN;
for (const ch of ' \t\f\v') ASCII_CLASSES[ch.charCodeAt(0)] = SPACE;
for (const ch of '\n\r') ASCII_CLASSES[ch.charCodeAt(0)] = LINE_BREAK;
for (let code = 0; code < 128; code++) {
  if (/[A-Za-z0-9_$]/.test(String.fromCharCode(code))) ASCII_CLASSES[code] = WORD;
}
for (const ch of `"'`) ASCII_CLASSES[ch.charCodeAt(0)] = QUOTE;
ASCII_CLASSES[96] = BACKTICK;
for (const ch of '([{') ASCII_CLASSES[ch.charCodeAt(0)] = OPEN;
for (const ch of ')]}') ASCII_CLASSES[ch.charCodeAt(0)] = CLOSE;
ASCII_CLASSES[47] = SLASH;
for (const ch of ';,') ASCII_CLASSES[ch.charCodeAt(0)] = SEPARATOR;

/** Beyond ASCII, only the two line separators and two spaces are not word characters (`\u2003` is one). */
function classBeyondAscii(code: number): number {
  if (code === 0x2028 || code === 0x2029) return LINE_BREAK;
  return code === 0xa0 || code === 0xfeff ? SPACE : WORD;
}

const SLASH_CODE = 47;
const SPACE_CODE = 32;
const STAR_CODE = 42;
const LINE_FEED = 10;
const CARRIAGE_RETURN = 13;
const BACKSLASH = 92;
const BACKTICK_CODE = 96;
const SEMICOLON = 59;
const COLON = 58;
const RIGHT_BRACE = 125;
const LEFT_BRACE = 123;

/** JSON nests with brackets only: strings and comments are skipped, every other character is passed over. */
function scanJson(text: string, ledger: DepthLedger): void {
  const opens: number[] = [];
  const { length } = text;
  for (let i = 0; i < length; ) {
    const code = text.charCodeAt(i);
    switch (code) {
      case 34: // "
      case 39: // '
        i = endOfString(text, i, code) + 1;
        continue;
      case SLASH_CODE:
        i = afterComment(text, i);
        continue;
      case 40: // (
      case 91: // [
      case LEFT_BRACE:
        opens.push(i);
        ledger.add(BRACKET_COST, i);
        break;
      case 41: // )
      case 93: // ]
      case RIGHT_BRACE:
        if (opens.length > 0) {
          const open = opens.pop()!;
          ledger.release(BRACKET_COST, i, ledger.blankFrom >= 0 && open >= ledger.blankFrom);
        }
        break;
    }
    i++;
  }
}

/** Past the comment starting at `i`, or `i + 1` when the `/` at `i` starts none. A line comment ends before its `\n`. */
function afterComment(text: string, i: number): number {
  const next = text.charCodeAt(i + 1);
  if (next === SLASH_CODE) {
    const end = text.indexOf('\n', i);
    return end < 0 ? text.length : end;
  }
  if (next === STAR_CODE) {
    const end = text.indexOf('*/', i + 2);
    return end < 0 ? text.length : end + 2;
  }
  return i + 1;
}

function scanTypeScript(text: string, ledger: DepthLedger): void {
  new TypeScriptScan(text, ledger).run();
}

/**
 * Every character of a TypeScript document, read once. Its first call in a process runs interpreted until the
 * engine has compiled it, and what the engine compiles first is the loop: so the loop is small and reads the common
 * tokens itself (spaces, line breaks, words that are no keyword, `.`, `:`), and the rest (strings, brackets,
 * separators, operators, keywords, labels) is read by methods compiled apart.
 */
class TypeScriptScan {
  private readonly frames = new FrameStack();
  /** The last significant token ended an operand (`x`, `1`, `)`): a `-` after it is binary, a line break may end the statement. */
  private afterOperand = false;
  private newlinePending = false;
  /** A label may start here: at the text's start, after `;`, `{`, `}` or another label. */
  private statementStart = true;
  /**
   * After `;` or a block's `}`: the next token ends an `if … else` chain unless it is `else`. Only the innermost
   * bracket's can be set (the next token clears it before it opens or closes one), so one flag is enough.
   */
  private statementEnded = false;

  constructor(
    private readonly text: string,
    private readonly ledger: DepthLedger,
  ) {}

  run(): void {
    const { text } = this;
    const classes = ASCII_CLASSES;
    const { length } = text;
    for (let i = 0; i < length; ) {
      const code = text.charCodeAt(i);
      const kind = code < 128 ? classes[code]! : classBeyondAscii(code);
      if (kind === SPACE) {
        while (text.charCodeAt(++i) === SPACE_CODE);
        continue;
      }
      if (kind === LINE_BREAK) {
        if (this.afterOperand) this.newlinePending = true;
        i++;
        continue;
      }
      if (kind === WORD) {
        let wordEnd = i + 1;
        while (wordEnd < length) {
          const next = text.charCodeAt(wordEnd);
          if ((next < 128 ? classes[next]! : classBeyondAscii(next)) !== WORD) break;
          wordEnd++;
        }
        // Only a short lower-case word may be a keyword.
        const keyword = code >= 97 && code <= 122 && wordEnd - i <= MAX_KEYWORD_LENGTH ? keywordCostAt(text, i, wordEnd, code) : undefined;
        if (this.newlinePending || this.statementEnded) this.settle(i, code, keyword === ELSE_KEYWORD);
        if (keyword === undefined && !this.statementStart) {
          this.afterOperand = true;
          i = wordEnd;
        } else {
          i = this.word(i, wordEnd, keyword);
        }
        continue;
      }
      if (kind === SLASH) {
        const next = text.charCodeAt(i + 1);
        if (next === SLASH_CODE || next === STAR_CODE) {
          i = afterComment(text, i);
          continue;
        }
      }
      if (this.newlinePending || this.statementEnded) this.settle(i, code, false);
      if (kind === PLAIN) {
        this.statementStart = false;
        this.afterOperand = false;
        i++;
        continue;
      }
      i = this.punctuation(i, code, kind);
    }
  }

  /** A significant token starts at `at`: what the line break or statement end before it closed. */
  private settle(at: number, code: number, isElse: boolean): void {
    const { frames, ledger } = this;
    if (this.newlinePending) {
      this.newlinePending = false;
      if (!startsContinuation(code)) {
        endChain(frames, ledger, at, true);
        if (!isElse) endElses(frames, ledger, at);
      }
    }
    if (this.statementEnded) {
      this.statementEnded = false;
      if (!isElse) endElses(frames, ledger, at);
    }
  }

  /** A keyword, or a word where a statement starts (a label?): where the token after it starts. */
  private word(start: number, end: number, keyword: WordCost | undefined): number {
    const { text, frames, ledger } = this;
    if (this.statementStart && isLabel(text, end)) {
      // `a: b: c: x;` — each label's statement is parsed recursively, like a prefix.
      frames.chain[frames.top] += LABEL_COST;
      ledger.add(LABEL_COST, start);
      this.afterOperand = false;
      return text.indexOf(':', end) + 1;
    }
    this.statementStart = false;
    const cost = keyword !== undefined && !afterMemberDot(text, start) ? keyword : undefined;
    if (cost !== undefined) {
      if (cost === ELSE_KEYWORD) frames.elses[frames.top] += cost.cost;
      else frames.chain[frames.top] += cost.cost;
      ledger.add(cost.cost, start);
    }
    this.afterOperand = cost === undefined;
    return end;
  }

  /** A string, bracket, separator or operator at `i`: where the token after it starts. */
  private punctuation(i: number, code: number, kind: number): number {
    const { text, frames, ledger } = this;
    switch (kind) {
      case QUOTE:
      case BACKTICK:
        this.afterOperand = true;
        this.statementStart = false;
        return endOfString(text, i, code) + 1;
      case OPEN:
        frames.push(i);
        this.statementStart = code === LEFT_BRACE;
        ledger.add(BRACKET_COST, i);
        this.afterOperand = false;
        return i + 1;
      case CLOSE:
        if (frames.top > 0) {
          const cost = frames.topCost();
          const inclusive = ledger.blankFrom >= 0 && frames.opens[frames.top]! >= ledger.blankFrom;
          frames.top--;
          ledger.release(cost, i, inclusive);
          if (code === RIGHT_BRACE) this.statementEnded = true;
        }
        this.statementStart = code === RIGHT_BRACE;
        this.afterOperand = true;
        return i + 1;
      case SEPARATOR: {
        const semicolon = code === SEMICOLON;
        endChain(frames, ledger, i, semicolon);
        if (semicolon) this.statementEnded = true;
        this.statementStart = semicolon;
        this.afterOperand = false;
        return i + 1;
      }
    }
    // An operator: what it adds to the innermost bracket's depth, or releases of it (`>` closing type arguments, `</`).
    this.statementStart = false;
    const operator = operatorAt(text, i, this.afterOperand);
    const level = frames.top;
    if (operator.cost > 0) {
      frames.chain[level] += operator.cost;
      ledger.add(operator.cost, i);
    }
    if (operator.angles > 0) {
      frames.angles[level] += operator.angles;
      ledger.add(operator.angles * TYPE_ARGUMENTS_COST, i);
    } else if (operator.angles < 0 && frames.angles[level]! > 0) {
      const closed = Math.min(frames.angles[level]!, -operator.angles);
      frames.angles[level] -= closed;
      ledger.release(closed * TYPE_ARGUMENTS_COST, i, false);
    }
    if (operator.elements > 0) {
      frames.elements[level]++;
      ledger.add(ELEMENT_COST, i);
    } else if (operator.elements < 0 && frames.elements[level]! > 0) {
      frames.elements[level]--;
      ledger.release(ELEMENT_COST, i, false);
    }
    this.afterOperand = operator.keepsOperand && this.afterOperand;
    return i + operator.length;
  }
}

/** `,` ends an expression but not a type argument list (`Map<K, V>`); `;` and a line break end both. */
function endChain(frames: FrameStack, ledger: DepthLedger, at: number, angles: boolean): void {
  const level = frames.top;
  const cost = frames.chain[level]! + frames.elements[level]! * ELEMENT_COST + (angles ? frames.angles[level]! * TYPE_ARGUMENTS_COST : 0);
  frames.chain[level] = 0;
  frames.elements[level] = 0;
  if (angles) frames.angles[level] = 0;
  if (cost > 0) ledger.release(cost, at, false);
}

function endElses(frames: FrameStack, ledger: DepthLedger, at: number): void {
  const level = frames.top;
  const cost = frames.elses[level]!;
  frames.elses[level] = 0;
  if (cost > 0) ledger.release(cost, at, false);
}

/** A `:` (not `::`) follows the word at `end`, past spaces. */
function isLabel(text: string, end: number): boolean {
  let i = end;
  let code = text.charCodeAt(i);
  while (code === 32 || code === 9) code = text.charCodeAt(++i);
  return code === COLON && text.charCodeAt(i + 1) !== COLON;
}

/** `x.new`, `x?.delete`: a keyword after a member dot is a property name. */
function afterMemberDot(text: string, start: number): boolean {
  let i = start;
  let code: number;
  do code = text.charCodeAt(--i); // NaN before the text's start
  while (code === 32 || code === 9);
  return code === 46;
}

/** The offset of a string's closing quote (or the end of the line / text when unterminated). */
function endOfString(text: string, start: number, quote: number): number {
  const { length } = text;
  for (let i = start + 1; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code === BACKSLASH) {
      i++;
      continue;
    }
    if (code === quote) return i;
    if ((code === LINE_FEED || code === CARRIAGE_RETURN) && quote !== BACKTICK_CODE) return i - 1;
  }
  return length;
}
