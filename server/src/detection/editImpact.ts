/**
 * Which edits provably leave every verdict of `detectDocument` unchanged, so that an editor's keystroke can be
 * answered from the previous analysis (its offsets shifted) instead of a new one.
 *
 * The proof is deliberately narrow and conservative: an edit strictly inside one string token (quotes untouched)
 * that the detector reads only as a value, where neither the string before nor after the edit could be read as
 * anything: not a code (`"404"`, `"4xx"`), not a protocol mention (`'ftp://…'`, `"smtp"`), not a directive, not
 * an echo-server URL (`…/status/201`, read by recording.name-of-status), and not a reason phrase where a rule
 * reads one: a member value of an object with a `code` key (response.code-property) or a three-digit key
 * (table.reason-phrase-keyed). Elsewhere (`{ error: "not found" }`, `c.text("Not Found", 404)`) a phrase is only
 * text. Escapes, quotes, line breaks and template syntax in the token make it unsafe, as does any string the
 * detector may read as a name: keys, property names, module specifiers, element-access keys, and the arguments
 * of matcher calls that name a property or chainer (`toHaveProperty('status', …)`, `should('have.status', …)`,
 * `its('status')`). In YAML, a value scalar counts too when it is plain (unquoted) and stays a word-like string,
 * edits at its ends included (isInertPlainScalar). Everything else is re-analysed. A rule that starts reading
 * string values in a new place must keep this file in step (test/unit/service/editSequences.test.ts and incrementalAnalysis.test.ts compare
 * with fresh analyses).
 */
import type * as ts from 'typescript';
import { stringTokenAt } from './jsonStringTable';
import { namesReasonPhraseOf } from './reasonPhrases';
import type { DetectedDocument, DetectorLanguage } from './types';

/** A string token of the analysed text: `start` at its opening quote, `end` just past its closing quote. */
export interface StringToken {
  start: number;
  end: number;
  /** Some rule reads this string as a possible reason phrase of a code beside it. */
  readsReasonPhrase: boolean;
  /**
   * A YAML plain scalar (no quotes): edited at its ends too (typing at the end of `description: Not found`), and
   * inert only while it stays a plain word-like string (isInertPlainScalar).
   */
  plain?: boolean;
}

/**
 * The string token of the text `detected` was made from whose inside holds `offset`, when the detector
 * reads that string only as a value. Undefined when the offset is elsewhere or the string is read as a name.
 */
export function valueStringAt(detected: DetectedDocument, offset: number): StringToken | undefined {
  if (detected.languageId === 'json' || detected.languageId === 'jsonc') return jsonValueStringAt(detected, offset);
  if (detected.languageId === 'yaml') return yamlValueScalarAt(detected, offset);
  return typeScriptValueStringAt(detected, offset);
}

/**
 * Whether a string token whose text (quotes included) changes from `before` to `after` can change no verdict.
 * Both must be plain strings: same quotes, no escapes, no line breaks, no template syntax.
 */
export function stringEditIsInert(languageId: DetectorLanguage, token: Pick<StringToken, 'readsReasonPhrase' | 'plain'>, before: string, after: string): boolean {
  if (token.plain) return isInertPlainScalar(token, before) && isInertPlainScalar(token, after);
  return isInertString(languageId, token, before) && isInertString(languageId, token, after) && before[0] === after[0];
}

