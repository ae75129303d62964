/**
 * The `statusCatalog.*` settings as the service sees them, validated at the boundary: whatever the editor
 * sends, the service gets well-typed values with defaults filled in.
 */

export type RuleSeverity = 'ignore' | 'hint' | 'information' | 'warning' | 'error';

/** The diagnostic rules, each with its own severity setting. */
export type DiagnosticRule = 'undocumentedCode' | 'invalidCode' | 'unknownCatalog' | 'unusedSuppression' | 'undeclaredResponse';

/** Every rule id, in the order the docs list them; suppression comments and config files are checked against it. */
export const DIAGNOSTIC_RULES: readonly DiagnosticRule[] = ['undocumentedCode', 'invalidCode', 'unknownCatalog', 'unusedSuppression', 'undeclaredResponse'];

/** The severities a rule can be set to. */
export const RULE_SEVERITIES: readonly RuleSeverity[] = ['ignore', 'hint', 'information', 'warning', 'error'];

/**
 * When a file that nothing scopes consults the bundled (Huawei Cloud) service catalogs: only when a setting,
 * directive or SDK import names them (the default), or also when the project has no catalog of its own.
 */
export type BundledCatalogsRule = 'whenNamed' | 'whenNoProjectCatalog';

export interface StatusCatalogSettings {
  /** Service catalog ids to consult; empty means "decide from the file, else the project's own catalogs". */
  catalogs: string[];
  /** When bundled catalogs are consulted without being named (see scope.ts). */
  bundledCatalogs: BundledCatalogsRule;
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
  bundledCatalogs: 'whenNamed',
  locale: '',
  catalogPaths: [],
  propertyNames: [],
  callNames: [],
  severity: { undocumentedCode: 'warning', invalidCode: 'error', unknownCatalog: 'warning', unusedSuppression: 'warning', undeclaredResponse: 'information' },
  inlayHints: { enabled: false },
};


/** Turns the raw `statusCatalog` configuration section into settings, ignoring values of the wrong type. */
export function readSettings(raw: unknown): StatusCatalogSettings {
  const section = isRecord(raw) ? raw : {};
  const severity = isRecord(section['severity']) ? section['severity'] : {};
  const inlayHints = isRecord(section['inlayHints']) ? section['inlayHints'] : {};
  return {
    catalogs: stringList(section['catalogs']).map((id) => id.toLowerCase()),
    bundledCatalogs: section['bundledCatalogs'] === 'whenNoProjectCatalog' ? 'whenNoProjectCatalog' : 'whenNamed',
    locale: typeof section['locale'] === 'string' ? section['locale'].trim() : '',
    catalogPaths: stringList(section['catalogPaths']),
    propertyNames: stringList(section['propertyNames']),
    callNames: stringList(section['callNames']),
    severity: {
      undocumentedCode: severityOf(severity['undocumentedCode'], defaultSettings.severity.undocumentedCode),
      invalidCode: severityOf(severity['invalidCode'], defaultSettings.severity.invalidCode),
      unknownCatalog: severityOf(severity['unknownCatalog'], defaultSettings.severity.unknownCatalog),
      unusedSuppression: severityOf(severity['unusedSuppression'], defaultSettings.severity.unusedSuppression),
      undeclaredResponse: severityOf(severity['undeclaredResponse'], defaultSettings.severity.undeclaredResponse),
    },
    inlayHints: { enabled: inlayHints['enabled'] === true },
  };
}

function severityOf(value: unknown, fallback: RuleSeverity): RuleSeverity {
  return RULE_SEVERITIES.find((s) => s === value) ?? fallback;
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.trim() !== '').map((v) => v.trim()) : [];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
