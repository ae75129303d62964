/**
 * Command ids the server declares in its capabilities and the quick fixes run. In a file of their own, without
 * imports, so the entry stub can state the capabilities without loading the service (lsp/capabilities.ts).
 */

/** The command "Open the catalog row" runs: the server shows the document at the line (window/showDocument). */
export const OPEN_CATALOG_ROW_COMMAND = 'statusCatalog.openCatalogRow';
