/**
 * THE ORACLE, NOT PRODUCT CODE: the JSON walk as it was before the lean walk (server/src/detection/jsonWalk.ts at cf3847f, imports redirected),
 * kept so that jsonStreamLean.test.ts can compare the restructured walk with it on random JSON. Do not edit it to
 * follow the product: it is the reference the product must keep agreeing with.
 */
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
import type { Steps } from '../../../../server/src/detection/steps';
import { JsonScanner, JsonToken } from '../../../../server/src/detection/jsonScanner';
import { JsonStringTableBuilder } from './jsonStringTable.before';

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

/** How the string table (jsonStringTable.ts) sees a significant token other than a string. */
function stringTableKind(token: JsonToken): 'colon' | 'open-object' | 'open-array' | 'close' | 'value' {
  switch (token) {
    case JsonToken.Colon:
      return 'colon';
    case JsonToken.OpenBrace:
      return 'open-object';
    case JsonToken.OpenBracket:
      return 'open-array';
    case JsonToken.CloseBrace:
    case JsonToken.CloseBracket:
      return 'close';
    default:
      return 'value';
  }
}

/** What a container frame of the walk is doing: reading an object's members or an array's elements. */
interface WalkFrame {
  isObject: boolean;
  needsComma: boolean;
}

/** Walks `text`, reporting to `sink`; yields every `TOKENS_PER_SLICE` tokens. */
export function* walkJson(text: string, sink: JsonWalkSink, options: JsonWalkOptions = {}): Steps<void> {
  const scanner = new JsonScanner(text);
  const strings = options.strings;
  let tokens = 0;
  let previousWasString = false;

  /** The next token that is not trivia, a comment or an unknown character (jsonc-parser's `scanNext`). */
  const scanNext = (): JsonToken => {
    for (;;) {
      const token = scanner.scanAfterBlanks();
      tokens += scanner.blanks + 1;
      if (token === JsonToken.Trivia || token === JsonToken.LineBreak || token === JsonToken.LineComment || token === JsonToken.BlockComment) continue;
      if (strings) {
        // A key is a string token directly followed by a colon, as editImpact's own scan read it.
        if (token === JsonToken.String) strings.add(scanner.offset, scanner.length);
        else if (token === JsonToken.Colon && previousWasString) strings.markLastAsKey();
        if (token !== JsonToken.String && token !== JsonToken.Unknown) strings.other(stringTableKind(token));
        previousWasString = token === JsonToken.String;
      }
      if (token === JsonToken.Unknown) continue;
      return token;
    }
  };
  /** Skips to (not past) the next comma or `close` (jsonc-parser's `handleError` recovery). */
  const skip = (close: JsonToken): void => {
    for (let token = scanner.token; token !== JsonToken.EOF && token !== close && token !== JsonToken.Comma; token = scanNext());
  };
  const stack: WalkFrame[] = [];
  /** Reads the value at the current token: true when one was read (a container is then open on the stack). */
  const readValue = (): boolean => {
    const offset = scanner.offset;
    switch (scanner.token) {
      case JsonToken.OpenBrace:
        sink.objectBegin(offset);
        scanNext();
        stack.push({ isObject: true, needsComma: false });
        return true;
      case JsonToken.OpenBracket:
        sink.arrayBegin(offset);
        scanNext();
        stack.push({ isObject: false, needsComma: false });
        return true;
      case JsonToken.String:
        sink.literal(scanner.value(), offset, scanner.length);
        break;
      case JsonToken.Number: {
        const value = Number(scanner.value());
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
    scanNext();
    return true;
  };

  scanNext();
  if (scanner.token !== JsonToken.EOF) readValue();
  let nextYield = TOKENS_PER_SLICE;
  while (stack.length > 0) {
    if (tokens >= nextYield) {
      nextYield = tokens + TOKENS_PER_SLICE;
      yield;
    }
    const frame = stack[stack.length - 1]!;
    const close = frame.isObject ? JsonToken.CloseBrace : JsonToken.CloseBracket;
    let token = scanner.token;
    if (token === close || token === JsonToken.EOF) {
      stack.pop();
      if (frame.isObject) sink.objectEnd(scanner.offset, scanner.length);
      else sink.arrayEnd(scanner.offset, scanner.length);
      if (token === close) scanNext(); // else the end of the text: nothing to skip to
      continue;
    }
    if (token === JsonToken.Comma) {
      token = scanNext();
      if (token === close) continue; // a trailing comma
    }
    // A missing comma is only an error: the member is read all the same.
    frame.needsComma = true;
    if (frame.isObject) readProperty(scanner, sink, scanNext, skip, readValue);
    else if (!readValue()) skip(JsonToken.CloseBracket);
  }
  if (!strings) return;
  // The table covers the text after the first value too (jsonc-parser reads no further, an edit may well).
  while (scanner.token !== JsonToken.EOF) {
    if (tokens >= nextYield) {
      nextYield = tokens + TOKENS_PER_SLICE;
      yield;
    }
    scanNext();
  }
}

/** One member of an object: key, colon, value; recovers to the next `,` or `}` when one is missing. */
function readProperty(
  scanner: JsonScanner,
  sink: JsonWalkSink,
  scanNext: () => JsonToken,
  skip: (close: JsonToken) => void,
  readValue: () => boolean,
): void {
  if (scanner.token !== JsonToken.String) {
    skip(JsonToken.CloseBrace);
    return;
  }
  sink.property(scanner.value(), scanner.offset, scanner.length);
  if (scanNext() !== JsonToken.Colon) {
    skip(JsonToken.CloseBrace);
    return;
  }
  scanNext();
  if (!readValue()) skip(JsonToken.CloseBrace);
}
