/**
 * Runs the rules registered for a position, in registry order: the first veto ends the verdict, the first
 * finder decides it. Every step can be recorded (`trace`), so `--explain` can say which rule found a
 * literal, vetoed it, or that none applied.
 */
import { FILTERS, rulesAt, type PositionRule } from './rules/index';
import type { FilterInput, FilterScope, Finding, JsonEnv, Position, RuleLanguage, VerdictStep } from './rules/rule';
import type { Classification, TypeScriptEnv } from './statusExpressions';

export function runRules(
  language: RuleLanguage,
  position: Position,
  site: unknown,
  env: TypeScriptEnv | JsonEnv,
  trace?: VerdictStep[],
): Classification | 'vetoed' | undefined {
  return runRuleList(rulesAt(language, position), site, env, trace);
}

/** `runRules` over a list the caller chose: those of a position, or fewer that cannot all be silent (see `SharedRule.keys`). */
export function runRuleList(
  rules: readonly PositionRule[],
  site: unknown,
  env: TypeScriptEnv | JsonEnv,
  trace?: VerdictStep[],
): Classification | 'vetoed' | undefined {
  for (const rule of rules) {
    // Each rule narrows the site to the positions it registered for; the dispatcher only asks it about those.
    const verdict =
      rule.shape === 'shared'
        ? rule.decide(site as never, env.names)
        : (rule.decide as (site: unknown, env: unknown) => Finding | boolean | undefined)(site, env);
    if (rule.kind === 'excludes') {
      if (verdict === true) {
        trace?.push({ rule: rule.id, outcome: 'vetoed' });
        return 'vetoed';
      }
      continue;
    }
    if (verdict && verdict !== true) {
      trace?.push({ rule: rule.id, outcome: 'found' });
      return { ...verdict, rule: rule.id };
    }
  }
  return undefined;
}

/** Asks every evidence filter about a finding; returns the id of the first that drops it. */
export function firstDroppingFilter(input: FilterInput, scope: FilterScope, trace?: VerdictStep[]): string | undefined {
  for (const filter of FILTERS) {
    if (filter.drops(input, scope)) {
      trace?.push({ rule: filter.id, outcome: 'dropped' });
      return filter.id;
    }
  }
  return undefined;
}
