/**
 * Which detector reads a document. Editors name languages differently (Emacs 28 opens `.json` files in js-mode
 * and eglot then sends "javascript"; some clients send "js" or "typescript.tsx"), and reading JSON with the
 * TypeScript parser finds nothing, so the file's extension decides the family (JSON, YAML or script) and the
 * language id only the dialect within it.
 */
import type { DetectorLanguage } from '../detection/types';

const SUPPORTED: readonly DetectorLanguage[] = ['typescript', 'typescriptreact', 'javascript', 'javascriptreact', 'json', 'jsonc', 'yaml'];

/** Language ids that clients send for the languages the detector reads, beside the LSP ones. */
const ALIASES: Readonly<Record<string, DetectorLanguage>> = {
  js: 'javascript',
  jsx: 'javascriptreact',
  'javascript.jsx': 'javascriptreact',
  ts: 'typescript',
  tsx: 'typescriptreact',
  yml: 'yaml',
  'typescript.tsx': 'typescriptreact',
};

const BY_EXTENSION: Readonly<Record<string, DetectorLanguage>> = {
  ts: 'typescript', mts: 'typescript', cts: 'typescript', tsx: 'typescriptreact',
  js: 'javascript', mjs: 'javascript', cjs: 'javascript', jsx: 'javascriptreact',
  json: 'json', jsonc: 'jsonc', har: 'json',
  yaml: 'yaml', yml: 'yaml',
};

type Family = 'json' | 'yaml' | 'script';

function familyOf(language: DetectorLanguage): Family {
  if (language === 'json' || language === 'jsonc') return 'json';
  return language === 'yaml' ? 'yaml' : 'script';
}

export function isSupportedLanguage(languageId: string): languageId is DetectorLanguage {
  return (SUPPORTED as readonly string[]).includes(languageId);
}

/**
 * The detector language for a document with this language id and URI, or undefined when neither says it is one
 * the detector reads. A known extension of the other family wins over the language id.
 */
export function detectorLanguageOf(languageId: string, uri: string): DetectorLanguage | undefined {
  const named = isSupportedLanguage(languageId) ? languageId : ALIASES[languageId.toLowerCase()];
  const byExtension = BY_EXTENSION[extensionOf(uri)];
  if (named && (!byExtension || familyOf(named) === familyOf(byExtension))) return named;
  return byExtension;
}

/** The lower-case extension of a URI's path, without the dot; query and fragment ignored. */
function extensionOf(uri: string): string {
  // Asked on every request: index arithmetic rather than a regular expression over the URI.
  const query = uri.indexOf('?');
  const fragment = uri.indexOf('#');
  const end = query >= 0 && (fragment < 0 || query < fragment) ? query : fragment >= 0 ? fragment : uri.length;
  const name = uri.slice(uri.lastIndexOf('/', end - 1) + 1, end);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}
