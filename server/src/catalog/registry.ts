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
  /**
   * True when the service has a page in the asked language but that page lacks the code, so the rows come
   * from another locale's page (a Chinese page that documents only 401 answers 500 from the English one).
   * Renderers mark such text with its language. Absent or false: the service's own page for the locale.
   */
  fallback?: boolean;
}

export class CatalogRegistry {
  private readonly byKey = new Map<string, Catalog>();
  private readonly codeIndex = new Map<Catalog, Map<number, CatalogEntryWithStandard[]>>();
  private readonly serviceOrder: string[] = [];
  private readonly userServices = new Set<string>();
  /** Each id's catalogs (one per locale), in merge order. */
  private readonly byService = new Map<string, Catalog[]>();
  /** catalogsInPreference answers by id and language; cleared whenever a catalog is added. */
  private readonly preferenceCache = new Map<string, Catalog[]>();
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
    const ofService = (this.byService.get(id) ?? []).filter((other) => other !== previous);
    ofService.push(catalog);
    this.byService.set(id, ofService);
    this.preferenceCache.clear();
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
   * "zh-CN" finds a "zh" catalog. This is the service's page for titles; codes fall back per code (see documenting).
   */
  catalogFor(id: string, locale: string): Catalog | undefined {
    return this.catalogsInPreference(id, locale)[0];
  }

  /** The service's title in a locale (with the same fallback), or its id. */
  titleOf(id: string, locale = 'en'): string {
    return this.catalogFor(id, locale)?.info.title ?? id;
  }

  /**
   * For each service id in order, the rows documenting `code`; services without it are left out. The code is
   * looked up per code across the service's locales (asked language, then English, then the others), so a
   * page that documents fewer codes than its English original does not make the rest undocumented.
   */
  documenting(code: number, serviceIds: readonly string[], locale: string): CatalogMatch[] {
    const matches: CatalogMatch[] = [];
    const wanted = normalizeLocale(locale);
    for (const id of serviceIds) {
      const catalogs = this.catalogsInPreference(id, locale);
      const hasWanted = catalogs[0] !== undefined && normalizeLocale(catalogs[0].info.locale) === wanted;
      for (const [index, catalog] of catalogs.entries()) {
        const entries = this.codeIndex.get(catalog)?.get(code);
        if (!entries) continue;
        matches.push({ catalog, entries, fallback: hasWanted && index > 0 });
        break;
      }
    }
    return matches;
  }

  /** The standard registry's row for a code, if the code is registered. */
  standardEntry(code: number): CatalogEntryWithStandard | undefined {
    return this.standardCatalog && this.codeIndex.get(this.standardCatalog)?.get(code)?.[0];
  }

  /** The codes documented by any of the services, in any of their locales, ascending, without repeats. */
  documentedCodes(serviceIds: readonly string[], locale: string): number[] {
    const codes = new Set<number>();
    for (const id of serviceIds) {
      for (const catalog of this.catalogsInPreference(id, locale)) {
        const index = this.codeIndex.get(catalog);
        if (index) for (const code of index.keys()) codes.add(code);
      }
    }
    return [...codes].sort((a, b) => a - b);
  }

  /** A service's catalogs, best first for a locale: the asked language, English, then the rest in merge order. */
  private catalogsInPreference(id: string, locale: string): Catalog[] {
    const wanted = normalizeLocale(locale);
    const key = `${id}\u0000${wanted}`;
    const cached = this.preferenceCache.get(key);
    if (cached) return cached;
    const ofService = this.byService.get(id) ?? [];
    const rank = (catalog: Catalog) => {
      const language = normalizeLocale(catalog.info.locale);
      return language === wanted ? 0 : language === 'en' ? 1 : 2;
    };
    // Array.prototype.sort is stable, so catalogs of equal rank keep their merge order.
    const ordered = [...ofService].sort((a, b) => rank(a) - rank(b));
    this.preferenceCache.set(key, ordered);
    return ordered;
  }
}
