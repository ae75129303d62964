/**
 * Which service catalogs a document consults, in this order of precedence:
 * (a) the `statusCatalog.catalogs` setting of the document's folder;
 * (b) the file itself: `status-catalog:` comment directives;
 * (c) the file's Huawei Cloud SDK imports;
 * (d) otherwise the project's own catalogs (those from its catalog folders);
 * (e) when the project has none: the bundled catalogs if `statusCatalog.bundledCatalogs` is
 *     "whenNoProjectCatalog", else none at all (the standard registry still names every code).
 * Ids that no loaded catalog has are dropped; when none is left, the next rule applies.
 * Whatever the rule, the project's catalogs come first and the bundled ones after, each in registry order.
 */
import type { CatalogRegistry } from '../catalog/registry';
import type { ScopeHints } from '../detection/types';
import type { BundledCatalogsRule } from './settings';

/** Which rule chose a document's catalogs, for the hover's "consulted" line and for tests. */
export type ScopeReason = 'setting' | 'directive' | 'sdk-import' | 'project' | 'bundled-fallback' | 'none';

export interface ActiveScope {
  /** Service catalog ids: the project's (user) catalogs first, then the bundled ones, each in registry order. */
  ids: string[];
  reason: ScopeReason;
}

export function resolveScope(
  registry: CatalogRegistry,
  configured: readonly string[],
  hints: ScopeHints,
  bundledRule: BundledCatalogsRule = 'whenNamed',
): ActiveScope {
  const services = userFirst(registry, registry.serviceIds());
  const known = (ids: readonly string[]) => {
    const wanted = new Set(ids);
    return services.filter((id) => wanted.has(id));
  };
  const candidates: Array<[ScopeReason, readonly string[]]> = [
    ['setting', configured],
    ['directive', hints.directives],
    ['sdk-import', hints.sdkServices],
  ];
  for (const [reason, ids] of candidates) {
    const active = known(ids);
    if (active.length > 0) return { ids: active, reason };
  }
  const project = services.filter((id) => registry.originOf(id) === 'user');
  if (project.length > 0) return { ids: project, reason: 'project' };
  if (bundledRule === 'whenNoProjectCatalog' && services.length > 0) return { ids: services, reason: 'bundled-fallback' };
  return { ids: [], reason: 'none' };
}

/** The user's catalogs first, then the bundled ones; the order within each kind is kept. */
function userFirst(registry: CatalogRegistry, ids: readonly string[]): string[] {
  const user = ids.filter((id) => registry.originOf(id) === 'user');
  return user.length === 0 ? [...ids] : [...user, ...ids.filter((id) => registry.originOf(id) !== 'user')];
}
