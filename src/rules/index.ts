import type { Finding } from '../model/layers.js';
import type { Stage } from '../pipeline/stage.js';
import { checkContested } from './contested-claim.js';
import { checkDates } from './date-conflict.js';
import { checkFacts } from './fact-conflict.js';
import { checkQuantities } from './quantity.js';
import { checkRoles } from './role-conflict.js';
import type { Checker, CheckInput } from './util.js';

export { RULES, type RuleId, type RuleInfo } from './catalogue.js';

/** Every checker, in the order their findings are listed. Each does nothing when the layers it needs are absent. */
export const CHECKERS: readonly Checker[] = Object.freeze([
  (d: CheckInput) => checkQuantities(d),
  (d: CheckInput) => checkDates(d),
  (d: CheckInput) => checkRoles(d),
  (d: CheckInput) => checkFacts(d),
  (d: CheckInput) => checkContested(d),
]);

/**
 * Runs every checker and returns their findings in text order (the first evidence span), without duplicates.
 *
 * @example
 * runCheckers({ text: 'The war in Ukraine, now in its second year, goes on.', publishedAt: '2025-03-16', layers: {} })
 * // [{ kind: 'fact-conflict', … }]
 */
export function runCheckers(doc: CheckInput, checkers: readonly Checker[] = CHECKERS): Finding[] {
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const check of checkers) {
    for (const f of check(doc)) {
      const key = `${f.kind}|${f.evidence.map((e) => `${e.start}-${e.end}`).join(',')}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(f);
    }
  }
  return out.sort((a, b) => (a.evidence[0]?.start ?? 0) - (b.evidence[0]?.start ?? 0));
}

/** Pipeline stage: consistency findings from whatever layers ran before it. Registered last. */
export const findingsStage: Stage<'sentences', 'findings'> = {
  name: 'findings',
  requires: ['sentences'],
  uses: ['entities', 'mentions', 'times', 'quotes', 'events'],
  produces: ['findings'],
  run: (doc) => ({ findings: runCheckers(doc) }),
};
