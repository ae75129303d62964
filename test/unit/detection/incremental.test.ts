/**
 * Re-detection from the previous version's syntax tree must find exactly what a fresh parse finds, whatever
 * the edit: the incremental parser is only a shortcut.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { detectDocument, type DetectedDocument } from '../../../server/src/detection/detectDocument';

const FILES = join(__dirname, '..', '..', 'fixtures', 'code', 'files');

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

const INSERTS = ['4', '0', '\n', ' ', '(', ')', '{', '}', ';', 'res.status(409)', 'statusCode: 418,', '"', "'", '`', '//', '/*', '500'];

function summary(detected: DetectedDocument) {
  return detected.literals.map((l) => `${l.start}-${l.end}:${l.code}:${l.context}`);
}

describe('incremental re-detection', () => {
  const sources = readdirSync(FILES).filter((name) => /\.(ts|js)$/.test(name));

  it('finds what a fresh parse finds after random edits', () => {
    assert.ok(sources.length >= 5);
    for (const [index, name] of sources.entries()) {
      const next = random(index + 1);
      let text = readFileSync(join(FILES, name), 'utf8');
      let detected = detectDocument(text, 'typescript');
      for (let step = 0; step < 25; step++) {
        const at = Math.floor(next() * text.length);
        const removed = next() < 0.4 ? Math.floor(next() * 12) : 0;
        const inserted = next() < 0.8 ? INSERTS[Math.floor(next() * INSERTS.length)]! : '';
        text = text.slice(0, at) + inserted + text.slice(at + removed);
        const incremental = detectDocument(text, 'typescript', undefined, undefined, detected);
        const fresh = detectDocument(text, 'typescript');
        assert.deepEqual(summary(incremental), summary(fresh), `${name}, edit ${step} at ${at}`);
        detected = incremental;
      }
    }
  });

  it('keeps the tree for the next version, and starts afresh across languages', () => {
    const first = detectDocument('res.status(404);', 'typescript');
    assert.ok(first.syntaxTree);
    const json = detectDocument('{ "status": 404 }', 'json', undefined, undefined, first);
    assert.equal(json.literals[0]?.code, 404);
    assert.equal(json.syntaxTree, undefined);
  });
});
