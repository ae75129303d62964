/**
 * Where a file's route handlers are, so that a status literal inside one can be matched to its OpenAPI operation:
 * Express/Koa/Hono/Fastify route registrations (`app.post('/orders/:id', handler)`, `router.get(...)`,
 * `app.route('/orders').post(handler)`, `fastify.route({ method, url, handler })`), NestJS controllers
 * (`@Controller('orders')` + `@Post(':id')`), and functions named like an operationId (openapi-backend and
 * fastify-openapi-glue name handlers so). Syntax only: a handler passed by name is found among the file's own
 * function declarations and `const f = () => …` bindings.
 */
import * as ts from 'typescript';

/** A stretch of the file that handles one route, or one named function that may be an operationId's handler. */
export interface RouteScope {
  start: number;
  end: number;
  /** Upper-case HTTP method; "ALL" for `app.all`. Absent for operationId scopes. */
  method?: string;
  /** The route's path as registered, `:id` parameters rewritten to `{id}`. */
  path?: string;
  /** The function's name, for matching an operation by its operationId. */
  operationId?: string;
}

const ROUTE_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'del', 'head', 'options', 'all']);
/** Function-valued options of a route registration: they name a role, never an operation. */
const ROUTE_OPTION_HOOKS = new Set(['handler', 'preHandler', 'onRequest', 'preValidation', 'onSend', 'onResponse', 'errorHandler']);
const NEST_METHODS: Readonly<Record<string, string>> = {
  Get: 'GET', Post: 'POST', Put: 'PUT', Patch: 'PATCH', Delete: 'DELETE', Head: 'HEAD', Options: 'OPTIONS', All: 'ALL',
};

/** The `[start, end)` of a string in the source file. */
export interface TextSpan {
  start: number;
  end: number;
}

/**
 * Route scopes and the strings they were read from: a path, a method, a decorator's argument, a string property
 * name. An edit inside any other string, or in the blanks between tokens, leaves the scopes as they were but for
 * their offsets (service/editedAnalysis.ts carries them through it).
 */
export interface RouteScopesAndInputs {
  scopes: RouteScope[];
  /** A superset of the strings read: every string argument of a route registration or decorator, and so on. */
  inputs: TextSpan[];
}

export function findRouteScopes(sourceFile: ts.SourceFile): RouteScope[] {
  return findRouteScopesAndInputs(sourceFile).scopes;
}

export function findRouteScopesAndInputs(sourceFile: ts.SourceFile): RouteScopesAndInputs {
  const functionsByName = new Map<string, ts.Node>();
  const scopes: RouteScope[] = [];
  const calls: ts.CallExpression[] = [];
  const inputs: TextSpan[] = [];
  const stack: ts.Node[] = [sourceFile];
  // One walk without recursion (a document can nest deeper than the call stack): functions by name, calls, classes.
  while (stack.length > 0) {
    const node = stack.pop()!;
    noteInputs(node, sourceFile, inputs);
    if (ts.isFunctionDeclaration(node) && node.name && node.body) {
      functionsByName.set(node.name.text, node);
      scopes.push({ start: node.getStart(sourceFile), end: node.end, operationId: node.name.text });
    } else if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer && isFunctionLike(node.initializer)) {
      functionsByName.set(node.name.text, node.initializer);
      scopes.push({ start: node.initializer.getStart(sourceFile), end: node.initializer.end, operationId: node.name.text });
    } else if ((ts.isPropertyAssignment(node) || ts.isMethodDeclaration(node)) && propertyName(node.name) && isNamedFunction(node)
      && !ROUTE_OPTION_HOOKS.has(propertyName(node.name)!)) {
      const body = ts.isPropertyAssignment(node) ? node.initializer : node;
      scopes.push({ start: body.getStart(sourceFile), end: body.end, operationId: propertyName(node.name)! });
    } else if (ts.isCallExpression(node)) {
      calls.push(node);
    } else if (ts.isClassDeclaration(node)) {
      scopes.push(...nestControllerScopes(node, sourceFile));
    }
    node.forEachChild((child) => {
      stack.push(child);
    });
  }
  for (const call of calls) scopes.push(...registrationScopes(call, sourceFile, functionsByName));
  inputs.sort((a, b) => a.start - b.start);
  return { scopes: scopes.sort((a, b) => a.start - b.start || b.end - a.end), inputs };
}

