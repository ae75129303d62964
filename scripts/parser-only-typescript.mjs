// The parser-only TypeScript compiler that esbuild.mjs writes to dist/typescript.js: TypeScript's lib/typescript.js
// keeps only the top-level declarations that the names the server uses reach, so the checker, emitter,
// transformers, services, program and module resolution (most of its 9 MB) are never read, compiled or run.
//
// lib/typescript.js is one function, `var ts = {}; ((module) => { …declarations… __export(typescript_exports, {…}) …
// })(…)`, whose body is a flat list of top-level declarations (functions, `var`s, namespaces built by an IIFE). esbuild
// cannot drop most of them by itself: a namespace IIFE, an `__export(ns, {...})` or `X.y = …` is a side effect to
// it, and each of those keeps alive what it references. Here every top-level statement is given to the name it
// initialises, and only the statements of names reached from the exports we use are kept:
// - a declaration of X (function, class, `var X = …`, with or without side effects in its initialiser), the namespace
//   IIFE `((X2) => {…})(X || (X = {}))`, `__export(X, {…})` and `X.y = …` are kept when X is reached, and then reach
//   every top-level name they mention;
// - any other statement (`if (sys) {…}`, `"use strict"`) is a side effect on names declared elsewhere: it is kept when
//   every top-level name it mentions is kept anyway, and never keeps anything alive by itself.
// What a statement mentions is every identifier in it that is not a property name, an over-approximation (a local
// that shadows a top-level name counts as a mention), which can keep too much but never too little.
import ts from 'typescript';

/**
 * The epilogue that makes the parser's nodes the language service's node objects, as in the whole compiler, whose
 * services install them when it loads (`setObjectAllocator(getServicesObjectAllocator())`, a statement no export
 * reaches): the `text` of an identifier, `node.getStart()`, `node.getText()` live there. The services' symbol, type
 * and signature objects, which would keep the checker alive, stay the compiler's own: a parse makes none.
 */
export const SERVICES_NODE_OBJECTS = `setObjectAllocator({
  getNodeConstructor: () => NodeObject,
  getTokenConstructor: () => TokenObject,
  getIdentifierConstructor: () => IdentifierObject,
  getPrivateIdentifierConstructor: () => PrivateIdentifierObject,
  getSourceFileConstructor: () => SourceFileObject,
  getSourceMapSourceConstructor: () => SourceMapSourceObject,
});`;

/**
 * @param {string} source the text of TypeScript's lib/typescript.js
 * @param {Iterable<string>} names the exports to keep
 * @param {{ epilogue?: string }} [options] epilogue: code run after the kept declarations, in their scope, for a side
 *   effect of the whole compiler that no export reaches (every top-level name it mentions is kept, and must exist)
 * @returns {{ code: string, kept: number, statements: number }} an ES module that exports `names`
 */
export function parserOnlyTypeScript(source, names, { epilogue } = {}) {
  const opening = 'var ts = {}; ((module) => {\n';
  const start = source.indexOf(opening);
  const end = source.lastIndexOf('})({ get exports()');
  if (start < 0 || end < start) {
    throw new Error(`lib/typescript.js of TypeScript ${ts.version} is not the single function this build expects (${JSON.stringify(opening)} … "})({ get exports()"): scripts/parser-only-typescript.mjs needs updating`);
  }
  const body = source.slice(start + opening.length, end);
  const file = ts.createSourceFile('typescript.js', body, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);

  const exported = publicExports(file);
  const wanted = [...new Set(names)].sort();
  const missing = wanted.filter((name) => !exported.has(name));
  if (missing.length > 0) {
    throw new Error(`TypeScript ${ts.version} exports no ${missing.join(', ')}, which the server uses (scripts/typescript-api-used.mjs found them)`);
  }

  /** @type {Map<string, ts.Statement[]>} what declares or initialises each top-level name */
  const owned = new Map();
  /** @type {ts.Statement[]} statements that initialise no name of their own */
  const loose = [];
  for (const statement of file.statements) {
    if (isExportTable(statement) || isModuleExportsAssignment(statement)) continue;
    const owners = ownersOf(statement);
    if (owners.length === 0) loose.push(statement);
    for (const owner of owners) {
      const list = owned.get(owner) ?? [];
      list.push(statement);
      owned.set(owner, list);
    }
  }

  /** @type {Map<ts.Statement, Set<string>>} */
  const mentionsCache = new Map();
  const mentionsOf = (/** @type {ts.Statement} */ statement) => {
    let found = mentionsCache.get(statement);
    if (!found) mentionsCache.set(statement, (found = mentions(statement, owned)));
    return found;
  };

  const keptNames = new Set();
  const keptStatements = new Set();
  const queue = wanted.map((name) => exported.get(name));
  const reach = () => {
    while (queue.length > 0) {
      const name = queue.pop();
      if (keptNames.has(name)) continue;
      keptNames.add(name);
      for (const statement of owned.get(name) ?? []) {
        if (keptStatements.has(statement)) continue;
        keptStatements.add(statement);
        for (const mention of mentionsOf(statement)) if (!keptNames.has(mention)) queue.push(mention);
      }
    }
  };
  reach();
  const tail = epilogue ? ts.createSourceFile('epilogue.js', epilogue, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS) : undefined;
  if (tail) {
    const unknown = tail.statements.flatMap((statement) => identifiers(statement).filter((name) => !owned.has(name)));
    if (unknown.length > 0) {
      throw new Error(`TypeScript ${ts.version} has no top-level ${[...new Set(unknown)].join(', ')}, which the parser-only compiler's epilogue uses (esbuild.mjs)`);
    }
    for (const statement of tail.statements) queue.push(...mentions(statement, owned));
  }
  reach();
  for (const statement of loose) {
    if ([...mentionsOf(statement)].every((name) => keptNames.has(name))) keptStatements.add(statement);
  }
  if (process.env.PARSER_ONLY_TYPESCRIPT_AUDIT) {
    for (const statement of loose) {
      if (!keptStatements.has(statement) && [...mentionsOf(statement)].some((name) => keptNames.has(name))) {
        console.error(`dropped: ${body.slice(statement.getStart(file), statement.end).slice(0, 200).replace(/\s+/g, ' ')}`);
      }
    }
  }

  const kept = file.statements.filter((statement) => keptStatements.has(statement));
  const specifiers = wanted.map((name) => (exported.get(name) === name ? name : `${exported.get(name)} as ${name}`));
  const code = [
    ...kept.map((statement) => body.slice(statement.getStart(file), statement.end)),
    ...(epilogue ? [epilogue.trim()] : []),
    `export { ${specifiers.join(', ')} };`,
    '',
  ].join('\n');
  return { code, kept: kept.length, statements: file.statements.length };
}

