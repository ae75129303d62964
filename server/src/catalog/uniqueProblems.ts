/**
 * Catalog problems said once: the same folder can be loaded for several configs or settings, and each load reports
 * its problems again.
 */
import type { CatalogProblem } from './catalogFolder';

export function uniqueProblems(problems: readonly CatalogProblem[]): CatalogProblem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.file}\u0000${problem.line}\u0000${problem.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
