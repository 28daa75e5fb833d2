import { timeFor } from '../time/link.js';
import type { Context, Draft } from './extract.js';

/**
 * When a statement was made: the time stage's `timeFor` on the cue (or, without a cue, the opening of the
 * quote), leaving out times inside any quoted or reported content of the text — those date what is said, not the
 * saying ("Clinton called her vote a mistake, but noted that Trump backed the invasion in 2003": not 2003 for
 * "called"). Null when the text gives no date or the pipeline has no times.
 *
 * @example
 * // "Zelenskyy warned on Saturday that Russia would attack on Monday." → the value of "Saturday"
 */
export function dateFor(ctx: Context, d: Draft, all: readonly Draft[]): string | null {
  if (ctx.times.length === 0) return null;
  const anchor = d.cue ? ctx.span(d.cue) : ctx.tokens[d.anchor];
  if (!anchor) return null;
  // (not a content the statement itself stands in: "Flynn said Trump was right when he said Wednesday night that …")
  const exclude = all.filter((x) => x === d || !(x.start <= anchor.start && anchor.end <= x.end));
  const value = timeFor(ctx.timeDoc, { start: anchor.start, end: anchor.end }, { exclude, stopAtContrast: true })?.value ?? null;
  // a statement reported in an article was made by its publication: a later day in the sentence dates something else
  // ("insurgents who claim … ahead of a referendum on Sunday")
  if (value && ctx.publishedAt && /^\d{4}-\d{2}-\d{2}/.test(value) && value.slice(0, 10) > ctx.publishedAt.slice(0, 10)) return null;
  return value;
}
