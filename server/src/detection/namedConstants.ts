/**
 * Named status constants in TypeScript/JavaScript: `HttpStatus.CONFLICT` (NestJS), `StatusCodes.CONFLICT` and
 * `ReasonPhrases.CONFLICT` (http-status-codes), `HttpStatusCode.Conflict` (axios), `status.CONFLICT` and
 * `status[409]` (http-status), `http.STATUS_CODES[409]`, and a file's own `enum HttpStatus { CONFLICT = 409 }` or
 * const object of codes. Resolved without a type checker: the object must be bound by an import or `require`
 * of a known package, or be an enum/object of the file that is a table of codes; the member must exist in that
 * table (an unknown or misspelt member is never guessed). Such an expression means a status wherever it stands,
 * so no position rule applies.
 *
 * The TypeScript walk hands `note` the declarations that can bind a table (imports, import-equals, exports, enums,
 * variable declarations), and `note` keeps those that do (imports and `require`s of known packages, enums, const
 * objects of codes); `resolve` runs once the walk has seen them all (an enum may be declared after
 * use) and, only in a file that has a table, walks the tree again for the expressions that use one. Most files
 * have none and pay nothing more than the declaration check.
 */
import * as ts from 'typescript';
import {
  type ConstantMember, type ConstantTable, type ModuleObject, defaultExport, isKnownConstantModule, localTable, memberCode, namedExport,
  namespaceObject, projectTable, styleOfName,
} from './constantTables';
import { namesReasonPhraseOf } from './reasonPhrases';
import type { StatusLiteral } from './types';
import { numericValue, propertyNameText, unwrap } from './tsSyntax';

const {
  SyntaxKind, forEachChild, isCallExpression, isIdentifier, isNumericLiteral, isObjectBindingPattern, isObjectLiteralExpression,
  isPrefixUnaryExpression, isPropertyAccessExpression, isPropertyAssignment, isStringLiteralLike,
} = ts;

type Access = ts.PropertyAccessExpression | ts.ElementAccessExpression;

export class NamedConstantCollector {
  /** Local names bound to a known package's export, default or module object. */
  private readonly bindings = new Map<string, ModuleObject>();
  /** The file's own tables of codes, by name. */
  private readonly localTables = new Map<string, ConstantTable>();

  constructor(private readonly sourceFile: ts.SourceFile) {}

  note(node: ts.Node): void {
    switch (node.kind) {
      case SyntaxKind.ImportDeclaration:
        this.noteImport(node as ts.ImportDeclaration);
        return;
      case SyntaxKind.ImportEqualsDeclaration: {
        // import http = require('node:http')
        const declaration = node as ts.ImportEqualsDeclaration;
        const reference = declaration.moduleReference;
        if (reference.kind === SyntaxKind.ExternalModuleReference && isStringLiteralLike(reference.expression)) {
          this.bind(declaration.name.text, namespaceObject(reference.expression.text));
        }
        return;
      }
      case SyntaxKind.VariableDeclaration:
        this.noteVariable(node as ts.VariableDeclaration);
        return;
      case SyntaxKind.EnumDeclaration:
        this.noteEnum(node as ts.EnumDeclaration);
        return;
    }
  }

  /** The constants found, skipping a position another rule already reported (`STATUS_CODES[404]`). */
  resolve(reported: readonly StatusLiteral[]): StatusLiteral[] {
    if (this.bindings.size === 0 && this.localTables.size === 0) return [];
    const taken = new Set(reported.map((literal) => literal.start));
    const found: StatusLiteral[] = [];
    const visit = (node: ts.Node): void => {
      const kind = node.kind;
      if (kind === SyntaxKind.PropertyAccessExpression || kind === SyntaxKind.ElementAccessExpression) {
        const access = node as Access;
        const literal = isPropertyAccessExpression(access) ? this.memberConstant(access) : this.indexedConstant(access);
        if (literal && !taken.has(literal.start)) {
          taken.add(literal.start);
          found.push(literal);
        }
      }
      forEachChild(node, visit);
    };
    visit(this.sourceFile);
    return found;
  }

