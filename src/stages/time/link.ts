import type { Doc } from '../../model/doc.js';
import type { Sentence, TimeExpression } from '../../model/layers.js';
import type { Span } from '../../model/span.js';

/** Options of {@link timeFor}. */
export interface TimeForOptions {
  /**
   * Skip times inside `span` itself. For a quote whose span is the quoted content, a date inside the content
   * dates what is said, not the saying: pass `exclude: quoteContentSpan` and `span: cueSpan`.
   */
  exclude?: Span | readonly Span[] | null;
  /**
   * Outside the span's own clause, skip times across a contrast ("… a bid in the summer - but Parry claims …"): the
   * other side of "but", "while", "whereas", "although" or a semicolon tells of something else. For statements.
   */
  stopAtContrast?: boolean;
}

/** A break between clauses that turns to something else. */
const CONTRAST = /;|(?:,|\s[—–-])\s+(?:but|while|whereas|although|though)\s/;

/** Clause boundaries inside a sentence: semicolons, colons, dashes, and a comma before a conjunction. */
// (a spaced hyphen is a dash in plain text: "a bid in the summer - but Parry claims …")
const CLAUSE_BREAK = /;|:|\s[—–-]\s|\s--\s|,\s+(?:but|while|whereas|and|although|though|as|after|before|when)\s/g;

/** Times that can date a statement or event: calendar values (no durations, sets or *_REF, nothing unresolved). */
function datable(t: TimeExpression): boolean {
  return (t.type === 'DATE' || t.type === 'TIME') && /^\d{4}/.test(t.value);
}

function clauseBounds(text: string, s: Sentence, at: number): Span {
  let start = s.start;
  let end = s.end;
  const part = text.slice(s.start, s.end);
  CLAUSE_BREAK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_BREAK.exec(part))) {
    const b = s.start + m.index;
    if (b < at) start = Math.max(start, b);
    else { end = Math.min(end, b); break; }
  }
  return { start, end };
}

function nearest(times: readonly TimeExpression[], within: Span, span: Span, exclude: Span | readonly Span[] | null | undefined): TimeExpression | null {
  let best: TimeExpression | null = null;
  let bestDist = Infinity;
  const skip: readonly Span[] = !exclude ? [] : 'start' in exclude ? [exclude] : exclude;
  for (const t of times) {
    if (t.start < within.start || t.end > within.end || !datable(t)) continue;
    if (skip.some((x) => t.start >= x.start && t.end <= x.end)) continue;
    const dist = t.end <= span.start ? span.start - t.end : t.start >= span.end ? t.start - span.end : 0;
    if (dist < bestDist) { best = t; bestDist = dist; }
  }
  return best;
}

/** "His comments were made on Thursday", "The interview was broadcast on Sunday": a sentence that dates the one before. */
const FOLLOW_UP = /^\s*(?:(?:his|her|their|the|these|those|its)\s+)?(?:comments?|remarks?|statements?|interview|speech|announcement|post|message|address|briefing)\s+(?:was|were)\s+(?:made|given|delivered|broadcast|aired|published|posted|issued|recorded|released)\b/i;

/**
 * The time expression that governs a span (a statement's cue, an event's trigger or evidence): the nearest
 * datable time in the same clause, else the nearest in the same sentence, else a time in a follow-up sentence
 * of the same paragraph that dates what came before ("His comments were made on Thursday"). Durations, sets,
 * *_REF values and unresolved times never govern. Null when nothing fits or the doc has no times/sentences.
 *
 * @example
 * // doc.text: "Zelenskyy said on Saturday that talks would resume." — span of "said"
 * timeFor(doc, { start: 10, end: 14 })?.value // "2025-03-15"
 */
export function timeFor(doc: Pick<Doc, 'text' | 'layers'>, span: Span, options: TimeForOptions = {}): TimeExpression | null {
  const times = doc.layers.times;
  const sentences = doc.layers.sentences;
  if (!times || times.length === 0 || !sentences || sentences.length === 0) return null;
  const si = sentences.findIndex((s) => span.start >= s.start && span.start < s.end);
  if (si < 0) return null;
  const s = sentences[si]!;
  const clause = clauseBounds(doc.text, s, span.start);
  const inClause = nearest(times, clause, span, options.exclude);
  if (inClause) return inClause;
  const inSentence = nearest(times, s, span, options.exclude);
  if (inSentence && options.stopAtContrast) {
    const between = inSentence.end <= span.start ? doc.text.slice(inSentence.end, span.start) : doc.text.slice(span.end, inSentence.start);
    // (a semicolon inside brackets is a list: "40m rupees ($915,000; £486,000)")
    if (CONTRAST.test(between.replace(/\([^()]*\)/g, ''))) return null;
  }
  if (inSentence) return inSentence;
  const next = sentences[si + 1];
  if (next && next.paragraph === s.paragraph || next && next.paragraph === s.paragraph + 1) {
    if (FOLLOW_UP.test(doc.text.slice(next.start, next.end))) return nearest(times, next, { start: next.start, end: next.start }, null);
  }
  return null;
}
