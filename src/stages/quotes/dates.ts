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
  const exclude: Array<{ start: number; end: number }> = all.filter((x) => x === d || !(x.start <= anchor.start && anchor.end <= x.end));
  // (nor an aside inside the source, or a relative clause between the source and the cue: "The midfielder, who broke
  // into the national side in 2004, admitted …" was not said in 2004, nor "the coach, who joined in 2001, said" in
  // 2001; a participle aside outside the source still dates the saying: "Putin, speaking on Monday, said")
  if (d.source) {
    const upTo = d.cue && d.cue.first > d.source.last ? d.cue.first - 1 : d.source.last;
    for (let k = d.source.first + 1; k <= upTo; k++) {
      const w = ctx.tokens[k]!.text;
      if (!(/^(?:who|whom|whose|which)$/i.test(w) || w === ',' && k <= d.source.last)) continue;
      let e = upTo;
      if (k > d.source.last) for (let j = k + 1; j <= upTo; j++) if (ctx.tokens[j]!.text === ',') { e = j; break; }
      exclude.push({ start: ctx.tokens[k]!.start, end: ctx.tokens[e]!.end });
      break;
    }
  }
  const value = timeFor(ctx.timeDoc, { start: anchor.start, end: anchor.end }, { exclude, stopAtContrast: true })?.value ?? null;
  // a statement reported in an article was made by its publication: a later day in the sentence dates something else
  // ("insurgents who claim … ahead of a referendum on Sunday")
  if (value && ctx.publishedAt && /^\d{4}-\d{2}-\d{2}/.test(value) && value.slice(0, 10) > ctx.publishedAt.slice(0, 10)) return null;
  return value;
}
