import { MONTHS, MONTH_RE, PARTS_OF_DAY, WEEKDAYS, WEEKDAY_NAME_HEADS, WEEKDAY_NAME_MODIFIERS, WEEKDAY_RE } from './data/lexicon.js';
import type { Parser } from './parsers.js';
import type { PointReading, RangeEnd } from './reading.js';

/**
 * Ranges of days, months-and-days and years as news writes them: "July 4-5", "4 to 5 July", "between July 4 and 5",
 * "from 4 to 7 March 2024", "March 30-April 2", "30 March – 2 April", "Monday to Wednesday", "2014–15".
 *
 * Each range gives two DATEs, each with its own value: a TIMEX3 value is one point or period, the Time model has no
 * range value, and TempEval-3 TimeBank dev holds no day range to follow. An end's span holds every word its value rests on: an end that states its day
 * and month keeps its own words ("July 4", "2 April", "Monday"); an end that borrows its month, year or century
 * from the other end reaches over to it, so no end reads as a lone number ("July 4-5" → "July 4" and "July 4-5";
 * "4 to 7 March 2024" → "4 to 7 March 2024" and "7 March 2024"; "2014–15" → "2014" and "2014–15").
 */

/** Between the ends: a dash, or a word ("and" only where it cannot be a list, see `andOk`). */
const SEP = '(\\s*[-–—]\\s*|\\s+(?:to|through|thru|until|till|and)\\s+)';
const ORD = '(?:st|nd|rd|th)?';
const PART = '(?:\\s+(morning|afternoon|evening|night))?';

type Piece = readonly [number, number];

/** Absolute [start, end] of group k, or null when it did not take part (patterns carry the `d` flag). */
function groupAt(m: RegExpExecArray, k: number): Piece | null {
  const ix = m.indices?.[k];
  if (!ix) return null;
  // parseAll runs patterns on a window of the text and moves m.index, not the indices
  const base = m.index - m.indices![0]![0];
  return [ix[0] + base, ix[1] + base];
}

/** The span over the pieces an end rests on. */
function spanOf(pieces: readonly (Piece | null)[]): Piece {
  const got = pieces.filter((p): p is Piece => p !== null);
  return [Math.min(...got.map((p) => p[0])), Math.max(...got.map((p) => p[1]))];
}

function end(pieces: readonly (Piece | null)[], reading: Omit<PointReading, 'kind'>): RangeEnd {
  const [start, stop] = spanOf(pieces);
  return { start, end: stop, reading: { kind: 'point', ...reading } };
}

function monthOf(s: string | undefined): number | undefined {
  return s === undefined ? undefined : MONTHS[s.toLowerCase().replace(/\.$/, '')];
}

function wordBefore(text: string, index: number): string {
  const m = /([A-Za-z]+)[^A-Za-z\n]{0,3}$/.exec(text.slice(Math.max(0, index - 24), index));
  return m ? m[1]!.toLowerCase() : '';
}

const isAnd = (sep: string): boolean => /\band\b/.test(sep);
const isWord = (sep: string): boolean => /[a-z]/.test(sep);

/**
 * After a worded separator a bare second number must not count or measure something ("from July 4 to 5 percent",
 * "on May 3 and 4 others", "March 3 to 4 p.m.").
 */
function bareNumberEndsOk(text: string, at: number): boolean {
  const rest = text.slice(at, at + 24);
  if (/^\s*(?:%|:\d|per\s*cent)/i.test(rest) || CLOCK_AFTER.test(rest)) return false;
  const w = /^\s+([a-z]+)/.exec(rest)?.[1];
  if (!w) return true;
  return /^(?:in|at|on|to|for|and|or|but|when|with|after|before|as|the|a|an|is|was|were|will|would|has|had|have|are|be|been|that|which|where|while|during|under|from|by|until|this|next|last|amid|despite)$/.test(w);
}

