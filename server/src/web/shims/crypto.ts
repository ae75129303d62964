/**
 * node:crypto for the web build. Its one use (catalog/pageBudget.ts) keys a memo of pages that parsed too
 * slowly; there the "digest" is the text itself: exact, and only ever kept for those rare pages.
 */
export function createHash(_algorithm: string): { update(text: string): { digest(encoding: string): string } } {
  return { update: (text) => ({ digest: () => text }) };
}

export default { createHash };
