/**
 * The token scanner of the JSON walk (jsonWalk.ts): jsonc-parser's `createScanner` token for token (kinds, offsets,
 * lengths and values), but without its per-token bookkeeping (line numbers, error codes, a value string built for
 * every token) on the tokens a large log is made of. Whitespace, line breaks, brackets, commas and colons, strings
 * without escapes or control characters, numbers and the three keywords are read here with a charCode loop; any
 * other token (a comment, an escape, an unterminated string, a BOM, an unknown word, a lone `-`) is handed to
 * jsonc-parser's own scanner at that offset, so error recovery stays exactly its. The walk and the tree are compared
 * on mutated corpus JSON and on scanner edge cases (test/unit/detection/jsonStream.test.ts).
 */
import { createScanner, type JSONScanner } from 'jsonc-parser';

/** jsonc-parser's `SyntaxKind` (a `const enum`, which the bundler cannot inline from its declarations). */
export const enum JsonToken {
  OpenBrace = 1,
  CloseBrace = 2,
  OpenBracket = 3,
  CloseBracket = 4,
  Comma = 5,
  Colon = 6,
  Null = 7,
  True = 8,
  False = 9,
  String = 10,
  Number = 11,
  LineComment = 12,
  BlockComment = 13,
  LineBreak = 14,
  Trivia = 15,
  Unknown = 16,
  EOF = 17,
}

const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const QUOTE = 0x22;
const PLUS = 0x2b;
const COMMA = 0x2c;
const MINUS = 0x2d;
const DOT = 0x2e;
const SLASH = 0x2f;
const ZERO = 0x30;
const NINE = 0x39;
const COLON = 0x3a;
const UPPER_E = 0x45;
const OPEN_BRACKET = 0x5b;
const BACKSLASH = 0x5c;
const CLOSE_BRACKET = 0x5d;
const LOWER_E = 0x65;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;

/** Slots of the key cache (a power of two), and the longest key it keeps (longer ones rarely repeat as keys). */
const KEY_CACHE_SIZE = 256;
const MAX_CACHED_KEY = 32;

function isDigit(code: number): boolean {
  return code >= ZERO && code <= NINE;
}

/** Whether a keyword ends at `code` (NaN at the end of the text): jsonc-parser reads a word up to one of these. */
function endsWord(code: number): boolean {
  switch (code) {
    case SPACE:
    case TAB:
    case LF:
    case CR:
    case CLOSE_BRACE:
    case CLOSE_BRACKET:
    case OPEN_BRACE:
    case OPEN_BRACKET:
    case QUOTE:
    case COLON:
    case COMMA:
    case SLASH:
      return true;
    default:
      return Number.isNaN(code);
  }
}

/** Scans `text` one token at a time; read `token`, `offset` and `length` after `scan()`, and `value()` for its value. */
export class JsonScanner {
  token: JsonToken = JsonToken.Unknown;
  offset = 0;
  length = 0;
  /** The blank tokens `scanAfterBlanks` stepped over. */
  blanks = 0;
  private pos = 0;
  /** The value of a token jsonc-parser scanned (undefined: read it from the text). */
  private scannedValue: string | undefined;
  /** A number's value ends before its token does when its exponent has no digits (`1e`: the value is "1"). */
  private valueEnd = 0;
  private fallback: JSONScanner | undefined;
  /** The keys read last, by a hash of their length and end characters (see `keyValue`). */
  private readonly keys: Array<string | undefined> = new Array<string | undefined>(KEY_CACHE_SIZE).fill(undefined);

  constructor(private readonly text: string) {}

  scan(): JsonToken {
    const text = this.text;
    const start = this.pos;
    this.offset = start;
    this.scannedValue = undefined;
    if (start >= text.length) {
      // As jsonc-parser: an unterminated block comment at the end leaves the position one past it, and the end's
      // token then spans that one character.
      this.offset = text.length;
      this.length = start - text.length;
      return (this.token = JsonToken.EOF);
    }
    const code = text.charCodeAt(start);
    let end = start + 1;
    let token: JsonToken;
    switch (code) {
      case SPACE:
      case TAB:
        while (end < text.length && (text.charCodeAt(end) === SPACE || text.charCodeAt(end) === TAB)) end++;
        token = JsonToken.Trivia;
        break;
      case LF:
        token = JsonToken.LineBreak;
        break;
      case CR:
        if (text.charCodeAt(end) === LF) end++;
        token = JsonToken.LineBreak;
        break;
      case OPEN_BRACE:
        token = JsonToken.OpenBrace;
        break;
      case CLOSE_BRACE:
        token = JsonToken.CloseBrace;
        break;
      case OPEN_BRACKET:
        token = JsonToken.OpenBracket;
        break;
      case CLOSE_BRACKET:
        token = JsonToken.CloseBracket;
        break;
      case COMMA:
        token = JsonToken.Comma;
        break;
      case COLON:
        token = JsonToken.Colon;
        break;
      case QUOTE: {
        // The common string: no escape, no control character, closed. Anything else is jsonc-parser's to read.
        let ch = text.charCodeAt(end);
        while (ch >= SPACE && ch !== QUOTE && ch !== BACKSLASH) ch = text.charCodeAt(++end);
        if (ch !== QUOTE) return this.scanWithFallback(start);
        end++;
        token = JsonToken.String;
        break;
      }
      case MINUS:
        if (!isDigit(text.charCodeAt(end))) return this.scanWithFallback(start);
        end = this.scanNumber(end);
        token = JsonToken.Number;
        break;
      case 0x74 /* t */:
        if (!this.isKeyword('true', start)) return this.scanWithFallback(start);
        end = start + 4;
        token = JsonToken.True;
        break;
      case 0x66 /* f */:
        if (!this.isKeyword('false', start)) return this.scanWithFallback(start);
        end = start + 5;
        token = JsonToken.False;
        break;
      case 0x6e /* n */:
        if (!this.isKeyword('null', start)) return this.scanWithFallback(start);
        end = start + 4;
        token = JsonToken.Null;
        break;
      default:
        if (!isDigit(code)) return this.scanWithFallback(start);
        end = this.scanNumber(start);
        token = JsonToken.Number;
    }
    this.pos = end;
    this.length = end - start;
    return (this.token = token);
  }

