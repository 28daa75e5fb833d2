import type { Doc } from '../model/doc.js';
import type { Finding, Sentence } from '../model/layers.js';
import { textSpan, type Span, type TextSpan } from '../model/span.js';
import { RULES, type RuleId } from './catalogue.js';

/** What every checker reads: the document with whatever layers the pipeline produced. */
export type CheckInput = Pick<Doc, 'text' | 'publishedAt' | 'layers'>;

/** A checker: reads layers, returns findings, changes nothing. */
export type Checker = (doc: CheckInput) => Finding[];

/**
 * Builds a finding with the catalogue's severity and evidence spans cut from the text.
 *
 * @example
 * finding('quantity-gap', text, 'x', [{ start: 0, end: 5 }])
 */
export function finding(kind: RuleId, text: string, message: string, spans: Span[], extra: { actual?: string | number | null; expected?: string | number | null } = {}): Finding {
  const evidence: TextSpan[] = [...spans].sort((a, b) => a.start - b.start).map((s) => textSpan(text, s.start, s.end));
  return { kind, severity: RULES[kind].severity, message, evidence, ...extra };
}

/** The sentences of a doc: the sentences layer, or the whole text as one sentence when absent. */
export function sentencesOf(doc: CheckInput): Sentence[] {
  return doc.layers.sentences?.length ? doc.layers.sentences : [{ start: 0, end: doc.text.length, index: 0, paragraph: 0 }];
}

/** The sentence that holds a position, if any. */
export function sentenceAt(sentences: readonly Sentence[], pos: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;

/** ISO date (YYYY-MM-DD) of a UTC Date. */
export function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** Parses YYYY-MM-DD (or a longer ISO string) as a UTC date. */
export function parseIso(s: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  return m ? new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!)) : null;
}

/**
 * The date a bare weekday names in past-tense news: the latest such weekday on or before publication.
 *
 * @example
 * pastWeekday('Saturday', '2025-03-16') // '2025-03-15'
 */
export function pastWeekday(weekday: string, publishedAt: string): string | null {
  const d = parseIso(publishedAt);
  const w = WEEKDAYS.indexOf(weekday.toLowerCase() as (typeof WEEKDAYS)[number]);
  if (!d || w < 0) return null;
  const back = (d.getUTCDay() - w + 7) % 7;
  return iso(new Date(d.getTime() - back * 86400000));
}

/** Days from a to b (ISO dates). */
export function daysBetween(a: string, b: string): number {
  const x = parseIso(a);
  const y = parseIso(b);
  return x && y ? Math.round((y.getTime() - x.getTime()) / 86400000) : NaN;
}

const ORDINALS = ['zeroth', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth'];
const CARDINALS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];

/** Regex source matching an ordinal word or numeral ("third", "3rd"). */
export const ORDINAL_RE = `(?:${ORDINALS.slice(1).join('|')}|\\d{1,2}(?:st|nd|rd|th))`;
/** Regex source matching a small cardinal word or numeral ("three", "3"). */
export const CARDINAL_RE = `(?:${CARDINALS.slice(1).join('|')}|\\d{1,2})`;

/** Value of an ordinal word or numeral, or NaN. */
export function ordinalValue(s: string): number {
  const k = s.toLowerCase();
  const i = ORDINALS.indexOf(k);
  return i > 0 ? i : /^\d+/.test(k) ? parseInt(k, 10) : NaN;
}

/** Value of a cardinal word or numeral, or NaN. */
export function cardinalValue(s: string): number {
  const k = s.toLowerCase();
  const i = CARDINALS.indexOf(k);
  return i >= 0 ? i : /^\d+$/.test(k) ? parseInt(k, 10) : NaN;
}

/** English ordinal of a number ("4th" → "fourth"). */
export function ordinalWord(n: number): string {
  return ORDINALS[n] ?? `${n}th`;
}