/** Characters that could end, escape or interpolate a string, or change what it is. */
const UNSAFE_CHARACTERS = /[\\\r\n\u2028\u2029`${}]/;
/** Loose, on purpose: anything that might be a status code or a class of them (`"404"`, `" 4xx "`, `"40"`). */
const CODE_LIKE = /^\s*[\dxX]{0,6}\d[\dxX]{0,6}\s*$/;
/** A superset of the detector's protocol hints (URI schemes, protocol names, `mailer`) and of the directive word. */
const PROTOCOL_OR_DIRECTIVE = /https?|ftp|smtp|imap|pop3|nntp|lmtp|mailer|sip|rtsp|status-catalog/i;
/** recording.name-of-status reads URLs ending in `/status/<code>` beside a `name`, anywhere in the object. */
const STATUS_PATH = '/status/';
/** Reason phrases with the longest prefix and suffix the detector accepts stay well under this. */
const LONGEST_PHRASE_LIKE = 80;

function isInertString(languageId: DetectorLanguage, { readsReasonPhrase }: Pick<StringToken, 'readsReasonPhrase'>, token: string): boolean {
  if (token.length < 2) return false;
  const quote = token[0]!;
  const isJson = languageId === 'json' || languageId === 'jsonc';
  if (isJson ? quote !== '"' : quote !== '"' && quote !== "'") return false;
  if (token[token.length - 1] !== quote) return false;
  const value = token.slice(1, -1);
  if (value.includes(quote) || UNSAFE_CHARACTERS.test(value)) return false;
  return saysNothingReadable(value, readsReasonPhrase);
}

/** What a string says, whatever its syntax: no code, protocol, directive, echo-server path, or reason phrase where one is read. */
function saysNothingReadable(value: string, readsReasonPhrase: boolean): boolean {
  if (CODE_LIKE.test(value) || PROTOCOL_OR_DIRECTIVE.test(value) || value.includes(STATUS_PATH)) return false;
  return !(readsReasonPhrase && namesAnyReasonPhrase(value));
}

/**
 * A YAML plain scalar that reads as the same kind of thing whatever letters it holds: it starts with a letter (no
 * indicator, number, `.inf`), holds letters, digits, single inner spaces and a few marks that end or start nothing in
 * block or flow context (no `:`, `#`, `,`, brackets, quotes), ends with a letter, digit or `.`/`)`, and is no word
 * YAML 1.1 or 1.2 reads as a boolean or null. Then the structure around it cannot change, and what it says is
 * judged as for a quoted string.
 */
const PLAIN_WORDS = /^[A-Za-z](?:[A-Za-z0-9._()/-]| (?! ))*$/;
const PLAIN_END = /[A-Za-z0-9.)]$/;
const PLAIN_SPECIAL = /^(?:true|false|null|yes|no|on|off|y|n)$/i;

function isInertPlainScalar({ readsReasonPhrase }: Pick<StringToken, 'readsReasonPhrase'>, value: string): boolean {
  if (!PLAIN_WORDS.test(value) || !PLAIN_END.test(value) || PLAIN_SPECIAL.test(value)) return false;
  return saysNothingReadable(value, readsReasonPhrase);
}

/** Keys beside which a string may be read as a reason phrase: `code` (its value's phrase) or a code itself. */
function isCodeKey(key: string): boolean {
  return key === 'code' || /^\d{3}$/.test(key);
}

function namesAnyReasonPhrase(value: string): boolean {
  if (value.length > LONGEST_PHRASE_LIKE) return false;
  for (let code = 100; code <= 599; code++) if (namesReasonPhraseOf(value, code)) return true;
  return false;
}

// ---- TypeScript / JavaScript: the previous version's syntax tree says what the string is.

/**
 * The compiler, read from the module cache: this runs only for a TS/JS document, whose detection has already
 * loaded it, so a JSON-only session never pays for it.
 */
function compiler(): typeof ts {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('typescript') as typeof ts;
}

function typeScriptValueStringAt(detected: DetectedDocument, offset: number): StringToken | undefined {
  const tree = detected.syntaxTree as ts.SourceFile | undefined;
  const compilerApi = compiler();
  const { SyntaxKind, forEachChild } = compilerApi;
  if (!tree || (tree as ts.Node).kind !== SyntaxKind.SourceFile) return undefined;
  let grandparent: ts.Node = tree;
  let parent: ts.Node = tree;
  let node: ts.Node | undefined = tree;
  // Descend to the innermost node holding the offset; nodes' `pos` includes leading trivia, which is fine here
  // since only a string token itself is accepted.
  while (node) {
    const child: ts.Node | undefined = forEachChild(node, (candidate) => (candidate.pos <= offset && offset < candidate.end ? candidate : undefined));
    if (!child) break;
    grandparent = parent;
    parent = node;
    node = child;
    if (node.kind === SyntaxKind.StringLiteral || node.kind === SyntaxKind.NoSubstitutionTemplateLiteral) break;
  }
  if (!node || (node.kind !== SyntaxKind.StringLiteral && node.kind !== SyntaxKind.NoSubstitutionTemplateLiteral)) return undefined;
  const start = node.getStart(tree);
  const end = node.end;
  if (!(start < offset && offset < end)) return undefined;
  if (!isValuePosition(compilerApi, node, parent)) return undefined;
  return { start, end, readsReasonPhrase: isMemberOfCodeObject(compilerApi, node, parent, grandparent) };
}

/** Calls whose string arguments name a property or a chainer (jest.to-have-property, cypress.should, `its`). */
const NAMING_CALLS = new Set(['toHaveProperty', 'property', 'ownProperty', 'haveOwnProperty', 'should', 'and', 'its']);

