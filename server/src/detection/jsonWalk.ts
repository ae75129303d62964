/**
 * A walk over JSON / JSONC text that reports what jsonc-parser's `visit` reports, in the same order and with the
 * same error recovery, but with an explicit stack instead of one call per nesting level: a document nested
 * 100,000 deep is walked like any other. It keeps nothing but that stack (and its scanner a small cache of recent
 * keys), so detection can stream over a large file without building its syntax tree. The walk is a generator that yields every `TOKENS_PER_SLICE` tokens,
 * so a caller can return to the event loop in between.
 *
 * The recovery follows jsonc-parser 3.x `visit` (allowing trailing commas and comments, as `parseJson` does):
 * a missing comma is noted and ignored; a missing key, colon or value skips to the next `,` or closing bracket of
 * the container; a missing closing bracket skips to the next one; a container left open ends at the end of the
 * text; only the first value of the text is read. The walk and jsonc-parser's tree are compared on mutated corpus
 * files (test/unit/detection/jsonStream.test.ts).
 */
import type { Steps } from './steps';
import { JsonScanner, JsonToken } from './jsonScanner';
import { JsonStringTableBuilder } from './jsonStringTable';

/** About how many tokens the walk reads between two yields. */
export const TOKENS_PER_SLICE = 8_000;

/** A JSON literal's value: jsonc-parser gives `0` for a number it cannot read. */
export type JsonLiteralValue = string | number | boolean | null;

/** What the walk reports; offsets and lengths are the token's in the text. */
export interface JsonWalkSink {
  objectBegin(offset: number): void;
  /** A property's key (its value, if any, comes next). */
  property(key: string, offset: number, length: number): void;
  /** `offset` and `length` are the closing brace's, or the end of the text's when it is missing. */
  objectEnd(offset: number, length: number): void;
  arrayBegin(offset: number): void;
  arrayEnd(offset: number, length: number): void;
  literal(value: JsonLiteralValue, offset: number, length: number): void;
}

/** The optional outputs of a walk. */
export interface JsonWalkOptions {
  /** Receives every string token of the whole text (keys marked), for edits inside strings (editImpact.ts). */
  strings?: JsonStringTableBuilder;
}

/** Walks `text`, reporting to `sink`; yields every `TOKENS_PER_SLICE` tokens. */
export function* walkJson(text: string, sink: JsonWalkSink, options: JsonWalkOptions = {}): Steps<void> {
  const walker = new JsonWalker(text, sink, options.strings);
  while (walker.walkSlice(TOKENS_PER_SLICE)) yield;
}

/**
 * The walk's state and steps, as a class rather than closures made per walk: a second walk then runs the code the
 * first one had optimized (a closure made anew is another call target, and deoptimizes its callers).
 */
class JsonWalker {
  private readonly scanner: JsonScanner;
  /** The tokens read so far, blanks included (as jsonc-parser counts them). */
  private tokens = 0;
  /** Whether the previous token (comments and unknown characters included, blanks not) was a string. */
  private previousWasString = false;
  /** Whether the previous significant token was a colon: a string after it is a member value. */
  private afterColon = false;
  /** The open containers, innermost last: whether each is an object (a boolean, not an object per container). */
  private readonly stack: boolean[] = [];
  /** Whether the first value is read (the stack empty again); the string table may still want the rest. */
  private started = false;

  constructor(
    text: string,
    private readonly sink: JsonWalkSink,
    private readonly strings: JsonStringTableBuilder | undefined,
  ) {
    this.scanner = new JsonScanner(text);
  }

