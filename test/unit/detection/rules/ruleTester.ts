/**
 * A rule tester in the manner of ESLint's RuleTester and Semgrep's `// ruleid:` annotations: each rule's
 * test lists, side by side, documents where it must find the literals marked «…» (and nothing else), and
 * documents where it must report nothing. A veto or filter marks the literals it must rule out.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectDocument } from '../../../../server/src/detection/detectDocument';
import { ruleById } from '../../../../server/src/detection/rules/index';
import type { DetectionOptions, DetectorLanguage } from '../../../../server/src/detection/types';
import { parseMarked } from '../marked';

/** A document, or a document with its language and settings. */
export type RuleCase = string | { code: string; language?: DetectorLanguage; options?: Partial<DetectionOptions> };

export interface RuleCases {
  /** Documents with the literals this rule finds marked «…»: exactly those are reported by it. */
  found?: RuleCase[];
  /** Documents in which this rule reports nothing. */
  ignored?: RuleCase[];
  /** For excludes/filters: documents whose «…» literals this rule rules out (vetoed or dropped, and not reported). */
  ruledOut?: RuleCase[];
  /** The language of cases given as plain strings. */
  language?: DetectorLanguage;
}

function normalise(entry: RuleCase, language: DetectorLanguage): { code: string; language: DetectorLanguage; options?: Partial<DetectionOptions> } {
  return typeof entry === 'string' ? { code: entry, language } : { language, ...entry };
}

function detect(code: string, language: DetectorLanguage, options?: Partial<DetectionOptions>) {
  const errors: unknown[] = [];
  const detected = detectDocument(code, language, options, (error) => errors.push(error));
  assert.deepEqual(errors, [], 'no internal errors');
  return detected;
}

export function ruleTester(ruleId: string, cases: RuleCases): void {
  const language = cases.language ?? 'typescript';
  describe(`rule ${ruleId}`, () => {
    it('is registered', () => assert.ok(ruleById(ruleId), `${ruleId} is in the registry`));

    for (const entry of cases.found ?? []) {
      const { code, language: lang, options } = normalise(entry, language);
      it(`finds: ${code.replace(/\s+/g, ' ').slice(0, 90)}`, () => {
        const { text, ranges } = parseMarked(code);
        assert.ok(ranges.length > 0, 'a found case marks at least one literal');
        const byRule = detect(text, lang, options).literals.filter((literal) => literal.rule === ruleId);
        assert.deepEqual(byRule.map((l) => ({ start: l.start, text: l.text })), ranges.map((r) => ({ start: r.start, text: r.text })));
      });
    }

    for (const entry of cases.ignored ?? []) {
      const { code, language: lang, options } = normalise(entry, language);
      it(`ignores: ${code.replace(/\s+/g, ' ').slice(0, 90)}`, () => {
        const byRule = detect(code, lang, options).literals.filter((literal) => literal.rule === ruleId);
        assert.deepEqual(byRule.map((l) => l.text), []);
      });
    }

    for (const entry of cases.ruledOut ?? []) {
      const { code, language: lang, options } = normalise(entry, language);
      it(`rules out: ${code.replace(/\s+/g, ' ').slice(0, 90)}`, () => {
        const { text, ranges } = parseMarked(code);
        assert.ok(ranges.length > 0, 'a ruled-out case marks at least one literal');
        const detected = detect(text, lang, options);
        for (const range of ranges) {
          assert.ok(!detected.literals.some((l) => l.start === range.start), `${range.text} is not reported`);
          const explanation = detected.explain?.(range.start);
          assert.equal(explanation?.rule, ruleId, `${range.text} is ruled out by ${ruleId}: ${JSON.stringify(explanation)}`);
        }
      });
    }
  });
}
