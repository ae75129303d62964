/**
 * The detector against the labelled OpenAPI/Swagger YAML corpus (test/fixtures/code-yaml, copied from
 * /work/shared/corpus/code-yaml), scored like the code corpus. Fails below the figures reached: raise the
 * thresholds when the detector improves, never lower them to make a change pass.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { corpusFiles, formatReport, precision, recall, scoreFileIn, total } from './corpusScoring';

const YAML_CORPUS_DIR = join(__dirname, '..', '..', 'fixtures', 'code-yaml');
const MIN_PRECISION = 1.0;
const MIN_RECALL = 0.99;

describe('labelled YAML corpus', () => {
  const files = corpusFiles(YAML_CORPUS_DIR);

  it('has every labelled file', () => {
    assert.ok(files.length >= 4, `found ${files.length} labelled files`);
  });

  it(`reaches precision >= ${MIN_PRECISION} and recall >= ${MIN_RECALL}`, () => {
    const scores = files.map((file) => scoreFileIn(YAML_CORPUS_DIR, file));
    const report = formatReport(scores);
    console.log(report);
    const all = total(scores);
    assert.ok(precision(all) >= MIN_PRECISION, `precision ${precision(all).toFixed(4)} < ${MIN_PRECISION}\n${report}`);
    assert.ok(recall(all) >= MIN_RECALL, `recall ${recall(all).toFixed(4)} < ${MIN_RECALL}\n${report}`);
  });
});
