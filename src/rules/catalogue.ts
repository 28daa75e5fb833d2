import type { Severity } from '../model/layers.js';

/** A rule in the catalogue: a stable id readers can filter on, its default severity and what it checks. */
export interface RuleInfo {
  id: RuleId;
  severity: Severity;
  description: string;
}

/** Stable rule ids: never rename one; add new ids instead. */
export type RuleId = 'quantity-gap' | 'quantity-excess' | 'date-conflict' | 'role-conflict' | 'fact-conflict' | 'contested-claim';

/**
 * The catalogue of consistency rules (after textlint's rule ids and vfile-message's ruleId).
 *
 * @example
 * RULES['quantity-gap'].severity // 'warning'
 */
export const RULES: Readonly<Record<RuleId, RuleInfo>> = Object.freeze({
  'quantity-gap': { id: 'quantity-gap', severity: 'warning', description: 'the parts reported for one event add up to less than the whole (e.g. drones launched vs intercepted + lost)' },
  'quantity-excess': { id: 'quantity-excess', severity: 'error', description: 'the parts reported for one event add up to more than the whole' },
  'date-conflict': { id: 'date-conflict', severity: 'warning', description: 'one statement or event is given two different dates, or a past event is dated after publication' },
  'role-conflict': { id: 'role-conflict', severity: 'error', description: 'a title contradicts the knowledge base at the publication date ("former President X" while X is in office)' },
  'fact-conflict': { id: 'fact-conflict', severity: 'error', description: 'a statement contradicts a curated fact (the ordinal year of a war against its start date)' },
  'contested-claim': { id: 'contested-claim', severity: 'info', description: 'sources assert opposite things about one subject: a denial against an assertion, or different numbers for one event' },
});
