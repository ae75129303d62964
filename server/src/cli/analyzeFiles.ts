/** Reads and analyses source files for `list` and `check`, with the same service the editor uses. */
import { readFileSync } from 'node:fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CatalogRegistry } from '../catalog/registry';
import { type AnalyzedDocument, analyzeDocument, readSettings } from '../service/languageService';
import { collectSourceFiles, languageOfFile } from './sourceFiles';
import { errorMessage } from '../errors';

export interface CliCatalogOptions {
  catalogs: string[];
  locale: string;
}

export interface FileAnalysis {
  file: string;
  analyzed: AnalyzedDocument;
}

export function analyzeFiles(
  paths: readonly string[],
  registry: CatalogRegistry,
  options: CliCatalogOptions,
  onError: (path: string, message: string) => void,
): FileAnalysis[] {
  const settings = readSettings({ catalogs: options.catalogs, locale: options.locale });
  const results: FileAnalysis[] = [];
  for (const file of collectSourceFiles(paths, onError)) {
    const languageId = languageOfFile(file);
    if (!languageId) {
      onError(file, 'not a TypeScript, JavaScript or JSON file');
      continue;
    }
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      onError(file, errorMessage(error));
      continue;
    }
    const document = TextDocument.create(`file://${file}`, languageId, 1, text);
    const onDetectionError = (error: unknown) => onError(file, `detection failed: ${errorMessage(error)}`);
    results.push({ file, analyzed: analyzeDocument(document, settings, registry, { clientLocale: options.locale, onError: onDetectionError }) });
  }
  return results;
}
