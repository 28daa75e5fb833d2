import type { TimeType } from '../../model/layers.js';
import type { AnaphoricReading, PointReading, Reading, RelativeReading } from './reading.js';
import type { Tense } from './tense.js';

/** A calendar day (UTC, months 1-12). */
export interface Day {
  y: number;
  m: number;
  d: number;
}

/** What the normaliser knows besides the reading: the anchor day, the tense around, the last date mentioned. */
export interface ResolveContext {
  /** Publication date, or null: then relative expressions stay unresolved. */
  anchor: Day | null;
  tense: Tense;
  /** The last explicit calendar value the article gave ("1989-Q3", "1989-10-26"), for "a year earlier". */
  reference: string | null;
}

/** A resolved value with what the text stated and what was inferred. */
export interface Resolved {
  value: string;
  type: TimeType;
  stated: string[];
  inferred: string[];
  note: string;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');
const pad4 = (n: number): string => String(n).padStart(4, '0');

/**
 * Parses "YYYY-MM-DD" (or a longer ISO date-time) into a Day.
 *
 * @example
 * parseDay('2025-03-16T10:00:00Z') // { y: 2025, m: 3, d: 16 }
 */
export function parseDay(s: string | null | undefined): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s ?? '');
  return m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : null;
}

function toDate(day: Day): Date {
  return new Date(Date.UTC(day.y, day.m - 1, day.d));
}

function fromDate(d: Date): Day {
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() };
}

/** Adds days to a Day. */
export function addDays(day: Day, n: number): Day {
  const d = toDate(day);
  d.setUTCDate(d.getUTCDate() + n);
  return fromDate(d);
}

/** ISO weekday: Monday 1 … Sunday 7. */
export function isoWeekday(day: Day): number {
  return toDate(day).getUTCDay() || 7;
}

/**
 * ISO 8601 week of a day, as TIMEX3 writes it.
 *
 * @example
 * isoWeek({ y: 2025, m: 3, d: 16 }) // "2025-W11"
 */
export function isoWeek(day: Day): string {
  const d = toDate(day);
  d.setUTCDate(d.getUTCDate() + 4 - (d.getUTCDay() || 7));
  const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((d.getTime() - yearStart) / 86400000 + 1) / 7);
  return `${pad4(d.getUTCFullYear())}-W${pad2(week)}`;
}

export function formatDay(day: Day): string {
  return `${pad4(day.y)}-${pad2(day.m)}-${pad2(day.d)}`;
}

function timeSuffix(r: { part?: string; hour?: number; minute?: number }): string {
  if (r.hour !== undefined) return `T${pad2(r.hour)}:${pad2(r.minute ?? 0)}`;
  if (r.part) return `T${r.part}`;
  return '';
}

const SEASON_INDEX: Record<string, number> = { WI: 0, SP: 1, SU: 2, FA: 3 };

function seasonOf(month: number): number {
  return month === 12 ? 0 : Math.floor(month / 3);
}

/**
 * Picks the year of a cyclic period (a month, a quarter, a season) from its index and the anchor's, by the
 * shift the text states ("last", "next", "this") or else by tense: past → the latest such period on or before
 * the anchor, future → the next on or after it, present → the anchor's year.
 */
function yearFor(idx: number, anchorIdx: number, anchorYear: number, shift: -1 | 0 | 1 | undefined, tense: Tense, period = 0): { year: number; why: string } {
  if (shift === -1) return { year: idx < anchorIdx ? anchorYear : anchorYear - 1, why: '"last"' };
  if (shift === 1) return { year: idx > anchorIdx ? anchorYear : anchorYear + 1, why: '"next"' };
  if (shift === 0) return { year: anchorYear, why: '"this"' };
  if (tense === 'future') return { year: idx >= anchorIdx ? anchorYear : anchorYear + 1, why: 'future tense' };
  if (tense === 'present') return { year: anchorYear, why: 'present tense' };
  if (tense === 'unknown' && period > 0) {
    // no tense cue: the nearest such period, before or after
    const ahead = (idx - anchorIdx + period) % period;
    if (ahead === 0) return { year: anchorYear, why: 'same period as publication' };
    return ahead <= period / 2
      ? { year: idx > anchorIdx ? anchorYear : anchorYear + 1, why: 'nearest, no tense cue' }
      : { year: idx < anchorIdx ? anchorYear : anchorYear - 1, why: 'nearest, no tense cue' };
  }
  return { year: idx <= anchorIdx ? anchorYear : anchorYear - 1, why: 'past tense' };
}

