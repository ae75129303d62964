/**
 * Catalog problems as diagnostics on the catalog files, with ranges a strict client accepts: inside LSP's
 * `uinteger` range and inside the file (the problem's line, to its end; a whole-file problem at 0:0).
 */
import { sourceUri } from '../service/sourceUri';
import type { Diagnostic } from 'vscode-languageserver/node';
import { DiagnosticSeverity } from './languageServerLibrary';
import type { CatalogProblem } from '../catalog/catalogFolder';
import { neutralizeCatalogText } from '../service/markdown';
import { MAX_UINTEGER } from './params';

/** Diagnostics per catalog file uri. A problem whose file cannot be made a URI is left to the log. */
export function catalogProblemDiagnostics(problems: readonly CatalogProblem[]): Map<string, Diagnostic[]> {
  const byUri = new Map<string, Diagnostic[]>();
  for (const problem of problems) {
    let uri: string;
    try {
      uri = sourceUri(problem.file);
    } catch {
      continue;
    }
    const line = Math.min(Math.max(Math.trunc(problem.line) - 1, 0), MAX_UINTEGER);
    const end = problem.line > 0 ? Math.min(Math.max(Math.trunc(problem.lineLength ?? 0), 0), MAX_UINTEGER) : 0;
    const diagnostic: Diagnostic = {
      range: { start: { line, character: 0 }, end: { line, character: end } },
      severity: DiagnosticSeverity.Warning,
      source: 'status-catalog',
      code: 'catalogProblem',
      message: neutralizeCatalogText(problem.message, 'plain'),
    };
    byUri.set(uri, [...(byUri.get(uri) ?? []), diagnostic]);
  }
  return byUri;
}