/** The `__export(typescript_exports, { Name: () => local, … })` table: public name → top-level name. */
function publicExports(file) {
  const table = file.statements.find(isExportTable);
  if (!table) throw new Error(`lib/typescript.js of TypeScript ${ts.version} has no __export(typescript_exports, {…}) table: scripts/parser-only-typescript.mjs needs updating`);
  const exported = new Map();
  for (const property of table.expression.arguments[1].properties) {
    if (ts.isPropertyAssignment(property) && ts.isArrowFunction(property.initializer) && ts.isIdentifier(property.initializer.body)) {
      exported.set(property.name.text, property.initializer.body.text);
    }
  }
  return exported;
}

function isExportTable(statement) {
  return ts.isExpressionStatement(statement) && isExportCall(statement.expression) &&
    ts.isIdentifier(statement.expression.arguments[0]) && statement.expression.arguments[0].text === 'typescript_exports';
}

function isExportCall(expression) {
  return ts.isCallExpression(expression) && ts.isIdentifier(expression.expression) && expression.expression.text === '__export' &&
    expression.arguments.length === 2 && ts.isObjectLiteralExpression(expression.arguments[1]);
}

function isModuleExportsAssignment(statement) {
  return ts.isExpressionStatement(statement) && ts.isBinaryExpression(statement.expression) &&
    ts.isPropertyAccessExpression(statement.expression.left) && ts.isIdentifier(statement.expression.left.expression) &&
    statement.expression.left.expression.text === 'module' && statement.expression.left.name.text === 'exports';
}

/** The top-level names a statement declares or initialises (none: a side effect on names declared elsewhere). */
function ownersOf(statement) {
  if (ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) return statement.name ? [statement.name.text] : [];
  if (ts.isVariableStatement(statement)) {
    return statement.declarationList.declarations.flatMap((declaration) => bindingNames(declaration.name));
  }
  if (!ts.isExpressionStatement(statement)) return [];
  const expression = statement.expression;
  // ((X2) => {…})(X || (X = {})): TypeScript's namespace (and enum) pattern.
  if (ts.isCallExpression(expression) && expression.arguments.length === 1) {
    const argument = expression.arguments[0];
    if (ts.isBinaryExpression(argument) && argument.operatorToken.kind === ts.SyntaxKind.BarBarToken && ts.isIdentifier(argument.left)) {
      return [argument.left.text];
    }
  }
  // __export(ts_x_exports, {…}): a namespace object's getters.
  if (isExportCall(expression) && ts.isIdentifier(expression.arguments[0])) return [expression.arguments[0].text];
  // X.y = …: a static member or a namespace member set after X's declaration.
  if (ts.isBinaryExpression(expression) && expression.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
    let target = expression.left;
    while (ts.isPropertyAccessExpression(target) || ts.isElementAccessExpression(target)) target = target.expression;
    if (ts.isIdentifier(target) && target !== expression.left) return [target.text];
  }
  return [];
}

function bindingNames(name) {
  if (ts.isIdentifier(name)) return [name.text];
  return name.elements.flatMap((element) => (ts.isOmittedExpression(element) ? [] : bindingNames(element.name)));
}

/** The top-level names (keys of `owned`) that a statement mentions, property names aside. */
function mentions(statement, owned) {
  return new Set(identifiers(statement).filter((name) => owned.has(name)));
}

/** The identifiers in a statement that name a variable (not `a.name`, `{ name: … }` or a label). */
function identifiers(statement) {
  const found = [];
  const visit = (node) => {
    if (ts.isIdentifier(node)) {
      if (!isPropertyName(node)) found.push(node.text);
      return;
    }
    ts.forEachChild(node, visit);
  };
  // The parent links are needed to tell `a.name` and `{ name: … }` from a mention.
  setParents(statement);
  visit(statement);
  return found;
}

function setParents(root) {
  const visit = (node) => {
    ts.forEachChild(node, (child) => {
      child.parent = node;
      visit(child);
    });
  };
  visit(root);
}

function isPropertyName(node) {
  const parent = node.parent;
  if (!parent) return false;
  if (ts.isPropertyAccessExpression(parent) && parent.name === node) return true;
  if ((ts.isPropertyAssignment(parent) || ts.isMethodDeclaration(parent) || ts.isPropertyDeclaration(parent) ||
    ts.isGetAccessorDeclaration(parent) || ts.isSetAccessorDeclaration(parent)) && parent.name === node) return true;
  if (ts.isLabeledStatement(parent) || ts.isBreakOrContinueStatement(parent)) return true;
  return false;
}