/** Whether a string argument of this callee may be read as a name: `require`, matcher calls, or a callee not known by a name. */
function callReadsNames(compilerApi: typeof ts, callee: ts.Expression): boolean {
  const { SyntaxKind } = compilerApi;
  let target = callee;
  while (target.kind === SyntaxKind.ParenthesizedExpression || target.kind === SyntaxKind.NonNullExpression) {
    target = (target as ts.ParenthesizedExpression | ts.NonNullExpression).expression;
  }
  let name: string | undefined;
  if (target.kind === SyntaxKind.Identifier) name = (target as ts.Identifier).text;
  else if (target.kind === SyntaxKind.PropertyAccessExpression) name = (target as ts.PropertyAccessExpression).name.text;
  // `a[name](…)` is named by a string the rules read too: not worth proving anything about.
  else if (target.kind === SyntaxKind.ElementAccessExpression) return true;
  return name !== undefined && (name === 'require' || NAMING_CALLS.has(name));
}

/**
 * Whether the string is a member value of an object literal with a `code` or three-digit key: the only places
 * where a rule compares a string with a reason phrase (response.code-property, table.reason-phrase-keyed).
 */
function isMemberOfCodeObject(compilerApi: typeof ts, node: ts.Node, parent: ts.Node, object: ts.Node): boolean {
  const { SyntaxKind } = compilerApi;
  if (parent.kind !== SyntaxKind.PropertyAssignment || (parent as ts.PropertyAssignment).initializer !== node) return false;
  if (object.kind !== SyntaxKind.ObjectLiteralExpression) return true;
  return (object as ts.ObjectLiteralExpression).properties.some((member) => {
    const name = member.name;
    if (!name) return false;
    // A computed or unusual key might be anything once evaluated: count it as a code key.
    if (name.kind !== SyntaxKind.Identifier && name.kind !== SyntaxKind.StringLiteral && name.kind !== SyntaxKind.NumericLiteral) return true;
    return isCodeKey((name as ts.Identifier | ts.StringLiteral | ts.NumericLiteral).text);
  });
}

const VALUE_OPERATORS = new Set<number>();

/** Positions where the detector reads a string only by its value, never as a name. */
function isValuePosition(compilerApi: typeof ts, node: ts.Node, parent: ts.Node): boolean {
  const { SyntaxKind } = compilerApi;
  if (VALUE_OPERATORS.size === 0) {
    for (const kind of [
      SyntaxKind.PlusToken, SyntaxKind.EqualsEqualsEqualsToken, SyntaxKind.ExclamationEqualsEqualsToken,
      SyntaxKind.EqualsEqualsToken, SyntaxKind.ExclamationEqualsToken, SyntaxKind.BarBarToken,
      SyntaxKind.AmpersandAmpersandToken, SyntaxKind.QuestionQuestionToken,
    ]) VALUE_OPERATORS.add(kind);
  }
  switch (parent.kind) {
    case SyntaxKind.CallExpression:
    case SyntaxKind.NewExpression: {
      const call = parent as ts.CallExpression | ts.NewExpression;
      if (!call.arguments?.some((argument) => argument === node)) return false;
      // require('…') and import('…') name modules, which decide scope; matcher calls name properties.
      const callee = call.expression;
      if (callee.kind === SyntaxKind.ImportKeyword) return false;
      return !callReadsNames(compilerApi, callee);
    }
    case SyntaxKind.PropertyAssignment:
      return (parent as ts.PropertyAssignment).initializer === node;
    case SyntaxKind.VariableDeclaration:
      return (parent as ts.VariableDeclaration).initializer === node;
    case SyntaxKind.ArrayLiteralExpression:
    case SyntaxKind.ReturnStatement:
      return true;
    case SyntaxKind.BinaryExpression:
      return VALUE_OPERATORS.has((parent as ts.BinaryExpression).operatorToken.kind);
    case SyntaxKind.ConditionalExpression:
      return (parent as ts.ConditionalExpression).condition !== node;
    default:
      return false;
  }
}

// ---- TypeScript / JavaScript: blanks between tokens.

/**
 * A run of spaces and tabs between two tokens of the analysed text, and the trivia around it (from the end of the
 * token before to the start of the token after: blanks, line breaks and comments), which is as far as any text
 * read of the detector (a completion slot skipping white space, `skipTrivia`) can look across it.
 */
export interface BlankRun {
  start: number;
  end: number;
  triviaStart: number;
  triviaEnd: number;
}

/** Spaces and tabs: what an edit inside a blank run may remove and insert. Line breaks may end a statement (ASI). */
export const BLANKS = /^[ \t]*$/;

/**
 * The blank run of a TS/JS document's analysed text at `offset` (its ends included), when it lies between two tokens
 * of the syntax tree and inside no literal's range: changing how many spaces and tabs it holds (never to none, which
 * could join two tokens) changes no token, so no verdict; every offset after it only shifts. Undefined anywhere else:
 * inside a token (string, template, regular expression, JSX text, identifier), a comment, or a line break.
 */
