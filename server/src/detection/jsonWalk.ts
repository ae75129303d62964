/**
 * A walk over JSON / JSONC text that reports what jsonc-parser's `visit` reports, in the same order and with the
 * same error recovery, but with an explicit stack instead of one call per nesting level: a document nested
 * 100,000 deep is walked like any other. It keeps nothing but that stack, so detection can stream over a large
 * file without building its syntax tree. The walk is a generator that yields every `TOKENS_PER_SLICE` tokens,
 * so a caller can return to the event loop in between.
 *
 * The recovery follows jsonc-parser 3.x `visit` (allowing trailing commas and comments, as `parseJson` does):
 * a missing comma is noted and ignored; a missing key, colon or value skips to the next `,` or closing bracket of
 * the container; a missing closing bracket skips to the next one; a container left open ends at the end of the
 * text; only the first value of the text is read. The walk and jsonc-parser's tree are compared on mutated corpus
 * files (test/unit/detection/jsonStream.test.ts).
 */
import type { Steps } from './steps';
import { createScanner, type JSONScanner } from 'jsonc-parser';
import { JsonStringTableBuilder } from './jsonStringTable';

/** jsonc-parser's `SyntaxKind` (a `const enum`, which the bundler cannot inline from its declarations). */
const OPEN_BRACE = 1;
const CLOSE_BRACE = 2;
const OPEN_BRACKET = 3;
const CLOSE_BRACKET = 4;
const COMMA = 5;
const COLON = 6;
const NULL = 7;
const TRUE = 8;
const FALSE = 9;
const STRING = 10;
const NUMBER = 11;
const LINE_COMMENT = 12;
const BLOCK_COMMENT = 13;
const LINE_BREAK = 14;
const TRIVIA = 15;
const UNKNOWN = 16;
const EOF = 17;

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

/** How the string table (jsonStringTable.ts) sees a token other than a string. */
const STRING_TABLE_KINDS: Record<number, 'colon' | 'open-object' | 'open-array' | 'close'> = {
  [COLON]: 'colon',
  [OPEN_BRACE]: 'open-object',
  [OPEN_BRACKET]: 'open-array',
  [CLOSE_BRACE]: 'close',
  [CLOSE_BRACKET]: 'close',
};

/** What a container frame of the walk is doing: reading an object's members or an array's elements. */
interface WalkFrame {
  isObject: boolean;
  needsComma: boolean;
}

/** Walks `text`, reporting to `sink`; yields every `TOKENS_PER_SLICE` tokens. */
export function* walkJson(text: string, sink: JsonWalkSink, options: JsonWalkOptions = {}): Steps<void> {
  const scanner = createScanner(text, false);
  const strings = options.strings;
  let tokens = 0;
  let previousWasString = false;

  /** The next token that is not trivia, a comment or an unknown character (jsonc-parser's `scanNext`). */
  const scanNext = (): number => {
    for (;;) {
      const token = scanner.scan();
      tokens++;
      if (token === TRIVIA || token === LINE_BREAK || token === LINE_COMMENT || token === BLOCK_COMMENT) continue;
      if (strings) {
        // A key is a string token directly followed by a colon, as editImpact's own scan read it.
        if (token === STRING) strings.add(scanner.getTokenOffset(), scanner.getTokenLength());
        else if (token === COLON && previousWasString) strings.markLastAsKey();
        if (token !== STRING && token !== UNKNOWN) strings.other(STRING_TABLE_KINDS[token] ?? 'value');
        previousWasString = token === STRING;
      }
      if (token === UNKNOWN) continue;
      return token;
    }
  };
  /** Skips to (not past) the next of the given tokens (jsonc-parser's `handleError` recovery). */
  const skip = (stops: readonly number[]): void => {
    for (let token = scanner.getToken(); token !== EOF && !stops.includes(token); token = scanNext());
  };
  const stack: WalkFrame[] = [];
  /** Reads the value at the current token: true when one was read (a container is then open on the stack). */
  const readValue = (): boolean => {
    const token = scanner.getToken();
    const offset = scanner.getTokenOffset();
    switch (token) {
      case OPEN_BRACE:
        sink.objectBegin(offset);
        scanNext();
        stack.push({ isObject: true, needsComma: false });
        return true;
      case OPEN_BRACKET:
        sink.arrayBegin(offset);
        scanNext();
        stack.push({ isObject: false, needsComma: false });
        return true;
      case STRING:
        sink.literal(scanner.getTokenValue(), offset, scanner.getTokenLength());
        break;
      case NUMBER: {
        const value = Number(scanner.getTokenValue());
        sink.literal(Number.isNaN(value) ? 0 : value, offset, scanner.getTokenLength());
        break;
      }
      case NULL:
        sink.literal(null, offset, scanner.getTokenLength());
        break;
      case TRUE:
        sink.literal(true, offset, scanner.getTokenLength());
        break;
      case FALSE:
        sink.literal(false, offset, scanner.getTokenLength());
        break;
      default:
        return false;
    }
    scanNext();
    return true;
  };

  scanNext();
  if (scanner.getToken() !== EOF) readValue();
  let nextYield = TOKENS_PER_SLICE;
  while (stack.length > 0) {
    if (tokens >= nextYield) {
      nextYield = tokens + TOKENS_PER_SLICE;
      yield;
    }
    const frame = stack[stack.length - 1]!;
    const close = frame.isObject ? CLOSE_BRACE : CLOSE_BRACKET;
    let token = scanner.getToken();
    if (token === close || token === EOF) {
      stack.pop();
      const offset = scanner.getTokenOffset();
      const length = scanner.getTokenLength();
      if (frame.isObject) sink.objectEnd(offset, length);
      else sink.arrayEnd(offset, length);
      if (token === close) scanNext(); // else the end of the text: nothing to skip to
      continue;
    }
    if (token === COMMA) {
      scanNext();
      token = scanner.getToken();
      if (token === close) continue; // a trailing comma
    }
    // A missing comma is only an error: the member is read all the same.
    frame.needsComma = true;
    if (frame.isObject) readProperty(scanner, sink, scanNext, skip, readValue);
    else if (!readValue()) skip([CLOSE_BRACKET, COMMA]);
  }
  if (!strings) return;
  // The table covers the text after the first value too (jsonc-parser reads no further, an edit may well).
  while (scanner.getToken() !== EOF) {
    if (tokens >= nextYield) {
      nextYield = tokens + TOKENS_PER_SLICE;
      yield;
    }
    scanNext();
  }
}

/** One member of an object: key, colon, value; recovers to the next `,` or `}` when one is missing. */
function readProperty(
  scanner: JSONScanner,
  sink: JsonWalkSink,
  scanNext: () => number,
  skip: (stops: readonly number[]) => void,
  readValue: () => boolean,
): void {
  if (scanner.getToken() !== STRING) {
    skip([CLOSE_BRACE, COMMA]);
    return;
  }
  sink.property(scanner.getTokenValue(), scanner.getTokenOffset(), scanner.getTokenLength());
  scanNext();
  if (scanner.getToken() !== COLON) {
    skip([CLOSE_BRACE, COMMA]);
    return;
  }
  scanNext();
  if (!readValue()) skip([CLOSE_BRACE, COMMA]);
}

/** Walks all of `text` synchronously (for callers that need not yield). */
export function walkJsonNow(text: string, sink: JsonWalkSink, options?: JsonWalkOptions): void {
  const steps = walkJson(text, sink, options);
  while (!steps.next().done);
}
