import type { Candidate, PointReading, Reading } from './reading.js';

/** A refiner takes the candidates in text order and returns a new list (it never edits the ones it gets). */
export interface Refiner {
  name: string;
  refine(candidates: readonly Candidate[], text: string): Candidate[];
}

/**
 * Overlapping candidates: the longest wins, then the higher-priority parser ("March 15, 2025" over "2025").
 * A range that loses still gives the ends that overlap nothing kept, each on its own ("the 2001-2002 period"
 * keeps "2001" beside "2002 period").
 */
export const longestWins: Refiner = {
  name: 'longest-wins',
  refine(candidates) {
    const order = [...candidates].sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.rank - b.rank || a.start - b.start);
    const kept: Candidate[] = [];
    const free = (x: { start: number; end: number }) => !kept.some((k) => x.start < k.end && k.start < x.end);
    for (const c of order) {
      if (free(c)) { kept.push(c); continue; }
      for (const e of c.ends ?? []) if (free(e)) kept.push({ start: e.start, end: e.end, reading: e.reading, parser: c.parser, rank: c.rank });
    }
    return kept.sort((a, b) => a.start - b.start);
  },
};

function isClock(r: Reading): r is Reading & { kind: 'relative'; hour: number } {
  return r.kind === 'relative' && r.unit === 'D' && r.offset === 0 && r.hour !== undefined;
}

function isDay(r: Reading): boolean {
  if (r.kind === 'fixed' || r.kind === 'anaphoric' || r.hour !== undefined || r.part) return false;
  if (r.kind === 'point') return r.day !== undefined || (r.weekday !== undefined && r.day === undefined);
  return r.kind === 'relative' && r.unit === 'D';
}

function withClock(day: Reading, clock: { hour?: number; minute?: number }): Reading {
  if (day.kind === 'point') {
    const p: PointReading = { ...day };
    if (clock.hour !== undefined) p.hour = clock.hour;
    if (clock.minute !== undefined) p.minute = clock.minute;
    return p;
  }
  if (day.kind === 'relative') {
    const out = { ...day };
    if (clock.hour !== undefined) out.hour = clock.hour;
    if (clock.minute !== undefined) out.minute = clock.minute;
    return out;
  }
  return day;
}

/**
 * A clock time next to a day becomes one TIME ("10 a.m. Saturday", "Saturday at 10:30 a.m.",
 * "yesterday at noon"). TimeBank marks such pairs as one expression.
 */
export const mergeClockAndDay: Refiner = {
  name: 'merge-clock-day',
  refine(candidates, text) {
    const out: Candidate[] = [];
    for (let i = 0; i < candidates.length; i++) {
      const a = candidates[i]!;
      const b = candidates[i + 1];
      if (b && /^\s*(?:,\s*|at\s+|on\s+|,\s*at\s+|,\s*on\s+)?$/.test(text.slice(a.end, b.start)) && text.slice(a.end, b.start).length <= 6) {
        // a range's ends keep their own values: no clock joins one of them
        const plain = !a.ends && !b.ends;
        const clockFirst = plain && isClock(a.reading) && isDay(b.reading);
        const dayFirst = plain && isDay(a.reading) && isClock(b.reading);
        if (clockFirst || dayFirst) {
          const day = clockFirst ? b : a;
          const clk = (clockFirst ? a : b).reading as { hour?: number; minute?: number };
          out.push({ start: a.start, end: b.end, reading: withClock(day.reading, clk), parser: 'merge-clock-day', rank: Math.min(a.rank, b.rank) });
          i++;
          continue;
        }
      }
      out.push(a);
    }
    return out;
  },
};

/**
 * A range that won its place becomes its two ends, each a time of its own; the second is flagged so that the
 * normaliser reads it after the first ("Monday to Wednesday": the Wednesday after that Monday).
 */
export const splitRanges: Refiner = {
  name: 'split-ranges',
  refine(candidates) {
    const out: Candidate[] = [];
    for (const c of candidates) {
      if (!c.ends) { out.push(c); continue; }
      const [a, b] = c.ends;
      out.push({ start: a.start, end: a.end, reading: a.reading, parser: c.parser, rank: c.rank });
      out.push({ start: b.start, end: b.end, reading: b.reading, parser: c.parser, rank: c.rank, rangeEnd: true });
    }
    return out;
  },
};

/** The refiners, in the order they run. */
export const REFINERS: readonly Refiner[] = [longestWins, mergeClockAndDay, splitRanges];

/**
 * Runs the refiners in order.
 *
 * @example
 * refine(parseAll(text), text)
 */
export function refine(candidates: readonly Candidate[], text: string): Candidate[] {
  let list = [...candidates];
  for (const r of REFINERS) list = r.refine(list, text);
  return list;
}
