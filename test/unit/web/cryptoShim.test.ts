/**
 * The web build's node:crypto: its SHA-256 must equal Node's, chained updates included, or the web server would
 * reject the bundled catalogs' index (whose fingerprint the build computed with Node) and parse every page.
 */
import assert from 'node:assert/strict';
import { createHash as nodeHash } from 'node:crypto';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { createHash } from '../../../server/src/web/shims/crypto';

const node = (parts: readonly string[]): string => {
  const hash = nodeHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest('hex');
};
const shim = (parts: readonly string[]): string => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest('hex');
};

describe('web crypto shim', () => {
  it('gives the standard SHA-256 of known texts', () => {
    assert.equal(shim(['']), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    assert.equal(shim(['abc']), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('equals Node on either side of every block boundary (the padding takes one block or two)', () => {
    for (let length = 0; length <= 200; length++) assert.equal(shim(['x'.repeat(length)]), node(['x'.repeat(length)]), `length ${length}`);
  });

  it('equals Node on random texts cut into random updates, Unicode and lone surrogates included', () => {
    fc.assert(fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 300 }), { maxLength: 6 }), (parts) => shim(parts) === node(parts)), { numRuns: 500 });
  });

  it('refuses an algorithm it does not have', () => {
    assert.throws(() => createHash('md5'), /hashes with sha256/);
  });

  it('is digested once, as Node\'s', () => {
    const hash = createHash('sha256').update('a');
    hash.digest('hex');
    assert.throws(() => hash.digest('hex'), /Digest already called/);
    assert.throws(() => hash.update('b'), /Digest already called/);
  });
});
