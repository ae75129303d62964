/**
 * Finds status-code literals in TypeScript, JavaScript, TSX and JSX with the TypeScript parser. One
 * walk over the tree gathers candidate literals, imports, identifiers (for the protocol check) and
 * the facts that tie local names to statuses; each candidate is then judged by its position, once
 * all aliases are known (an alias may be declared after a comparison that uses it).
 */
import * as ts from 'typescript';
import { ASSERT_EQUALITY, EQUALITY_MATCHERS, assertionSubject } from './callPositions';
import { ProtocolScope } from './protocolScope';
import { ScopeHintCollector, forEachTypeScriptComment, mayHoldDirective } from './scopeHints';
import type { StatusNameRules } from './statusNames';
import { splitWords } from './statusNames';
import type { Classification, TypeScriptEnv } from './statusExpressions';
import { StatusAliases, statusExpressionEvidence } from './statusExpressions';
import type { DetectorLanguage, ScopeHints, StatusLiteral } from './types';
import { calleeOf, enclosingScope, functionName, isFunctionLike, numericValue, propertyNameText, unwrap } from './tsSyntax';
import { classifyValue } from './valuePositions';

/** What detection keeps of a TypeScript document for completion. */
export interface TypeScriptAnalysis {
  sourceFile: ts.SourceFile;
  env: TypeScriptEnv;
  protocol: ProtocolScope;
  literals: StatusLiteral[];
  scopeHints: ScopeHints;
}

const SCRIPT_KINDS = new Map<DetectorLanguage, ts.ScriptKind>([
  ['typescript', ts.ScriptKind.TS],
  ['typescriptreact', ts.ScriptKind.TSX],
  ['javascript', ts.ScriptKind.JS],
  ['javascriptreact', ts.ScriptKind.JSX],
]);

const COMPARISON_OPERATORS = new Set([
  ts.SyntaxKind.EqualsEqualsEqualsToken,
  ts.SyntaxKind.EqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsToken,
]);

/** Parameter names that, in a function named for a status (`function status(code)`), hold the status. */
const STATUS_PARAMETER_NAMES = new Set(['code', 'c', 'n', 'num', 'value', 'val', 'v', 'sc', 's']);

/** A local name that may turn out to alias a status, once every alias is known. */
interface PendingAlias {
  scope: ts.Node;
  name: string;
  /** The expression that, if it holds a status, makes `name` an alias. */
  source: ts.Expression;
}

/** String literals worth judging: exactly three digits (`'404'`) or a class range (`'4XX'`). */
export function isStatusLikeString(text: string): boolean {
  return /^\d{3}$/.test(text) || /^[1-5]xx$/i.test(text);
}

export function parseTypeScript(text: string, languageId: DetectorLanguage): ts.SourceFile {
  const kind = SCRIPT_KINDS.get(languageId) ?? ts.ScriptKind.TS;
  return ts.createSourceFile('document.' + (kind === ts.ScriptKind.TSX ? 'tsx' : 'ts'), text, ts.ScriptTarget.Latest, true, kind);
}

/**
 * Finds the literals of a parsed file. `literals` is filled as it goes, so a caller that catches an
 * internal error still has what was found before it.
 */