function statedParts(r: PointReading): string[] {
  const out: string[] = [];
  for (const k of ['year', 'month', 'day', 'weekday', 'season', 'quarter', 'half', 'decade', 'century', 'part', 'hour', 'minute'] as const) {
    if (r[k] !== undefined) out.push(k);
  }
  return out;
}

function resolvePoint(r: PointReading, ctx: ResolveContext): Resolved {
  const stated = statedParts(r);
  const type: TimeType = r.hour !== undefined || r.part ? 'TIME' : 'DATE';
  const t = timeSuffix(r);
  if (r.century !== undefined) return { value: r.century, type, stated, inferred: [], note: 'century' };
  if (r.decade !== undefined) return { value: r.decade, type, stated, inferred: [], note: 'decade' };
  const a = ctx.anchor;
  if (r.weekday !== undefined && r.day === undefined) {
    if (!a) return { value: `XXXX-WXX-${r.weekday}${t}`, type, stated, inferred: [], note: 'weekday; no publication date' };
    const aw = isoWeekday(a);
    let delta: number;
    let why: string;
    if (r.shift === -1) { delta = -(((aw - r.weekday + 7) % 7) || 7); why = '"last": the one before publication'; }
    else if (r.shift === 1) { delta = ((r.weekday - aw + 7) % 7) || 7; why = '"next": the one after publication'; }
    else if (ctx.tense === 'future') { delta = (r.weekday - aw + 7) % 7; why = 'future tense: on or after publication'; }
    else { delta = -((aw - r.weekday + 7) % 7); why = `${ctx.tense === 'past' ? 'past tense' : 'no future cue'}: on or before publication`; }
    const day = addDays(a, delta);
    return { value: formatDay(day) + t, type, stated, inferred: ['year', 'month', 'day'], note: `weekday ${why}` };
  }
  let year = r.year;
  const inferred: string[] = [];
  let note = 'stated';
  if (year === undefined && r.relYear && r.shift !== undefined && a) {
    year = a.y + r.shift;
    inferred.push('year');
    note = 'year relative to publication year';
  }
  if (year === undefined) {
    if (!a) {
      const v = r.month !== undefined ? `XXXX-${pad2(r.month)}${r.day !== undefined ? '-' + pad2(r.day) : ''}`
        : r.quarter !== undefined ? `XXXX-Q${r.quarter}` : r.half !== undefined ? `XXXX-H${r.half}` : r.season ? `XXXX-${r.season}` : '';
      return { value: v ? v + t : '', type, stated, inferred: [], note: 'year unknown: no publication date' };
    }
    let picked: { year: number; why: string };
    if (r.month !== undefined && r.day !== undefined) {
      // day of year (as month*31+day) so that "nearest" works across the turn of the year
      // the nearest such date whatever the tense: TimeBank dates "payable Dec. 15" in a November story that year
      // …unless a past-tense clause would put it more than two months ahead
      const idx = (r.month - 1) * 31 + r.day, aIdx = (a.m - 1) * 31 + a.d;
      const ahead = (idx - aIdx + 372) % 372;
      picked = yearFor(idx, aIdx, a.y, r.shift, ctx.tense === 'past' && ahead > 62 && ahead <= 186 ? 'past' : 'unknown', 372);
    } else if (r.month !== undefined) {
      const ahead = (r.month - a.m + 12) % 12;
      picked = yearFor(r.month, a.m, a.y, r.shift, ctx.tense === 'past' && ahead > 2 && ahead <= 6 ? 'past' : 'unknown', 12);
    } else if (r.quarter !== undefined || r.half !== undefined) {
      // results stories: a quarter not yet begun is last year's unless the text looks ahead
      const q = r.quarter ?? r.half!;
      const aq = r.quarter !== undefined ? Math.ceil(a.m / 3) : a.m <= 6 ? 1 : 2;
      picked = ctx.tense === 'future' && r.shift === undefined ? { year: a.y, why: 'future tense' }
        : yearFor(q, aq, a.y, r.shift, ctx.tense === 'unknown' ? 'past' : ctx.tense);
    } else if (r.season !== undefined) picked = yearFor(SEASON_INDEX[r.season]!, seasonOf(a.m), a.y, r.shift, ctx.tense, 4);
    else picked = { year: a.y, why: 'publication year' };
    year = picked.year;
    inferred.push('year');
    note = `year inferred from publication date (${picked.why})`;
  }
  // TimeBank writes fiscal years as plain years ("fiscal 1989" → 1989)
  let v = pad4(year);
  if (r.quarter !== undefined) v += `-Q${r.quarter}`;
  else if (r.half !== undefined) v += `-H${r.half}`;
  else if (r.season !== undefined) v += `-${r.season}`;
  else if (r.month !== undefined) {
    v += `-${pad2(r.month)}`;
    if (r.day !== undefined) v += `-${pad2(r.day)}`;
  }
  return { value: v + t, type, stated, inferred, note };
}

