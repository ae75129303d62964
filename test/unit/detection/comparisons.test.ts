import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectLiterals, expectNone } from './marked';

describe('comparisons, cases and assertions', () => {
  it('finds comparisons with status expressions on either side', () => {
    expectLiterals('if (res.status === «404») {}', 'comparison');
    expectLiterals('if («204» === this.statusCode || «304» === this.statusCode) {}', 'comparison');
    expectLiterals('if (error.response && error.response.status === «504») retry();', 'comparison');
    expectLiterals('if (res.status() !== «200») fail();', 'comparison');
    expectLiterals('if (Number(res.status) == «201») {}', 'comparison');
  });

  it('marks range bounds', () => {
    const literals = expectLiterals('if (response.statusCode >= «500» && response.statusCode < 600) {}', 'comparison');
    assert.equal(literals.length, 1, '600 is a bound, not a status: not reported');
    assert.equal(literals[0]!.rangeBound, true);
    const [equality] = expectLiterals('if (res.status === «404») {}', 'comparison');
    assert.equal(equality!.rangeBound, undefined);
  });

  it('follows local aliases of a status', () => {
    expectLiterals('res.status = function status(code) { if (code < «100» || code > 999) throw 0; this.statusCode = code; };', 'comparison');
    expectLiterals('const code = res.statusCode; if (code === «404») {}', 'comparison');
    expectLiterals('function send(code) { if (code >= «400») log(); res.status(code); }', 'comparison');
    expectLiterals('function isRetryableStatus(code) { return code === «429» || code >= «500»; }', 'comparison');
    expectLiterals('function isRedirect(code) { return [«301», «302», «307»].includes(code); }', 'array-element');
    expectNone('function isRedirect(url) { return [301, 302].includes(url.length); }');
  });

  it('takes the guarded operand of && as the value', () => {
    expectLiterals('const code = (ctx.response && ctx.response.status) || «500»;', 'property');
    expectLiterals('if (err.response && err.response.status === «401») login();', 'comparison');
    expectNone('const n = (list && list.length) || 100;');
  });

  it('finds case clauses of a switch on a status', () => {
    expectLiterals('switch (res.status) { case «409»: break; case «404»: default: }', 'case');
    expectNone('switch (res) { case 500: throw 0; }');
  });

  it('finds Jest/Vitest/chai/node:assert/Cypress assertions on a status', () => {
    expectLiterals('expect(res.status).toBe(«201»);', 'assertion');
    expectLiterals('expect(status).toBe(«200»);', 'assertion');
    expectLiterals('expect(response.status()).not.toEqual(«500»);', 'assertion');
    expectLiterals('expect(res.statusCode).toBeGreaterThanOrEqual(«400»);', 'assertion');
    expectLiterals("expect(res).toHaveProperty('status', «101»);", 'assertion');
    expectLiterals('expect(res).toHaveStatus(«404»);', 'assertion');
    expectLiterals('expect(res).to.have.status(«200»);', 'call-argument');
    expectLiterals('res.statusCode.should.equal(«200»);', 'assertion');
    expectLiterals('assert.equal(res.statusCode, «200»);', 'assertion');
    expectLiterals('t.is(«404», res.status);', 'assertion');
    expectLiterals("cy.request('/').its('status').should('eq', «200»);", 'assertion');
    expectLiterals('expect(res.status).toBeOneOf([«200», «201»]);', 'assertion');
    expectLiterals('t.deepEqual(seenStatuses, [«500», «200»]);', 'assertion');
  });

  it('finds what a mocked status call was expected to be called with (Jest, sinon, sinon-chai)', () => {
    expectLiterals('expect(res.status).toHaveBeenCalledWith(«404»);', 'assertion');
    expectLiterals("expect(res.writeHead).toHaveBeenCalledWith(«301», { Location: '/' });", 'assertion');
    expectLiterals('expect(reply.code).toHaveBeenNthCalledWith(2, «500»);', 'assertion');
    expectLiterals('sinon.assert.calledWith(res.status, «403»);', 'assertion');
    expectLiterals('expect(res.sendStatus.calledOnceWith(«204»)).to.equal(true);', 'assertion');
    expectLiterals('expect(res.status).to.have.been.calledWith(«201»);', 'assertion');
    expectNone('expect(setTimeout).toHaveBeenCalledWith(fn, 500);');
    expectNone('expect(logger.code).toHaveBeenCalledWith(404);');
    expectNone('expect(resize).toHaveBeenNthCalledWith(200, 300);');
  });

  it('finds chai assertions on a status property reached in the chain', () => {
    expectLiterals("expect(res).to.have.property('status').that.equals(«200»);", 'assertion');
    expectLiterals("expect(err).to.have.nested.property('response.status').that.is.at.least(«500»);", 'assertion');
    expectNone("expect(res).to.have.property('length').that.equals(200);");
  });

  it('finds parameterised test tables whose parameter is used as a status', () => {
    expectLiterals("it.each([«200», «201»])('caches %i', async (code) => { expect(res.status).toBe(code); });", 'array-element');
    expectLiterals('for (const code of [«301», «302»]) { assert.equal(res.status, code); }', 'array-element');
    expectNone("it.each([100, 200])('sizes %i', (size) => { expect(buf.length).toBe(size); });");
  });

  it('ignores comparisons and assertions on other values', () => {
    expectNone('expect(timing.responseStart).toRoughlyEqual(1200, 250);');
    expectNone('if (items.length > 100) {}');
    expectNone('expect(body).toEqual({ id: 101 });');
    expectNone('expect(await response.json()).toBe(123);');
    expectNone('if (octets[0] === 192) {}');
  });
});

