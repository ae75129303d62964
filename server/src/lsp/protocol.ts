/**
 * Custom messages between the VS Code client and the server, declared once for both sides.
 * Plain method names and payload types, so the client imports no server code.
 */

/** Request `statusCatalog/catalogs`: the catalogs the server has loaded, for the "Show Catalogs" command. */
export const CatalogsRequestMethod = 'statusCatalog/catalogs';

export interface CatalogSummary {
  id: string;
  title: string;
  locale: string;
  kind: 'service' | 'standard';
  origin: 'bundled' | 'user';
  source: string;
  entries: number;
  problems: number;
}

/** Request `statusCatalog/reloadCatalogs`: read every catalog folder again. Answers the new summaries. */
export const ReloadCatalogsRequestMethod = 'statusCatalog/reloadCatalogs';

/**
 * Notification `statusCatalog/settingsProblem` (server → client): a setting points at nothing (a catalog id no
 * folder provides). The VS Code client shows it with an "Open Settings" button on `setting`.
 */
export const SettingsProblemNotificationMethod = 'statusCatalog/settingsProblem';

export interface SettingsProblemParams {
  message: string;
  /** The full setting id, e.g. "statusCatalog.catalogs". */
  setting: string;
}

/**
 * Notification `statusCatalog/workspaceTrust` ({ trusted: boolean }), from the VS Code client when trust is
 * granted; the initial state goes in `initializationOptions.workspaceTrusted`. Until trust, relative
 * `catalogPaths` are not resolved against the workspace folder (see lsp/catalogPaths.ts).
 */
export const WorkspaceTrustNotificationMethod = 'statusCatalog/workspaceTrust';

export interface WorkspaceTrustParams {
  trusted: boolean;
}

/**
 * Request `statusCatalog/clientFile` (server → client): the web server has no disk of its own, so it reads
 * catalog folders through the client (VS Code's `workspace.fs`, whatever the workspace's scheme). `uri` and
 * `folder` are URIs; with `folder`, the client reads the file only when it lies inside that folder.
 */
export const ClientFileRequestMethod = 'statusCatalog/clientFile';

export type ClientFileParams =
  | { kind: 'readDirectory'; uri: string }
  | { kind: 'readFile'; uri: string; folder?: string }
  | { kind: 'stat'; uri: string };

/** A failure is an answer, not a protocol error: its `error` is the reason a user reads in the catalog problems. */
export type ClientFileResult =
  | { names: string[] }
  | { text: string }
  | { stat: { type: 'file' | 'directory' | 'other'; size: number } }
  | { error: string };
