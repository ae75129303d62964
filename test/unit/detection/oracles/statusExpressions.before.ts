// The implementation as it was at cf3847f, kept as the oracle of typeScriptWalk.test.ts: the faster walk, alias
// resolution and climb must find exactly what this finds. Only its imports changed. Do not edit.
/**
 * Which TypeScript expressions hold a status code at run time: `res.status`, `response.statusCode`,
 * `error.response.status`, `res.status()` (Playwright), `err.code` on an error or response object, and
 * local variables that the function ties to one of those (status aliases). A literal compared with,
 * asserted against or defaulted next to such an expression is a status code.
 */
import * as ts from 'typescript';
import type { StatusNameRules } from '../../../../server/src/detection/statusNames';
import { splitWords } from '../../../../server/src/detection/statusNames';
import type { Finding } from '../../../../server/src/detection/rules/rule';
import { calleeOf, enclosingScope, expressionName, propertyNameText, unwrap } from '../../../../server/src/detection/tsSyntax';

// Read once: the compiler's exports are getters, too slow to call per node.
const {
  SyntaxKind, isBinaryExpression, isCallExpression, isClassLike, isElementAccessExpression, isIdentifier,
  isPrefixUnaryExpression, isPropertyAccessExpression, isSourceFile
} = ts;

/**
 * How strongly a match says "HTTP": `http` names it outright (`httpStatus`, `writeHead`), `status`
 * uses the word status, `generic` rests on weaker ground (`code` on a response, an alias). Code about
 * other protocols (FTP, SMTP reply codes) drops the weaker kinds.
 */
export type Evidence = 'http' | 'status' | 'generic';

/** What a rule concluded about one value position, and the id of the rule that did. */
export interface Classification extends Finding {
  rule: string;
}

/** Local names a function ties to a status (`const code = res.statusCode`), per function scope. */
export class StatusAliases {
  private readonly byScope = new Map<ts.Node, Set<string>>();

  add(scope: ts.Node, name: string): void {
    let names = this.byScope.get(scope);
    if (!names) this.byScope.set(scope, (names = new Set()));
    names.add(name);
  }

  /** Whether `name`, used at `usage`, is an alias in its function or an enclosing one (closures). */
  has(usage: ts.Node, name: string): boolean {
    let scope: ts.Node = enclosingScope(usage);
    for (;;) {
      if (this.byScope.get(scope)?.has(name)) return true;
      if (isSourceFile(scope) || !scope.parent) return false;
      scope = enclosingScope(scope);
    }
  }

  /**
   * Whether `name` is an alias anywhere inside `container` (a loop body, a test callback): facts are
   * kept where the name is used, which may be a closure nested in the scope that declares it.
   */
  /** Whether `name` is an alias in exactly this scope (a function's own body, not its closures). */
  hasInScope(scope: ts.Node, name: string): boolean {
    return this.byScope.get(scope)?.has(name) ?? false;
  }

  hasWithin(container: ts.Node, name: string): boolean {
    if (this.has(container, name)) return true;
    for (const [scope, names] of this.byScope) {
      if (!names.has(name)) continue;
      for (let current: ts.Node | undefined = scope; current; current = current.parent) {
        if (current === container) return true;
      }
    }
    return false;
  }
}

/** Everything the TypeScript rules consult besides the tree itself. */
export interface TypeScriptEnv {
  names: StatusNameRules;
  aliases: StatusAliases;
  /** The functions and methods the file declares, by name: `strip(status)`, `abortHandshake(socket, code)`. */
  localFunctions: Map<string, LocalFunction>;
  /** Names of lists the file tests a status against: `RETRY_ON` in `RETRY_ON.includes(res.status)`. */
  statusLists: Set<string>;
  /** Functions with a `return` of a status expression, and that evidence: their other returns are statuses too. */
  statusFunctions: Map<ts.Node, Evidence>;
  /** Names of local functions whose result the file uses as a status (`res.status(statusFor(err))`). */
  statusResultNames: Set<string>;
  /** Status expressions (text) the file also compares with or assigns non-HTTP numbers: state machines (zlib). */
  stateExpressions: Set<string>;
}

/** A function or method the file declares: its parameter names ('' for a destructured one) and its node. */
export interface LocalFunction {
  parameters: string[];
  node: ts.Node;
}

/**
 * Whether parameter `index` of a local function holds a status: it is named for one (`strip(status)`), or the
 * function uses it as one (`res.writeHead(code)`, `http.STATUS_CODES[code]`), which makes it an alias there.
 */
