/**
 * Status codes that answer the same kind of problem, so one is a likely intent for another: a 409 Conflict
 * is closer to 412 Precondition Failed or 423 Locked than to 404 Not Found, though 404 is nearer by number.
 * Derived from the meanings RFC 9110 (and the WebDAV/RFC 6585 additions) give the codes; a code may be in
 * several families.
 */
const FAMILIES: readonly (readonly number[])[] = [
  [401, 403, 407, 511], // who you are, or whether you may
  [404, 410], // not there
  [409, 412, 422, 423, 424, 428], // the resource's state (or the request's meaning for it) does not allow it
  [400, 422, 415, 406], // the request itself is wrong
  [413, 414, 431], // too large
  [429, 503], // come back later
  [408, 504], // took too long
  [502, 503, 504], // a server behind this one failed
  [500, 501, 502], // the server failed
  [301, 308], // moved for good
  [302, 303, 307], // moved for now
  [200, 201, 202, 204], // it worked
];

/** True when the two codes answer the same kind of problem. */
export function sameFamily(a: number, b: number): boolean {
  return FAMILIES.some((family) => family.includes(a) && family.includes(b));
}
