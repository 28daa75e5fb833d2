import type { TimeType } from '../../model/layers.js';

/**
 * What a parser read from a time expression, before it is resolved against the publication date.
 * Parsers fill only what the text states; the normaliser fills the rest and says so (stated vs inferred).
 */
export type Reading = PointReading | RelativeReading | AnaphoricReading | FixedReading;

/**
 * A calendar point given by some of its parts ("March 15", "Saturday night", "the third quarter of 1989").
 * `shift` comes from "last"/"next"/"this" before a named month, weekday or season.
 */
export interface PointReading {
  kind: 'point';
  year?: number;
  month?: number;
  day?: number;
  weekday?: number;
  season?: string;
  quarter?: number;
  half?: number;
  /** First three digits of a decade ("199" for the 1990s). */
  decade?: string;
  /** First two digits of a century ("19" for the 20th century). */
  century?: string;
  part?: string;
  hour?: number;
  minute?: number;
  fiscal?: boolean;
  shift?: -1 | 0 | 1;
  /** The shift applies to the year ("last year's first quarter"), not to the period. */
  relYear?: boolean;
}

/** An offset from the publication date ("yesterday", "last week", "two years ago", "next month"). */
export interface RelativeReading {
  kind: 'relative';
  unit: 'D' | 'W' | 'WE' | 'M' | 'Q' | 'Y' | 'DE' | 'CE';
  /** null when the count is vague ("a few years ago" → unknown offset). */
  offset: number | null;
  part?: string;
  hour?: number;
  minute?: number;
}

/**
 * Resolved against the last date the article mentioned ("a year earlier", "the quarter", "the year-ago period"),
 * falling back to the publication date.
 */
export interface AnaphoricReading {
  kind: 'anaphoric';
  /** Years to add to the reference ("a year earlier" → -1). */
  years: number;
  /** Preferred granularity when no reference is known. */
  unit: 'Q' | 'Y' | 'D' | 'M';
  /** Which earlier mentions may serve as the reference: any calendar value, or only a quarter. */
  refs: 'any' | 'quarter';
  /** A year the text states ("the 1988 quarter"): the reference's period in that year. */
  year?: number;
}

/** A value that needs no anchor: durations, sets, PRESENT_REF and friends, fully stated dates. */
export interface FixedReading {
  kind: 'fixed';
  value: string;
  type: TimeType;
}

/**
 * One end of a range ("July 4-5" → July 4 and July 5): a time of its own. Its span holds every word its value rests
 * on, so an end that borrows its month or year from the other end reaches over it ("July 4-5" for the 5th).
 */
export interface RangeEnd {
  start: number;
  end: number;
  reading: Reading;
}

/** A time expression found by a parser: where it stands, what was read, which parser read it. */
export interface Candidate {
  start: number;
  end: number;
  reading: Reading;
  parser: string;
  /** Parser priority: lower wins when two candidates cover the same span. */
  rank: number;
  /**
   * A range ("July 4-5", "Monday to Wednesday"): its two ends. The candidate's own span is the whole range, which
   * competes as one with overlapping candidates; the refiners split it into its ends at the last step.
   */
  ends?: readonly [RangeEnd, RangeEnd];
  /** The second end of a split range: resolved after the first end and never before it. */
  rangeEnd?: boolean;
}