/**
 * Records the strings this node offers route scopes: the string arguments of a call named like a registration
 * (`get`, `route`, ...) or of a decorator, with the strings in their object and array arguments; a string
 * property name (an operationId, `'path'`). Wider than what is read, never narrower.
 */
function noteInputs(node: ts.Node, sourceFile: ts.SourceFile, inputs: TextSpan[]): void {
  const note = (string: ts.Node): void => {
    inputs.push({ start: string.getStart(sourceFile), end: string.end });
  };
  if ((ts.isPropertyAssignment(node) || ts.isMethodDeclaration(node) || ts.isPropertyDeclaration(node)) && ts.isStringLiteral(node.name)) {
    note(node.name);
  }
  const call = ts.isDecorator(node) ? node.expression : node;
  if (!ts.isCallExpression(call)) return;
  const callee = call.expression;
  const registration = ts.isPropertyAccessExpression(callee) && (ROUTE_METHODS.has(callee.name.text) || callee.name.text === 'route');
  if (!registration && call === node) return;
  for (const argument of call.arguments) {
    if (isStringLike(argument)) note(argument);
    else if (ts.isObjectLiteralExpression(argument)) {
      for (const property of argument.properties) {
        if (!ts.isPropertyAssignment(property)) continue;
        const value = property.initializer;
        if (isStringLike(value)) note(value);
        else if (ts.isArrayLiteralExpression(value)) value.elements.filter(isStringLike).forEach(note);
      }
    }
  }
}

/** `app.post('/p', a, b)`, `router.get('name', '/p', h)`, `app.route('/p').get(h)`, `fastify.route({ … })`. */
function registrationScopes(call: ts.CallExpression, sourceFile: ts.SourceFile, functions: Map<string, ts.Node>): RouteScope[] {
  if (!ts.isPropertyAccessExpression(call.expression)) return [];
  const name = call.expression.name.text;
  if (name === 'route' && call.arguments.length === 1 && ts.isObjectLiteralExpression(call.arguments[0]!)) {
    return fastifyRouteScopes(call.arguments[0] as ts.ObjectLiteralExpression, sourceFile, functions);
  }
  if (!ROUTE_METHODS.has(name)) return [];
  const method = name === 'del' ? 'DELETE' : name.toUpperCase();
  const args = [...call.arguments];
  let path: string | undefined;
  if (args.length > 0 && isStringLike(args[0]!)) {
    const first = stringValue(args[0]!);
    if (args.length > 1 && isStringLike(args[1]!) && !first.startsWith('/')) {
      path = stringValue(args[1]!); // koa-router's named routes: router.get('order', '/orders/:id', h)
      args.splice(0, 2);
    } else {
      path = first;
      args.shift();
    }
  } else {
    path = chainedRoutePath(call.expression.expression); // app.route('/orders').post(h)
  }
  if (path === undefined || !path.startsWith('/')) return [];
  const template = toTemplate(path);
  return args.flatMap((arg) => {
    const handler = handlerNode(arg, functions);
    return handler ? [{ start: handler.getStart(sourceFile), end: handler.end, method, path: template }] : [];
  });
}

function chainedRoutePath(expression: ts.Expression): string | undefined {
  let current = expression;
  // Skip sibling method registrations of the same route: app.route('/p').get(a).post(b)
  while (ts.isCallExpression(current) && ts.isPropertyAccessExpression(current.expression)) {
    if (current.expression.name.text === 'route' && current.arguments.length >= 1 && isStringLike(current.arguments[0]!)) {
      return stringValue(current.arguments[0]!);
    }
    if (!ROUTE_METHODS.has(current.expression.name.text)) return undefined;
    current = current.expression.expression;
  }
  return undefined;
}

