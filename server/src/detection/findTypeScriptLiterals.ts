/**
 * Finds status-code literals in TypeScript, JavaScript, TSX and JSX with the TypeScript parser. One
 * walk over the tree gathers candidate literals, imports, identifiers (for the protocol check) and
 * the facts that tie local names to statuses; each candidate is then judged by its position, once
 * all aliases are known (an alias may be declared after a comparison that uses it).
 */
import type { Steps } from './steps';
import * as ts from 'typescript';
import { ASSERT_EQUALITY, EQUALITY_MATCHERS, assertionSubject } from './callShapes';
import { NamedConstantCollector } from './namedConstants';
import { classifyValue } from './dispatchTypeScript';
import { firstDroppingFilter } from './ruleEngine';
import { stateKey } from './rules/exclude.deflate-state';
import type { VerdictStep } from './rules/rule';
import { ProtocolScope } from './protocolScope';
import { ScopeHintCollector, mayHoldDirective } from './scopeHints';
import { forEachTypeScriptComment } from './typeScriptComments';
import type { StatusNameRules } from './statusNames';
import { splitWords } from './statusNames';
import type { TypeScriptEnv } from './statusExpressions';
import { StatusAliases, isStatusParameter, statusExpressionEvidence } from './statusExpressions';
import type { DetectorLanguage, ScopeHints, StatusLiteral } from './types';
import {
  FUNCTION_KINDS, OPENS_SCOPE, calleeOf, expressionName, functionName, isFallbackOperator, isFunctionLike, isTransparentWrapper,
  numericValue, propertyNameText, unwrap,
} from './tsSyntax';

// Read once: the compiler's exports are getters, too slow to call per node.
const {
  SyntaxKind, createSourceFile, forEachChild, isBinaryExpression, isIdentifier, isNumericLiteral,
  isPrefixUnaryExpression, isStringLiteralLike
} = ts;

/** What detection keeps of a TypeScript document for completion. */
export interface TypeScriptAnalysis {
  sourceFile: ts.SourceFile;
  env: TypeScriptEnv;
  protocol: ProtocolScope;
  literals: StatusLiteral[];
  scopeHints: ScopeHints;
  /** Every candidate literal, in walk order, for `explain`. */
  candidates: ts.LiteralExpression[];
}

const SCRIPT_KINDS = new Map<DetectorLanguage, ts.ScriptKind>([
  ['typescript', ts.ScriptKind.TS],
  ['typescriptreact', ts.ScriptKind.TSX],
  ['javascript', ts.ScriptKind.JS],
  ['javascriptreact', ts.ScriptKind.JSX],
]);

