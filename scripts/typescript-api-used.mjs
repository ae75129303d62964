// Which exports of the TypeScript compiler the server's sources use, read from their syntax at build time, so that
// the parser-only compiler (scripts/parser-only-typescript.mjs) keeps exactly those.
//
// The sources reach the compiler in these ways: `import * as ts from 'typescript'` (or a default import) then `ts.X`
// or `const { X } = ts`; `import { X } from 'typescript'`; the lazy accessor `typescript()` of
// compiler/typescriptCompiler.ts, or `require('typescript')`, then `.X`, `const { X } = …` or `const t = …`; and a
// function of the file's own whose body is `return <one of those>`, called like the accessor.
// Any other use of the namespace as a value (passed on, spread, indexed by a computed key) could reach any export, so
// it fails the build with its place instead of leaving a name out that would only be missed at run time.
// Uses in types (`ts.Node`, `typeof ts`) cost nothing at run time and are not counted.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/** The accessors' own modules hand the whole namespace out by design. */
const ACCESSORS = /[\\/](compiler[\\/]typescriptCompiler|web[\\/]typescriptCompiler)\.ts$/;

/**
 * @param {string} root the folder of the sources (server/src)
 * @returns {{ names: Set<string>, problems: string[] }}
 */
export function typescriptApiUsed(root) {
  const names = new Set();
  const problems = [];
  for (const path of sourceFiles(root)) {
    if (ACCESSORS.test(path)) continue;
    const text = readFileSync(path, 'utf8');
    if (!/['"]typescript['"]|typescriptCompiler['"]/.test(text)) continue;
    const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    const where = (node) => {
      const { line, character } = file.getLineAndCharacterOfPosition(node.getStart(file));
      return `${relative(process.cwd(), path)}:${line + 1}:${character + 1}`;
    };
    collect(file, names, (node, what) => problems.push(`${where(node)}: ${what}`));
  }
  return { names, problems };
}