export function isStatusParameter(fn: LocalFunction, index: number, env: TypeScriptEnv): Classification['evidence'] | undefined {
  const parameter = fn.parameters[index];
  if (!parameter) return undefined;
  if (env.names.isStatusName(parameter)) return env.names.namedEvidence(parameter);
  return env.aliases.hasInScope(fn.node, parameter) ? 'generic' : undefined;
}


const RESPONSE_OR_ERROR_WORDS = new Set([
  'res', 'resp', 'response', 'reply', 'err', 'error', 'e', 'ex', 'exception', 'exc',
]);

/** An expression naming a response or an error (`res`, `error.response`, `httpError`): its `code` is a status. */
export function isResponseOrError(expression: ts.Expression): boolean {
  const target = unwrap(expression);
  if (target.kind === SyntaxKind.ThisKeyword) return isInsideErrorOrResponseClass(target);
  // hapi `h.response(body).code(201)`: a call that makes a response.
  const name = isCallExpression(target) ? calleeOf(target)?.name : expressionName(target);
  if (name === undefined) return false;
  const words = splitWords(name);
  return words.length > 0 && RESPONSE_OR_ERROR_WORDS.has(words[words.length - 1]!);
}

/** `this` in a class named or extending `…Error`/`…Exception`/`…Response`. */
function isInsideErrorOrResponseClass(node: ts.Node): boolean {
  let current: ts.Node | undefined = node.parent;
  while (current && !isClassLike(current)) current = current.parent;
  if (!current) return false;
  const names = [current.name?.text ?? ''];
  for (const clause of current.heritageClauses ?? []) {
    for (const type of clause.types) names.push(expressionName(type.expression) ?? '');
  }
  return names.some((name) => {
    const words = splitWords(name);
    const last = words[words.length - 1];
    return last === 'error' || last === 'exception' || last === 'response';
  });
}

/** Calls that convert without changing which value it is: `Number(res.status)`, `parseInt(code, 10)`. */
const CONVERSIONS = new Set(['Number', 'parseInt', 'String', 'parseFloat']);

/** The evidence that `expression` holds a status code, or undefined when it does not. */
export function statusExpressionEvidence(expression: ts.Expression, env: TypeScriptEnv): Evidence | undefined {
  const target = unwrap(expression);
  if (isPrefixUnaryExpression(target) && target.operator === SyntaxKind.PlusToken) {
    return statusExpressionEvidence(target.operand, env);
  }
  if (isIdentifier(target)) {
    if (env.names.isStatusName(target.text)) return env.names.namedEvidence(target.text);
    return env.aliases.has(target, target.text) ? 'generic' : undefined;
  }
  if (isPropertyAccessExpression(target) || isElementAccessExpression(target)) {
    const name = expressionName(target);
    if (name === undefined) return undefined;
    if (env.names.isStatusName(name)) return env.names.namedEvidence(name);
    if (name === 'code' && isResponseOrError(target.expression)) return 'generic';
    // statuses[i], JSONRPC2_TO_HTTP_CODE[code]: an element of a list or table of statuses.
    const table = isElementAccessExpression(target) ? expressionName(target.expression) : undefined;
    if (table !== undefined && env.names.isStatusTableName(table)) return env.names.namedEvidence(table);
    return undefined;
  }
  if (isCallExpression(target)) return callResultEvidence(target, env);
  // `ctx.response && ctx.response.status`: the guarded value is the right operand.
  if (isBinaryExpression(target) && target.operatorToken.kind === SyntaxKind.AmpersandAmpersandToken) {
    return statusExpressionEvidence(target.right, env);
  }
  return undefined;
}

/** `res.status()`, `getStatusCode()`, `Number(res.status)`, Cypress `its('status')`. */
function callResultEvidence(call: ts.CallExpression, env: TypeScriptEnv): Evidence | undefined {
  const callee = calleeOf(call);
  if (!callee) return undefined;
  const first = call.arguments[0];
  if (CONVERSIONS.has(callee.name) && first) return statusExpressionEvidence(first, env);
  if (callee.name === 'its' && first) {
    const path = propertyNameText(unwrap(first));
    const last = path?.split('.').pop();
    return last !== undefined && env.names.isStatusName(last) ? env.names.namedEvidence(last) : undefined;
  }
  if (call.arguments.length > 0) return undefined;
  const getter = callee.name.replace(/^get(?=[A-Z])/, '');
  return env.names.isStatusName(getter) ? env.names.namedEvidence(getter) : undefined;
}
