/**
 * Which identifier, property and call names stand for HTTP status codes. Names are compared word by
 * word (camelCase, PascalCase, snake_case and kebab-case all split the same way), so `statusCode`,
 * `STATUS_CODE` and `status-code` are one name, and `httpStatusCode` (Huawei Cloud SDK) is `status code`
 * qualified by `http`. The word rules generalise better than a fixed list: `retryAfterStatusCodes`,
 * `expectedStatus` and `HTTP_STATUS` all match without being listed.
 */
import type { DetectionOptions } from './types';

/** Property names whose value is a status code, besides everything the word rules accept. */
export const DEFAULT_PROPERTY_NAMES: readonly string[] = [
  'status',
  'statusCode',
  'httpStatus',
  'httpStatusCode',
  'expectedStatus',
];

/** Call names whose first numeric argument is a status code, needing no particular receiver. */
export const DEFAULT_CALL_NAMES: readonly string[] = [
  'status',
  'sendStatus',
  'setStatus',
  'writeHead',
  'setResponseStatus',
  'createError',
  'createHttpError',
  'httpError',
  'HttpError',
];

/** Words that, in front of "status", make it something other than an HTTP status (`exitStatus: 130`). */
const NON_HTTP_QUALIFIERS = new Set([
  'exit', 'signal', 'process', 'proc', 'shell', 'cmd', 'command', 'git', 'svn', 'grpc', 'rpc',
  'ftp', 'sftp', 'ftps', 'smtp', 'imap', 'pop3', 'lmtp', 'nntp',
]);

/** Words allowed after "status" in a single-value name: `statusCode`, `statusNumber`. */
const VALUE_SUFFIXES = new Set(['code', 'codes', 'number', 'num', 'no', 'value']);

/** Words allowed before "status" in a call name whose argument sets or asserts a status. */
const STATUS_CALL_VERBS = new Set([
  'set', 'send', 'with', 'expect', 'expects', 'assert', 'to', 'have', 'has', 'be', 'should', 'and',
  'respond', 'reply', 'return', 'returns', 'force', 'override', 'http', 'response', 'res',
]);

/** First words of calls that assert rather than set: `toHaveStatus`, `expectStatus`, `assertStatus`. */
const ASSERTION_VERBS = new Set(['expect', 'expects', 'assert', 'to', 'have', 'should']);

/** Lower-case compounds written as one word (`statuscode`) and their split form. */
const COMPOUNDS = new Map<string, string[]>([
  ['statuscode', ['status', 'code']],
  ['statuscodes', ['status', 'codes']],
  ['httpstatus', ['http', 'status']],
  ['httpstatuscode', ['http', 'status', 'code']],
  ['httpcode', ['http', 'code']],
]);

/** Splits an identifier into lower-case words: `HTTPStatusCode` → http, status, code. */
export function splitWords(name: string): string[] {
  const words: string[] = [];
  let current = '';
  const flush = (): void => {
    if (current) {
      const lower = current.toLowerCase();
      words.push(...(COMPOUNDS.get(lower) ?? [lower]));
    }
    current = '';
  };
  for (let i = 0; i < name.length; i++) {
    const ch = name.charAt(i);
    if (!isAlphanumeric(ch)) {
      flush();
      continue;
    }
    const prev = name.charAt(i - 1);
    const next = name.charAt(i + 1);
    // A capital starts a word after a lower-case letter or digit, or ends an acronym ("HTTPStatus").
    if (current && isUpper(ch) && (isLower(prev) || isDigit(prev) || (isUpper(prev) && isLower(next)))) {
      flush();
    }
    current += ch;
  }
  flush();
  return words;
}

function isAlphanumeric(ch: string): boolean {
  return isUpper(ch) || isLower(ch) || isDigit(ch);
}
function isUpper(ch: string): boolean {
  return ch >= 'A' && ch <= 'Z';
}
function isLower(ch: string): boolean {
  return ch >= 'a' && ch <= 'z';
}
function isDigit(ch: string): boolean {
  return ch >= '0' && ch <= '9';
}

