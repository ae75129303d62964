import type { OpenApiOperation } from './openApiSpec';

/**
 * The catalog model: what a status-code page says, independent of its source format.
 * Parsers produce {@link ParseResult}s; the registry turns them into {@link Catalog}s.
 */

/** Whether the page labels a code as a normal or an abnormal response. Never inferred from the number. */
export type StatusClass = 'normal' | 'abnormal';

/** One row of a status-code table. */
export interface CatalogEntry {
  /** The three-digit HTTP status code (100-599). */
  code: number;
  /** The reason phrase as written on the page ("Bad Request", "BadRequest"), or null where the page gives none. */
  message: string | null;
  /** The description as plain text; paragraphs separated by a blank line ("\n\n"). Empty when there is none. */
  description: string;
  /** The page's explicit normal/abnormal label for this row, or null. */
  class: StatusClass | null;
  /** 1-based line of the row in the source file. */
  line: number;
  /**
   * The description as written, where it holds code spans or links: runs whose texts, concatenated, are
   * exactly `description`. Renderers show code runs as code and link runs as links (http/https targets only);
   * plain consumers (the CLI, JSON output) read `description` and never see this. Absent for plain text.
   */
  descriptionRuns?: InlineRun[];
}

/**
 * A piece of catalog text with its inline role. `text` is what a reader sees (a link's label, a code span's
 * literal content); a link's `target` is as written on the page and is untrusted until a renderer checks it.
 */
export type InlineRun =
  | { kind: 'text'; text: string }
  | { kind: 'code'; text: string }
  | { kind: 'link'; text: string; target: string };

/** Something wrong in a source file that the parser skipped over; the rest still loads. */
export interface ParseProblem {
  /** 1-based line in the source file (0 when the problem concerns the whole file). */
  line: number;
  message: string;
}

export interface ParseResult {
  entries: CatalogEntry[];
  problems: ParseProblem[];
}

/** The source formats a catalog page can be written in. */
export type CatalogFormat = 'markdown' | 'html' | 'rst' | 'json' | 'openapi';

/** What the registry knows about a catalog besides its entries. */
export interface CatalogInfo {
  /** Short service id, e.g. "dds". Catalogs of the same id in several locales are one service. */
  id: string;
  /** Human-readable service name, e.g. "Document Database Service". */
  title: string;
  /** BCP 47 language tag of the page's text, e.g. "en", "zh". */
  locale: string;
  /** "service" for a service's own catalog; "standard" for the IANA registry of HTTP status codes. */
  kind: 'service' | 'standard';
  /** Absolute path (or URI) of the source file, for go-to-definition and problem reports. */
  source: string;
  format: CatalogFormat;
  /** Where the catalog came from; user catalogs override bundled ones of the same id and locale. */
  origin: 'bundled' | 'user';
}

/** Extra data only the standard registry carries. */
export interface StandardEntryData {
  /** Older or alternative reason phrases ("Request Entity Too Large" for 413). */
  aliases: string[];
  /** Defining document, e.g. "RFC 9110, Section 15.5.14". */
  reference: string;
  /** True for codes the registry marks unused (306, 418). */
  unused: boolean;
}

export interface CatalogEntryWithStandard extends CatalogEntry {
  standard?: StandardEntryData;
}

/** A loaded catalog: its description and its entries, in page order. */
export interface Catalog {
  info: CatalogInfo;
  entries: CatalogEntryWithStandard[];
  problems: ParseProblem[];
  /** An OpenAPI document's operations (format "openapi"): literals in a route handler are judged by their own. */
  operations?: OpenApiOperation[];
}