  /**
   * `scan()` after any whitespace and line breaks, which it steps over in place; `blanks` then says how many tokens
   * jsonc-parser would have given for them (a run of spaces and tabs is one, each line break one).
   */
  scanAfterBlanks(): JsonToken {
    const text = this.text;
    let pos = this.pos;
    let blanks = 0;
    for (;;) {
      const code = text.charCodeAt(pos);
      if (code === SPACE || code === TAB) {
        let next = text.charCodeAt(++pos);
        while (next === SPACE || next === TAB) next = text.charCodeAt(++pos);
      } else if (code === LF) pos++;
      else if (code === CR) pos += text.charCodeAt(pos + 1) === LF ? 2 : 1;
      else break;
      blanks++;
    }
    this.pos = pos;
    this.blanks = blanks;
    return this.scan();
  }

  /**
   * The token's value: a string's text without its quotes (escapes read), a number's text, a keyword's or other
   * word's, a comment's or whitespace's (a bracket, comma or colon has none to ask for).
   */
  value(): string {
    if (this.scannedValue !== undefined) return this.scannedValue;
    switch (this.token) {
      case JsonToken.String:
        return this.text.slice(this.offset + 1, this.offset + this.length - 1);
      case JsonToken.Number:
        return this.text.slice(this.offset, this.valueEnd);
      default:
        return this.text.slice(this.offset, this.offset + this.length);
    }
  }

  /**
   * `value()` of a key: the same string each time the same key comes back (a log repeats its keys in every record),
   * from a small cache checked against the text in place, so that a repeated key is neither copied out of the text
   * nor hashed again by the maps that count and judge names.
   */
  keyValue(): string {
    if (this.scannedValue !== undefined || this.token !== JsonToken.String) return this.value();
    const text = this.text;
    const start = this.offset + 1;
    const length = this.length - 2;
    if (length === 0 || length > MAX_CACHED_KEY) return this.value();
    const slot = (length * 31 + text.charCodeAt(start) * 7 + text.charCodeAt(start + length - 1)) & (KEY_CACHE_SIZE - 1);
    const cached = this.keys[slot];
    if (cached !== undefined && cached.length === length) {
      let i = 0;
      while (i < length && cached.charCodeAt(i) === text.charCodeAt(start + i)) i++;
      if (i === length) return cached;
    }
    const key = text.slice(start, start + length);
    this.keys[slot] = key;
    return key;
  }

  /**
   * `Number(value())` for a number token, without the string: a token of at most 15 digits (after any minus) is an
   * integer below 2^53, exact when summed digit by digit; any other (a fraction, an exponent) is read by `Number`.
   */
  numberValue(): number {
    if (this.scannedValue !== undefined) return Number(this.scannedValue);
    const text = this.text;
    const end = this.valueEnd;
    let pos = this.offset;
    const negative = text.charCodeAt(pos) === MINUS;
    if (negative) pos++;
    if (end - pos > 15) return Number(this.value());
    let value = 0;
    for (; pos < end; pos++) {
      const code = text.charCodeAt(pos);
      if (!isDigit(code)) return Number(this.value());
      value = value * 10 + (code - ZERO);
    }
    return negative ? -value : value;
  }

  /**
   * Reads a number's digits from `from` (after any minus), as jsonc-parser does: a leading `0` stands alone, a `.`
   * without digits ends the token after it, an exponent without digits is in the token but not in its value.
   */
  private scanNumber(from: number): number {
    const text = this.text;
    let pos = from;
    if (text.charCodeAt(pos) === ZERO) pos++;
    else while (isDigit(text.charCodeAt(++pos)));
    if (text.charCodeAt(pos) === DOT) {
      pos++;
      if (!isDigit(text.charCodeAt(pos))) {
        this.valueEnd = pos;
        return pos;
      }
      while (isDigit(text.charCodeAt(++pos)));
    }
    this.valueEnd = pos;
    const exponent = text.charCodeAt(pos);
    if (exponent === UPPER_E || exponent === LOWER_E) {
      pos++;
      const sign = text.charCodeAt(pos);
      if (sign === PLUS || sign === MINUS) pos++;
      if (isDigit(text.charCodeAt(pos))) {
        while (isDigit(text.charCodeAt(++pos)));
        this.valueEnd = pos;
      }
    }
    return pos;
  }

  /**
   * Whether `word` (ASCII) stands at `at` as a whole word, its first character being the one `scan` switched on;
   * compared by char code (`startsWith` costs more before the code is optimized).
   */
  private isKeyword(word: string, at: number): boolean {
    const text = this.text;
    for (let i = 1; i < word.length; i++) if (text.charCodeAt(at + i) !== word.charCodeAt(i)) return false;
    return endsWord(text.charCodeAt(at + word.length));
  }

  /** jsonc-parser's scanner reads the token at `at`. */
  private scanWithFallback(at: number): JsonToken {
    const fallback = (this.fallback ??= createScanner(this.text, false));
    fallback.setPosition(at);
    const token = fallback.scan() as number as JsonToken;
    this.offset = fallback.getTokenOffset();
    this.length = fallback.getTokenLength();
    this.scannedValue = fallback.getTokenValue();
    this.pos = this.offset + this.length;
    return (this.token = token);
  }
}
