/**
 * Whether code is about another protocol whose reply codes look like HTTP status codes: FTP, SMTP
 * and SIP servers answer 200/250/550 too, and `code === 250` in an FTP client is not HTTP. Two levels:
 * - a function or class whose name or doc comment names the protocol ("Return true if an FTP return
 *   code…") drops everything but explicit HTTP evidence inside it;
 * - a file that mentions such a protocol more than HTTP (imports of `./FtpContext`, `nodemailer`,
 *   identifiers like `SMTPConnection`, URIs like `'sip:alice@example.com'`) drops the weakest evidence (`code`, aliases) throughout, and
 *   one that mentions it repeatedly and HTTP (`http`, `req`, `fetch`, `express`…) never drops all but
 *   explicit HTTP names.
 */
import * as ts from 'typescript';
import type { Evidence } from './statusExpressions';
import { OTHER_PROTOCOL_WORDS, splitWords } from './statusNames';
import { functionName, isFunctionLike } from './tsSyntax';

// Read once: the compiler's exports are getters, too slow to call per node.
const {
  getLeadingCommentRanges, isClassLike, isModuleDeclaration, isSourceFile, isVariableStatement
} = ts;

/** Cheap substrings checked before splitting a name into words. */
const OTHER_PROTOCOL_HINTS = ['ftp', 'smtp', 'imap', 'pop3', 'nntp', 'lmtp', 'mailer', 'sip', 'rtsp'];
/** A substring test over the whole text, only to skip work when no protocol word can occur. */
const OTHER_PROTOCOL_TEXT_HINT = /ftp|smtp|imap|pop3|nntp|lmtp|mailer|sip|rtsp/i;
const HTTP_HINTS = ['http', 'req', 'express', 'fetch', 'axios', 'koa', 'fastify', 'supertest', 'router'];
/** Words of identifiers that show HTTP code: the protocol itself, request objects, HTTP libraries. */
const HTTP_WORDS = new Set(['http', 'https', 'req', 'express', 'fetch', 'axios', 'koa', 'fastify', 'supertest', 'router']);
/** How many mentions of another protocol, with none of HTTP, make a whole file about that protocol. */
const OTHER_PROTOCOL_FILE_MENTIONS = 3;
/** A URI scheme or protocol version (a regular expression's `^` allowed) of HTTP or of the protocols whose codes look like its statuses. */
const PROTOCOL_PREFIX = /^\^?(https?|s?ftps?|smtps?|imaps?|pop3|nntp|sips?|rtsp)(?::\S|\/\d)/i;
/** How many times HTTP's mentions the other protocol's must reach to take over a file that also mentions HTTP. */
const OTHER_PROTOCOL_DOMINANCE = 5;
/** Response codes SIP defines that HTTP leaves unassigned. */
const SIP_ONLY_CODES = new Set([180, 181, 182, 183, 199, 380, 480, 481, 482, 483, 484, 485, 486, 487, 488, 489, 491, 493, 494, 580]);
const HTTP_MODULES = new Set([
  'http', 'https', 'http2', 'express', 'koa', 'fastify', 'axios', 'got', 'ky', 'superagent',
  'supertest', 'msw', 'nock', 'undici', 'node-fetch', '@hapi/hapi', 'hono',
]);

export class ProtocolScope {
  private otherMentions = 0;
  private httpMentions = 0;
  private readonly verdicts = new Map<ts.Node, boolean>();
  private readonly identifierCounts = new Map<string, number>();

  /** Whether any comment or name could mention another protocol; most files cannot, and skip the scope walk. */
  private readonly mayMentionOther: boolean;

  /**
   * Whether `noteIdentifier` must be called. Counted identifiers only weigh against mentions of another protocol,
   * and a text with neither a protocol hint nor a backslash (an escape could spell one: `\u0066tp`) has no such
   * mention in any identifier, module or string; then every verdict is the same whatever the counts.
   */
  readonly countsIdentifiers: boolean;

  constructor(private readonly text: string) {
    this.mayMentionOther = OTHER_PROTOCOL_TEXT_HINT.test(text);
    this.countsIdentifiers = this.mayMentionOther || text.includes('\\');
  }

  /** An import or require of `specifier`. */
  noteModule(specifier: string): void {
    if (HTTP_MODULES.has(specifier) || splitWords(specifier).some((w) => HTTP_WORDS.has(w))) this.httpMentions++;
    else if (namesOtherProtocol(specifier)) this.otherMentions++;
  }

