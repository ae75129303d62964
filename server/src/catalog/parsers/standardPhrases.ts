/**
 * The reason phrases of the IANA HTTP status code registry, with the older and common variant spellings
 * found in cloud documentation. Used for one decision only: whether a table keyed by service error codes
 * ("ELB.8902") also has a real reason-phrase column, which makes it a status-code table after all. An
 * error-message column ("Invalid parameters.", "DB Error") does not qualify; "Bad request" does.
 */
const PHRASES = [
  'Continue', 'Switching Protocols', 'Processing', 'Early Hints',
  'OK', 'Created', 'Accepted', 'Non-Authoritative Information', 'No Content', 'Reset Content',
  'Partial Content', 'Multi-Status', 'Already Reported', 'IM Used',
  'Multiple Choices', 'Moved Permanently', 'Found', 'See Other', 'Not Modified', 'Use Proxy', 'Unused',
  'Temporary Redirect', 'Permanent Redirect',
  'Bad Request', 'Unauthorized', 'Payment Required', 'Forbidden', 'Not Found', 'Method Not Allowed',
  'Not Acceptable', 'Proxy Authentication Required', 'Request Timeout', 'Request Time-out', 'Conflict',
  'Gone', 'Length Required', 'Precondition Failed', 'Content Too Large', 'Payload Too Large',
  'Request Entity Too Large', 'URI Too Long', 'Request-URI Too Long', 'Request-URI Too Large',
  'Unsupported Media Type', 'Range Not Satisfiable', 'Requested Range Not Satisfiable', 'Expectation Failed',
  "I'm a teapot", 'Misdirected Request', 'Unprocessable Content', 'Unprocessable Entity', 'Locked',
  'Failed Dependency', 'Too Early', 'Upgrade Required', 'Precondition Required', 'Too Many Requests',
  'Request Header Fields Too Large', 'Unavailable For Legal Reasons',
  'Internal Server Error', 'Not Implemented', 'Bad Gateway', 'Service Unavailable', 'Gateway Timeout',
  'Server Timeout', 'HTTP Version Not Supported', 'Variant Also Negotiates', 'Insufficient Storage',
  'Loop Detected', 'Not Extended', 'Network Authentication Required',
];

/** Compared without case, spaces and punctuation: "BadRequest", "Bad request." and "Request Time-out" match. */
function squeeze(text: string): string {
  return text.toLowerCase().replace(/[^a-z]/g, '');
}

const SQUEEZED = new Set(PHRASES.map(squeeze));

/** True when the text is a registered HTTP reason phrase, however it is spaced or capitalised. */
export function isStandardReasonPhrase(text: string): boolean {
  return SQUEEZED.has(squeeze(text));
}
