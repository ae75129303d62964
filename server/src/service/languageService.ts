/**
 * The Status Catalog language service: pure functions of a document, the catalogs and a position.
 * The LSP server, the CLI and the tests all use this facade; none of it knows about the LSP connection.
 */
export { analyzeDocument, type AnalyzedDocument, isSupportedLanguage, literalAt } from './analysis';
export { doCodeActions } from './codeActions';
export { doComplete } from './completion';
export { findDefinition } from './definition';
export { DIAGNOSTIC_SOURCE, doValidate, type StatusDiagnosticData } from './diagnostics';
export { doHover } from './hover';
export { type MessageLocale, type Messages, messageLocale, messages } from './messages';
export { renderStatusMarkdown } from './renderStatus';
export { type ActiveScope, resolveScope } from './scope';
export { defaultSettings, readSettings, type RuleSeverity, type StatusCatalogSettings } from './settings';
