/**
 * Whether a table whose key column holds numbers is an HTTP status table, or something that only looks like
 * one: SMTP/FTP reply codes, process exit codes, body return codes (`RetCode`), application codes, or a table
 * that uses the status as a key for other data (a "Response Headers" table keyed by Status). Decided from
 * what the page and the table say (protocol words in the code header, the caption, the nearest heading, the
 * page title) and from the codes themselves (exit-code ranges, codes outside the HTTP registry in bulk).
 */
import { squeezedPhrasesOf } from '../../http/reasonPhrases';

export interface TableWords {
  /** Header of the code column ("Status Code", "RetCode"). */
  codeHeader: string;
  /** Headers of the other columns. */
  otherHeaders: string[];
  /** Caption or title of the table. */
  title: string | null;
  /** The innermost section heading around the table. */
  heading: string | null;
  /** The outer section headings, innermost first: they say which protocol a part of the page is about. */
  outerHeadings?: string[];
  /** The page's title, which says what every table of the page is about ("Exit Code Reference"). */
  pageTitle: string | null;
  /** The sentence introducing the table ("The server answers with these SMTP reply codes:"). */
  lead?: string | null;
}

export type HttpTableVerdict = { http: true } | { http: false; reason: string };

/** Words naming codes of another protocol or layer. */
const OTHER_CODES = /\b(?:SMTP|FTP|ESMTP|LMTP|IMAP|POP3|exit[\s_-]*(?:codes?|status(?:es)?)|reply[\s_-]*codes?|ret[\s_-]?codes?|errno|err_?codes?|result_codes?|return[\s_-]*codes?\s+of\s+(?:the\s+)?(?:script|process|command))\b|退出码/i;
const HTTP_WORDS = /\bHTTPS?\b|\bstatus[\s_-]*codes?\b|状态码|状态代码/i;
/** Headings of tables that document response headers per status rather than the statuses. */
const HEADERS_HEADING = /\b(?:response\s+)?headers?\b|响应头/i;
/** A column keyed by the status that names another thing: the header's name. */
const HEADER_NAME_COLUMN = /^(?:headers?|header\s+name|name\s+of\s+(?:the\s+)?header|响应头|头域)$/i;
/** Code-column headers that name a quantity or setting, not a status ("Name | Value" parameter tables). */
const QUANTITY_HEADER = /^(?:values?|default(?:\s+values?)?|max(?:imum)?|min(?:imum)?|limits?|size|length|ports?|count|number|id|取值|默认值|最大值|最小值)$/i;
/** Reply codes only SMTP uses; several in one table with no word of HTTP make it an SMTP table. */
const SMTP_ONLY = new Set([211, 214, 220, 221, 250, 251, 252, 354, 450, 452, 550, 551, 552, 553, 554, 555]);
/** Exit codes of shells and processes: 0-2 and 126-128 are their signature. */
const EXIT_LOW = new Set([0, 1, 2]);
const EXIT_HIGH = new Set([126, 127, 128]);

/** `numbers` are the leading numbers of the code column's cells, in order (any number of digits). */
export function isHttpStatusTable(numbers: number[], words: TableWords): HttpTableVerdict {
  const small = numbers.filter((n) => n < 100);
  const exitSignature = numbers.some((n) => EXIT_LOW.has(n)) && numbers.some((n) => EXIT_HIGH.has(n));
  if (exitSignature || (small.length >= 2 && small.length * 4 >= numbers.length)) {
    return { http: false, reason: `codes ${listed(numbers)}: an exit-code table` };
  }

  const header = words.codeHeader;
  if (QUANTITY_HEADER.test(header.trim())) {
    return { http: false, reason: `the column '${header}' holds values, not status codes` };
  }
  if (OTHER_CODES.test(header) && !/\bHTTP\b/i.test(header)) {
    return { http: false, reason: `the code column '${header}' holds another kind of code` };
  }
  const context = [words.title, words.heading, ...(words.outerHeadings ?? []), words.pageTitle, words.lead].filter((text): text is string => !!text);
  const saysHttp = [header, ...context].some((text) => /\bHTTPS?\b/i.test(text));
  const other = context.find((text) => OTHER_CODES.test(text));
  if (other !== undefined && !saysHttp) {
    return { http: false, reason: `'${other}': codes of another kind, not HTTP statuses` };
  }

  const smtp = [...new Set(numbers.filter((n) => SMTP_ONLY.has(n)))];
  if (!saysHttp && smtp.length >= 3 && smtp.length * 3 >= numbers.length) {
    return { http: false, reason: `codes ${listed(smtp)}: SMTP reply codes` };
  }

  const threeDigit = numbers.filter((n) => n >= 100 && n <= 999);
  const unregistered = threeDigit.filter((n) => squeezedPhrasesOf(n) === undefined);
  // A vendor's own statuses (Qiniu's 608-701) are kept where the table or page calls them status codes.
  const saysStatus = [header, ...context].some((text) => HTTP_WORDS.test(text));
  if (!saysStatus && unregistered.length >= 3 && unregistered.length * 3 >= threeDigit.length * 2) {
    return { http: false, reason: `codes ${listed(unregistered)}: mostly outside the HTTP status registry` };
  }

  if (words.heading && HEADERS_HEADING.test(words.heading) && !/status|code|状态/i.test(words.heading)) {
    return { http: false, reason: `a '${words.heading}' table: the status is only its key` };
  }
  const named = words.otherHeaders.find((text) => HEADER_NAME_COLUMN.test(text.trim()));
  if (named !== undefined) return { http: false, reason: `its '${named}' column: the status is only the key of other data` };
  return { http: true };
}

function listed(numbers: number[]): string {
  const unique = [...new Set(numbers)];
  const shown = unique.slice(0, 4).join(', ');
  return unique.length > 4 ? `${shown}…` : shown;
}
