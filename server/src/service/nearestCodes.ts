import { editDistance } from './editDistance';

/**
 * Ranks documented codes by how likely the user meant them instead of a code no catalog documents:
 * same class first (a 4xx typo is still a client error), then fewest digit edits (418 → 416, 4040 → 404),
 * then the smallest numeric distance.
 */
export function nearestCodes(target: number, candidates: readonly number[], count: number): number[] {
  const targetDigits = String(target);
  const targetClass = targetDigits[0];
  return candidates
    .filter((code) => code !== target)
    .map((code) => ({
      code,
      sameClass: String(code)[0] === targetClass ? 0 : 1,
      edits: editDistance(targetDigits, String(code)),
      distance: Math.abs(code - target),
    }))
    .sort((a, b) => a.sameClass - b.sameClass || a.edits - b.edits || a.distance - b.distance || a.code - b.code)
    .slice(0, count)
    .map((ranked) => ranked.code);
}