export function blankRunAt(detected: DetectedDocument, offset: number): BlankRun | undefined {
  if (detected.languageId === 'json' || detected.languageId === 'jsonc' || detected.languageId === 'yaml') return undefined;
  const tree = detected.syntaxTree as ts.SourceFile | undefined;
  const compilerApi = compiler();
  const { SyntaxKind, forEachChild } = compilerApi;
  if (!tree || (tree as ts.Node).kind !== SyntaxKind.SourceFile) return undefined;
  // The innermost node whose own text (trivia excluded) strictly holds the offset.
  let node: ts.Node = tree;
  for (;;) {
    const child: ts.Node | undefined = forEachChild(node, (candidate) =>
      candidate.end > offset && candidate.pos < offset && candidate.getStart(tree) < offset ? candidate : undefined,
    );
    if (!child) break;
    node = child;
  }
  // Inside a token: an identifier, a literal, a template part, JSX text.
  if (node.kind < SyntaxKind.FirstNode && node !== tree) return undefined;
  // Between two children of `node` (or its edges): only its own punctuation, keywords and trivia lie there, never
  // a string, template or regular expression, so the scanner reads that stretch as the parser did.
  let gapStart = node === tree ? 0 : node.getStart(tree);
  let gapEnd = node.end;
  forEachChild(node, (child) => {
    if (child.end <= offset && child.end > gapStart) gapStart = child.end;
    const start = child.getStart(tree);
    if (start >= offset && start < gapEnd) gapEnd = start;
    return undefined;
  });
  if (!(gapStart <= offset && offset <= gapEnd)) return undefined;
  const scanner = compilerApi.createScanner(compilerApi.ScriptTarget.Latest, false, compilerApi.LanguageVariant.Standard, tree.text, undefined, gapStart, gapEnd - gapStart);
  let triviaStart = gapStart;
  let run: { start: number; end: number } | undefined;
  for (let token = scanner.scan(); token !== SyntaxKind.EndOfFileToken; token = scanner.scan()) {
    const start = scanner.getTokenStart();
    const end = scanner.getTokenEnd();
    const isTrivia =
      token === SyntaxKind.WhitespaceTrivia || token === SyntaxKind.NewLineTrivia ||
      token === SyntaxKind.SingleLineCommentTrivia || token === SyntaxKind.MultiLineCommentTrivia;
    if (run) {
      if (!isTrivia) return withTrivia(detected, run, triviaStart, start);
      continue;
    }
    if (!isTrivia) triviaStart = end;
    else if (token === SyntaxKind.WhitespaceTrivia && start <= offset && offset <= end) run = { start, end };
    else if (start > offset) return undefined;
  }
  return run && withTrivia(detected, run, triviaStart, gapEnd);
}

function withTrivia(detected: DetectedDocument, run: { start: number; end: number }, triviaStart: number, triviaEnd: number): BlankRun | undefined {
  // `- 404` is one literal with a blank inside it: its text would change.
  for (const literal of detected.literals) {
    if (literal.start >= run.end) break;
    if (literal.end > run.start && literal.start < run.end) return undefined;
  }
  return { ...run, triviaStart, triviaEnd };
}

// ---- JSON: the table of value strings detection made in its walk (jsonStringTable.ts).

function jsonValueStringAt(detected: DetectedDocument, offset: number): StringToken | undefined {
  // Keys are names (`"statusCode"`, `"responses"`, `"post"`) and an unterminated string is not a token to trust:
  // the table holds neither.
  // Every JSON detection made by detectDocument carries its table; one without (its walk threw) proves nothing inert.
  if (!detected.jsonStrings) return undefined;
  const token = stringTokenAt(detected.jsonStrings, offset);
  return token && { start: token.start, end: token.end, readsReasonPhrase: token.besideCodeKey };
}

// ---- YAML: the value scalars its detection noted (yamlTree.ts).

function yamlValueScalarAt(detected: DetectedDocument, offset: number): StringToken | undefined {
  // Made only by a detection that ran to its end; without it nothing is proven inert.
  const scalars = detected.yamlScalars;
  if (!scalars) return undefined;
  let low = 0;
  let high = scalars.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const scalar = scalars[mid]!;
    if (scalar.end < offset) low = mid + 1;
    else if (scalar.start > offset) high = mid - 1;
    else {
      // A plain scalar takes edits at its ends; a quoted one only between its quotes.
      const inside = scalar.plain || (scalar.start < offset && offset < scalar.end);
      // Every rule that reads a reason phrase could meet a YAML value: each one is checked as if read so.
      return inside ? { start: scalar.start, end: scalar.end, readsReasonPhrase: true, plain: scalar.plain } : undefined;
    }
  }
  return undefined;
}
