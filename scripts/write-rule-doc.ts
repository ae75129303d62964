// Writes docs/detection-rules.md from the rule registry: `npm run docs:rules`.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderRuleDoc } from '../server/src/detection/rules/ruleDoc';

const target = join(__dirname, '..', 'docs', 'detection-rules.md');
writeFileSync(target, renderRuleDoc());
console.log(`wrote ${target}`);
