/**
 * fast-check generators for hostile variants of real text: byte flips, truncation, duplicated and removed
 * lines, unbalanced tags, giant cells, deep nesting, CRLF mixes, lone surrogates and NUL bytes. Positions
 * are fractions of the text's length, so one generated mutation applies to any text.
 */
import fc from 'fast-check';

export type Mutation =
  | { kind: 'flip'; at: number; char: string }
  | { kind: 'truncate'; at: number }
  | { kind: 'duplicateLine'; at: number; times: number }
  | { kind: 'removeLine'; at: number }
  | { kind: 'insert'; at: number; text: string };

/** Characters that mean something to one of the formats, and some that mean trouble to everybody. */
const SPECIAL_CHARS = [...'|<>`*_[]()=-+#:;,.\'"{}\\/!&@$%^~ \t\n\r', '\0', '\uD800', '\uDFFF', '\u202E', '\u200B', '\uFEFF', '\u2028', '表', '😀'];
const TAGS = ['<table>', '</table>', '<tr>', '</tr>', '<td>', '</td>', '<th colspan="2">', '<td rowspan="3">', '<thead>', '<tbody>', '<!--', '-->', '<![CDATA[', '<script>', '<p>', '</p>', '<br>', '<div>'];

const position = fc.double({ min: 0, max: 1, noNaN: true });

/** A long run (a giant cell, a line of a table, a run of blanks). */
export const giantRun = fc
  .tuple(fc.constantFrom('x', ' ', '|', '-', '=', '+', '`', 'a b ', '| 409 | Conflict ', '表'), fc.integer({ min: 100, max: 20_000 }))
  .map(([unit, times]) => unit.repeat(times));

/**
 * Deep nesting in the syntax of some format. Two more are in hostilePages.ts, with sizes of their own: a run
 * of `[` before a long line and thousands of nested `<table><tr><td>`.
 */
export const deepNesting = fc
  .tuple(fc.constantFrom('<div>', '{"a":', '(', '> ', '  * ', '\n    ', '`'), fc.integer({ min: 50, max: 3000 }))
  .map(([unit, times]) => unit.repeat(times));

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('flip' as const), at: position, char: fc.oneof(fc.constantFrom(...SPECIAL_CHARS), fc.string({ unit: 'binary', maxLength: 1 })) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('truncate' as const), at: position }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('duplicateLine' as const), at: position, times: fc.integer({ min: 1, max: 50 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('removeLine' as const), at: position }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: position, text: fc.constantFrom(...TAGS) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: position, text: giantRun }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: position, text: deepNesting }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: position, text: fc.constantFrom('\r\n', '\r', '\n\r', '\0', '\uD83D', '\uDE00') }) },
);

export const mutations = fc.array(mutation, { minLength: 1, maxLength: 6 });

export function applyMutations(text: string, list: readonly Mutation[]): string {
  let out = text;
  for (const m of list) out = applyMutation(out, m);
  return out;
}

function applyMutation(text: string, m: Mutation): string {
  const at = Math.min(text.length, Math.floor(m.at * text.length));
  switch (m.kind) {
    case 'flip':
      return text.slice(0, at) + m.char + text.slice(at + 1);
    case 'truncate':
      return text.slice(0, at);
    case 'insert':
      return text.slice(0, at) + m.text + text.slice(at);
    case 'duplicateLine':
    case 'removeLine': {
      const lines = text.split('\n');
      const index = Math.min(lines.length - 1, Math.floor(m.at * lines.length));
      if (m.kind === 'removeLine') lines.splice(index, 1);
      else lines.splice(index, 0, ...Array<string>(m.times).fill(lines[index]!));
      return lines.join('\n');
    }
  }
}

/** Token soup for the detector: the words and punctuation status code detection looks at, in any order. */
const TOKENS = [
  'res', 'status', 'statusCode', 'sendStatus', 'writeHead', 'expect', 'toBe', 'toEqual', 'assert', 'equal', 'throw', 'new', 'HttpException',
  'createError', 'ctx', 'response', 'responses', 'case', 'switch', 'if', 'return', 'const', 'let', 'import', 'from', 'export', 'class', 'await',
  'async', 'function', '=>', '.', '(', ')', '{', '}', '[', ']', ',', ';', ':', '?', '===', '==', '>=', '<', '>', '=', '+', '-', '!', '@HttpCode',
  '404', '200', '201', '418', '4040', '299', '599', '100', '1e3', '0x194', '404n', '"404"', "'409'", '`500`', '"4XX"', '"statusCode"', '"status"',
  '"responses"', '"paths"', '"get"', '"description"', '// status-catalog: dds', '/* status-catalog: nope */', '/*', '*/', '//', '`${', '}`', '"',
  "'", '\\', '\n', '\r\n', ' ', '\t', '\0', '\uD800', '表', 'huaweicloud', '@huaweicloud/huaweicloud-sdk-dds', 'require', '<div>', '</div>', '#!',
];

export const tokenSoup = fc.array(fc.constantFrom(...TOKENS), { maxLength: 600 }).map((tokens) => tokens.join(''));

/** A short description of mutations (giant texts as their first characters and length), for logs. */
export function describeMutations(list: readonly Mutation[]): string {
  return list.map((m) => (m.kind === 'insert' ? `insert(${JSON.stringify(m.text.slice(0, 12))}×${m.text.length} @${m.at.toFixed(3)})` : m.kind)).join(' ');
}
