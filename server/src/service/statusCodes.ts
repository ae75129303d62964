/** Facts about status codes that follow from the number alone (RFC 9110, Section 15). */

export const MIN_STATUS = 100;
export const MAX_STATUS = 599;

export function isStatusRange(code: number): boolean {
  return Number.isInteger(code) && code >= MIN_STATUS && code <= MAX_STATUS;
}

/** "4XX" → 4, "404" → undefined: the class digit of an OpenAPI range key. */
export function rangeClass(code: number | string): number | undefined {
  return typeof code === 'string' && /^[1-5]XX$/i.test(code) ? Number(code[0]) : undefined;
}

/** Case, spacing and punctuation do not make a different name: "BadRequest" is "Bad Request". */
export function sameReasonPhrase(a: string, b: string): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  return norm(a) === norm(b);
}
