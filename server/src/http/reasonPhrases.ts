/**
 * The reason phrases of the IANA HTTP status code registry, with the older and variant wordings found in
 * cloud documentation and code. One table for the two places that need the phrases as knowledge, not as
 * user data: the catalog parsers (is this column of reason phrases?) and the detector (does `NOT_FOUND`
 * spell the phrase of 404?). What a code *means* is the bundled catalog's business
 * (catalogs/http-status-codes.en.json), which users can override; this table is not.
 */
const PHRASES: ReadonlyArray<readonly [number, readonly string[]]> = [
  [100, ['Continue']], [101, ['Switching Protocols']], [102, ['Processing']], [103, ['Early Hints']],
  [200, ['OK']], [201, ['Created']], [202, ['Accepted']], [203, ['Non-Authoritative Information']],
  [204, ['No Content']], [205, ['Reset Content']], [206, ['Partial Content']], [207, ['Multi-Status']],
  [208, ['Already Reported']], [226, ['IM Used']],
  [300, ['Multiple Choices']], [301, ['Moved Permanently']], [302, ['Found', 'Moved Temporarily']],
  [303, ['See Other']], [304, ['Not Modified']], [305, ['Use Proxy']], [306, ['Unused']],
  [307, ['Temporary Redirect']], [308, ['Permanent Redirect']],
  [400, ['Bad Request']], [401, ['Unauthorized']], [402, ['Payment Required']], [403, ['Forbidden']],
  [404, ['Not Found']], [405, ['Method Not Allowed']], [406, ['Not Acceptable']],
  [407, ['Proxy Authentication Required']], [408, ['Request Timeout']], [409, ['Conflict']], [410, ['Gone']],
  [411, ['Length Required']], [412, ['Precondition Failed']],
  [413, ['Content Too Large', 'Payload Too Large', 'Request Entity Too Large']],
  [414, ['URI Too Long', 'Request-URI Too Long', 'Request-URI Too Large']], [415, ['Unsupported Media Type']],
  [416, ['Range Not Satisfiable', 'Requested Range Not Satisfiable']], [417, ['Expectation Failed']],
  [418, ["I'm a teapot", 'Teapot', 'Unused']], [421, ['Misdirected Request']],
  [422, ['Unprocessable Content', 'Unprocessable Entity']], [423, ['Locked']], [424, ['Failed Dependency']],
  [425, ['Too Early']], [426, ['Upgrade Required']], [428, ['Precondition Required']],
  [429, ['Too Many Requests']], [431, ['Request Header Fields Too Large']],
  [451, ['Unavailable For Legal Reasons']],
  [500, ['Internal Server Error']], [501, ['Not Implemented']], [502, ['Bad Gateway']],
  [503, ['Service Unavailable']], [504, ['Gateway Timeout', 'Server Timeout']], [505, ['HTTP Version Not Supported']],
  [506, ['Variant Also Negotiates']], [507, ['Insufficient Storage']], [508, ['Loop Detected']],
  [510, ['Not Extended']], [511, ['Network Authentication Required']],
];

/** Letters only, lower-case: "Bad request.", "BadRequest", `BAD_REQUEST` and "Request Time-out" compare equal. */
export function squeezePhrase(text: string): string {
  let out = '';
  for (const ch of text.toLowerCase()) if (ch >= 'a' && ch <= 'z') out += ch;
  return out;
}

const SQUEEZED_BY_CODE = new Map<number, ReadonlySet<string>>(PHRASES.map(([code, phrases]) => [code, new Set(phrases.map(squeezePhrase))]));
const ALL_SQUEEZED = new Set(PHRASES.flatMap(([, phrases]) => phrases.map(squeezePhrase)));

/** True when the text is a registered HTTP reason phrase (of any code), however spaced or capitalised. */
export function isStandardReasonPhrase(text: string): boolean {
  return ALL_SQUEEZED.has(squeezePhrase(text));
}

/** Every registered phrase, squeezed. */
export function allSqueezedPhrases(): ReadonlySet<string> {
  return ALL_SQUEEZED;
}

/** The squeezed phrases of one code, or undefined for a code the registry does not define. */
export function squeezedPhrasesOf(code: number): ReadonlySet<string> | undefined {
  // Most numbers asked about are no code (ids, sizes, fractions): a fraction or a number outside 100-599 is not
  // looked up (a map keyed by numbers hashes a fraction slowly).
  if (!(code >= 100 && code <= 599) || Math.floor(code) !== code) return undefined;
  return SQUEEZED_BY_CODE.get(code);
}

/** The registry's current reason phrase of a code ("Content Too Large" for 413), or undefined for an unregistered code. */
export function standardReasonPhrase(code: number): string | undefined {
  return PHRASES.find(([registered]) => registered === code)?.[1][0];
}

const CODE_BY_SQUEEZED = new Map<string, number | null>();
for (const [code, phrases] of PHRASES) {
  for (const phrase of phrases) {
    const squeezed = squeezePhrase(phrase);
    const known = CODE_BY_SQUEEZED.get(squeezed);
    // A phrase two codes share ("Unused": 306 and 418) names neither.
    CODE_BY_SQUEEZED.set(squeezed, known === undefined || known === code ? code : null);
  }
}

/** The one code whose reason phrase a name spells (`NOT_FOUND`, `NotFound` → 404), or undefined. */
export function codeOfReasonPhrase(name: string): number | undefined {
  return CODE_BY_SQUEEZED.get(squeezePhrase(name)) ?? undefined;
}