function shiftMonth(a: Day, n: number): { y: number; m: number } {
  const k = a.y * 12 + (a.m - 1) + n;
  return { y: Math.floor(k / 12), m: (k % 12) + 1 };
}

function resolveRelative(r: RelativeReading, ctx: ResolveContext): Resolved {
  const stated = [`offset ${r.offset ?? 'X'} ${r.unit}`];
  if (r.part) stated.push('part');
  if (r.hour !== undefined) stated.push('hour', 'minute');
  const type: TimeType = r.hour !== undefined || r.part ? 'TIME' : 'DATE';
  if (r.offset === null) {
    return { value: 'PAST_REF', type: 'DATE', stated, inferred: [], note: 'vague offset' };
  }
  const a = ctx.anchor;
  if (!a) return { value: '', type, stated, inferred: [], note: 'relative to an unknown publication date' };
  const inferred = ['anchor: publication date'];
  const note = 'relative to publication date';
  const n = r.offset;
  switch (r.unit) {
    case 'D': return { value: formatDay(addDays(a, n)) + timeSuffix(r), type, stated, inferred, note };
    case 'W': return { value: isoWeek(addDays(a, 7 * n)), type, stated, inferred, note };
    case 'WE': {
      let k = n;
      // "the weekend" in past-tense news written on a weekday is the one just gone
      if (k === 0 && ctx.tense !== 'future' && isoWeekday(a) < 6) k = -1;
      return { value: `${isoWeek(addDays(a, 7 * k))}-WE`, type, stated, inferred, note };
    }
    case 'M': { const s = shiftMonth(a, n); return { value: `${pad4(s.y)}-${pad2(s.m)}`, type, stated, inferred, note }; }
    case 'Q': {
      const k = a.y * 4 + Math.ceil(a.m / 3) - 1 + n;
      return { value: `${pad4(Math.floor(k / 4))}-Q${(k % 4) + 1}`, type, stated, inferred, note };
    }
    case 'Y': return { value: pad4(a.y + n), type, stated, inferred, note };
    case 'DE': return { value: String(Math.floor(a.y / 10) + n), type, stated, inferred, note };
    case 'CE': return { value: String(Math.floor(a.y / 100) + n), type, stated, inferred, note };
  }
}

function shiftValueYears(value: string, years: number): string {
  const m = /^(\d{4})(.*)$/.exec(value);
  if (!m) return value;
  const y = Number(m[1]) + years;
  let rest = m[2]!;
  // 29 February does not exist in the shifted year
  if (/^-02-29/.test(rest) && !(y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0))) rest = rest.replace(/^-02-29/, '-02-28');
  return pad4(y) + rest;
}