export function analyseTypeScript(sourceFile: ts.SourceFile, names: StatusNameRules, literals: StatusLiteral[]): TypeScriptAnalysis {
  const aliases = new StatusAliases();
  const env: TypeScriptEnv = { names, aliases, localFunctions: new Map() };
  const protocol = new ProtocolScope(sourceFile.text);
  const hints = new ScopeHintCollector();
  const candidates: ts.LiteralExpression[] = [];
  const pending: PendingAlias[] = [];

  const noteModule = (specifier: ts.Node | undefined): void => {
    if (specifier && ts.isStringLiteralLike(specifier)) {
      hints.addModule(specifier.text);
      protocol.noteModule(specifier.text);
    }
  };

  const visit = (node: ts.Node): void => {
    switch (node.kind) {
      case ts.SyntaxKind.NumericLiteral:
        candidates.push(node as ts.NumericLiteral);
        return;
      case ts.SyntaxKind.StringLiteral:
      case ts.SyntaxKind.NoSubstitutionTemplateLiteral:
        if (isStatusLikeString((node as ts.StringLiteralLike).text)) candidates.push(node as ts.StringLiteralLike);
        return;
      case ts.SyntaxKind.Identifier:
        protocol.noteIdentifier((node as ts.Identifier).text);
        return;
      case ts.SyntaxKind.ImportDeclaration:
      case ts.SyntaxKind.ExportDeclaration:
        noteModule((node as ts.ImportDeclaration | ts.ExportDeclaration).moduleSpecifier);
        break;
      case ts.SyntaxKind.ExternalModuleReference:
        noteModule((node as ts.ExternalModuleReference).expression);
        break;
      case ts.SyntaxKind.CallExpression:
        noteCall(node as ts.CallExpression);
        break;
      case ts.SyntaxKind.VariableDeclaration: {
        const declaration = node as ts.VariableDeclaration;
        if (ts.isIdentifier(declaration.name) && declaration.initializer) {
          pending.push({ scope: enclosingScope(node), name: declaration.name.text, source: declaration.initializer });
        }
        break;
      }
      case ts.SyntaxKind.BinaryExpression:
        noteAssignment(node as ts.BinaryExpression);
        break;
      case ts.SyntaxKind.PropertyAssignment: {
        // { status: code } ties `code` to a status.
        const property = node as ts.PropertyAssignment;
        const name = propertyNameText(property.name);
        const value = unwrap(property.initializer);
        if (name !== undefined && ts.isIdentifier(value) && names.isStatusName(name)) aliases.add(enclosingScope(node), value.text);
        break;
      }
      default:
        if (isFunctionLike(node)) noteStatusFunction(node);
    }
    ts.forEachChild(node, visit);
  };

  const noteCall = (call: ts.CallExpression): void => {
    const first = call.arguments[0];
    if (call.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(call.expression) && call.expression.text === 'require')) {
      noteModule(first);
      return;
    }
    // res.status(code) ties `code` to a status.
    const callee = calleeOf(call);
    if (!callee || !first) return;
    const scope = enclosingScope(call);
    const firstTarget = unwrap(first);
    if (ts.isIdentifier(firstTarget) && names.isStatusCallName(callee.name)) aliases.add(scope, firstTarget.text);
    // expect(res.status).toBe(code) and assert.equal(res.status, code) tie `code` to a status.
    if (ts.isIdentifier(firstTarget) && callee.receiver && EQUALITY_MATCHERS.has(callee.name)) {
      const subject = assertionSubject(callee.receiver);
      if (subject) pending.push({ scope, name: firstTarget.text, source: subject });
    }
    const second = call.arguments[1];
    if (second && ASSERT_EQUALITY.has(callee.name)) {
      const secondTarget = unwrap(second);
      if (ts.isIdentifier(secondTarget)) pending.push({ scope, name: secondTarget.text, source: first });
      if (ts.isIdentifier(firstTarget)) pending.push({ scope, name: firstTarget.text, source: second });
    }
  };

  const noteAssignment = (binary: ts.BinaryExpression): void => {
    const left = unwrap(binary.left);
    const right = unwrap(binary.right);
    const scope = enclosingScope(binary);
    // code === res.status ties `code` to a status.
    if (COMPARISON_OPERATORS.has(binary.operatorToken.kind)) {
      if (ts.isIdentifier(left)) pending.push({ scope, name: left.text, source: binary.right });
      if (ts.isIdentifier(right)) pending.push({ scope, name: right.text, source: binary.left });
      return;
    }
    if (binary.operatorToken.kind !== ts.SyntaxKind.EqualsToken) return;
    if (ts.isIdentifier(left)) pending.push({ scope, name: left.text, source: binary.right });
    // this.statusCode = code ties `code` to a status.
    if (ts.isIdentifier(right)) pending.push({ scope, name: right.text, source: binary.left });
  };

  // function status(code) {…}: the first parameter of a function named for a status holds one.
  const noteStatusFunction = (fn: ts.SignatureDeclaration): void => {
    const name = functionName(fn);
    if (name !== undefined && !env.localFunctions.has(name)) {
      env.localFunctions.set(name, fn.parameters.map((p) => (ts.isIdentifier(p.name) ? p.name.text : '')));
    }
    const parameter = fn.parameters[0];
    if (name === undefined || !parameter || !ts.isIdentifier(parameter.name)) return;
    if (!STATUS_PARAMETER_NAMES.has(parameter.name.text)) return;
    const words = splitWords(name);
    if (words.includes('status') || (words.includes('http') && words.includes('code'))) aliases.add(fn, parameter.name.text);
  };

  visit(sourceFile);
  if (mayHoldDirective(sourceFile.text)) forEachTypeScriptComment(sourceFile, (comment) => hints.addComment(comment));
  resolveAliases(pending, env);
  for (const candidate of candidates) {
    const literal = judge(candidate, sourceFile, env, protocol);
    if (literal) literals.push(literal);
  }
  return { sourceFile, env, protocol, literals, scopeHints: hints.result() };
}

