import { timeFor } from '../time/link.js';
import type { Context, Draft } from './extract.js';

/**
 * When a statement was made: the time stage's `timeFor` on the cue (or, without a cue, the opening of the
 * quote), leaving out times inside the quoted or reported content — those date what is said, not the saying.
 * Null when the text gives no date or the pipeline has no times.
 *
 * @example
 * // "Zelenskyy warned on Saturday that Russia would attack on Monday." → the value of "Saturday"
 */
export function dateFor(ctx: Context, d: Draft): string | null {
  if (ctx.times.length === 0) return null;
  const anchor = d.cue ? ctx.span(d.cue) : ctx.tokens[d.anchor];
  if (!anchor) return null;
  return timeFor(ctx.timeDoc, { start: anchor.start, end: anchor.end }, { exclude: { start: d.start, end: d.end } })?.value ?? null;
}