function resolveAnaphoric(r: AnaphoricReading, ctx: ResolveContext): Resolved {
  const stated = [r.years ? `${r.years} year` : 'period'];
  const ref = ctx.reference;
  if (r.year !== undefined) {
    const q = ref && /^\d{4}-Q\d$/.test(ref) ? ref.slice(4) : '';
    return { value: pad4(r.year) + q, type: 'DATE', stated: ['year'], inferred: q ? ['period: last quarter mentioned'] : [], note: 'stated year' };
  }
  if (ref && /^\d{4}-Q\d$/.test(ref)) {
    return { value: shiftValueYears(ref, r.years), type: 'DATE', stated, inferred: ['period: last quarter mentioned'], note: 'relative to the quarter mentioned before' };
  }
  if (r.refs === 'any' && r.unit === 'Y' && ref && r.years !== 0) {
    // "the following year" names a year; "a year earlier" keeps the reference's precision
    const shifted = shiftValueYears(ref, r.years);
    return { value: r.years > 0 ? shifted.slice(0, 4) : shifted, type: 'DATE', stated, inferred: ['anchor: last date mentioned'], note: 'relative to the date mentioned before' };
  }
  const a = ctx.anchor;
  if (!a) return { value: '', type: 'DATE', stated, inferred: [], note: 'relative to an unknown date' };
  if (r.unit === 'Q') {
    // "the quarter" in a results story is the last complete quarter before publication
    const k = a.y * 4 + Math.ceil(a.m / 3) - 2 + 4 * r.years;
    return { value: `${pad4(Math.floor(k / 4))}-Q${(k % 4) + 1}`, type: 'DATE', stated, inferred: ['period: last complete quarter before publication'], note: 'quarter before publication' };
  }
  return { value: pad4(a.y + r.years), type: 'DATE', stated, inferred: ['anchor: publication date'], note: 'relative to publication year' };
}

/**
 * Resolves a reading to a TIMEX3 value against the context.
 *
 * @example
 * resolve({ kind: 'point', weekday: 6 }, { anchor: { y: 2025, m: 3, d: 16 }, tense: 'past', reference: null }).value
 * // "2025-03-15"
 */
export function resolve(reading: Reading, ctx: ResolveContext): Resolved {
  switch (reading.kind) {
    case 'fixed': return { value: reading.value, type: reading.type, stated: ['value'], inferred: [], note: 'stated' };
    case 'point': return resolvePoint(reading, ctx);
    case 'relative': return resolveRelative(reading, ctx);
    case 'anaphoric': return resolveAnaphoric(reading, ctx);
  }
}

/**
 * Resolves the second end of a range against its first, once that is a calendar day: a weekday is the first such
 * day after the start ("Monday to Wednesday" → two days later, whatever the tense), and a month and day without a
 * year take the start's year, or the next one when they fall before it ("Dec. 30-Jan. 2"). Null when the first
 * end gave no day or the second needs nothing from it (it states its year, or is a year).
 *
 * @example
 * resolveRangeEnd({ kind: 'point', weekday: 3 }, '2025-05-26').value // "2025-05-28"
 */
export function resolveRangeEnd(r: Reading, startValue: string): Resolved | null {
  const s = parseDay(startValue);
  if (!s || r.kind !== 'point') return null;
  const stated = statedParts(r);
  const type: TimeType = r.hour !== undefined || r.part ? 'TIME' : 'DATE';
  if (r.weekday !== undefined && r.day === undefined && r.month === undefined && r.year === undefined) {
    const day = addDays(s, ((r.weekday - isoWeekday(s) + 7) % 7) || 7);
    return { value: formatDay(day) + timeSuffix(r), type, stated, inferred: ['year', 'month', 'day'], note: `weekday: the first after the range's start ${formatDay(s)}` };
  }
  if (r.year === undefined && r.month !== undefined && r.day !== undefined) {
    const y = r.month * 100 + r.day < s.m * 100 + s.d ? s.y + 1 : s.y;
    return { value: `${pad4(y)}-${pad2(r.month)}-${pad2(r.day)}${timeSuffix(r)}`, type, stated, inferred: ['year'], note: `year of the range's start ${formatDay(s)}` };
  }
  return null;
}