  /**
   * A string literal: one that starts with a URI scheme or a protocol version names its protocol, as
   * `'sip:alice@example.com'`, `'ftp://host/file'` and `'SIP/2.0 180 Ringing'` do for another one and
   * `'https://…'` or `'HTTP/1.1 200 OK'` do for HTTP.
   */
  noteString(text: string): void {
    if (!this.mayMentionOther) return;
    const scheme = PROTOCOL_PREFIX.exec(text)?.[1]?.toLowerCase();
    if (scheme === undefined) return;
    if (scheme === 'http' || scheme === 'https') this.httpMentions++;
    else this.otherMentions++;
  }

  /**
   * A number of the file. Codes SIP defines and HTTP does not (180 Ringing, 183 Session Progress, 481-494,
   * 580) count as mentions of another protocol, in a file that names one at all.
   */
  noteNumber(value: number): void {
    if (this.mayMentionOther && SIP_ONLY_CODES.has(value)) this.otherMentions++;
  }

  /** Whether `noteNumber` can count anything: in most files it cannot, and the numbers need not be read. */
  get countsNumbers(): boolean {
    return this.mayMentionOther;
  }

  /** Any identifier in the file; called for every one, so it only counts (names are judged once, in `finish`). */
  noteIdentifier(name: string): void {
    this.identifierCounts.set(name, (this.identifierCounts.get(name) ?? 0) + 1);
  }

  /** Judges the identifiers noted, each distinct name once. */
  finish(): void {
    for (const [name, count] of this.identifierCounts) this.judgeIdentifier(name, count);
    this.identifierCounts.clear();
  }

  private judgeIdentifier(name: string, count: number): void {
    const lower = name.toLowerCase();
    if (HTTP_HINTS.some((hint) => lower.includes(hint)) && splitWords(name).some((w) => HTTP_WORDS.has(w))) {
      this.httpMentions += count;
    } else if (OTHER_PROTOCOL_HINTS.some((hint) => lower.includes(hint)) && namesOtherProtocol(name)) {
      this.otherMentions += count;
    }
  }

  /**
   * Whether a match of this evidence at `node` is dropped because the code is about another protocol.
   * `strong` matches (a status being set: `res.status(500)`) survive a file that merely mentions the
   * other protocol more; comparisons and assertions do not, where it outnumbers HTTP several times over
   * (an SMTP client's tests that start one HTTP proxy: `assert.equal(response.status, 550)`).
   */
  suppresses(node: ts.Node | undefined, evidence: Evidence, strong = false): boolean {
    if (evidence === 'http') return false;
    if (node && this.mayMentionOther && this.isInOtherProtocolScope(node)) return true;
    if (this.httpMentions === 0 && this.otherMentions >= OTHER_PROTOCOL_FILE_MENTIONS) return true;
    const dominant = this.otherMentions >= OTHER_PROTOCOL_FILE_MENTIONS && this.otherMentions >= OTHER_PROTOCOL_DOMINANCE * this.httpMentions;
    if (!strong && dominant) return true;
    return evidence === 'generic' && this.otherMentions > this.httpMentions;
  }

  private isInOtherProtocolScope(node: ts.Node): boolean {
    for (let current: ts.Node | undefined = node.parent; current && !isSourceFile(current); current = current.parent) {
      if (!isScopeOwner(current)) continue;
      let verdict = this.verdicts.get(current);
      if (verdict === undefined) {
        verdict = this.scopeNamesOtherProtocol(current);
        this.verdicts.set(current, verdict);
      }
      if (verdict) return true;
    }
    return false;
  }

  private scopeNamesOtherProtocol(owner: ts.Node): boolean {
    const name = isFunctionLike(owner) ? functionName(owner) : isClassLike(owner) ? owner.name?.text : undefined;
    if (name !== undefined && namesOtherProtocol(name)) return true;
    for (const comment of getLeadingCommentRanges(this.text, owner.pos) ?? []) {
      if (namesOtherProtocol(this.text.slice(comment.pos, comment.end))) return true;
    }
    return false;
  }
}

/** Nodes whose name and doc comment say what the code inside them is about. */
function isScopeOwner(node: ts.Node): boolean {
  return isFunctionLike(node) || isClassLike(node) || isVariableStatement(node) || isModuleDeclaration(node);
}

function namesOtherProtocol(text: string): boolean {
  return splitWords(text).some((w) => OTHER_PROTOCOL_WORDS.has(w));
}