/** Two rounds settle chains like `const s = res.status; const code = s;` in practice. */
function resolveAliases(pending: PendingAlias[], env: TypeScriptEnv): void {
  for (let round = 0; round < 2; round++) {
    for (const fact of pending) {
      if (env.aliases.has(fact.source, fact.name)) continue;
      const source = unwrap(fact.source);
      const operands =
        ts.isBinaryExpression(source) &&
        (source.operatorToken.kind === ts.SyntaxKind.BarBarToken || source.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken)
          ? [source.left, source.right]
          : [source];
      if (operands.some((operand) => statusExpressionEvidence(operand, env))) env.aliases.add(fact.scope, fact.name);
    }
  }
}

/** Turns a candidate into a reported literal when its position takes a status and its value fits. */
export function judge(
  node: ts.LiteralExpression,
  sourceFile: ts.SourceFile,
  env: TypeScriptEnv,
  protocol: ProtocolScope,
): StatusLiteral | undefined {
  const classification = classifyValue(node, env);
  if (!classification || protocol.suppresses(node, classification.evidence)) return undefined;
  const negated = ts.isPrefixUnaryExpression(node.parent) && node.parent.operator === ts.SyntaxKind.MinusToken;
  const reported: ts.Node = negated ? node.parent : node;
  const code = literalCode(node, classification, negated);
  if (code === undefined) return undefined;
  const start = reported.getStart(sourceFile);
  const literal: StatusLiteral = { start, end: reported.end, text: sourceFile.text.slice(start, reported.end), code, context: classification.context };
  if (ts.isStringLiteralLike(node)) {
    const quote = sourceFile.text.charAt(start);
    if (quote === '"' || quote === "'" || quote === '`') literal.quote = quote;
  }
  if (classification.rangeBound) literal.rangeBound = true;
  return literal;
}

/** The code a literal stands for, or undefined when its value does not fit the position's strength. */
function literalCode(node: ts.LiteralExpression, classification: Classification, negated: boolean): number | string | undefined {
  if (ts.isNumericLiteral(node)) {
    const value = numericValue(node) * (negated ? -1 : 1);
    if (classification.strong) return Number.isFinite(value) ? value : undefined;
    return Number.isInteger(value) && value >= 100 && value <= 599 ? value : undefined;
  }
  if (negated) return undefined;
  if (/^[1-5]xx$/i.test(node.text)) return classification.context === 'openapi-response-key' ? node.text.toUpperCase() : undefined;
  const value = Number(node.text);
  return value >= 100 && value <= 599 ? value : undefined;
}
