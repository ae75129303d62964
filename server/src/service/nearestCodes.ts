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

/** Levenshtein distance of two short strings. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length]!;
}