/** Name predicates, built once per options value. */
export interface StatusNameRules {
  /** The value of this property or variable is one status code: `status`, `statusCode`, `expectedStatus`. */
  isStatusName(name: string): boolean;
  /** Elements of an array bound to this name are status codes: `retryStatusCodes`, `statusCodesToRetry`. */
  isStatusListName(name: string): boolean;
  /** Values of an object or enum of this name are status codes: `HttpStatus`, `HTTP_STATUS_CODES`. */
  isStatusTableName(name: string): boolean;
  /** Keys of an object of this name are status codes: `STATUS_TEXT`, `statusMessages`. */
  isStatusKeyedName(name: string): boolean;
  /** The first numeric argument of a call of this name is a status code: `status`, `sendStatus`, `toHaveStatus`. */
  isStatusCallName(name: string): boolean;
  /** A call name the user configured (`extraCallNames`): trusted like `status`, any number is reported. */
  isConfiguredCallName(name: string): boolean;
  /** Whether a status call name asserts rather than sets: `toHaveStatus`, `expectStatus`. */
  isAssertionCallName(name: string): boolean;
  /** The words name another protocol (FTP, SMTP…), whose reply codes look like HTTP ones. */
  namesOtherProtocol(name: string): boolean;
  /** Whether the words include "http", else "status"/"statuses" (the evidence a deciding name carries). */
  namedEvidence(name: string): 'http' | 'status' | 'generic';
}

/** Rules per settings value: settings change rarely, keystrokes often, so each distinct value is built once. */
const rulesByOptions = new Map<string, StatusNameRules>();
/** Distinct settings values kept; a workspace has a handful (one per folder at most). */
const MAX_CACHED_OPTIONS = 16;

/** The name rules for a settings value, built once per distinct value (the lists' contents, not their identity). */
export function createStatusNameRules(options: Partial<DetectionOptions> = {}): StatusNameRules {
  const key = JSON.stringify([options.extraPropertyNames ?? [], options.extraCallNames ?? []]);
  let rules = rulesByOptions.get(key);
  if (!rules) {
    if (rulesByOptions.size >= MAX_CACHED_OPTIONS) rulesByOptions.delete(rulesByOptions.keys().next().value!);
    rules = buildStatusNameRules(options);
    rulesByOptions.set(key, rules);
  }
  return rules;
}

