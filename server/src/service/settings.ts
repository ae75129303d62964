/**
 * The `statusCatalog.*` settings as the service sees them, validated at the boundary: whatever the editor
 * sends, the service gets well-typed values with defaults filled in.
 */

export type RuleSeverity = 'ignore' | 'hint' | 'information' | 'warning' | 'error';

/** The diagnostic rules, each with its own severity setting. */
export type DiagnosticRule = 'undocumentedCode' | 'invalidCode' | 'unknownCatalog' | 'undeclaredResponse';

export interface StatusCatalogSettings {
  /** Service catalog ids to consult; empty means "decide from the file, else all". */
  catalogs: string[];
  /** Language of descriptions ("en", "zh"); empty means the editor's language. */
  locale: string;
  /** Extra folders of user catalogs, merged after the bundled ones (later folders win). */
  catalogPaths: string[];
  /** Extra property names whose values are status codes. */
  propertyNames: string[];
  /** Extra call names whose numeric argument is a status code. */
  callNames: string[];
  severity: Record<DiagnosticRule, RuleSeverity>;
  /** Inlay hints with each literal's meaning (`statusCatalog.inlayHints.enabled`); off by default. */
  inlayHints: { enabled: boolean };
}

export const defaultSettings: StatusCatalogSettings = {
  catalogs: [],
  locale: '',
  catalogPaths: [],
  propertyNames: [],
  callNames: [],
  severity: { undocumentedCode: 'warning', invalidCode: 'error', unknownCatalog: 'warning', undeclaredResponse: 'information' },
  inlayHints: { enabled: false },
};

const severities: readonly RuleSeverity[] = ['ignore', 'hint', 'information', 'warning', 'error'];

/** Turns the raw `statusCatalog` configuration section into settings, ignoring values of the wrong type. */
export function readSettings(raw: unknown): StatusCatalogSettings {
  const section = isRecord(raw) ? raw : {};
  const severity = isRecord(section['severity']) ? section['severity'] : {};
  const inlayHints = isRecord(section['inlayHints']) ? section['inlayHints'] : {};
  return {
    catalogs: stringList(section['catalogs']).map((id) => id.toLowerCase()),
    locale: typeof section['locale'] === 'string' ? section['locale'].trim() : '',
    catalogPaths: stringList(section['catalogPaths']),
    propertyNames: stringList(section['propertyNames']),
    callNames: stringList(section['callNames']),
    severity: {
      undocumentedCode: severityOf(severity['undocumentedCode'], defaultSettings.severity.undocumentedCode),
      invalidCode: severityOf(severity['invalidCode'], defaultSettings.severity.invalidCode),
      unknownCatalog: severityOf(severity['unknownCatalog'], defaultSettings.severity.unknownCatalog),
      undeclaredResponse: severityOf(severity['undeclaredResponse'], defaultSettings.severity.undeclaredResponse),
    },
    inlayHints: { enabled: inlayHints['enabled'] === true },
  };
}

function severityOf(value: unknown, fallback: RuleSeverity): RuleSeverity {
  return severities.find((s) => s === value) ?? fallback;
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.trim() !== '').map((v) => v.trim()) : [];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
