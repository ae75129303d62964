/** The piece document must behave exactly as vscode-languageserver-textdocument's, whatever the edits. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { PieceTextDocument } from '../../../server/src/lsp/pieceTextDocument';

const fraction = fc.noBias(fc.integer({ min: 0, max: 999 })).map((n) => n / 1000);
const inserted = fc.constantFrom('', 'x', 'ab', '\n', '\r\n', '\r', 'a\nb', 'line\r\nnext\n', '"', '\n\n\n');
const change = fc.record({ from: fraction, to: fraction, text: inserted, full: fc.integer({ min: 0, max: 40 }) });

describe('piece text document', () => {
  it('answers text, positions and offsets as TextDocument does, over random edits', () => {
    fc.assert(
      fc.property(fc.constantFrom('', 'one line', 'a\nb\r\nc\rd\n', 'x'.repeat(50) + '\r\n' + 'y\n'.repeat(20)), fc.array(change, { maxLength: 80 }), (start, changes) => {
        const reference = TextDocument.create('file:///a', 'json', 1, start);
        const pieces = new PieceTextDocument('file:///a', 'json', 1, start);
        for (const [index, { from, to, text, full }] of changes.entries()) {
          const length = reference.getText().length;
          const a = reference.positionAt(Math.floor(from * (length + 1)));
          const b = reference.positionAt(Math.floor(to * (length + 1)));
          // Ranges past the end of a line or the document are clamped alike; now and then the whole text changes.
          const range = { start: a, end: { line: b.line, character: b.character + (full % 3) } };
          const event = full === 0 ? { text: `${text}whole${text}` } : { range, text };
          TextDocument.update(reference, [event], index + 2);
          pieces.update([event], index + 2);
          if (index % 5 === 0) assert.equal(pieces.getText(), reference.getText());
          assert.equal(pieces.lineCount, reference.lineCount);
          for (let offset = 0; offset <= reference.getText().length + 1; offset += 3) {
            assert.deepEqual(pieces.positionAt(offset), reference.positionAt(offset));
          }
          for (let line = -1; line <= reference.lineCount; line++) {
            for (const character of [0, 1, 4, 100]) assert.equal(pieces.offsetAt({ line, character }), reference.offsetAt({ line, character }));
            assert.deepEqual(pieces.getLineRange(line), reference.getLineRange(line));
            assert.equal(pieces.getEOLCharacters(line), reference.getEOLCharacters(line));
          }
          assert.equal(pieces.getText(range), reference.getText(range));
        }
        assert.equal(pieces.getText(), reference.getText());
      }),
      { seed: 42, numRuns: 200, includeErrorInReport: true },
    );
  });
});
