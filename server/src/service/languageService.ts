/**
 * The Status Catalog language service: pure functions of a document, the catalogs and a position.
 * The LSP server, the CLI and the tests all use this facade; none of it knows about the LSP connection.
 */
export { analyzeDocument, analyzeDocumentSteps, type AnalyzedDocument, detectorLanguageOf, isSupportedLanguage, literalAt } from './analysis';
export { catalogLenses, SHOW_USES_COMMAND } from './catalogLenses';
export { type CodeActionOptions, doCodeActions, OPEN_CATALOG_ROW_COMMAND } from './codeActions';
export { doComplete } from './completion';
export { findDefinition } from './definition';
export { type FileUses, findReferences, type StatusUse, usesOf, workspaceSymbols } from './references';
export { DIAGNOSTIC_SOURCE, doValidate, type StatusDiagnosticData } from './diagnostics';
export { doHover } from './hover';
export { doInlayHints, type InlayHintData, resolveInlayHint } from './inlayHints';
export { type MessageLocale, type Messages, messageLocale, messages } from './messages';
export { renderStatusMarkdown } from './renderStatus';
export { type ActiveScope, resolveScope, type ScopeReason } from './scope';
export { defaultSettings, readSettings, type RuleSeverity, type StatusCatalogSettings } from './settings';
