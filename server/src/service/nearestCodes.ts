/**
 * Ranks documented codes by how likely the user meant them instead of a code no catalog documents:
 * 1. same class first (a 4xx is still a client error);
 * 2. closest meaning: codes of the same family (statusFamilies.ts), then the words the catalogs and the
 *    standard registry use for the two codes (their names count double), weighted by how rare a word is
 *    among the candidates, so "conflict" counts and "request" hardly does;
 * 3. for a number with no meaning at all (4040, or an unregistered 299), fewest digit edits (4040 → 404);
 * 4. the smallest numeric distance, as the last tie-break.
 */
import { editDistance } from './editDistance';
import { sameFamily } from './statusFamilies';

/** The texts that say what a code means: reason phrases (catalogs' and standard) and descriptions. */
export interface CodeMeaning {
  names: readonly string[];
  descriptions: readonly string[];
}

/** Words that carry no meaning of their own in a status description. */
const STOP_WORDS = new Set(
  'a an and are as at be because been but by can cannot could did do does for from has have in is it its itself may might must no nor not of on or so than that the their them then there this to was were which while will with would'.split(' '),
);

/** What a family match is worth against word overlap (a cosine in 0..1). */
const FAMILY_WEIGHT = 0.5;

export function nearestCodes(
  target: number,
  candidates: readonly number[],
  count: number,
  meaningOf: (code: number) => CodeMeaning = () => ({ names: [], descriptions: [] }),
): number[] {
  const targetDigits = String(target);
  const targetClass = targetDigits[0];
  const others = candidates.filter((code) => code !== target);
  const targetWords = wordWeights(meaningOf(target));
  const hasMeaning = targetWords.size > 0;
  const candidateWords = new Map(others.map((code) => [code, wordWeights(meaningOf(code))]));
  const rarity = inverseFrequency([targetWords, ...candidateWords.values()]);
  return others
    .map((code) => ({
      code,
      sameClass: String(code)[0] === targetClass ? 0 : 1,
      meaning: hasMeaning ? meaningScore(code, target, targetWords, candidateWords.get(code)!, rarity) : 0,
      edits: hasMeaning ? 0 : editDistance(targetDigits, String(code)),
      distance: Math.abs(code - target),
    }))
    .sort((a, b) => a.sameClass - b.sameClass || b.meaning - a.meaning || a.edits - b.edits || a.distance - b.distance || a.code - b.code)
    .slice(0, count)
    .map((ranked) => ranked.code);
}

/**
 * Family plus word similarity, in steps of a tenth: a faint overlap of common words is no evidence, and codes
 * that are about as close in meaning are then ordered by number.
 */
function meaningScore(code: number, target: number, a: Map<string, number>, b: Map<string, number>, rarity: Map<string, number>): number {
  return Math.floor(((sameFamily(code, target) ? FAMILY_WEIGHT : 0) + cosine(a, b, rarity)) * 10);
}

/** Each word's weight in a meaning: 2 in a name, 1 in a description (the larger when in both). */
function wordWeights(meaning: CodeMeaning): Map<string, number> {
  const weights = new Map<string, number>();
  const add = (texts: readonly string[], weight: number) => {
    for (const text of texts) for (const word of words(text)) weights.set(word, Math.max(weights.get(word) ?? 0, weight));
  };
  add(meaning.descriptions, 1);
  add(meaning.names, 2);
  return weights;
}

/** Lower-case word stems without stop words: "Conflicts" and "conflicting" are "conflict"; CJK by character. */
export function words(text: string): string[] {
  const found: string[] = [];
  for (const match of text.toLowerCase().matchAll(/[\p{Script=Han}]|[\p{L}\p{N}]+/gu)) {
    const word = match[0];
    if (STOP_WORDS.has(word) || /^\d+$/.test(word)) continue;
    found.push(word.length > 4 ? word.replace(/(?:ing|ed|es|s)$/, '') : word);
  }
  return found;
}

/** log(N / df) per word, over every meaning in play: a word every code uses says nothing (weight 0). */
function inverseFrequency(meanings: readonly Map<string, number>[]): Map<string, number> {
  const frequency = new Map<string, number>();
  for (const meaning of meanings) for (const word of meaning.keys()) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  const rarity = new Map<string, number>();
  for (const [word, df] of frequency) rarity.set(word, Math.log(meanings.length / df));
  return rarity;
}

function cosine(a: Map<string, number>, b: Map<string, number>, rarity: Map<string, number>): number {
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (const [word, weight] of a) {
    const w = weight * (rarity.get(word) ?? 0);
    normA += w * w;
    const other = b.get(word);
    if (other !== undefined) dot += w * other * (rarity.get(word) ?? 0);
  }
  for (const [word, weight] of b) {
    const w = weight * (rarity.get(word) ?? 0);
    normB += w * w;
  }
  return normA === 0 || normB === 0 ? 0 : dot / Math.sqrt(normA * normB);
}