function buildStatusNameRules(options: Partial<DetectionOptions>): StatusNameRules {
  const extraProperties = new Set((options.extraPropertyNames ?? []).map((n) => n.toLowerCase()));
  const configuredCalls = new Set((options.extraCallNames ?? []).map((n) => n.toLowerCase()));
  const callNames = new Set([...DEFAULT_CALL_NAMES, ...(options.extraCallNames ?? [])].map((n) => n.toLowerCase()));
  const propertyNames = new Set(DEFAULT_PROPERTY_NAMES.map((n) => n.toLowerCase()));

  const statusWordAt = (words: string[]): number => {
    for (let i = words.length - 1; i >= 0; i--) {
      if (words[i] === 'status' || words[i] === 'statuses') return i;
    }
    return -1;
  };
  // Digits number a name rather than qualify it: `modifiedStatus1`, `status_2`.
  const withoutNumbers = (name: string): string[] =>
    splitWords(name)
      .map((w) => (OTHER_PROTOCOL_WORDS.has(w) ? w : w.replace(/\d+$/, '')))
      .filter((w) => w !== '');
  const qualifiedAwayFromHttp = (words: string[]): boolean => words.some((w) => NON_HTTP_QUALIFIERS.has(w));
  // `httpCode`, `httpResponseCode`: a "code" qualified by "http". A bare `responseCode` is left out:
  // SMTP libraries (nodemailer) use it for their reply codes.
  const isHttpCodeWords = (words: string[]): boolean => {
    const last = words[words.length - 1];
    return (last === 'code' || last === 'codes') && words.includes('http');
  };

  const isStatusName = (name: string): boolean => {
    if (extraProperties.has(name.toLowerCase()) || propertyNames.has(name.toLowerCase())) return true;
    const words = withoutNumbers(name);
    if (qualifiedAwayFromHttp(words)) return false;
    const at = statusWordAt(words);
    if (at >= 0) return words.slice(at + 1).every((w) => VALUE_SUFFIXES.has(w));
    return isHttpCodeWords(words);
  };

  const isStatusListName = (name: string): boolean => {
    if (isStatusName(name)) return true;
    const words = withoutNumbers(name);
    if (qualifiedAwayFromHttp(words)) return false;
    const at = statusWordAt(words);
    // "statusCodesToRetry": anything may follow "codes"; "statusTextList" is not a list of codes.
    return at >= 0 && (words[at + 1] === 'code' || words[at + 1] === 'codes');
  };

  const isStatusKeyedName = (name: string): boolean => {
    const words = withoutNumbers(name);
    if (qualifiedAwayFromHttp(words)) return false;
    return statusWordAt(words) >= 0 || isHttpCodeWords(words);
  };

  const isStatusCallName = (name: string): boolean => {
    const lower = name.toLowerCase();
    if (callNames.has(lower)) return true;
    const words = splitWords(name);
    const at = statusWordAt(words);
    if (at < 0 || words[at] !== 'status') return false;
    const after = words.slice(at + 1);
    return words.slice(0, at).every((w) => STATUS_CALL_VERBS.has(w)) && after.every((w) => w === 'code');
  };

  const isAssertionCallName = (name: string): boolean => {
    const first = splitWords(name)[0];
    return first !== undefined && ASSERTION_VERBS.has(first);
  };

  // A document asks about the same few names thousands of times (`status`, `res`, `toBe`).
  const statusList = memoize(isStatusListName);
  return {
    isStatusName: memoize(isStatusName),
    isStatusListName: statusList,
    isStatusTableName: statusList,
    isStatusKeyedName: memoize(isStatusKeyedName),
    isStatusCallName: memoize(isStatusCallName),
    isAssertionCallName: memoize(isAssertionCallName),
    isConfiguredCallName: (name) => configuredCalls.has(name.toLowerCase()),
    namesOtherProtocol: memoize((name) => splitWords(name).some((w) => OTHER_PROTOCOL_WORDS.has(w))),
    namedEvidence: memoizeValue((name) => {
      const words = splitWords(name);
      if (words.includes('http')) return 'http';
      return words.includes('status') || words.includes('statuses') ? 'status' : 'generic';
    }),
  };
}

function memoizeValue<T>(compute: (name: string) => T): (name: string) => T {
  const answers = new Map<string, T>();
  return (name) => {
    if (answers.has(name)) return answers.get(name)!;
    if (answers.size >= MAX_MEMOISED_NAMES) answers.clear();
    const answer = compute(name);
    answers.set(detachedName(name), answer);
    return answer;
  };
}

/** Rules outlive documents, so their answers are bounded: a workspace's distinct names, then start again. */
const MAX_MEMOISED_NAMES = 50_000;

/**
 * `name` as a string of its own, to be kept by a memo that outlives documents. A name read from a document is often a
 * slice of its text, which V8 keeps as a pointer into the whole text (from 13 characters on): kept as it is, one key
 * would keep a closed 12 MB document alive. Concatenated, then sliced, it is copied out (once, on a memo's miss).
 */
export function detachedName(name: string): string {
  return (` ${name}`).slice(1);
}

/** A bounded, process-wide memo of a pure test of names (the rules ask the same names of every file). */
export function memoize(predicate: (name: string) => boolean): (name: string) => boolean {
  const answers = new Map<string, boolean>();
  return (name) => {
    let answer = answers.get(name);
    if (answer === undefined) {
      if (answers.size >= MAX_MEMOISED_NAMES) answers.clear();
      answer = predicate(name);
      answers.set(detachedName(name), answer);
    }
    return answer;
  };
}

/**
 * Protocols whose numeric reply codes share the 1xx-5xx shape of HTTP. SIP and RTSP borrowed HTTP's
 * codes and even its `statusCode` name, but add their own (180 Ringing, 486 Busy Here, 454 Session Not Found).
 */
export const OTHER_PROTOCOL_WORDS: ReadonlySet<string> = new Set([
  'ftp', 'sftp', 'ftps', 'smtp', 'smtps', 'esmtp', 'lmtp', 'imap', 'pop3', 'nntp', 'nodemailer', 'sip', 'sips', 'rtsp',
]);
