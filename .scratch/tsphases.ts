import { readFileSync } from 'node:fs';
import { analyseTypeScriptSteps, parseTypeScript } from '../server/src/detection/findTypeScriptLiterals';
import { MAX_TYPESCRIPT_NESTING, blankDeepNesting } from '../server/src/detection/nestingGuard';
import { finishSteps } from '../server/src/detection/steps';
import { createStatusNameRules } from '../server/src/detection/statusNames';
import { detectDocument } from '../server/src/detection/detectDocument';
const text = readFileSync(process.argv[2], 'utf8');
const names = createStatusNameRules({});
for (let i = 0; i < 5; i++) {
  const t0 = performance.now();
  const b = blankDeepNesting(text, MAX_TYPESCRIPT_NESTING, 'typescript');
  const t1 = performance.now();
  const sf = parseTypeScript(b, 'typescript');
  const t2 = performance.now();
  const lits: any[] = [];
  finishSteps(analyseTypeScriptSteps(sf, names, lits));
  const t3 = performance.now();
  const d = detectDocument(text, 'typescript');
  const t4 = performance.now();
  console.log(`blank ${(t1-t0).toFixed(1)} parse ${(t2-t1).toFixed(1)} analyse ${(t3-t2).toFixed(1)} lits ${lits.length} detect ${(t4-t3).toFixed(1)}`);
}
