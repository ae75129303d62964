/**
 * The standard reason phrases of HTTP status codes, for one precise rule: a name that spells the
 * reason phrase of the number it holds (`NOT_FOUND: 404`, `Created = 201`, `"OK": 200`,
 * `HTTP_TOO_MANY_REQUESTS = 429`) is a status-code table entry, whatever the table is called. Name and
 * number agreeing by chance is too unlikely to matter.
 */

/** IANA reason phrases, with the older or common alternative wordings. */
const PHRASES: ReadonlyArray<readonly [number, string[]]> = [
  [100, ['Continue']], [101, ['Switching Protocols']], [102, ['Processing']], [103, ['Early Hints']],
  [200, ['OK']], [201, ['Created']], [202, ['Accepted']], [203, ['Non-Authoritative Information']],
  [204, ['No Content']], [205, ['Reset Content']], [206, ['Partial Content']], [207, ['Multi-Status']],
  [208, ['Already Reported']], [226, ['IM Used']],
  [300, ['Multiple Choices']], [301, ['Moved Permanently']], [302, ['Found', 'Moved Temporarily']],
  [303, ['See Other']], [304, ['Not Modified']], [305, ['Use Proxy']], [307, ['Temporary Redirect']],
  [308, ['Permanent Redirect']],
  [400, ['Bad Request']], [401, ['Unauthorized']], [402, ['Payment Required']], [403, ['Forbidden']],
  [404, ['Not Found']], [405, ['Method Not Allowed']], [406, ['Not Acceptable']],
  [407, ['Proxy Authentication Required']], [408, ['Request Timeout']], [409, ['Conflict']], [410, ['Gone']],
  [411, ['Length Required']], [412, ['Precondition Failed']],
  [413, ['Content Too Large', 'Payload Too Large', 'Request Entity Too Large']],
  [414, ['URI Too Long', 'Request-URI Too Long']], [415, ['Unsupported Media Type']],
  [416, ['Range Not Satisfiable', 'Requested Range Not Satisfiable']], [417, ['Expectation Failed']],
  [418, ["I'm a teapot", 'Teapot']], [421, ['Misdirected Request']],
  [422, ['Unprocessable Content', 'Unprocessable Entity']], [423, ['Locked']], [424, ['Failed Dependency']],
  [425, ['Too Early']], [426, ['Upgrade Required']], [428, ['Precondition Required']],
  [429, ['Too Many Requests']], [431, ['Request Header Fields Too Large']],
  [451, ['Unavailable For Legal Reasons']],
  [500, ['Internal Server Error']], [501, ['Not Implemented']], [502, ['Bad Gateway']],
  [503, ['Service Unavailable']], [504, ['Gateway Timeout']], [505, ['HTTP Version Not Supported']],
  [506, ['Variant Also Negotiates']], [507, ['Insufficient Storage']], [508, ['Loop Detected']],
  [510, ['Not Extended']], [511, ['Network Authentication Required']],
];

/** Letters only, lower-case: `NOT_FOUND`, `NotFound` and "Not Found" all become `notfound`. */
function squeeze(text: string): string {
  let out = '';
  for (const ch of text.toLowerCase()) if (ch >= 'a' && ch <= 'z') out += ch;
  return out;
}

const PHRASES_BY_CODE = new Map<number, Set<string>>(PHRASES.map(([code, phrases]) => [code, new Set(phrases.map(squeeze))]));

/** Words around the phrase in constant names: `HTTP_NOT_FOUND`, `STATUS_OK`, `SC_CREATED`, `NotFoundStatus`. */
const PREFIXES = ['http', 'httpstatus', 'status', 'statuscode', 'code', 'sc'];
const SUFFIXES = ['status', 'code', 'statuscode'];

/** Whether `name` spells the reason phrase of `code` (optionally with an HTTP/status prefix or suffix). */
export function namesReasonPhraseOf(name: string, code: number): boolean {
  const phrases = PHRASES_BY_CODE.get(code);
  if (!phrases) return false;
  const squeezed = squeeze(name);
  if (phrases.has(squeezed)) return true;
  for (const prefix of PREFIXES) {
    if (squeezed.startsWith(prefix) && phrases.has(squeezed.slice(prefix.length))) return true;
  }
  for (const suffix of SUFFIXES) {
    if (squeezed.endsWith(suffix) && phrases.has(squeezed.slice(0, -suffix.length))) return true;
  }
  return false;
}
