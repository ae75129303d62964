/**
 * Which catalogs a file asks for: imports of Huawei Cloud SDK service packages
 * (`@huaweicloud/huaweicloud-sdk-dds` → "dds") and comment directives (`// status-catalog: dds, ddm`).
 */
import type { ScopeHints } from './types';

// Kept in a module of its own, which suppressions read without loading the compiler.
export { forEachJsonComment } from './jsonComments';

const SDK_PREFIX = '@huaweicloud/huaweicloud-sdk-';
/** SDK packages that are infrastructure, not a service with its own catalog. */
const NON_SERVICE_PACKAGES = new Set(['core']);
const DIRECTIVE = 'status-catalog:';
/** A case-insensitive test for the directive word, without copying the whole text to lower case. */
const DIRECTIVE_HINT = /status-catalog:/i;

/** The service id of a Huawei Cloud SDK package import, or undefined for other modules and `-core`. */
export function sdkServiceOf(specifier: string): string | undefined {
  if (!specifier.startsWith(SDK_PREFIX)) return undefined;
  const service = specifier.slice(SDK_PREFIX.length).split('/')[0]?.toLowerCase();
  return service && !NON_SERVICE_PACKAGES.has(service) ? service : undefined;
}

/** An id named by a directive, and where it stands (offsets into the text it was read from). */
export interface DirectiveId {
  id: string;
  start: number;
  end: number;
}

/** Catalog ids named by a `status-catalog:` directive in one comment's text (delimiters included). */
export function directiveIdsIn(comment: string): string[] {
  return directivesIn(comment).map((directive) => directive.id);
}

/** The ids of the directives in one comment, with their offsets in it, so a wrong id can be pointed at. */
export function directivesIn(comment: string): DirectiveId[] {
  const found: DirectiveId[] = [];
  const lower = comment.toLowerCase();
  let from = 0;
  for (;;) {
    const at = lower.indexOf(DIRECTIVE, from);
    if (at < 0) return found;
    // Ids run to the end of the line or the comment: "dds, ddm */".
    const restStart = at + DIRECTIVE.length;
    let rest = comment.slice(restStart);
    const lineEnd = rest.search(/[\r\n]/);
    if (lineEnd >= 0) rest = rest.slice(0, lineEnd);
    const close = rest.indexOf('*/');
    if (close >= 0) rest = rest.slice(0, close);
    for (const match of rest.matchAll(/[^\s,]+/g)) {
      const id = match[0].toLowerCase();
      const start = restStart + (match.index ?? 0);
      if (/^[a-z0-9][a-z0-9_.-]*$/.test(id)) found.push({ id, start, end: start + id.length });
    }
    from = restStart;
  }
}

/** Collects hints in document order, each id once. */
export class ScopeHintCollector {
  private readonly sdkServices = new Set<string>();
  private readonly directives = new Set<string>();
  private readonly directiveIds: DirectiveId[] = [];

  addModule(specifier: string): void {
    const service = sdkServiceOf(specifier);
    if (service) this.sdkServices.add(service);
  }

  /** A comment's text and its offset in the document. */
  addComment(text: string, offset: number): void {
    for (const directive of directivesIn(text)) {
      this.directives.add(directive.id);
      this.directiveIds.push({ id: directive.id, start: offset + directive.start, end: offset + directive.end });
    }
  }

  result(): ScopeHints {
    return { sdkServices: [...this.sdkServices], directives: [...this.directives], directiveIds: this.directiveIds };
  }
}

/** Whether a document can hold a directive at all; lets the common case skip reading comments. */
export function mayHoldDirective(text: string): boolean {
  return DIRECTIVE_HINT.test(text);
}

