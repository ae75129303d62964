/**
 * The catalogs in force, merged in a documented order, and the questions the features ask of them.
 *
 * Merge order: catalogs are added layer by layer (bundled first, then each user folder in the order of the
 * `statusCatalog.catalogPaths` setting); a later catalog with the same id and locale replaces an earlier one,
 * so a team's own page for "dds" overrides the bundled one. Pure: no file access, no editor.
 */
import { normalizeLocale } from './catalogFolder';
import type { Catalog, CatalogEntryWithStandard } from './types';

/** One catalog's answer for a code: the rows that document it (usually one). */
export interface CatalogMatch {
  catalog: Catalog;
  entries: CatalogEntryWithStandard[];
}

export class CatalogRegistry {
  private readonly byKey = new Map<string, Catalog>();
  private readonly codeIndex = new Map<Catalog, Map<number, CatalogEntryWithStandard[]>>();
  private readonly serviceOrder: string[] = [];
  private readonly userServices = new Set<string>();
  private standardCatalog: Catalog | undefined;

  constructor(layers: Catalog[][] = []) {
    for (const layer of layers) for (const catalog of layer) this.add(catalog);
  }

  /** Adds a catalog; one of the same id and locale already present is replaced. */
  add(catalog: Catalog): void {
    const { id, kind } = catalog.info;
    const locale = normalizeLocale(catalog.info.locale);
    const index = new Map<number, CatalogEntryWithStandard[]>();
    for (const entry of catalog.entries) {
      const list = index.get(entry.code);
      if (list) list.push(entry);
      else index.set(entry.code, [entry]);
    }
    const previous = this.byKey.get(`${id}\u0000${locale}`);
    if (previous) this.codeIndex.delete(previous);
    this.byKey.set(`${id}\u0000${locale}`, catalog);
    this.codeIndex.set(catalog, index);
    if (kind === 'standard') {
      if (!this.standardCatalog || this.standardCatalog.info.id === id) this.standardCatalog = catalog;
    } else {
      if (!this.serviceOrder.includes(id)) this.serviceOrder.push(id);
      if (catalog.info.origin === 'user') this.userServices.add(id);
    }
  }

  /** Ids of the service catalogs (not the standard registry), in the order they were first added. */
  serviceIds(): string[] {
    return [...this.serviceOrder];
  }

  hasService(id: string): boolean {
    return this.serviceOrder.includes(id);
  }

  /**
   * Where a service's catalogs come from: "user" when any of its catalogs is from a user folder (a team's page
   * that overrides a bundled one makes the service the team's), else "bundled".
   */
  originOf(id: string): 'user' | 'bundled' {
    return this.userServices.has(id) ? 'user' : 'bundled';
  }

  /** Every catalog, all locales, in merge order. */
  all(): Catalog[] {
    return [...this.byKey.values()];
  }

  /** The standard HTTP registry, when one is loaded. */
  get standard(): Catalog | undefined {
    return this.standardCatalog;
  }

  /**
   * The catalog of a service in a locale, falling back to English, then to any locale it has.
   * "zh-CN" finds a "zh" catalog.
   */
  catalogFor(id: string, locale: string): Catalog | undefined {
    const wanted = normalizeLocale(locale);
    const exact = this.byKey.get(`${id}\u0000${wanted}`) ?? this.byKey.get(`${id}\u0000en`);
    if (exact) return exact;
    for (const catalog of this.byKey.values()) if (catalog.info.id === id) return catalog;
    return undefined;
  }

  /** The service's title in a locale (with the same fallback), or its id. */
  titleOf(id: string, locale = 'en'): string {
    return this.catalogFor(id, locale)?.info.title ?? id;
  }

  /** For each service id in order, the rows documenting `code`, in the best locale; services without it are left out. */
  documenting(code: number, serviceIds: readonly string[], locale: string): CatalogMatch[] {
    const matches: CatalogMatch[] = [];
    for (const id of serviceIds) {
      const catalog = this.catalogFor(id, locale);
      const entries = catalog && this.codeIndex.get(catalog)?.get(code);
      if (catalog && entries) matches.push({ catalog, entries });
    }
    return matches;
  }

  /** The standard registry's row for a code, if the code is registered. */
  standardEntry(code: number): CatalogEntryWithStandard | undefined {
    return this.standardCatalog && this.codeIndex.get(this.standardCatalog)?.get(code)?.[0];
  }

  /** The codes documented by any of the services, ascending, without repeats. */
  documentedCodes(serviceIds: readonly string[], locale: string): number[] {
    const codes = new Set<number>();
    for (const id of serviceIds) {
      const catalog = this.catalogFor(id, locale);
      const index = catalog && this.codeIndex.get(catalog);
      if (index) for (const code of index.keys()) codes.add(code);
    }
    return [...codes].sort((a, b) => a - b);
  }
}