describe('other protocols', () => {
  it('does not take FTP reply codes documented as such', () => {
    expectNone('/** Return true if an FTP return code describes a positive completion. */\nexport function positiveCompletion(code: number) { return code >= 200 && code < 300 }');
  });

  it('does not take SIP or RTSP response codes, though they share HTTP names', () => {
    expectNone("import * as SIP from 'sip.js';\nconst ua = new SIP.UserAgent();\nconst inviter = new SIP.Inviter(ua, target);\nif (response.message.statusCode === 486) busy();");
    expectNone('/** Answers an RTSP SETUP request. */\nfunction answerSetup(reply) { if (!session) reply.statusCode = 454; }');
    expectLiterals("import * as SIP from 'sip.js';\nimport express from 'express';\napp.get('/calls', (req, res) => res.status(«404»).end());", 'call-argument');
  });

  it('counts URIs and status lines of another protocol as mentions of it', () => {
    const sipTest = [
      "const target = parse('sip:bob@example.com');",
      "const from = parse('sip:alice@example.com');",
      'expect(sent).toMatch(/^SIP\\/2.0 486 Busy Here/);',
      "expect(last).toMatch(new RegExp(`^SIP/2.0 ${code} Busy`));",
      'expect(response.message.statusCode).toBe(486);',
    ].join('\n');
    expectNone(sipTest);
    const httpTest = [
      "const target = parse('sip:bob@example.com');",
      "await fetch('https://example.com/a');",
      "await fetch('https://example.com/b');",
      'expect(response.status).toBe(«404»);',
    ].join('\n');
    expectLiterals(httpTest, 'assertion');
  });

  it('does not take reply codes in files about FTP or SMTP', () => {
    expectNone("import { FTPContext } from './FtpContext';\nconst res = await ftp.send('PASV');\nif (res.code === 227) {}");
    expectNone("const SMTPStream = require('./smtp-stream');\nconst ENHANCED_STATUS_CODES = { 250: '2.0.0' };\nclass SMTPConnection { send(code) {} }\nnew SMTPConnection();");
  });

  it('does not take exit statuses or job states in 104-199 compared with a status', () => {
    expectNone("const run = spawnSync('fzf', []);\nif (run.status === 130 || run.status === 143) process.exit(0);");
    expectNone('expect(result.status).toBe(137);');
    expectNone('if (task.status === 120) retry();');
    expectNone('switch (job.status) { case 110: case 120: break; }');
    // HTTP-named positions, class bounds and setting calls still count.
    expectLiterals('if (httpStatus === «150») {}', 'comparison');
    expectLiterals('if (res.status < «200») {}', 'comparison');
    expectLiterals('res.status(«150»);', 'call-argument');
    expectLiterals('if (res.status === «103») {}', 'comparison');
  });

  it('does not take assertions in a file about SMTP that starts one HTTP helper, but takes statuses it sets', () => {
    const smtpTest = [
      "const SMTPConnection = require('../lib/smtp-connection');",
      "const SMTPServer = require('smtp-server').SMTPServer;",
      'const client = new SMTPConnection({ port });',
      'const server = new SMTPServer({});',
      'const other = new SMTPConnection({ port: 2 });',
      'const secure = new SMTPConnection({ port: 3, secure: true });',
      'const lmtp = new SMTPConnection({ port: 4, lmtp: true });',
      'assert.ok(client instanceof SMTPConnection);',
      "const proxy = http.createServer((req, res) => res.writeHead(«200»));",
      "client.sendCommand('HELO', (err, response) => assert.strictEqual(response.status, 500));",
    ].join('\n');
    expectLiterals(smtpTest, 'call-argument', 'javascript');
  });

  it('still takes explicit HTTP statuses in a file that also mentions a mail library', () => {
    expectLiterals("const nodemailer = require('nodemailer');\napp.post('/mail', (req, res) => res.status(«202»).end());", 'call-argument', 'javascript');
  });
});

describe('aliases used in nested closures', () => {
  it('finds a loop table whose variable is used as a status inside a nested callback', () => {
    expectLiterals(
      'for (const code of [«204», «304»]) {\n  test(`handles ${code}`, async () => {\n    app.post("/u", (_, res) => res.status(code).send());\n  });\n}',
      'array-element',
    );
  });
});
