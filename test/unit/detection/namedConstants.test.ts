import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectDocument } from '../../../server/src/detection/detectDocument';
import { expectLiterals, parseMarked } from './marked';

/** The constants of a marked document: their text, code, and object/member as resolved. */
function constants(marked: string, language: 'typescript' | 'javascript' = 'typescript') {
  const { text, ranges } = parseMarked(marked);
  const literals = detectDocument(text, language).literals.filter((l) => l.context === 'named-constant');
  assert.deepEqual(literals.map((l) => [l.start, l.end]), ranges.map((r) => [r.start, r.end]), `constants of ${JSON.stringify(text)}`);
  return literals.map((l) => [l.text, l.code, l.constant?.source, l.constant?.style]);
}

describe('named status constants', () => {
  it("resolves NestJS's HttpStatus, in any position, by the package's own member names", () => {
    assert.deepEqual(
      constants(
        "import { HttpCode, HttpException, HttpStatus } from '@nestjs/common';\n" +
          '@HttpCode(«HttpStatus.NO_CONTENT»)\nthrow new HttpException("taken", «HttpStatus.CONFLICT»);\n' +
          'const teapot = «HttpStatus.I_AM_A_TEAPOT», big = «HttpStatus.PAYLOAD_TOO_LARGE»;',
      ),
      [
        ['HttpStatus.NO_CONTENT', 204, '@nestjs/common HttpStatus', 'UPPER_SNAKE'],
        ['HttpStatus.CONFLICT', 409, '@nestjs/common HttpStatus', 'UPPER_SNAKE'],
        ['HttpStatus.I_AM_A_TEAPOT', 418, '@nestjs/common HttpStatus', 'UPPER_SNAKE'],
        ['HttpStatus.PAYLOAD_TOO_LARGE', 413, '@nestjs/common HttpStatus', 'UPPER_SNAKE'],
      ],
    );
  });

  it('does not guess an unknown or misspelt member, nor a name from another package', () => {
    constants("import { HttpStatus } from '@nestjs/common';\nHttpStatus.I_AM_A_TEAPT; HttpStatus.CONTENT_TOO_LARGE; HttpStatus.toString();");
    constants("import { Status } from './order';\nStatus.ACCEPTED; Status.CREATED;");
    constants('HttpStatus.CONFLICT; StatusCodes.NOT_FOUND;');
  });

  it('resolves http-status-codes: StatusCodes, ReasonPhrases, the legacy default, aliases and require', () => {
    assert.deepEqual(
      constants(
        "import { StatusCodes as S, ReasonPhrases } from 'http-status-codes';\nimport HttpStatusCodes from 'http-status-codes';\n" +
          '«S.REQUEST_TOO_LONG»; «ReasonPhrases.CONFLICT»; «HttpStatusCodes.NOT_FOUND»;',
      ).map((c) => c.slice(0, 2)),
      [['S.REQUEST_TOO_LONG', 413], ['ReasonPhrases.CONFLICT', 409], ['HttpStatusCodes.NOT_FOUND', 404]],
    );
    assert.deepEqual(
      constants("const { StatusCodes } = require('http-status-codes');\nres.status(«StatusCodes.CREATED»);", 'javascript').map((c) => c.slice(0, 2)),
      [['StatusCodes.CREATED', 201]],
    );
  });

  it("resolves axios's HttpStatusCode, named or through the default export, in Pascal case", () => {
    assert.deepEqual(
      constants(
        "import axios, { HttpStatusCode } from 'axios';\nif (e.response?.status === «HttpStatusCode.Conflict» || s === «axios.HttpStatusCode.TooManyRequests») {}",
      ),
      [
        ['HttpStatusCode.Conflict', 409, 'axios HttpStatusCode', 'Pascal'],
        ['axios.HttpStatusCode.TooManyRequests', 429, 'axios HttpStatusCode', 'Pascal'],
      ],
    );
  });

  it('resolves http-status members and lookups, and node:http STATUS_CODES lookups', () => {
    const lookup = "const status = require('http-status');\nres.status(status.CONFLICT).send(status[409], status[code]);";
    assert.deepEqual(detectDocument(lookup, 'javascript').literals.map((l) => [l.text, l.code]), [['status.CONFLICT', 409], ['409', 409]]);
    // The lookup's index is a literal another rule may already report (it is a status-keyed table); either way once.
    const text = "import * as http from 'node:http';\nconst reason = http.STATUS_CODES[409];\nconst other = http.STATUS_CODES[code];";
    assert.deepEqual(detectDocument(text, 'typescript').literals.map((l) => l.text), ['409']);
  });

  it("resolves a project's table imported from another file by the reason phrases its members spell", () => {
    assert.deepEqual(
      constants(
        "import { HttpStatus } from '../common/http-status';\nimport { HttpStatusCode as Codes } from '@acme/http';\n" +
          'res.status(«HttpStatus.NOT_FOUND»); «Codes.TooManyRequests»; HttpStatus.NOT_FUOND; HttpStatus.UNUSED; HttpStatus.CUSTOM_OK;',
      ),
      [
        ['HttpStatus.NOT_FOUND', 404, 'imported HttpStatus', 'UPPER_SNAKE'],
        ['Codes.TooManyRequests', 429, 'imported HttpStatusCode', 'Pascal'],
      ],
    );
    constants("import type { HttpStatus } from './http-status';\nlet s: HttpStatus = HttpStatus.OK;");
  });

  it("resolves a file's own enum or const object of codes, and only a table of codes", () => {
    assert.deepEqual(
      constants(
        'enum HttpStatus { OK = 200, CONFLICT = 409, CUSTOM = 299 }\nconst Codes = { Created: 201, NotFound: 404 } as const;\n' +
          'res.status(«HttpStatus.CONFLICT»); «HttpStatus.CUSTOM»; «Codes.NotFound»;',
      ),
      [
        ['HttpStatus.CONFLICT', 409, 'local', 'UPPER_SNAKE'],
        ['HttpStatus.CUSTOM', 299, 'local', 'UPPER_SNAKE'],
        ['Codes.NotFound', 404, 'local', 'Pascal'],
      ],
    );
    constants('enum Level { LOW = 100, HIGH = 500 }\nenum Kind { OK = 200, NAME = "x" }\nconst Size = { small: 100, large: 500 };\nLevel.HIGH; Kind.OK; Size.large;');
  });

  it('gives the member range for a quick fix, across a line break', () => {
    const text = "import { HttpStatus } from '@nestjs/common';\nconst s = HttpStatus\n  .GONE;";
    const [literal] = detectDocument(text, 'typescript').literals;
    assert.equal(literal?.text, 'HttpStatus\n  .GONE');
    assert.deepEqual([literal?.constant?.object, literal?.constant?.member], ['HttpStatus', 'GONE']);
    assert.equal(text.slice(literal!.constant!.memberStart, literal!.constant!.memberEnd), 'GONE');
  });

  it('keeps reporting the literals of the enum itself as before', () => {
    expectLiterals('enum HttpStatus { OK = «200», NOT_FOUND = «404» }', ['property', 'property']);
  });
});
