import type { Context, Draft } from './extract.js';

/**
 * When a statement was made: the resolved time expression nearest its cue in the same sentence
 * (a simple same-sentence lookup until the time stage's linker is available), else null.
 *
 * @example
 * // "Zelenskyy warned on Saturday that …" with times [{ text: 'Saturday', value: '2025-03-15' }] → "2025-03-15"
 */
export function dateFor(ctx: Context, d: Draft): string | null {
  if (ctx.times.length === 0) return null;
  const anchor = ctx.tokens[d.anchor];
  if (!anchor) return null;
  const s = ctx.sentences[anchor.sentence];
  if (!s) return null;
  let best: { dist: number; value: string } | null = null;
  for (const t of ctx.times) {
    if (t.start < s.start || t.end > s.end || !t.value || t.type === 'DURATION' || t.type === 'SET') continue;
    // a time inside the quoted or reported content dates what is said, not the saying
    if (t.start >= d.start && t.end <= d.end) continue;
    const dist = Math.abs(t.start - anchor.start);
    if (!best || dist < best.dist) best = { dist, value: t.value };
  }
  return best?.value ?? null;
}
