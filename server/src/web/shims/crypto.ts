/**
 * node:crypto for the web build: `createHash` with chained `update`s of strings (hashed as UTF-8, as Node does) and a
 * hex digest. Its uses: the bundled catalogs' index is checked against the embedded pages by a SHA-256 fingerprint
 * (catalog/catalogIndex.ts), which must equal the one the build computed with Node's crypto; pageBudget.ts keys a
 * memo of pages that parsed too slowly with `sha1`, a key that never leaves the process, so SHA-256 serves it too.
 * A worker's Web Crypto only digests asynchronously, and these callers are synchronous.
 */

interface Hash {
  update(text: string): Hash;
  digest(encoding: 'hex'): string;
}

/** SHA-256's round constants: the first 32 bits of the fractional parts of the cube roots of the first 64 primes. */
const K = new Uint32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);

const INITIAL = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];

const rotate = (x: number, n: number): number => (x >>> n) | (x << (32 - n));

class Sha256 implements Hash {
  private readonly state = new Uint32Array(INITIAL);
  private readonly words = new Uint32Array(64);
  /** Bytes not yet hashed: less than one 64-byte block. */
  private pending = new Uint8Array(0);
  private length = 0;
  private finished = false;
  private readonly encoder = new TextEncoder();

  update(text: string): Hash {
    if (this.finished) throw new Error('Digest already called');
    const bytes = this.encoder.encode(text);
    this.length += bytes.length;
    const data = new Uint8Array(this.pending.length + bytes.length);
    data.set(this.pending);
    data.set(bytes, this.pending.length);
    const whole = data.length - (data.length % 64);
    for (let offset = 0; offset < whole; offset += 64) this.block(data, offset);
    this.pending = data.slice(whole);
    return this;
  }

  digest(_encoding: 'hex'): string {
    // As Node's: a hash is digested once (padding the state in place would make a second answer wrong).
    if (this.finished) throw new Error('Digest already called');
    this.finished = true;
    // The padding: a 1 bit, zeros up to 56 bytes mod 64, then the length in bits as a 64-bit big-endian number.
    const tail = new Uint8Array(this.pending.length + 9 > 64 ? 128 : 64);
    tail.set(this.pending);
    tail[this.pending.length] = 0x80;
    const view = new DataView(tail.buffer);
    view.setUint32(tail.length - 8, Math.floor(this.length / 0x20000000));
    view.setUint32(tail.length - 4, (this.length * 8) >>> 0);
    for (let offset = 0; offset < tail.length; offset += 64) this.block(tail, offset);
    return [...this.state].map((word) => word.toString(16).padStart(8, '0')).join('');
  }

  private block(data: Uint8Array, offset: number): void {
    const w = this.words;
    for (let i = 0; i < 16; i++) {
      const at = offset + i * 4;
      w[i] = ((data[at]! << 24) | (data[at + 1]! << 16) | (data[at + 2]! << 8) | data[at + 3]!) >>> 0;
    }
    for (let i = 16; i < 64; i++) {
      const s0 = rotate(w[i - 15]!, 7) ^ rotate(w[i - 15]!, 18) ^ (w[i - 15]! >>> 3);
      const s1 = rotate(w[i - 2]!, 17) ^ rotate(w[i - 2]!, 19) ^ (w[i - 2]! >>> 10);
      w[i] = (w[i - 16]! + s0 + w[i - 7]! + s1) >>> 0;
    }
    const s = this.state;
    let [a, b, c, d, e, f, g, h] = [s[0]!, s[1]!, s[2]!, s[3]!, s[4]!, s[5]!, s[6]!, s[7]!];
    for (let i = 0; i < 64; i++) {
      const t1 = (h + (rotate(e, 6) ^ rotate(e, 11) ^ rotate(e, 25)) + ((e & f) ^ (~e & g)) + K[i]! + w[i]!) >>> 0;
      const t2 = ((rotate(a, 2) ^ rotate(a, 13) ^ rotate(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) >>> 0;
      h = g;
      g = f;
      f = e;
      e = (d + t1) >>> 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) >>> 0;
    }
    s[0] = s[0]! + a;
    s[1] = s[1]! + b;
    s[2] = s[2]! + c;
    s[3] = s[3]! + d;
    s[4] = s[4]! + e;
    s[5] = s[5]! + f;
    s[6] = s[6]! + g;
    s[7] = s[7]! + h;
  }
}

export function createHash(algorithm: string): Hash {
  if (algorithm !== 'sha256' && algorithm !== 'sha1') throw new Error(`the web build hashes with sha256 (and answers sha1 with it), not ${algorithm}`);
  return new Sha256();
}

export default { createHash };
