/**
 * Which edits provably leave every verdict of `detectDocument` unchanged, so that an editor's keystroke can be
 * answered from the previous analysis (its offsets shifted) instead of a new one.
 *
 * The proof is deliberately narrow and conservative: an edit strictly inside one string token (quotes untouched)
 * that the detector reads only as a value, where neither the string before nor after the edit could be read as
 * anything: not a code (`"404"`, `"4xx"`), not a reason phrase (`"Not Found"` beside a code), not a protocol
 * mention (`'ftp://…'`, `"smtp"`), not a directive. Escapes, quotes, line breaks and template syntax in the token
 * make it unsafe, as does any string the detector may read as a name: keys, property names, module specifiers,
 * element-access keys. Everything else is re-analysed. A rule that starts reading string values in a new place
 * must keep this file in step (test/unit/service/incrementalAnalysis.test.ts compares with fresh analyses).
 */
import type * as ts from 'typescript';
import { JsonStringTableBuilder, stringTokenAt, type JsonStringTable } from './jsonStringTable';
import { walkJsonNow, type JsonWalkSink } from './jsonWalk';
import { namesReasonPhraseOf } from './reasonPhrases';
import type { DetectedDocument, DetectorLanguage } from './types';

/** A string token of the analysed text: `start` at its opening quote, `end` just past its closing quote. */
export interface StringToken {
  start: number;
  end: number;
}

/**
 * The string token of `text` (the text `detected` was made from) whose inside holds `offset`, when the detector
 * reads that string only as a value. Undefined when the offset is elsewhere or the string is read as a name.
 */
export function valueStringAt(detected: DetectedDocument, text: string, offset: number): StringToken | undefined {
  if (detected.languageId === 'json' || detected.languageId === 'jsonc') return jsonValueStringAt(detected, text, offset);
  return typeScriptValueStringAt(detected, offset);
}

/**
 * Whether a string token whose text (quotes included) changes from `before` to `after` can change no verdict.
 * Both must be plain strings: same quotes, no escapes, no line breaks, no template syntax.
 */
export function stringEditIsInert(languageId: DetectorLanguage, before: string, after: string): boolean {
  return isInertString(languageId, before) && isInertString(languageId, after) && before[0] === after[0];
}

/** Characters that could end, escape or interpolate a string, or change what it is. */
const UNSAFE_CHARACTERS = /[\\\r\n\u2028\u2029`${}]/;
/** Loose, on purpose: anything that might be a status code or a class of them (`"404"`, `" 4xx "`, `"40"`). */
const CODE_LIKE = /^\s*[\dxX]{0,6}\d[\dxX]{0,6}\s*$/;
/** A superset of the detector's protocol hints (URI schemes, protocol names, `mailer`) and of the directive word. */
const PROTOCOL_OR_DIRECTIVE = /https?|ftp|smtp|imap|pop3|nntp|lmtp|mailer|sip|rtsp|status-catalog/i;
/** Reason phrases with the longest prefix and suffix the detector accepts stay well under this. */
const LONGEST_PHRASE_LIKE = 80;

function isInertString(languageId: DetectorLanguage, token: string): boolean {
  if (token.length < 2) return false;
  const quote = token[0]!;
  const isJson = languageId === 'json' || languageId === 'jsonc';
  if (isJson ? quote !== '"' : quote !== '"' && quote !== "'") return false;
  if (token[token.length - 1] !== quote) return false;
  const value = token.slice(1, -1);
  if (value.includes(quote) || UNSAFE_CHARACTERS.test(value)) return false;
  return !CODE_LIKE.test(value) && !PROTOCOL_OR_DIRECTIVE.test(value) && !namesAnyReasonPhrase(value);
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
  let parent: ts.Node = tree;
  let node: ts.Node | undefined = tree;
  // Descend to the innermost node holding the offset; nodes' `pos` includes leading trivia, which is fine here
  // since only a string token itself is accepted.
  while (node) {
    const child: ts.Node | undefined = forEachChild(node, (candidate) => (candidate.pos <= offset && offset < candidate.end ? candidate : undefined));
    if (!child) break;
    parent = node;
    node = child;
    if (node.kind === SyntaxKind.StringLiteral || node.kind === SyntaxKind.NoSubstitutionTemplateLiteral) break;
  }
  if (!node || (node.kind !== SyntaxKind.StringLiteral && node.kind !== SyntaxKind.NoSubstitutionTemplateLiteral)) return undefined;
  const start = node.getStart(tree);
  const end = node.end;
  if (!(start < offset && offset < end)) return undefined;
  return isValuePosition(compilerApi, node, parent) ? { start, end } : undefined;
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
      // require('…') and import('…') name modules, which decide scope.
      const callee = call.expression;
      if (callee.kind === SyntaxKind.ImportKeyword) return false;
      return !(callee.kind === SyntaxKind.Identifier && (callee as ts.Identifier).text === 'require');
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

// ---- JSON: the table of value strings detection made in its walk (jsonStringTable.ts).

/** Tables made afresh, for a detection that came without one (one made elsewhere than detectDocument). */
const tables = new WeakMap<DetectedDocument, JsonStringTable>();

function jsonStringTableOf(detected: DetectedDocument, text: string): JsonStringTable {
  if (detected.jsonStrings) return detected.jsonStrings;
  let table = tables.get(detected);
  if (!table) {
    const strings = new JsonStringTableBuilder(text);
    walkJsonNow(text, NO_EVENTS, { strings });
    tables.set(detected, (table = strings.finish()));
  }
  return table;
}

const NO_EVENTS: JsonWalkSink = {
  objectBegin: () => undefined,
  property: () => undefined,
  objectEnd: () => undefined,
  arrayBegin: () => undefined,
  arrayEnd: () => undefined,
  literal: () => undefined,
};

function jsonValueStringAt(detected: DetectedDocument, text: string, offset: number): StringToken | undefined {
  // Keys are names (`"statusCode"`, `"responses"`, `"post"`) and an unterminated string is not a token to trust:
  // the table holds neither.
  return stringTokenAt(jsonStringTableOf(detected, text), offset);
}