  private bind(name: string, object: ModuleObject | undefined): void {
    if (object) this.bindings.set(name, object);
  }

  private noteImport(declaration: ts.ImportDeclaration): void {
    const specifier = declaration.moduleSpecifier;
    const clause = declaration.importClause;
    if (!clause || !isStringLiteralLike(specifier)) return;
    const module = specifier.text;
    if (!isKnownConstantModule(module)) {
      this.noteProjectImport(clause);
      return;
    }
    if (clause.name) this.bind(clause.name.text, defaultExport(module));
    const bindings = clause.namedBindings;
    if (!bindings) return;
    if (bindings.kind === SyntaxKind.NamespaceImport) {
      this.bind(bindings.name.text, namespaceObject(module));
      return;
    }
    for (const element of bindings.elements) {
      const imported = (element.propertyName ?? element.name).text;
      this.bind(element.name.text, namedExport(module, imported));
    }
  }

  /** `import { HttpStatus } from './http-status'`: a table of the project, known only by its name. */
  private noteProjectImport(clause: ts.ImportClause): void {
    if (clause.isTypeOnly) return;
    if (clause.name) this.bindProject(clause.name.text, clause.name.text);
    const bindings = clause.namedBindings;
    if (bindings?.kind !== SyntaxKind.NamedImports) return;
    for (const element of bindings.elements) {
      if (!element.isTypeOnly) this.bindProject(element.name.text, (element.propertyName ?? element.name).text);
    }
  }

  private bindProject(local: string, imported: string): void {
    const table = projectTable(imported);
    if (table) this.bindings.set(local, { table });
  }

  private noteVariable(declaration: ts.VariableDeclaration): void {
    const initializer = declaration.initializer && unwrap(declaration.initializer);
    if (!initializer) return;
    const module = requiredModule(initializer);
    if (module !== undefined) {
      // const status = require('http-status'); const { StatusCodes } = require('http-status-codes')
      if (isIdentifier(declaration.name)) this.bind(declaration.name.text, namespaceObject(module));
      else if (isObjectBindingPattern(declaration.name)) {
        for (const element of declaration.name.elements) {
          const imported = propertyNameText(element.propertyName ?? element.name);
          if (imported !== undefined && isIdentifier(element.name)) this.bind(element.name.text, namedExport(module, imported));
        }
      }
      return;
    }
    // const HTTP_STATUS = { OK: 200, NOT_FOUND: 404 } as const (or Object.freeze({...}))
    const object = frozenObject(initializer);
    if (!object || !isIdentifier(declaration.name)) return;
    const members: ConstantMember[] = [];
    for (const property of object.properties) {
      // A member that is not a number makes no table (addLocalTable): the rest need not be read.
      if (!isPropertyAssignment(property)) return;
      const name = propertyNameText(property.name);
      const code = integerValue(property.initializer);
      if (name === undefined || code === undefined) return;
      members.push({ name, code });
    }
    this.addLocalTable(declaration.name.text, members, object.properties.length);
  }

  private noteEnum(declaration: ts.EnumDeclaration): void {
    const members: ConstantMember[] = [];
    for (const member of declaration.members) {
      const name = propertyNameText(member.name);
      const code = member.initializer && integerValue(member.initializer);
      if (name !== undefined && code !== undefined) members.push({ name, code });
    }
    this.addLocalTable(declaration.name.text, members, declaration.members.length);
  }

  /**
   * A table of codes: every member a number in 100-599, and at least two of them (or all, when fewer) spelling
   * the reason phrase of their number, so `enum OrderStatus { PENDING = 100, DONE = 200 }` is not one.
   */
  private addLocalTable(name: string, members: ConstantMember[], declared: number): void {
    if (members.length === 0 || members.length !== declared) return;
    if (!members.every((m) => m.code >= 100 && m.code <= 599)) return;
    const spelled = members.filter((m) => namesReasonPhraseOf(m.name, m.code)).length;
    if (spelled >= Math.min(2, members.length)) this.localTables.set(name, localTable(members));
  }

