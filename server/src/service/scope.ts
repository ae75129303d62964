/**
 * Which service catalogs a document consults, in this order of precedence:
 * (a) the `statusCatalog.catalogs` setting of the document's folder;
 * (b) the file itself: `status-catalog:` comment directives and Huawei Cloud SDK imports;
 * (c) otherwise every service catalog.
 * Ids that no loaded catalog has are dropped; when none is left, the next rule applies.
 */
import type { CatalogRegistry } from '../catalog/registry';
import type { ScopeHints } from '../detection/types';

export interface ActiveScope {
  /** Service catalog ids, in registry order. */
  ids: string[];
  /** Which rule chose them, for the hover's "consulted" line and for tests. */
  reason: 'setting' | 'directive' | 'sdk-import' | 'all';
}

export function resolveScope(registry: CatalogRegistry, configured: readonly string[], hints: ScopeHints): ActiveScope {
  const known = (ids: readonly string[]) => registry.serviceIds().filter((id) => ids.includes(id));
  const candidates: Array<[ActiveScope['reason'], readonly string[]]> = [
    ['setting', configured],
    ['directive', hints.directives],
    ['sdk-import', hints.sdkServices],
  ];
  for (const [reason, ids] of candidates) {
    const active = known(ids);
    if (active.length > 0) return { ids: active, reason };
  }
  return { ids: registry.serviceIds(), reason: 'all' };
}
