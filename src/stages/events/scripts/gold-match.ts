/**
 * The PLOVER scorer's name matching (../shared/eval/score.mjs `norm` and its loose actor rule), shared by the scripts
 * that score hand-labelled sentences the way score.mjs scores the PLOVER gold file (real-events.ts, codebook-style.ts).
 */

/**
 * The scorer's name normalisation: NFKC, straight quotes, lower case, no leading "the" or trailing "'s", letters and
 * digits only.
 *
 * @example
 * normName("The Security Council's") // 'security council'
 */
export function normName(s: string | undefined | null): string {
  return String(s ?? '').normalize('NFKC').replace(/[’‘`´]/g, "'").replace(/[“”„«»]/g, '"').toLowerCase()
    .replace(/^(the)\s+/, '').replace(/'s$/, '').replace(/[^\p{L}\p{N}' ]+/gu, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * The scorer's loose actor match: equal, one inside the other, or the same last word.
 *
 * @example
 * looseMatch('Ukrainian government forces', 'government forces') // true
 */
export function looseMatch(gold: string, pred: string): boolean {
  const g = normName(gold), p = normName(pred);
  if (!g || !p) return false;
  return g === p || g.includes(p) || p.includes(g) || g.split(' ').pop() === p.split(' ').pop();
}