const CLOCK_AFTER = /^\s*(?:[ap]\.?m\b|o'clock|hours\b|GMT\b|BST\b)/i;

/** "and" joins two ends of a range only after "between" ("between Monday and Wednesday"); else it is a list. */
function andOk(text: string, start: number, sep: string): boolean {
  return !isAnd(sep) || wordBefore(text, start) === 'between';
}

/**
 * Two days of a range, each with its month: both real days, the second after the first, and — when each end names its
 * own month ("March 30 and April 2") — joined as a range, not listed.
 */
function dayPairOk(text: string, start: number, sep: string, m1: number | undefined, m2: number | undefined, d1: number, d2: number, twoMonths: boolean): boolean {
  if (!m1 || !m2 || d1 < 1 || d1 > 31 || d2 < 1 || d2 > 31) return false;
  if (twoMonths ? m2 === m1 && d2 <= d1 : d2 <= d1) return false;
  return !twoMonths || andOk(text, start, sep);
}

/** A number glued to what stands before it ("3.4-5 July", "No. 4-5") is no day. */
function freeStart(text: string, start: number): boolean {
  return !/(?:\d[.,:/]|[#№]|No\.\s?)$/.test(text.slice(Math.max(0, start - 4), start));
}

/** "May" and "March" as a verb after the numbers ("Articles 4 and 5 may be …" written "May be") are no month. */
function monthWordOk(text: string, month: Piece): boolean {
  const w = text.slice(month[0], month[1]);
  if (w !== 'May' && w !== 'March') return true;
  return !/^\s+(?:be|have|not|also|well|on|through|against|past|into|towards?)\b/.test(text.slice(month[1], month[1] + 16));
}

export const RANGE_PARSERS: readonly Parser[] = [
  {
    // "July 4-5", "July 4–5, 2025", "between July 4 and 5", "March 30-April 2", "Dec. 30 to Jan. 2", "Friday, July 4-5"
    name: 'range-month-first',
    keys: Object.keys(MONTHS),
    pattern: new RegExp(`\\b(?:(${WEEKDAY_RE}),?\\s+(?:the\\s+)?)?(${MONTH_RE})\\s*(\\d{1,2})${ORD}${SEP}(?:(${MONTH_RE})\\s*)?(\\d{1,2})${ORD}\\b(?:,?\\s+(\\d{4})\\b)?(?![-–.,]?\\d)`, 'gd'),
    extract(m, text) {
      const m1 = monthOf(m[2]);
      const m2 = m[5] ? monthOf(m[5]) : m1;
      const d1 = Number(m[3]), d2 = Number(m[6]);
      const sep = m[4]!;
      // ("March 30 and April 2" lists two dates; "July 4 and 5" can only be both days)
      if (!dayPairOk(text, m.index, sep, m1, m2, d1, d2, !!m[5])) return null;
      const day2 = groupAt(m, 6)!;
      if (isWord(sep) && !m[5] && !m[7] && !bareNumberEndsOk(text, day2[1])) return null;
      // "March 3-4 p.m." is a span of hours
      if (!m[7] && CLOCK_AFTER.test(text.slice(day2[1], day2[1] + 12))) return null;
      const year = groupAt(m, 7);
      const r1: Omit<PointReading, 'kind'> = { month: m1, day: d1 }, r2: Omit<PointReading, 'kind'> = { month: m2, day: d2 };
      if (m[7]) { r1.year = Number(m[7]); r2.year = Number(m[7]); }
      // the weekday written before the range names its first day ("Friday, July 4-5")
      if (m[1]) r1.weekday = WEEKDAYS[m[1].toLowerCase()]!;
      const month1 = groupAt(m, 2), month2 = groupAt(m, 5);
      return {
        reading: { kind: 'point', ...r1 },
        ends: [end([groupAt(m, 1), month1, groupAt(m, 3), year], r1), end([month2 ?? month1, day2, year], r2)],
      };
    },
  },
  {
    // "4-5 July", "4 to 5 July", "from 4 to 7 March 2024", "between 4 and 5 July", "30 March – 2 April"
    name: 'range-day-first',
    keys: Object.keys(MONTHS),
    pattern: new RegExp(`\\b(\\d{1,2})${ORD}(?:\\s+(?:of\\s+)?(${MONTH_RE}))?${SEP}(?:the\\s+)?(\\d{1,2})${ORD}\\s+(?:of\\s+)?(${MONTH_RE})(?![A-Za-z])(?:,?\\s+(\\d{4})\\b)?(?![-–.,]?\\d)`, 'gd'),
    extract(m, text) {
      const m2 = monthOf(m[5]);
      const m1 = m[2] ? monthOf(m[2]) : m2;
      const d1 = Number(m[1]), d2 = Number(m[4]);
      const sep = m[3]!;
      if (!dayPairOk(text, m.index, sep, m1, m2, d1, d2, !!m[2])) return null;
      if (!freeStart(text, m.index)) return null;
      const month1 = groupAt(m, 2), month2 = groupAt(m, 5)!;
      if (!monthWordOk(text, month2)) return null;
      const year = groupAt(m, 6);
      const r1: Omit<PointReading, 'kind'> = { month: m1, day: d1 }, r2: Omit<PointReading, 'kind'> = { month: m2, day: d2 };
      if (m[6]) { r1.year = Number(m[6]); r2.year = Number(m[6]); }
      return {
        reading: { kind: 'point', ...r1 },
        ends: [end([groupAt(m, 1), month1 ?? month2, year], r1), end([groupAt(m, 4), month2, year], r2)],
      };
    },
  },
  {
    // "2010-2014", "1998-99", "2014–15": two years; a two-digit end borrows the century
    name: 'range-years',
    keys: ['#4'],
    pattern: /\b((?:1[6-9]|20)\d\d)\s*[-–]\s*((?:1[6-9]|20)\d\d|\d\d)\b(?![-–.,]?\d)/gd,
    extract(m) {
      const y1 = Number(m[1]);
      const y2 = m[2]!.length === 2 ? Math.floor(y1 / 100) * 100 + Number(m[2]) : Number(m[2]);
      if (y2 <= y1 || y2 - y1 > 50) return null;
      const first = groupAt(m, 1)!, second = groupAt(m, 2)!;
      return {
        reading: { kind: 'point', year: y1 },
        ends: [end([first], { year: y1 }), end(m[2]!.length === 2 ? [first, second] : [second], { year: y2 })],
      };
    },
  },
  {
    // "Monday to Wednesday", "from Monday through Wednesday", "between Monday and Wednesday", "Friday night to Sunday"
    name: 'range-weekdays',
    keys: Object.keys(WEEKDAYS),
    pattern: new RegExp(`\\b(?:([Ll]ast|[Nn]ext|[Tt]his)\\s+)?(${WEEKDAY_RE})${PART}${SEP}(${WEEKDAY_RE})${PART}(?![\\w-])`, 'gd'),
    extract(m, text) {
      const w1 = WEEKDAYS[m[2]!.toLowerCase()]!, w2 = WEEKDAYS[m[5]!.toLowerCase()]!;
      if (w1 === w2 || !andOk(text, m.index, m[4]!)) return null;
      const wd1 = groupAt(m, 2)!;
      if (WEEKDAY_NAME_MODIFIERS.has(/([A-Za-z]+)\s+$/.exec(text.slice(Math.max(0, wd1[0] - 16), wd1[0]))?.[1] ?? '')) return null;
      if (!m[6] && WEEKDAY_NAME_HEADS.has(/^\s{1,2}([A-Za-z']+)/.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 24))?.[1] ?? '')) return null;
      const r1: Omit<PointReading, 'kind'> = { weekday: w1 }, r2: Omit<PointReading, 'kind'> = { weekday: w2 };
      const shift = m[1]?.toLowerCase();
      if (shift) r1.shift = shift === 'last' ? -1 : shift === 'next' ? 1 : 0;
      if (m[3]) r1.part = PARTS_OF_DAY[m[3].toLowerCase()]!;
      if (m[6]) r2.part = PARTS_OF_DAY[m[6].toLowerCase()]!;
      const first = m[1] ? [groupAt(m, 1), wd1, groupAt(m, 3)] : [wd1, groupAt(m, 3)];
      return { reading: { kind: 'point', ...r1 }, ends: [end(first, r1), end([groupAt(m, 5), groupAt(m, 6)], r2)] };
    },
  },
];