const COMPARISON_OPERATORS = new Set([
  SyntaxKind.EqualsEqualsEqualsToken,
  SyntaxKind.EqualsEqualsToken,
  SyntaxKind.ExclamationEqualsEqualsToken,
  SyntaxKind.ExclamationEqualsToken,
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

/** A local name passed to a function of the file: an alias when that function's parameter holds a status. */
interface PendingArgument {
  scope: ts.Node;
  name: string;
  callee: string;
  index: number;
}

/** `list.includes(value)`: `list` holds statuses when `value` is one. */
interface MembershipTest {
  list: string;
  value: ts.Expression;
}

const MEMBERSHIP_METHODS = new Set(['includes', 'has', 'indexOf']);

/** Names that index a list rather than a table: `statuses[i]` does not make `i` a status. */
const INDEX_NAMES = new Set(['i', 'j', 'k', 'n', 'idx', 'index']);

/** What the walk does at a node, by kind (`VISIT_ACTIONS`); every kind not listed is only descended into. */
const enum Visit {
  Descend, Number, String, TemplateHead, ModuleDeclaration, ImportEquals, Enum, ModuleReference, Call,
  ElementAccess, Return, Case, Variable, Binary, Property, Function,
}

const VISIT_ACTIONS = new Uint8Array(SyntaxKind.Count);
for (const [kind, action] of [
  [SyntaxKind.NumericLiteral, Visit.Number],
  [SyntaxKind.StringLiteral, Visit.String],
  [SyntaxKind.NoSubstitutionTemplateLiteral, Visit.String],
  [SyntaxKind.TemplateHead, Visit.TemplateHead],
  [SyntaxKind.ImportDeclaration, Visit.ModuleDeclaration],
  [SyntaxKind.ExportDeclaration, Visit.ModuleDeclaration],
  [SyntaxKind.ImportEqualsDeclaration, Visit.ImportEquals],
  [SyntaxKind.EnumDeclaration, Visit.Enum],
  [SyntaxKind.ExternalModuleReference, Visit.ModuleReference],
  [SyntaxKind.CallExpression, Visit.Call],
  [SyntaxKind.ElementAccessExpression, Visit.ElementAccess],
  [SyntaxKind.ReturnStatement, Visit.Return],
  [SyntaxKind.CaseClause, Visit.Case],
  [SyntaxKind.VariableDeclaration, Visit.Variable],
  [SyntaxKind.BinaryExpression, Visit.Binary],
  [SyntaxKind.PropertyAssignment, Visit.Property],
] as const) VISIT_ACTIONS[kind] = action;
for (const kind of FUNCTION_KINDS) VISIT_ACTIONS[kind] = Visit.Function;

/**
 * What `pushChild` does with a child, by kind: identifiers and the other tokens the walk only descends into have no
 * children (`forEachChild` returns at once for a token), so they are finished when met instead of pushed.
 * Literals stay pushed: candidates are kept in walk order.
 */
const enum AtPush { Push, Identifier, Leaf }

const AT_PUSH = new Uint8Array(SyntaxKind.Count);
for (let kind = 0; kind <= SyntaxKind.LastToken; kind++) {
  if (VISIT_ACTIONS[kind] === Visit.Descend) AT_PUSH[kind] = AtPush.Leaf;
}
AT_PUSH[SyntaxKind.Identifier] = AtPush.Identifier;

/** String literals worth judging: exactly three digits (`'404'`) or a class range (`'4XX'`). */
export function isStatusLikeString(text: string): boolean {
  // Both shapes are three characters long: most strings are not, and skip the expressions.
  return text.length === 3 && (/^\d{3}$/.test(text) || /^[1-5]xx$/i.test(text));
}

/**
 * Parses a new version of a document, reusing the previous version's tree where the text is unchanged: the
 * compiler's incremental parser (what tsserver does on every keystroke) re-reads only the edited region.
 */
export function reparseTypeScript(previous: ts.SourceFile, text: string): ts.SourceFile {
  return ts.updateSourceFile(previous, text, changeRangeBetween(previous.text, text));
}

/** The single span that differs between two texts: common prefix and suffix trimmed off. */
export function changeRangeBetween(before: string, after: string): ts.TextChangeRange {
  const shorter = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < shorter && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < shorter - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  return ts.createTextChangeRange(ts.createTextSpan(prefix, before.length - suffix - prefix), after.length - suffix - prefix);
}

export function parseTypeScript(text: string, languageId: DetectorLanguage): ts.SourceFile {
  const kind = SCRIPT_KINDS.get(languageId) ?? ts.ScriptKind.TS;
  // Parent pointers are set by the detection walk, which visits every node anyway: asking the
  // parser for them costs a second full traversal.
  const fileName = kind === ts.ScriptKind.TSX ? 'document.tsx' : 'document.ts';
  // JSDoc is not needed (comments are read as text where they matter), and skipping it saves time.
  const options = { languageVersion: ts.ScriptTarget.Latest, jsDocParsingMode: ts.JSDocParsingMode.ParseNone };
  return createSourceFile(fileName, text, options, false, kind);
}

/** Nodes visited between two yields of the walk: about a millisecond of work, so a slice can end on time. */
const NODES_PER_STEP = 1024;

/** Candidates judged (or alias facts resolved) between two yields: each costs several nodes' worth. */
const CANDIDATES_PER_STEP = 256;

/**
 * Finds the literals of a parsed file, in slices: each `yield` leaves the walk or the judging where it is, so the
 * caller may let other work run; the order of visits and verdicts is that of one go, hence the same result.
 * `literals` is filled as it goes, so a caller that catches an internal error still has what was found before it.
 */
export function* analyseTypeScriptSteps(
  sourceFile: ts.SourceFile,
  names: StatusNameRules,
  literals: StatusLiteral[],
): Steps<TypeScriptAnalysis> {
  const aliases = new StatusAliases();
  const env: TypeScriptEnv = {
    names, aliases, localFunctions: new Map(), statusLists: new Set(), statusFunctions: new Map(), statusResultNames: new Set(),
    stateExpressions: new Set(),
  };
  const protocol = new ProtocolScope(sourceFile.text);
  const hints = new ScopeHintCollector();
  const candidates: ts.LiteralExpression[] = [];
  const pending: PendingAlias[] = [];
  const pendingArguments: PendingArgument[] = [];
  const membershipTests: MembershipTest[] = [];
  const returns: ts.ReturnStatement[] = [];

  const noteModule = (specifier: ts.Node | undefined): void => {
    if (specifier && isStringLiteralLike(specifier)) {
      hints.addModule(specifier.text);
      protocol.noteModule(specifier.text);
    }
  };

  // The walk sets each child's parent pointer (the parser was asked not to). It keeps its own stack rather
  // than recursing, so a document nested thousands deep (generated code) is read to the end. Beside each node
  // it keeps the node's enclosing scope: asking each node's ancestors instead costs the depth per node, and a
  // chain of thousands of operators (`a | 409 | b | …`) is that deep.
  const stack: ts.Node[] = [sourceFile];
  const scopes: ts.Node[] = [sourceFile];
  let parentOf: ts.Node = sourceFile;
  let scopeOfChildren: ts.Node = sourceFile;
  // Nodes met so far, pushed or not: the walk yields every NODES_PER_STEP of them.
  let visited = 0;
  // Identifiers are counted only where the count can change a verdict (see ProtocolScope.countsIdentifiers).
  const countsIdentifiers = protocol.countsIdentifiers;
  // Returns nothing: forEachChild stops at the first truthy result.
  const pushChild = (child: ts.Node): void => {
    (child as { parent: ts.Node }).parent = parentOf;
    // Two nodes in five are identifiers and other tokens, which have no children: they are done with here, not
    // pushed and popped. Counting an identifier here rather than in walk order leaves the counts the same.
    switch (AT_PUSH[child.kind]) {
      case AtPush.Identifier:
        visited++;
        if (countsIdentifiers) protocol.noteIdentifier((child as ts.Identifier).text);
        return;
      case AtPush.Leaf:
        visited++;
        return;
    }
    stack.push(child);
    scopes.push(scopeOfChildren);
  };
  // Named constants (HttpStatus.CONFLICT) are resolved after the walk, from the imports and tables it noted.
  const constants = new NamedConstantCollector(sourceFile);
  // Returns whether to descend. The walk meets about a million nodes in a 2 MB file and most of them are
  // nothing to it: one read of a table by kind sends each to its case (a chain of `SyntaxKind.X` reads would not).
  const visit = (node: ts.Node, scope: ts.Node): boolean => {
    switch (VISIT_ACTIONS[node.kind]) {
      case Visit.Descend:
        return true;
      case Visit.Number:
        candidates.push(node as ts.NumericLiteral);
        return false;
      case Visit.String:
        if (isStatusLikeString((node as ts.StringLiteralLike).text)) candidates.push(node as ts.StringLiteralLike);
        else protocol.noteString((node as ts.StringLiteralLike).text);
        return false;
      case Visit.TemplateHead: // `SIP/2.0 ${code} ${reason}`
        protocol.noteString((node as ts.TemplateHead).text);
        return false;
      case Visit.ModuleDeclaration:
        constants.note(node);
        noteModule((node as ts.ImportDeclaration | ts.ExportDeclaration).moduleSpecifier);
        return true;
      case Visit.ImportEquals:
        constants.note(node);
        return true;
      case Visit.Enum:
        constants.note(node);
        return true;
      case Visit.ModuleReference:
        noteModule((node as ts.ExternalModuleReference).expression);
        return true;
      case Visit.Call:
        noteCall(node as ts.CallExpression, scope);
        return true;
      case Visit.ElementAccess:
        noteLookup(node as ts.ElementAccessExpression, scope);
        return true;
      case Visit.Return:
        returns.push(node as ts.ReturnStatement);
        return true;
      case Visit.Case:
        noteStateValue((node as ts.CaseClause).parent.parent.expression, (node as ts.CaseClause).expression);
        return true;
      case Visit.Variable: {
        constants.note(node);
        const declaration = node as ts.VariableDeclaration;
        if (isIdentifier(declaration.name) && declaration.initializer) {
          pending.push({ scope, name: declaration.name.text, source: declaration.initializer });
          if (names.isStatusName(declaration.name.text) || names.isStatusListName(declaration.name.text)) noteStatusResult(declaration.initializer);
        }
        return true;
      }
      case Visit.Binary:
        noteAssignment(node as ts.BinaryExpression, scope);
        return true;
      case Visit.Property: {
        // { status: code } ties `code` to a status.
        const property = node as ts.PropertyAssignment;
        const name = propertyNameText(property.name);
        const value = unwrap(property.initializer);
        if (name !== undefined && names.isStatusName(name)) {
          if (isIdentifier(value)) aliases.add(scope, value.text);
          noteStatusResult(property.initializer);
        }
        return true;
      }
      case Visit.Function:
        noteStatusFunction(node as ts.SignatureDeclaration);
        return true;
    }
    return true;
  };
  function* walk(): Steps<void> {
    let nextYield = NODES_PER_STEP;
    while (stack.length > 0) {
      if (++visited >= nextYield) {
        nextYield = visited + NODES_PER_STEP;
        yield;
      }
      const node = stack.pop()!;
      const scope = scopes.pop()!;
      if (!visit(node, scope)) continue;
      // What enclosingScope (tsSyntax.ts) answers for each child.
      scopeOfChildren = OPENS_SCOPE[node.kind] === 1 ? node : scope;
      parentOf = node;
      const first = stack.length;
      forEachChild(node, pushChild);
      // Children are visited in source order: the pushed run is turned around so the first is popped first.
      for (let i = first, j = stack.length - 1; i < j; i++, j--) {
        const child = stack[i]!;
        stack[i] = stack[j]!;
        stack[j] = child;
      }
    }
  }

  /** `s.status = 42`, `s.status === 666`, `case 42:` on a status expression: a number no status has marks a state machine. */
  const noteStateValue = (target: ts.Expression, value: ts.Expression): void => {
    const literal = unwrap(value);
    if (!isNumericLiteral(literal)) return;
    const number = numericValue(literal);
    if (number === 0 || (number >= 100 && number <= 599)) return;
    const name = expressionName(target);
    const key = name !== undefined && names.isStatusName(name) ? stateKey(target) : undefined;
    if (key !== undefined) env.stateExpressions.add(key);
  };

  /** `res.status(statusFor(err))`, `const status = codeOf(err)`: the local function's result is a status. */
  const noteStatusResult = (expression: ts.Expression): void => {
    const target = unwrap(expression);
    if (!ts.isCallExpression(target)) return;
    const callee = calleeOf(target);
    if (callee && (!callee.receiver || callee.receiver.kind === SyntaxKind.ThisKeyword)) env.statusResultNames.add(callee.name);
  };

  const noteCall = (call: ts.CallExpression, scope: ts.Node): void => {
    const first = call.arguments[0];
    const isRequire = isIdentifier(call.expression) && call.expression.text === 'require';
    if (call.expression.kind === SyntaxKind.ImportKeyword || isRequire) {
      noteModule(first);
      return;
    }
    // res.status(code) ties `code` to a status.
    const callee = calleeOf(call);
    if (!callee || !first) return;
    const firstTarget = unwrap(first);
    if (names.isStatusCallName(callee.name)) {
      if (isIdentifier(firstTarget)) aliases.add(scope, firstTarget.text);
      noteStatusResult(first);
    }
    // expect(res.status).toBe(code) and assert.equal(res.status, code) tie `code` to a status.
    if (isIdentifier(firstTarget) && callee.receiver && EQUALITY_MATCHERS.has(callee.name)) {
      const subject = assertionSubject(callee.receiver);
      if (subject) pending.push({ scope, name: firstTarget.text, source: subject });
    }
    // abortHandshake(socket, code): `code` holds a status if the function's parameter does.
    if (!callee.receiver || callee.receiver.kind === SyntaxKind.ThisKeyword) {
      const args = call.arguments;
      for (let index = 0; index < args.length; index++) {
        const target = unwrap(args[index]!);
        if (isIdentifier(target)) pendingArguments.push({ scope, name: target.text, callee: callee.name, index });
      }
    }
    if (callee.receiver && MEMBERSHIP_METHODS.has(callee.name)) {
      const list = expressionName(callee.receiver);
      if (list !== undefined) membershipTests.push({ list, value: first });
    }
    const second = call.arguments[1];
    if (second && ASSERT_EQUALITY.has(callee.name)) {
      const secondTarget = unwrap(second);
      if (isIdentifier(secondTarget)) pending.push({ scope, name: secondTarget.text, source: first });
      if (isIdentifier(firstTarget)) pending.push({ scope, name: firstTarget.text, source: second });
    }
  };

  const noteAssignment = (binary: ts.BinaryExpression, scope: ts.Node): void => {
    const left = unwrap(binary.left);
    const right = unwrap(binary.right);
    // code === res.status ties `code` to a status.
    if (COMPARISON_OPERATORS.has(binary.operatorToken.kind) || binary.operatorToken.kind === SyntaxKind.EqualsToken) {
      noteStateValue(binary.left, binary.right);
      noteStateValue(binary.right, binary.left);
    }
    if (COMPARISON_OPERATORS.has(binary.operatorToken.kind)) {
      if (isIdentifier(left)) pending.push({ scope, name: left.text, source: binary.right });
      if (isIdentifier(right)) pending.push({ scope, name: right.text, source: binary.left });
      return;
    }
    if (binary.operatorToken.kind !== SyntaxKind.EqualsToken) return;
    if (isIdentifier(left)) pending.push({ scope, name: left.text, source: binary.right });
    // this.statusCode = code ties `code` to a status.
    if (isIdentifier(right)) pending.push({ scope, name: right.text, source: binary.left });
  };

  // http.STATUS_CODES[code], statusText[code]: a parameter used as the key of a status table holds a status.
  const noteLookup = (access: ts.ElementAccessExpression, scope: ts.Node): void => {
    const key = unwrap(access.argumentExpression);
    if (!isIdentifier(key) || INDEX_NAMES.has(key.text)) return;
    const table = expressionName(access.expression);
    if (table === undefined || !names.isStatusKeyedName(table)) return;
    const isParameter = isFunctionLike(scope) && scope.parameters.some((p) => isIdentifier(p.name) && p.name.text === key.text);
    if (isParameter) aliases.add(scope, key.text);
  };

  // function status(code) {…}, isRedirect(code): the first parameter of a function named for a status holds one.
  const noteStatusFunction = (fn: ts.SignatureDeclaration): void => {
    const name = functionName(fn);
    if (name !== undefined && !env.localFunctions.has(name)) {
      env.localFunctions.set(name, { parameters: fn.parameters.map((p) => (isIdentifier(p.name) ? p.name.text : '')), node: fn });
    }
    const parameter = fn.parameters[0];
    if (name === undefined || !parameter || !isIdentifier(parameter.name)) return;
    if (!STATUS_PARAMETER_NAMES.has(parameter.name.text)) return;
    const words = splitWords(name);
    // isRedirect(code): a function named for a class of statuses.
    const namesStatus = words.includes('status') || words.includes('redirect') || (words.includes('http') && words.includes('code'));
    if (namesStatus) aliases.add(fn, parameter.name.text);
  };

  yield* walk();
  protocol.finish();
  if (mayHoldDirective(sourceFile.text)) forEachTypeScriptComment(sourceFile, (comment, offset) => hints.addComment(comment, offset));
  yield;
  yield* resolveAliases(pending, pendingArguments, env);
  for (const test of membershipTests) {
    if (!env.statusLists.has(test.list) && statusExpressionEvidence(test.value, env)) env.statusLists.add(test.list);
  }
  yield;
  for (let i = 0; i < returns.length; i++) {
    if (i > 0 && i % CANDIDATES_PER_STEP === 0) yield;
    noteStatusReturn(returns[i]!, env);
  }
  if (protocol.countsNumbers) {
    for (const candidate of candidates) {
      if (isNumericLiteral(candidate)) protocol.noteNumber(numericValue(candidate));
    }
  }
  yield;
  for (let i = 0; i < candidates.length; i++) {
    if (i > 0 && i % CANDIDATES_PER_STEP === 0) yield;
    const literal = judge(candidates[i]!, sourceFile, env, protocol);
    if (literal) literals.push(literal);
  }
  yield;
  literals.push(...constants.resolve(literals));
  return { sourceFile, env, protocol, literals, scopeHints: hints.result(), candidates };
}

/**
 * In slices, like the walk. Two rounds settle chains like `const s = res.status; const code = s;` or `f(code)` → `g(code)` →
 * `res.writeHead(code)` in practice.
 */
function* resolveAliases(pending: PendingAlias[], pendingArguments: PendingArgument[], env: TypeScriptEnv): Steps<void> {
  // A fact's answer depends on the tree, the names, the file's functions and the aliases known, and only the aliases
  // change meanwhile: the second round skips a fact asked when the aliases were the ones known now, as it would
  // answer as it did (most facts of a large file, whose aliases are all found early).
  const argumentAskedAt = new Float64Array(pendingArguments.length);
  const pendingAskedAt = new Float64Array(pending.length);
  for (let round = 0; round < 2; round++) {
    for (let i = 0; i < pendingArguments.length; i++) {
      if (i > 0 && i % CANDIDATES_PER_STEP === 0) yield;
      if (round > 0 && argumentAskedAt[i] === env.aliases.version) continue;
      argumentAskedAt[i] = env.aliases.version;
      const fact = pendingArguments[i]!;
      const fn = env.localFunctions.get(fact.callee);
      if (fn && isStatusParameter(fn, fact.index, env)) env.aliases.add(fact.scope, fact.name);
    }
    yield;
    for (let i = 0; i < pending.length; i++) {
      if (i > 0 && i % CANDIDATES_PER_STEP === 0) yield;
      if (round > 0 && pendingAskedAt[i] === env.aliases.version) continue;
      pendingAskedAt[i] = env.aliases.version;
      const fact = pending[i]!;
      if (env.aliases.has(fact.source, fact.name)) continue;
      const source = unwrap(fact.source);
      const holdsStatus = isBinaryExpression(source) && isFallbackOperator(source.operatorToken.kind)
        ? statusExpressionEvidence(source.left, env) || statusExpressionEvidence(source.right, env)
        : statusExpressionEvidence(source, env);
      if (holdsStatus) env.aliases.add(fact.scope, fact.name);
    }
  }
}

/** `return res.error.data.httpStatus`: a function that returns a status expression returns statuses. */
function noteStatusReturn(statement: ts.ReturnStatement, env: TypeScriptEnv): void {
  if (!statement.expression || isNumericLiteral(unwrap(statement.expression))) return;
  const evidence = statusExpressionEvidence(statement.expression, env);
  if (!evidence) return;
  let fn: ts.Node | undefined = statement.parent;
  while (fn && !isFunctionLike(fn)) fn = fn.parent;
  if (fn && !env.statusFunctions.has(fn)) env.statusFunctions.set(fn, evidence);
}

/** Turns a candidate into a reported literal when a finder takes its position and no filter drops it. */
export function judge(
  node: ts.LiteralExpression,
  sourceFile: ts.SourceFile,
  env: TypeScriptEnv,
  protocol: ProtocolScope,
  trace?: VerdictStep[],
): StatusLiteral | undefined {
  // Most numbers in code are small (0, 1, 1000): outside 100-599 only a status-setting call
  // argument can report them, so anything else is dropped before the position is judged.
  if (!trace && isNumericLiteral(node) && !isCodeShaped(numericValue(node)) && !isCallArgument(node)) return undefined;
  const classification = classifyValue(node, env, trace);
  if (!classification) return undefined;
  const negated = isPrefixUnaryExpression(node.parent) && node.parent.operator === SyntaxKind.MinusToken;
  const reported: ts.Node = negated ? node.parent : node;
  let code: number | string | undefined;
  let value: number | undefined;
  if (isNumericLiteral(node)) {
    value = numericValue(node) * (negated ? -1 : 1);
    if (!Number.isFinite(value)) return undefined;
    code = value;
  } else if (negated) {
    return undefined;
  } else if (/^[1-5]xx$/i.test(node.text)) {
    if (classification.context !== 'openapi-response-key') return undefined;
    code = node.text.toUpperCase();
  } else {
    value = Number(node.text);
    code = value;
  }
  const input = { finding: classification, value, language: 'typescript' as const, node, isString: !isNumericLiteral(node) };
  // The protocol scope is what the evidence filters ask (a FilterScope as it is: no wrapper per literal).
  if (typeof code === 'number' && firstDroppingFilter(input, protocol, trace) !== undefined) return undefined;
  if (typeof code === 'string' && protocol.suppresses(node, classification.evidence, classification.strong)) return undefined;
  const start = reported.getStart(sourceFile);
  const end = reported.end;
  const literal: StatusLiteral = {
    start, end, text: sourceFile.text.slice(start, end), code, context: classification.context, rule: classification.rule,
  };
  if (isStringLiteralLike(node)) {
    const quote = sourceFile.text.charAt(start);
    if (quote === '"' || quote === "'" || quote === '`') literal.quote = quote;
  }
  if (classification.rangeBound) literal.rangeBound = true;
  return literal;
}

function isCodeShaped(value: number): boolean {
  return value >= 100 && value <= 599;
}

/** Whether a literal (through parentheses, `as`, unary minus…) is an argument of a call or `new`. */
function isCallArgument(node: ts.Node): boolean {
  let current = node;
  while (current.parent && (isTransparentWrapper(current.parent) || isPrefixUnaryExpression(current.parent))) {
    current = current.parent;
  }
  const parent = current.parent;
  return parent !== undefined && (parent.kind === SyntaxKind.CallExpression || parent.kind === SyntaxKind.NewExpression);
}
