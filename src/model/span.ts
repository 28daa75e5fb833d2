/**
 * A stand-off span over the immutable article text: UTF-16 code units, end exclusive.
 * Everything dossier outputs points back to the characters that justify it through spans.
 *
 * @example
 * const s: Span = { start: 0, end: 6 }; text.slice(s.start, s.end) // "LONDON"
 */
export interface Span {
  start: number;
  end: number;
}

/** A span that also carries the exact text it covers (redundant, but handy for readers of the JSON). */
export interface TextSpan extends Span {
  text: string;
}

/** Builds a TextSpan from a text and offsets. */
export function textSpan(text: string, start: number, end: number): TextSpan {
  return { start, end, text: text.slice(start, end) };
}

/** Length of the overlap of two spans (0 when disjoint). */
export function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** True when `inner` lies wholly inside `outer`. */
export function contains(outer: Span, inner: Span): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}
