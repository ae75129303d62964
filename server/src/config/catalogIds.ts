/**
 * A config's `catalogs` naming a catalog that no folder provides is reported on the id itself: silently
 * falling back to other catalogs would hide the typo.
 */
import type { ConfigProblem, ProjectConfig } from './types';

/** Problems for the ids of `config.catalogs` (top level and overrides) that `known` does not hold. */
export function unknownCatalogProblems(config: ProjectConfig, known: readonly string[]): ConfigProblem[] {
  return config.catalogIds
    .filter(({ id }) => !known.includes(id))
    .map(({ id, offset, length }) => ({
      offset,
      length,
      severity: 'warning',
      message: `unknown catalog '${id}': no catalog folder provides it (known: ${known.join(', ') || 'none'})`,
    }));
}
