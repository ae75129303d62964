/** Renders the rule registry as Markdown: `docs/detection-rules.md` is this text (`npm run docs:rules`). */
import { RULES } from './index';
import type { Rule } from './rule';

const KIND_TITLES: Record<Rule['kind'], string> = {
  excludes: 'Vetoes (look-alikes ruled out first)',
  finds: 'Finders (the first that finds decides)',
  filters: 'Evidence filters (may drop a finding)',
};

const LANGUAGE_NAMES = { typescript: 'TS/JS', json: 'JSON' } as const;

/** Markdown table cells: pipes escaped, code kept in backticks. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

export function renderRuleDoc(): string {
  const counts = (['excludes', 'finds', 'filters'] as const).map((kind) => `${RULES.filter((r) => r.kind === kind).length} ${kind}`);
  const lines = [
    '# Detection rules',
    '',
    '<!-- Generated from server/src/detection/rules/index.ts by `npm run docs:rules`; do not edit by hand. -->',
    '',
    'A number or string is reported as an HTTP status code only when a rule below finds it. For each literal the',
    'rules registered for its position (call argument, property value, key, array element, comparison operand,',
    'switch case, return value, ...) are asked in this order: vetoes first (a veto ends the verdict), then finders',
    '(the first that finds decides), then every evidence filter. Each reported literal carries the id of the rule',
    'that found it: `status-catalog list --explain` prints it, and `--explain FILE:LINE:COL` says why a number there',
    'is or is not reported.',
    '',
    `${RULES.length} rules: ${counts.join(', ')}.`,
  ];
  for (const kind of ['excludes', 'finds', 'filters'] as const) {
    lines.push('', `## ${KIND_TITLES[kind]}`, '', '| Rule | Languages | Positions | Frameworks | What it decides | Example |', '| --- | --- | --- | --- | --- | --- |');
    for (const rule of RULES.filter((r) => r.kind === kind)) {
      const languages = rule.languages.map((l) => LANGUAGE_NAMES[l]).join(', ');
      const positions = rule.positions.length > 0 ? rule.positions.join(', ') : 'any';
      const frameworks = rule.frameworks.length > 0 ? rule.frameworks.join(', ') : '-';
      lines.push(`| \`${rule.id}\` | ${languages} | ${cell(positions)} | ${cell(frameworks)} | ${cell(rule.description)} | \`${cell(rule.example).replace(/`/g, "'")}\` |`);
    }
  }
  return `${lines.join('\n')}\n`;
}