function fastifyRouteScopes(options: ts.ObjectLiteralExpression, sourceFile: ts.SourceFile, functions: Map<string, ts.Node>): RouteScope[] {
  let methods: string[] = [];
  let path: string | undefined;
  let handler: ts.Node | undefined;
  for (const property of options.properties) {
    const name = property.name ? propertyName(property.name) : undefined;
    if (ts.isPropertyAssignment(property)) {
      const value = property.initializer;
      if (name === 'method') {
        methods = isStringLike(value) ? [stringValue(value)] : ts.isArrayLiteralExpression(value) ? value.elements.filter(isStringLike).map(stringValue) : [];
      } else if (name === 'url' || name === 'path') {
        if (isStringLike(value)) path = stringValue(value);
      } else if (name === 'handler') {
        handler = handlerNode(value, functions);
      }
    } else if (ts.isMethodDeclaration(property) && name === 'handler') {
      handler = property;
    }
  }
  if (!handler || !path?.startsWith('/')) return [];
  const template = toTemplate(path);
  return methods.map((method) => ({ start: handler!.getStart(sourceFile), end: handler!.end, method: method.toUpperCase(), path: template }));
}

/** NestJS: `@Controller('orders') class … { @Post(':id') create() {…} }`. */
function nestControllerScopes(node: ts.ClassDeclaration, sourceFile: ts.SourceFile): RouteScope[] {
  const controller = decoratorsOf(node).find((d) => d.name === 'Controller');
  if (!controller) return [];
  const base = controller.path ?? '';
  const scopes: RouteScope[] = [];
  for (const member of node.members) {
    if (!ts.isMethodDeclaration(member) || !member.body) continue;
    for (const decorator of decoratorsOf(member)) {
      const method = NEST_METHODS[decorator.name];
      if (!method) continue;
      const path = `/${[base, decorator.path ?? ''].map((p) => p.replace(/^\/+|\/+$/g, '')).filter(Boolean).join('/')}`;
      scopes.push({ start: member.getStart(sourceFile), end: member.end, method, path: toTemplate(path) });
    }
  }
  return scopes;
}

function decoratorsOf(node: ts.Node): Array<{ name: string; path?: string }> {
  const decorators = ts.canHaveDecorators(node) ? ts.getDecorators(node) ?? [] : [];
  return decorators.flatMap((decorator) => {
    const expression = decorator.expression;
    if (!ts.isCallExpression(expression) || !ts.isIdentifier(expression.expression)) return [];
    const [first] = expression.arguments;
    let path: string | undefined;
    if (first && isStringLike(first)) path = stringValue(first);
    else if (first && ts.isObjectLiteralExpression(first)) {
      const property = first.properties.find((p) => ts.isPropertyAssignment(p) && propertyName(p.name) === 'path');
      if (property && ts.isPropertyAssignment(property) && isStringLike(property.initializer)) path = stringValue(property.initializer);
    }
    return [{ name: expression.expression.text, ...(path !== undefined ? { path } : {}) }];
  });
}

function handlerNode(arg: ts.Expression, functions: Map<string, ts.Node>): ts.Node | undefined {
  if (isFunctionLike(arg)) return arg;
  if (ts.isIdentifier(arg)) return functions.get(arg.text);
  // asyncHandler(async (req, res) => …), wrap(controller.create): the function inside a wrapper call
  if (ts.isCallExpression(arg)) {
    for (const inner of arg.arguments) {
      const found = handlerNode(inner, functions);
      if (found) return found;
    }
  }
  return undefined;
}

function isFunctionLike(node: ts.Node): node is ts.ArrowFunction | ts.FunctionExpression {
  return ts.isArrowFunction(node) || ts.isFunctionExpression(node);
}

function isNamedFunction(node: ts.PropertyAssignment | ts.MethodDeclaration): boolean {
  return ts.isMethodDeclaration(node) ? node.body !== undefined : isFunctionLike(node.initializer);
}

function isStringLike(node: ts.Node): node is ts.StringLiteral | ts.NoSubstitutionTemplateLiteral {
  return ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node);
}

function stringValue(node: ts.Node): string {
  return isStringLike(node) ? node.text : '';
}

function propertyName(name: ts.PropertyName): string | undefined {
  return ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : undefined;
}

/** Express/Koa/Fastify path parameters as OpenAPI template parameters: `/orders/:id` → `/orders/{id}`. */
export function toTemplate(path: string): string {
  return path.replace(/:([A-Za-z_][A-Za-z0-9_]*)(\([^)]*\))?\??/g, '{$1}');
}
