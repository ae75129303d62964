/**
 * What the editor tests share: activating the extension and waiting for its language client, opening
 * fixtures, finding positions by text, reading hovers/completions/actions the way the editor shows them,
 * and polling with a deadline (never a fixed sleep).
 */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as vscode from 'vscode';
import { until } from './polling';

export { until };

export const EXTENSION_ID = 'status-catalog.status-catalog';

/** The API `activate()` returns (client/src/extension.ts). */
interface StatusCatalogApi {
  whenReady(): Promise<void>;
}

/** Activates the extension (if the editor has not yet) and waits until its language client runs. */
export async function activateExtension(): Promise<vscode.Extension<StatusCatalogApi>> {
  const extension = vscode.extensions.getExtension<StatusCatalogApi>(EXTENSION_ID);
  if (!extension) throw new Error(`extension ${EXTENSION_ID} is not installed in this editor`);
  const api = await extension.activate();
  await api.whenReady();
  return extension;
}

/** The Markdown link a hover shows for a catalog row: `[file:line](file:///…/catalogs/file#Lline)`. */
export function catalogLink(file: string, line: number): string {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  if (!extension) throw new Error(`extension ${EXTENSION_ID} is not installed`);
  return `[${file}:${line}](${pathToFileURL(path.join(extension.extensionPath, 'catalogs', file)).href}#L${line})`;
}

/** A hover's sections are separated by horizontal rules. */
export function sections(...parts: string[]): string {
  return parts.join('\n\n---\n\n');
}

/** A file of the fixture workspace (test/editor/workspace, copied per run by the runner). */
export function fixtureUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, name);
}

export async function openFixture(name: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(fixtureUri(name));
  await vscode.window.showTextDocument(document);
  return document;
}

/** The position of `needle`'s first character (its `occurrence`-th match, 0-based), plus `offset` characters. */
export function positionOf(document: vscode.TextDocument, needle: string, offset = 0, occurrence = 0): vscode.Position {
  const text = document.getText();
  let index = -1;
  for (let i = 0; i <= occurrence; i++) {
    index = text.indexOf(needle, index + 1);
    if (index < 0) throw new Error(`"${needle}" (occurrence ${occurrence}) not found in ${document.uri.fsPath}`);
  }
  return document.positionAt(index + offset);
}

/** The range `needle` covers, for comparing with the ranges the server reports. */
export function rangeOf(document: vscode.TextDocument, needle: string, occurrence = 0): vscode.Range {
  const start = positionOf(document, needle, 0, occurrence);
  return new vscode.Range(start, start.translate(0, needle.length));
}


function markdownOf(content: vscode.MarkdownString | vscode.MarkedString): string {
  if (typeof content === 'string') return content;
  return content.value;
}

/** Every hover's Markdown at a position, joined with a blank line (what the hover widget shows). */
export async function hoverMarkdown(document: vscode.TextDocument, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
  return (hovers ?? []).flatMap((hover) => hover.contents.map(markdownOf)).join('\n\n');
}

/**
 * Waits until the hover at `position` satisfies `accept` (a server still starting, or still reloading
 * after a setting change, answers with nothing or the old text first) and returns it.
 */
export async function hoverWhere(
  document: vscode.TextDocument,
  position: vscode.Position,
  accept: (markdown: string) => boolean,
  what: string,
): Promise<string> {
  let last = '';
  try {
    return await until(what, async () => {
      last = await hoverMarkdown(document, position);
      return accept(last) ? last : undefined;
    });
  } catch (error) {
    throw new Error(`${(error as Error).message}; last hover was:\n${last || '(none)'}`);
  }
}

/**
 * The one non-empty hover at a position, once the server answers. Other providers may add empty hovers
 * (VS Code's JSON support does on JSON keys); a second non-empty one would mean a duplicate provider.
 */
export async function statusHover(document: vscode.TextDocument, position: vscode.Position): Promise<string> {
  let all: string[] = [];
  await until(`a hover at ${position.line}:${position.character} of ${path.basename(document.uri.path)}`, async () => {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
    all = (hovers ?? []).flatMap((hover) => hover.contents.map(markdownOf)).filter((text) => text.trim() !== '');
    return all.length > 0 ? all : undefined;
  });
  if (all.length !== 1) throw new Error(`expected one hover, got ${all.length}:\n${all.join('\n=====\n')}`);
  return all[0]!;
}

/**
 * Runs `edit` on a fixture and afterwards puts the file back as it was, saved, whatever the editor's
 * auto-save did in between (code-server saves after a delay by default; desktop VS Code does not).
 */
export async function withScratchEdits<T>(document: vscode.TextDocument, edit: () => Promise<T>): Promise<T> {
  const original = document.getText();
  try {
    return await edit();
  } finally {
    if (document.getText() !== original) {
      const restore = new vscode.WorkspaceEdit();
      restore.replace(document.uri, new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), original);
      await vscode.workspace.applyEdit(restore);
    }
    if (document.isDirty) await document.save();
    if (document.getText() !== original) throw new Error(`could not restore ${path.basename(document.uri.path)}`);
  }
}

/** The extension's own diagnostics on a document (source "status-catalog"), in document order. */
export function ownDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages
    .getDiagnostics(uri)
    .filter((diagnostic) => diagnostic.source === 'status-catalog')
    .sort((a, b) => a.range.start.compareTo(b.range.start));
}

/** Waits until the extension has published exactly `count` diagnostics on the document, and returns them. */
export async function diagnosticsCount(uri: vscode.Uri, count: number): Promise<vscode.Diagnostic[]> {
  let last: vscode.Diagnostic[] = [];
  try {
    return await until(`${count} status-catalog diagnostic(s) on ${path.basename(uri.path)}`, () => {
      last = ownDiagnostics(uri);
      return last.length === count ? last : undefined;
    });
  } catch (error) {
    throw new Error(`${(error as Error).message}; last seen: ${JSON.stringify(last.map((d) => d.message))}`);
  }
}

export async function completionItems(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.CompletionItem[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, position);
  return list?.items ?? [];
}

export function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

export async function codeActions(document: vscode.TextDocument, range: vscode.Range): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
    'vscode.executeCodeActionProvider',
    document.uri,
    range,
  );
  return (actions ?? []).filter((action): action is vscode.CodeAction => 'title' in action && !('command' in action && typeof action.command === 'string'));
}

/** Sets a `statusCatalog.*` user setting; `undefined` removes it. */
export async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('statusCatalog').update(key, value, vscode.ConfigurationTarget.Global);
}