function sourceFiles(root) {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

function collect(file, names, problem) {
  /** Local names bound to the whole namespace, and to the accessor function. */
  const namespaces = new Set();
  const accessors = new Set();
  /** The namespace's names in types (`typeof ts`), type-only imports included. */
  const typeNamespaces = new Set();
  for (const statement of file.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    const clause = statement.importClause;
    if (clause && statement.moduleSpecifier.text === 'typescript') {
      if (clause.name) typeNamespaces.add(clause.name.text);
      if (clause.namedBindings && ts.isNamespaceImport(clause.namedBindings)) typeNamespaces.add(clause.namedBindings.name.text);
    }
    if (!clause || clause.isTypeOnly) continue;
    const from = statement.moduleSpecifier.text;
    if (from === 'typescript') {
      if (clause.name) namespaces.add(clause.name.text);
      const bindings = clause.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) namespaces.add(bindings.name.text);
      if (bindings && ts.isNamedImports(bindings)) {
        for (const element of bindings.elements) if (!element.isTypeOnly) names.add((element.propertyName ?? element.name).text);
      }
    } else if (/(^|\/)compiler\/typescriptCompiler$/.test(from) && clause.namedBindings && ts.isNamedImports(clause.namedBindings)) {
      for (const element of clause.namedBindings.elements) {
        if ((element.propertyName ?? element.name).text === 'typescript') accessors.add(element.name.text);
      }
    }
  }
  const isRequire = (node) =>
    ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'require' &&
    node.arguments.length === 1 && ts.isStringLiteral(node.arguments[0]) && node.arguments[0].text === 'typescript';
  const isNamespace = (node) =>
    (ts.isIdentifier(node) && namespaces.has(node.text)) || isRequire(node) ||
    (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && accessors.has(node.expression.text) && node.arguments.length === 0);
  // A function whose whole body returns the namespace is one more accessor (declared before its calls or after).
  const addLocalAccessors = (node) => {
    if (ts.isFunctionDeclaration(node) && node.name && node.body?.statements.length === 1) {
      const only = node.body.statements[0];
      if (ts.isReturnStatement(only) && only.expression && isNamespace(skipAssertions(only.expression))) accessors.add(node.name.text);
    }
    ts.forEachChild(node, addLocalAccessors);
  };
  addLocalAccessors(file);
  // A parameter typed `typeof ts` is the namespace inside its function; the functions of the file taking one, by
  // the parameter's index, are where the namespace may be passed (what they do with it is read here too).
  /** @type {Map<string, Set<number>>} */
  const takers = new Map();
  const addParameters = (node) => {
    if (ts.isFunctionDeclaration(node) && node.name) {
      node.parameters.forEach((parameter, index) => {
        const type = parameter.type;
        if (type && ts.isTypeQueryNode(type) && ts.isIdentifier(type.exprName) && typeNamespaces.has(type.exprName.text) && ts.isIdentifier(parameter.name)) {
          namespaces.add(parameter.name.text);
          const indexes = takers.get(node.name.text) ?? new Set();
          indexes.add(index);
          takers.set(node.name.text, indexes);
        }
      });
    }
    ts.forEachChild(node, addParameters);
  };
  addParameters(file);
  const isTakenBy = (node, call) =>
    ts.isIdentifier(call.expression) && (takers.get(call.expression.text)?.has(call.arguments.indexOf(node)) ?? false);

  /** A value that is the namespace: what is done with it says which names are used. */
  const used = (value) => {
    let node = value;
    while (isAssertion(node.parent)) node = node.parent;
    const parent = node.parent;
    if (ts.isReturnStatement(parent) && isAccessorBody(parent)) return;
    if (ts.isCallExpression(parent) && parent.expression !== node && isTakenBy(node, parent)) return;
    if (ts.isParameter(parent) || (ts.isVariableDeclaration(parent) && parent.name === node)) return;
    if (ts.isPropertyAccessExpression(parent) && parent.expression === node) {
      names.add(parent.name.text);
    } else if (ts.isVariableDeclaration(parent) && parent.initializer === node) {
      if (ts.isObjectBindingPattern(parent.name)) {
        for (const element of parent.name.elements) {
          const key = element.propertyName ?? element.name;
          if (element.dotDotDotToken || !ts.isIdentifier(key)) problem(element, 'a rest or computed key of the compiler namespace could be any export');
          else names.add(key.text);
        }
      } else if (ts.isIdentifier(parent.name)) {
        namespaces.add(parent.name.text);
      } else {
        problem(parent, 'the compiler namespace is destructured as an array');
      }
    } else if (ts.isExpressionStatement(parent)) {
      // `typescript();` loads the compiler and uses none of it.
    } else if (!(ts.isImportClause(parent) || ts.isNamespaceImport(parent))) {
      problem(node, 'the compiler namespace is used as a value whose members cannot be named here; use ts.X, or destructure it');
    }
  };

  /** The `return` of a local accessor, whose calls are read where they are. */
  const isAccessorBody = (statement) => {
    const fn = statement.parent?.parent;
    return fn !== undefined && ts.isFunctionDeclaration(fn) && fn.name !== undefined && accessors.has(fn.name.text);
  };

  const visit = (node) => {
    if (ts.isTypeNode(node) || ts.isImportDeclaration(node)) return;
    // `const t = typescript()` declares a namespace name before its uses, which follow in source order.
    if (isNamespace(node)) return used(node);
    if (ts.isIdentifier(node) && accessors.has(node.text) && !isCalled(node) && !isDeclared(node)) {
      problem(node, 'the compiler accessor is used other than called');
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
}

function isCalled(identifier) {
  return ts.isCallExpression(identifier.parent) && identifier.parent.expression === identifier;
}

function isDeclared(identifier) {
  return (ts.isFunctionDeclaration(identifier.parent) || ts.isImportSpecifier(identifier.parent)) && identifier.parent.name === identifier;
}

function isAssertion(node) {
  return node !== undefined && (ts.isAsExpression(node) || ts.isParenthesizedExpression(node) || ts.isNonNullExpression(node) ||
    ts.isSatisfiesExpression(node) || ts.isTypeAssertionExpression(node));
}

function skipAssertions(node) {
  let inner = node;
  while (isAssertion(inner)) inner = inner.expression;
  return inner;
}
