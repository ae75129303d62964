// Which exports of the TypeScript compiler the server's sources use, read from their syntax at build time, so that
// the parser-only compiler (scripts/parser-only-typescript.mjs) keeps exactly those.
//
// The sources reach the compiler in three ways: `import * as ts from 'typescript'` (or a default import) then `ts.X`
// or `const { X } = ts`; `import { X } from 'typescript'`; and the lazy accessor `typescript()` of
// compiler/typescriptCompiler.ts, then `typescript().X`, `const { X } = typescript()` or `const t = typescript()`.
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
  for (const statement of file.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    const clause = statement.importClause;
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
  if (namespaces.size === 0 && accessors.size === 0) return;

  const isNamespace = (node) =>
    (ts.isIdentifier(node) && namespaces.has(node.text)) ||
    (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && accessors.has(node.expression.text) && node.arguments.length === 0);

  /** A value that is the namespace: what is done with it says which names are used. */
  const used = (node) => {
    const parent = node.parent;
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

  const visit = (node) => {
    if (ts.isTypeNode(node) || ts.isImportDeclaration(node)) return;
    // `const t = typescript()` declares a namespace name before its uses, which follow in source order.
    if (isNamespace(node)) return used(node);
    if (ts.isIdentifier(node) && accessors.has(node.text) && !(ts.isCallExpression(node.parent) && node.parent.expression === node)) {
      problem(node, 'the compiler accessor is used other than called');
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
}