  /** The table an expression stands for: a bound name, a table property of one (`axios.HttpStatusCode`), or a local table. */
  private tableOf(expression: ts.Expression): ConstantTable | undefined {
    const target = unwrap(expression);
    if (isIdentifier(target)) return this.localTables.get(target.text) ?? this.bindings.get(target.text)?.table;
    if (isPropertyAccessExpression(target) && isIdentifier(target.expression)) {
      return this.bindings.get(target.expression.text)?.properties?.[target.name.text];
    }
    return undefined;
  }

  /** `HttpStatus.CONFLICT`: the whole expression stands for the member's code. */
  private memberConstant(access: ts.PropertyAccessExpression): StatusLiteral | undefined {
    const table = this.tableOf(access.expression);
    const member = access.name.text;
    const code = table && memberCode(table, member);
    if (!table || code === undefined) return undefined;
    const text = this.sourceFile.text;
    const start = access.getStart(this.sourceFile);
    const objectEnd = access.expression.end;
    return {
      start,
      end: access.end,
      text: text.slice(start, access.end),
      code,
      context: 'named-constant',
      // A package's table (HttpStatus, StatusCodes…) or one the project declares or imports from its own files.
      rule: table.source === 'local' || table.membersByPhrase ? 'constants.local-table' : 'constants.package-member',
      constant: {
        object: text.slice(start, objectEnd),
        member,
        memberStart: access.name.getStart(this.sourceFile),
        memberEnd: access.name.end,
        source: table.source,
        style: table.membersByPhrase ? styleOfName(member) : table.style,
        members: table.members,
      },
    };
  }

  /** `STATUS_CODES[409]`, `status['404']`: the index is a status; it is reported as the literal it is. */
  private indexedConstant(access: ts.ElementAccessExpression): StatusLiteral | undefined {
    const table = this.tableOf(access.expression);
    if (!table?.indexedByCode) return undefined;
    const index = access.argumentExpression;
    let code: number | undefined;
    let quote: StatusLiteral['quote'];
    if (isNumericLiteral(index)) {
      code = numericValue(index);
    } else if (isStringLiteralLike(index) && /^\d{3}$/.test(index.text)) {
      code = Number(index.text);
      const first = this.sourceFile.text.charAt(index.getStart(this.sourceFile));
      if (first === '"' || first === "'" || first === '`') quote = first;
    }
    if (code === undefined || !Number.isInteger(code)) return undefined;
    const start = index.getStart(this.sourceFile);
    const literal: StatusLiteral = { start, end: index.end, text: this.sourceFile.text.slice(start, index.end), code, context: 'named-constant', rule: 'constants.status-lookup' };
    if (quote) literal.quote = quote;
    return literal;
  }
}

/** `require('x')` → "x". */
function requiredModule(expression: ts.Expression): string | undefined {
  if (!isCallExpression(expression) || !isIdentifier(expression.expression) || expression.expression.text !== 'require') return undefined;
  const first = expression.arguments[0];
  return first && isStringLiteralLike(first) && isKnownConstantModule(first.text) ? first.text : undefined;
}

/** The object literal of `{…} as const`, `Object.freeze({…})` or a plain `{…}`. */
function frozenObject(expression: ts.Expression): ts.ObjectLiteralExpression | undefined {
  if (isObjectLiteralExpression(expression)) return expression;
  if (isCallExpression(expression) && isPropertyAccessExpression(expression.expression) && expression.expression.name.text === 'freeze') {
    const first = expression.arguments[0];
    const inner = first && unwrap(first);
    return inner && isObjectLiteralExpression(inner) ? inner : undefined;
  }
  return undefined;
}

/** A member's value when it is written as a non-negative integer literal. */
function integerValue(expression: ts.Expression): number | undefined {
  const target = unwrap(expression);
  if (isPrefixUnaryExpression(target) || !isNumericLiteral(target)) return undefined;
  const value = numericValue(target);
  return Number.isInteger(value) ? value : undefined;
}