  /** Walks on for about `budget` tokens; false once the walk is done. */
  walkSlice(budget: number): boolean {
    const scanner = this.scanner;
    const stack = this.stack;
    const nextYield = this.tokens + budget;
    if (!this.started) {
      this.started = true;
      this.scanNext();
      if (scanner.token !== JsonToken.EOF) this.readValue();
    }
    while (stack.length > 0) {
      if (this.tokens >= nextYield) return true;
      const isObject = stack[stack.length - 1]!;
      const close = isObject ? JsonToken.CloseBrace : JsonToken.CloseBracket;
      let token = scanner.token;
      if (token === close || token === JsonToken.EOF) {
        stack.pop();
        if (isObject) this.sink.objectEnd(scanner.offset, scanner.length);
        else this.sink.arrayEnd(scanner.offset, scanner.length);
        if (token === close) this.scanNext(); // else the end of the text: nothing to skip to
        continue;
      }
      if (token === JsonToken.Comma) {
        token = this.scanNext();
        if (token === close) continue; // a trailing comma
      }
      // A missing comma is only an error: the member is read all the same.
      if (isObject) this.readProperty();
      else if (!this.readValue()) this.skip(JsonToken.CloseBracket);
    }
    if (!this.strings) return false;
    // The table covers the text after the first value too (jsonc-parser reads no further, an edit may well).
    while (scanner.token !== JsonToken.EOF) {
      if (this.tokens >= nextYield) return true;
      this.scanNext();
    }
    return false;
  }

  /** The next token that is not trivia, a comment or an unknown character (jsonc-parser's `scanNext`). */
  private scanNext(): JsonToken {
    const scanner = this.scanner;
    for (;;) {
      const token = scanner.scanAfterBlanks();
      this.tokens += scanner.blanks + 1;
      if (token === JsonToken.Trivia || token === JsonToken.LineBreak || token === JsonToken.LineComment || token === JsonToken.BlockComment) continue;
      if (this.strings) this.record(token);
      if (token === JsonToken.Unknown) continue;
      return token;
    }
  }

  /**
   * Tells the string table about a token: a string (a member value when after a colon), a key (a string directly
   * followed by a colon, as editImpact's own scan read it), a container's opening or close.
   */
  private record(token: JsonToken): void {
    const strings = this.strings!;
    const scanner = this.scanner;
    switch (token) {
      case JsonToken.String:
        strings.add(scanner.offset, scanner.length, this.afterColon);
        break;
      case JsonToken.Colon:
        if (this.previousWasString) strings.markLastAsKey();
        break;
      case JsonToken.OpenBrace:
      case JsonToken.OpenBracket:
        strings.open(token === JsonToken.OpenBrace);
        break;
      case JsonToken.CloseBrace:
      case JsonToken.CloseBracket:
        strings.close();
        break;
    }
    this.previousWasString = token === JsonToken.String;
    if (token !== JsonToken.Unknown) this.afterColon = token === JsonToken.Colon;
  }

  /** Skips to (not past) the next comma or `close` (jsonc-parser's `handleError` recovery). */
  private skip(close: JsonToken): void {
    for (let token = this.scanner.token; token !== JsonToken.EOF && token !== close && token !== JsonToken.Comma; token = this.scanNext());
  }

  /** Reads the value at the current token: true when one was read (a container is then open on the stack). */
  private readValue(): boolean {
    const scanner = this.scanner;
    const sink = this.sink;
    const offset = scanner.offset;
    switch (scanner.token) {
      case JsonToken.OpenBrace:
        sink.objectBegin(offset);
        this.scanNext();
        this.stack.push(true);
        return true;
      case JsonToken.OpenBracket:
        sink.arrayBegin(offset);
        this.scanNext();
        this.stack.push(false);
        return true;
      case JsonToken.String:
        sink.literal(scanner.value(), offset, scanner.length);
        break;
      case JsonToken.Number: {
        const value = scanner.numberValue();
        sink.literal(Number.isNaN(value) ? 0 : value, offset, scanner.length);
        break;
      }
      case JsonToken.Null:
        sink.literal(null, offset, scanner.length);
        break;
      case JsonToken.True:
        sink.literal(true, offset, scanner.length);
        break;
      case JsonToken.False:
        sink.literal(false, offset, scanner.length);
        break;
      default:
        return false;
    }
    this.scanNext();
    return true;
  }

  /** One member of an object: key, colon, value; recovers to the next `,` or `}` when one is missing. */
  private readProperty(): void {
    const scanner = this.scanner;
    if (scanner.token !== JsonToken.String) {
      this.skip(JsonToken.CloseBrace);
      return;
    }
    this.sink.property(scanner.keyValue(), scanner.offset, scanner.length);
    if (this.scanNext() !== JsonToken.Colon) {
      this.skip(JsonToken.CloseBrace);
      return;
    }
    this.scanNext();
    if (!this.readValue()) this.skip(JsonToken.CloseBrace);
  }
}
