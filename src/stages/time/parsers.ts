import {
  MONTHS, MONTH_RE, NUMBER_WORDS, NUM_RE, ORDINALS, PARTS_OF_DAY, SEASONS, UNITS, UNIT_RE, VAGUE_NUMBERS,
  WEEKDAYS, WEEKDAY_NAME_HEADS, WEEKDAY_NAME_MODIFIERS, WEEKDAY_RE, YEAR_CUES, ZONE_RE,
} from './data/lexicon.js';
import type { Candidate, PointReading, RangeEnd, Reading, RelativeReading } from './reading.js';
import { RANGE_PARSERS } from './ranges.js';

/**
 * A parser: one pattern and the function that reads a match. `extract` returns null to reject a match
 * (a verb "may", a year inside a name); it may also narrow the span by returning `start`/`end`, and a range
 * returns its two `ends` (see ranges.ts).
 */
export interface Parser {
  name: string;
  /**
   * Words one of which every match contains ("quarter", a month name), lowercase; '#1', '#2', '#4' stand for
   * numbers of that many digits. The full pattern runs only in a window around such a word, which keeps the
   * stage fast on long texts.
   */
  keys: readonly string[];
  pattern: RegExp;
  extract(m: RegExpExecArray, text: string): { reading: Reading; start?: number; end?: number; ends?: readonly [RangeEnd, RangeEnd] } | null;
}

const MONTH_WORDS = Object.keys(MONTHS);
const WEEKDAY_WORDS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const UNIT_WORDS = ['second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'night', 'nights', 'week', 'weeks',
  'weekend', 'weekends', 'fortnight', 'fortnights', 'month', 'months', 'quarter', 'quarters', 'year', 'years', 'decade', 'decades',
  'century', 'centuries'];

/** How far before and after a key word a match may reach (characters, widened to whole words). */
const BACK = 44;
const WINDOW = 56;

/** Modifiers TimeBank keeps inside the span without changing the value ("early March", "the end of 1989"). */
const MOD = '(?:(?:the\\s+)?(?:very\\s+)?(?:early|mid|late|end\\s+of|beginning\\s+of|start\\s+of|middle\\s+of|first\\s+days\\s+of|close\\s+of)[\\s-]*)?';
const ORD_RE = '(?:first|second|third|fourth|1st|2nd|3rd|4th)';

/**
 * Reads a count: digits, number words (with compounds such as "twenty-four"), or null for vague quantities.
 *
 * @example
 * readNumber('twenty-four') // 24
 * readNumber('several')     // null
 */
export function readNumber(s: string): number | null | undefined {
  const w = s.toLowerCase().replace(/\s+/g, ' ').trim();
  if (w === 'a couple of' || w === 'couple of') return 2;
  if (/^\d+(\.\d+)?$/.test(w)) return Number(w);
  if (VAGUE_NUMBERS.has(w)) return null;
  if (w === 'a hundred' || w === 'one hundred') return 100;
  if (w === 'a dozen') return 12;
  let total = 0;
  for (const part of w.split(/[- ]/)) {
    const n = NUMBER_WORDS[part];
    if (n === undefined) return undefined;
    total += n;
  }
  return total;
}

function monthOf(s: string): number | undefined {
  return MONTHS[s.toLowerCase().replace(/\.$/, '')];
}

function lower(s: string | undefined): string {
  return (s ?? '').toLowerCase();
}

/** The word before `index` (lowercased), skipping spaces. */
function wordBefore(text: string, index: number): string {
  const m = /([A-Za-z]+)[^A-Za-z\n]{0,3}$/.exec(text.slice(Math.max(0, index - 24), index));
  return m ? m[1]!.toLowerCase() : '';
}

/** The word after `index` as written, skipping spaces. */
function wordAfter(text: string, index: number): string {
  const m = /^\s{1,2}([A-Za-z']+)/.exec(text.slice(index, index + 24));
  return m ? m[1]! : '';
}

function isUpper(ch: string | undefined): boolean {
  return ch !== undefined && ch >= 'A' && ch <= 'Z';
}

function shiftOf(w: string | undefined): -1 | 0 | 1 | undefined {
  const s = lower(w);
  if (s === 'last' || s === 'past' || s === 'previous') return -1;
  if (s === 'next' || s === 'coming') return 1;
  if (s === 'this') return 0;
  return undefined;
}

function durationValue(n: number | null, unitWord: string): string {
  const key = unitWord.toLowerCase().replace(/ies$/, 'y').replace(/s$/, '');
  const u = UNITS[key] ?? UNITS[key.replace(/ie$/, 'y')];
  if (!u) return '';
  let count = n === null ? 'X' : String(n);
  let code = u.code;
  if (key === 'fortnight' && n !== null) count = String(n * 2);
  // TimeBank writes decades as years ("two decades" → P20Y)
  if (code === 'DE' && n !== null) { code = 'Y'; count = String(n * 10); }
  return u.time ? `PT${count}${code}` : `P${count}${code}`;
}

function clock(hour: number, minute: number, ampm: string): { hour: number; minute: number } | null {
  const a = ampm.toLowerCase().replace(/\./g, '');
  let h = hour;
  if (a === 'pm' && h < 12) h += 12;
  if (a === 'am' && h === 12) h = 0;
  if (h > 23 || minute > 59) return null;
  return { hour: h, minute };
}

/** "May" and "March" are months only in a dated context (a day, a year, a preposition or a determiner before). */
function ambiguousMonthOk(text: string, start: number, end: number): boolean {
  const before = wordBefore(text, start);
  if (['in', 'since', 'until', 'till', 'by', 'last', 'next', 'this', 'early', 'late', 'mid', 'of', 'during', 'before',
    'after', 'through', 'from', 'to', 'between', 'and', 'or', 'that', 'end', 'beginning', 'start', 'middle'].includes(before)) {
    const after = wordAfter(text, end);
    // "in May be" is not a month; "In March, …" is
    return !/^(be|have|not|also|well)$/i.test(after);
  }
  return false;
}

const REL_UNITS: Readonly<Record<string, RelativeReading['unit']>> = {
  day: 'D', night: 'D', week: 'W', weekend: 'WE', month: 'M', quarter: 'Q', year: 'Y', decade: 'DE', century: 'CE',
};

/** Nouns that make a four-digit number a count, not a year. */
const COUNT_NOUNS = /^(?:people|persons|troops|soldiers|men|women|children|civilians|residents|refugees|workers|employees|jobs|cases|deaths|tons|tonnes|barrels|shares|units|cars|vehicles|homes|houses|votes|rounds|missiles|drones|rockets|shells|members|miles|kilometres|kilometers|km|meters|metres|feet|ft|hectares|acres|points|dollars|euros|pounds|rubles|roubles|yuan|yen|students|patients|prisoners|flights|items|copies|pages|words|hours|minutes|seconds|days|weeks|months|years|times|percent|kg|mm|cc|hp|mph|AD|BC|BCE|CE|to|or|and|-)$/;

function point(p: Omit<PointReading, 'kind'>): PointReading {
  return { kind: 'point', ...p };
}

/**
 * The parsers, in priority order (earlier wins a tie on the same span). Patterns are global regexes run over the
 * whole text; the longest candidate wins an overlap (see refiners).
 */
export const PARSERS: readonly Parser[] = [
  {
    // "Saturday, March 15, 2025", "March 15", "Oct. 19, 1989", "mid-March 2024" handled below
    name: 'month-day-year',
    keys: [...MONTH_WORDS],
    pattern: new RegExp(`\\b(?:(${WEEKDAY_RE}),?\\s+(?:the\\s+)?)?${MOD}(${MONTH_RE})\\s*(\\d{1,2})(?:st|nd|rd|th)?\\b(?!:\\d|\\.\\d|,\\d{3})(?:,?\\s+(\\d{4})\\b)?`, 'g'),
    extract(m) {
      const month = monthOf(m[2]!);
      const day = Number(m[3]);
      if (!month || day < 1 || day > 31) return null;
      const r: Omit<PointReading, 'kind'> = { month, day };
      if (m[4]) r.year = Number(m[4]);
      return { reading: point(r) };
    },
  },
  {
    name: 'day-month-year',
    keys: [...MONTH_WORDS],
    pattern: new RegExp(`\\b(?:(${WEEKDAY_RE}),?\\s+)?(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_RE})(?:,?\\s+(\\d{4})\\b)?`, 'g'),
    extract(m) {
      const month = monthOf(m[3]!);
      const day = Number(m[2]);
      if (!month || day < 1 || day > 31) return null;
      const r: Omit<PointReading, 'kind'> = { month, day };
      if (m[4]) r.year = Number(m[4]);
      return { reading: point(r) };
    },
  },
  ...RANGE_PARSERS,
  {
    name: 'iso-date',
    keys: ['#4'],
    pattern: /\b(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?\b/g,
    extract(m) {
      const r: Omit<PointReading, 'kind'> = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
      if (r.month! < 1 || r.month! > 12 || r.day! < 1 || r.day! > 31) return null;
      if (m[4]) { r.hour = Number(m[4]); r.minute = Number(m[5]); }
      return { reading: point(r) };
    },
  },
  {
    name: 'us-numeric-date',
    keys: ['#2'],
    pattern: /\b(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})\b/g,
    extract(m) {
      const month = Number(m[1]), day = Number(m[2]);
      if (month < 1 || month > 12 || day < 1 || day > 31) return null;
      const y = m[3]!.length === 2 ? 1900 + Number(m[3]) + (Number(m[3]) < 50 ? 100 : 0) : Number(m[3]);
      return { reading: point({ year: y, month, day }) };
    },
  },
  {
    // "August 2024", "March of 1990", "early May 2025"
    name: 'month-year',
    keys: [...MONTH_WORDS],
    pattern: new RegExp(`\\b${MOD}(${MONTH_RE}),?\\s+(?:of\\s+)?(\\d{4})\\b`, 'g'),
    extract(m) {
      const month = monthOf(m[1]!);
      if (!month) return null;
      return { reading: point({ month, year: Number(m[2]) }) };
    },
  },
  {
    // "June last year", "March of next year"
    name: 'month-relative-year',
    keys: [...MONTH_WORDS],
    pattern: new RegExp(`\\b${MOD}(${MONTH_RE}),?\\s+(?:of\\s+)?(last|this|next)\\s+year\\b`, 'g'),
    extract(m) {
      const month = monthOf(m[1]!);
      if (!month) return null;
      const rel = lower(m[2]);
      return { reading: point({ month, shift: rel === 'last' ? -1 : rel === 'next' ? 1 : 0, relYear: true }) };
    },
  },
  {
    // "last April", "this September", "early March", "in May" (ambiguous months only in a dated context)
    name: 'month',
    keys: [...MONTH_WORDS],
    pattern: new RegExp(`\\b(?:(last|next|this|past|coming)\\s+)?${MOD}(${MONTH_RE})(?![\\w-])`, 'gi'),
    extract(m, text) {
      const name = m[2]!;
      if (!isUpper(name[0])) return null;
      const month = monthOf(name);
      if (!month) return null;
      const bare = name.replace(/\.$/, '').toLowerCase();
      const nameStart = m.index + m[0].length - name.length;
      if ((bare === 'may' || bare === 'march' || bare === 'mar') && !m[1] && m[0].length === name.length &&
        !ambiguousMonthOk(text, nameStart, nameStart + name.length)) return null;
      // a month that heads a name ("March Madness", "June Carter") is not a date
      const after = wordAfter(text, m.index + m[0].length);
      if (isUpper(after[0]) && !/^(?:I|The|A|In|On|At|And|But)$/.test(after)) return null;
      const r: Omit<PointReading, 'kind'> = { month };
      const shift = shiftOf(m[1]);
      if (shift !== undefined) r.shift = shift;
      return { reading: point(r) };
    },
  },
  {
    // "fiscal 1998", "in 1990", "the end of 1989", "mid-1990", "the 1989 period"
    name: 'year',
    keys: ['#4'],
    pattern: new RegExp(`\\b${MOD}(?:(fiscal|calendar)(?:\\s+year)?\\s+)?((?:1[6-9]|20)\\d\\d)(?:'s)?\\b(?![-.,]\\d|\\s*(?:%|percent|per\\s+cent))`, 'gi'),
    extract(m, text) {
      const year = Number(m[2]);
      const fiscal = lower(m[1]) === 'fiscal';
      const hasPrefix = m[0].length > m[2]!.length + (m[0].endsWith("'s") ? 2 : 0);
      const yStart = m.index + m[0].indexOf(m[2]!);
      const prev = wordBefore(text, m.index);
      const after = wordAfter(text, m.index + m[0].length);
      const prevCh = text[m.index - 1];
      if (prevCh === '$' || prevCh === '#' || prevCh === '£' || prevCh === '€') return null;
      // a four-digit number is a year unless it counts things ("2000 troops"), names something ("Resolution 1973")
      // or sits in a number ("No. 1990")
      let ok = hasPrefix || YEAR_CUES.has(prev);
      if (!ok && year >= 1900 && year <= 2039) {
        const prevWord = /([A-Za-z][\w.]*)[^\w\n]{0,2}$/.exec(text.slice(Math.max(0, m.index - 24), m.index))?.[1] ?? '';
        const sentenceStart = /(?:^|[.!?]["”’]?\s+|\n\s*)$/.test(text.slice(Math.max(0, m.index - 4), m.index));
        const named = isUpper(prevWord[0]) && !MONTHS[prevWord.toLowerCase().replace(/\.$/, '')] && !YEAR_CUES.has(prevWord.toLowerCase()) && !/^(?:The|In|By|Since|From|Until|Its|His|Her|Their|Our|After|Before|During|Through|For|And|But)$/.test(prevWord);
        const counted = COUNT_NOUNS.test(after);
        ok = sentenceStart ? !counted : !named && !counted && !/^(?:No|no|number|Nos|#)\.?$/.test(prevWord);
      }
      if (!ok) return null;
      const r: Omit<PointReading, 'kind'> = { year };
      if (fiscal) r.fiscal = true;
      return { reading: point(r) };
    },
  },
  {
    name: 'year-words',
    keys: ['nineteen', 'thousand'],
    pattern: /\b(?:the\s+year\s+)?(?:nineteen[- ](?:ninety|eighty|seventy|sixty|fifty|forty|thirty|twenty)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|two\s+thousand(?:\s+and\s+(?:one|two|three|four|five|six|seven|eight|nine|ten))?)\b/gi,
    extract(m, text) {
      const s = m[0].toLowerCase().replace(/^the\s+year\s+/, '');
      let year: number;
      if (s.startsWith('nineteen')) {
        const rest = readNumber(s.replace(/^nineteen[- ]/, ''));
        if (rest == null) return null;
        year = 1900 + rest;
      } else {
        const rest = s.replace(/^two\s+thousand(\s+and\s+)?/, '');
        year = 2000 + (rest ? (readNumber(rest) ?? 0) : 0);
        // "two thousand troops" is a number
        if (!/^the\s+year/i.test(m[0]) && !YEAR_CUES.has(wordBefore(text, m.index))) return null;
      }
      return { reading: point({ year }) };
    },
  },
  {
    name: 'decade',
    keys: ['#4', 'twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'],
    pattern: /\b(?:the\s+)?(?:(?:early|mid|late)[\s-]*)?(?:(1[5-9]|20)(\d)0'?s|'(\d)0s|(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b/gi,
    extract(m) {
      if (m[1]) return { reading: point({ decade: m[1] + m[2] }) };
      if (m[3]) return { reading: point({ decade: '19' + m[3] }) };
      const w = lower(m[4]);
      const d = { twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9 }[w];
      if (!d) return null;
      if (!/^the\s/i.test(m[0])) return null;
      return { reading: point({ decade: '19' + d }) };
    },
  },
  {
    name: 'century',
    keys: ['century'],
    pattern: new RegExp(`\\b(?:the\\s+)?(?:(?:early|mid|late)[\\s-]*)?(${Object.keys(ORDINALS).join('|')}|\\d{1,2}(?:st|nd|rd|th))[- ]century\\b`, 'gi'),
    extract(m) {
      const o = m[1]!.toLowerCase();
      const n = ORDINALS[o] ?? Number(o.replace(/\D/g, ''));
      if (!n || n > 22) return null;
      return { reading: point({ century: String(n - 1).padStart(2, '0') }) };
    },
  },
  {
    // "this summer", "last winter", "the spring of 2024", "summer 2024"
    name: 'season',
    keys: ['spring', 'summer', 'autumn', 'fall', 'winter'],
    pattern: /\b(?:(last|next|this|past|coming|early|late|mid|the)[\s-]+)?(spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?((?:1[6-9]|20)\d\d))?\b/gi,
    extract(m, text) {
      const season = SEASONS[lower(m[2])]!;
      const mod = lower(m[1]);
      if (!m[1] && !m[3]) {
        if (lower(m[2]) === 'fall' || lower(m[2]) === 'spring') return null;
        if (!['in', 'during', 'since', 'until', 'by', 'over', 'through', 'before', 'after'].includes(wordBefore(text, m.index))) return null;
      }
      if (mod === 'the' && !m[3] && (lower(m[2]) === 'fall' || lower(m[2]) === 'spring') &&
        !['in', 'during', 'since', 'until', 'by', 'over', 'through', 'before', 'after', 'of'].includes(wordBefore(text, m.index))) return null;
      const r: Omit<PointReading, 'kind'> = { season };
      if (m[3]) r.year = Number(m[3]);
      const shift = shiftOf(mod);
      if (shift !== undefined) r.shift = shift;
      return { reading: point(r) };
    },
  },
  {
    // "the third quarter", "third-quarter", "the fiscal first quarter", "the fourth quarter of 1989", "the first half"
    name: 'quarter',
    keys: ['quarter', 'half'],
    pattern: new RegExp(`\\b(?:(?:the|this\\s+year's|last\\s+year's|next\\s+year's|its|their|a)\\s+)?(?:(fiscal)\\s+)?(${ORD_RE})[- ](?:fiscal[- ])?(quarter|half)\\b(?:\\s+of\\s+(?:(?:fiscal\\s+)?((?:1[6-9]|20)\\d\\d)|(this|last|next)\\s+year))?`, 'gi'),
    extract(m, text) {
      const n = ORDINALS[lower(m[2])]!;
      const r: Omit<PointReading, 'kind'> = lower(m[3]) === 'half' ? { half: n } : { quarter: n };
      if (lower(m[3]) === 'half' && n > 2) return null;
      if (m[4]) r.year = Number(m[4]);
      const rel = lower(m[5]) || (/^last\s+year's/i.test(m[0]) ? 'last' : /^this\s+year's/i.test(m[0]) ? 'this' : /^next\s+year's/i.test(m[0]) ? 'next' : '');
      if (rel) r.shift = rel === 'last' ? -1 : rel === 'next' ? 1 : 0;
      if (rel && !m[4]) r.relYear = true;
      // "a third quarter" is a fraction when no period noun follows ("a quarter of the votes")
      if (/^a\s/i.test(m[0]) && /^of$/i.test(wordAfter(text, m.index + m[0].length))) return null;
      if (m[1]) r.fiscal = true;
      return { reading: point(r) };
    },
  },
  {
    // "the quarter", "the latest quarter", "the year-earlier period", "the year-ago quarter", "year-earlier"
    name: 'quarter-anaphora',
    keys: ['quarter', 'period', 'year'],
    pattern: /\b(?:(?:the|a|its)\s+)?(?:(latest|current|recent|previous|past|same|year-earlier|year-ago|year\s+earlier|comparable|prior-year|year-before|year-before)\s+)?(?:fiscal\s+)?(quarter|period)\b|\b(?:the\s+)?year[- ](?:earlier|ago)\b/gi,
    extract(m, text) {
      const w = m[0].toLowerCase();
      if (/^(?:the\s+)?year[- ](?:earlier|ago)$/.test(w)) {
        const after = wordAfter(text, m.index + m[0].length).toLowerCase();
        // the adjective "year-earlier" with no period noun after it
        return { reading: { kind: 'anaphoric', years: -1, unit: after === 'quarter' || after === 'period' ? 'Q' : 'Y', refs: 'any' } };
      }
      const mod = lower(m[1]);
      if (text[m.index + m[0].length] === '-') return null;
      if (!/^(?:the|its)\s/.test(w) && !mod) return null;
      if (m[2]!.toLowerCase() === 'period' && !mod) return null;
      // "a quarter of", "the quarter of the votes" are fractions
      if (wordAfter(text, m.index + m[0].length).toLowerCase() === 'of' && !mod) return null;
      if (/^(?:the\s+)?past\s/.test(w) || mod === 'previous') return { reading: { kind: 'relative', unit: 'Q', offset: -1 } };
      if (mod === 'current' && m[2]!.toLowerCase() === 'quarter') return { reading: { kind: 'relative', unit: 'Q', offset: 0 } };
      const years = /year|prior|comparable/.test(mod) ? -1 : 0;
      return { reading: { kind: 'anaphoric', years, unit: 'Q', refs: 'quarter' } };
    },
  },
  {
    // "the 1988 third quarter", "the 1989 period", "the 1988 quarter"
    name: 'year-quarter',
    keys: ['#4'],
    pattern: new RegExp(`\\b(?:the\\s+)?((?:1[6-9]|20)\\d\\d)(?:\\s+(?:fiscal\\s+)?(${ORD_RE}))?\\s+(?:fiscal\\s+)?(quarter|period)\\b`, 'gi'),
    extract(m) {
      const year = Number(m[1]);
      if (m[2]) return { reading: point({ year, quarter: ORDINALS[lower(m[2])]! }) };
      return { reading: { kind: 'anaphoric', years: 0, unit: 'Q', refs: 'quarter', year } };
    },
  },
  {
    // "mid-afternoon yesterday", "late Friday night" is handled by weekday; "morning Saturday" rare
    name: 'part-then-day',
    keys: ['yesterday', 'today', 'tomorrow', ...WEEKDAY_WORDS],
    pattern: new RegExp(`\\b(?:(?:early|late|mid)[\\s-]*)?(morning|afternoon|evening|night)\\s+(yesterday|today|tomorrow|${WEEKDAY_RE})\\b`, 'gi'),
    extract(m) {
      const part = PARTS_OF_DAY[lower(m[1])]!;
      const w = lower(m[2]);
      if (w === 'yesterday' || w === 'today' || w === 'tomorrow') {
        return { reading: { kind: 'relative', unit: 'D', offset: w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0, part } };
      }
      if (!isUpper(m[2]![0])) return null;
      return { reading: point({ weekday: WEEKDAYS[w]!, part }) };
    },
  },
  {
    // "the year", "the full year", "the end of the year", "year-end", "the weekend", "the near future"
    name: 'the-period',
    keys: ['year', 'weekend', 'future', 'term'],
    pattern: new RegExp(`\\b(?:around\\s+)?${MOD}(?:the\\s+(?:(full|fiscal|calendar|latest\\s+fiscal|current|current\\s+fiscal)\\s+)?(year|weekend)(?!-|\\s+(?:\\d|ago|earlier|before|later|after|of|in|when|that))|year(?:[- ]end|'s\\s+end)|(?:the\\s+)?(?:near|distant|foreseeable)\\s+future|the\\s+(?:near|short)\\s+term|the\\s+following\\s+year)\\b`, 'gi'),
    extract(m, text) {
      const w = m[0].toLowerCase();
      if (/future|term$/.test(w)) return { reading: { kind: 'fixed', type: 'DATE', value: 'FUTURE_REF' } };
      if (/following year$/.test(w)) return { reading: { kind: 'anaphoric', years: 1, unit: 'Y', refs: 'any' } };
      if (lower(m[2]) === 'weekend') return { reading: { kind: 'relative', unit: 'WE', offset: 0 } };
      const mod = lower(m[1]);
      const before = wordBefore(text, m.index);
      if (/^the\s+(?:fiscal\s+)?year$/.test(w) && /^(?:for|over|throughout)$/.test(before)) return { reading: { kind: 'fixed', type: 'DURATION', value: 'P1Y' } };
      if (mod === 'fiscal' && /^(?:for|over|throughout)$/.test(before)) return { reading: { kind: 'fixed', type: 'DURATION', value: 'P1Y' } };
      if (/^the\s+year$/.test(w) && /^(?:of|a)$/.test(before)) return null;
      return { reading: { kind: 'relative', unit: 'Y', offset: mod === 'latest fiscal' ? -1 : 0 } };
    },
  },
  {
    // "yesterday", "late yesterday", "tomorrow morning", "tonight", "today"
    name: 'day-word',
    keys: ['yesterday', 'today', 'tomorrow', 'tonight', 'day'],
    pattern: /\b(?:(early|late|mid|later|earlier)[\s-]+)?(yesterday|today|tomorrow|tonight)(?:\s+(morning|afternoon|evening|night))?\b|\b(?:(?:the\s+)?day\s+(before\s+yesterday|after\s+tomorrow))\b/gi,
    extract(m) {
      if (m[4]) return { reading: { kind: 'relative', unit: 'D', offset: /before/i.test(m[4]) ? -2 : 2 } };
      const w = lower(m[2]);
      const offset = w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0;
      const part = m[3] ? PARTS_OF_DAY[lower(m[3])] : w === 'tonight' ? 'NI' : undefined;
      return { reading: { kind: 'relative', unit: 'D', offset, ...(part ? { part } : {}) } };
    },
  },
  {
    // "this morning", "last night", "this afternoon", "later this afternoon", "overnight"
    name: 'part-of-day',
    keys: ['morning', 'afternoon', 'evening', 'night'],
    pattern: /\b(?:(?:earlier|later)\s+)?(this|last)\s+(morning|afternoon|evening|night)\b/gi,
    extract(m) {
      const part = PARTS_OF_DAY[lower(m[2])]!;
      const offset = lower(m[1]) === 'last' ? -1 : 0;
      // "last night" is the night before the publication date
      return { reading: { kind: 'relative', unit: 'D', offset: offset === -1 && part !== 'NI' ? -1 : offset, part } };
    },
  },
  {
    // "Saturday", "last Friday", "Saturday night", "noon Thursday", "Thursday morning"
    name: 'weekday',
    keys: [...WEEKDAY_WORDS],
    pattern: new RegExp(`\\b(?:(last|next|this|early|late|coming|past|(?:mid-?)?afternoon|noon|midnight|midday)[\\s,]+)?(${WEEKDAY_RE})(?:\\s+(morning|afternoon|evening|night|overnight))?(?![\\w-])`, 'gi'),
    extract(m, text) {
      const name = m[2]!;
      if (!isUpper(name[0])) return null;
      const start = m.index + m[0].indexOf(name);
      if (WEEKDAY_NAME_MODIFIERS.has(/([A-Za-z]+)\s+$/.exec(text.slice(Math.max(0, start - 16), start))?.[1] ?? '')) return null;
      if (!m[3] && WEEKDAY_NAME_HEADS.has(wordAfter(text, m.index + m[0].length))) return null;
      const weekday = WEEKDAYS[name.toLowerCase()]!;
      const r: Omit<PointReading, 'kind'> = { weekday };
      const mod = lower(m[1]);
      const shift = shiftOf(mod);
      if (shift !== undefined) r.shift = shift;
      if (m[3]) r.part = PARTS_OF_DAY[lower(m[3])]!;
      if (mod === 'noon' || mod === 'midday') { r.hour = 12; r.minute = 0; }
      if (mod === 'midnight') { r.hour = 24; r.minute = 0; }
      if (/afternoon/.test(mod)) r.part = 'AF';
      return { reading: point(r) };
    },
  },
  {
    // "earlier this year", "last week", "next month", "this quarter", "the current year"
    name: 'relative-unit',
    keys: ['week', 'weekend', 'month', 'year', 'quarter', 'decade', 'century'],
    pattern: /\b(?:(?:earlier|later|early|late)\s+(?:in\s+)?)?(this|last|next|past|coming|previous|current|the\s+current|the\s+previous|the\s+coming|the\s+following|the\s+same)\s+(week|weekend|month|year|quarter|decade|century)\b/gi,
    extract(m, text) {
      const rel = lower(m[1]).replace(/^the\s+/, '');
      const unitWord = lower(m[2]);
      // a title in quotes or after a possessive ('ABC's "This Week"') names a programme
      if (/^This\s+Week/.test(m[0]) && /["“'‘]\s*$|'s\s*$|’s\s*$/.test(text.slice(Math.max(0, m.index - 3), m.index))) return null;
      const unit = REL_UNITS[unitWord]!;
      if (rel === 'following' || rel === 'same') return null;
      const offset = rel === 'last' || rel === 'past' || rel === 'previous' ? -1 : rel === 'next' || rel === 'coming' ? 1 : 0;
      return { reading: { kind: 'relative', unit, offset } };
    },
  },
  {
    // "two days ago", "a year earlier", "three weeks from now", "a few years ago"
    name: 'ago',
    keys: UNIT_WORDS,
    pattern: new RegExp(`\\b(?:(?:just|only|about|some|nearly|almost|more\\s+than|less\\s+than|over)\\s+)?(${NUM_RE}|the)[- ](${UNIT_RE})\\s+(ago|earlier|before|later|after|from\\s+now|hence)\\b`, 'gi'),
    extract(m, text) {
      const n = lower(m[1]) === 'the' ? 1 : readNumber(m[1]!);
      if (n === undefined) return null;
      const unitWord = lower(m[2]).replace(/ies$/, 'y').replace(/s$/, '');
      const dir = /ago|earlier|before/i.test(m[3]!) ? -1 : 1;
      const u = REL_UNITS[unitWord];
      if (!u) return { reading: { kind: 'fixed', type: 'DURATION', value: durationValue(n, unitWord) }, end: m.index + m[0].length - m[3]!.length };
      const anaphoric = /earlier|before|later|after/i.test(m[3]!);
      if (n === null && !anaphoric) return { reading: { kind: 'fixed', type: 'DATE', value: dir < 0 ? 'PAST_REF' : 'FUTURE_REF' } };
      // "a year earlier" compares with the period just mentioned ("the third quarter … a year earlier")
      if (anaphoric && u === 'Y' && /^(?:a|one|the)$/i.test(m[1]!) && /earlier|before/i.test(m[3]!)) return { reading: { kind: 'anaphoric', years: -1, unit: 'Y', refs: 'any' } };
      if (anaphoric) {
        // "twenty years after the landing", "a day earlier": TimeBank marks the stretch, not a date
        const durEnd = m.index + m[0].length - m[3]!.length;
        return { reading: { kind: 'fixed', type: 'DURATION', value: durationValue(n, unitWord) }, end: durEnd };
      }
      if (u === 'Y' && n === 1) return { reading: { kind: 'anaphoric', years: -1, unit: 'Y', refs: 'quarter' } };
      return { reading: { kind: 'relative', unit: u, offset: n === null ? null : dir * n } };
    },
  },
  {
    // "three years", "30-day", "the first nine months", "the past two months", "a week", "more than four hours"
    name: 'duration',
    keys: UNIT_WORDS,
    pattern: new RegExp(`\\b(?:(?:the|a|an|its)\\s+)?(?:(?:first|last|past|next|previous|coming|final|following|entire|whole|full|initial|latest|recent|same|remaining|year-earlier|year-ago|comparable)\\s+)?(?:(?:more\\s+than|less\\s+than|fewer\\s+than|about|nearly|almost|over|up\\s+to|at\\s+least|roughly|around|only|just|another|some)\\s+)?(${NUM_RE})[- ](${UNIT_RE})(?:[- ](?:long|old))?\\b`, 'gi'),
    extract(m, text) {
      const n = readNumber(m[1]!);
      if (n === undefined) return null;
      const unitWord = m[2]!;
      // ages ("37 years old", "a 136-year-old bank") are not annotated as times
      if (/old$/i.test(m[0])) return null;
      // "three-quarters of its food" is a fraction
      if (/^quarters?$/i.test(unitWord) && /^of$/i.test(wordAfter(text, m.index + m[0].length))) return null;
      // "one day he will…", "a day of mourning" are not durations; "a year" after a price is a rate (SET)
      if (/^(?:a|an)$/i.test(m[1]!) && m[0].length === m[1]!.length + 1 + unitWord.length) {
        const before = text.slice(Math.max(0, m.index - 30), m.index);
        // a rate ("$1.76 a year", "four flights a week"): TimeBank mostly leaves it unmarked
        if (/(?:\d|%|percent|times|twice|once|dollars?|euros?|pounds?|flights|seats|night)\s*$/i.test(before) || /\d[^.;]{0,20}$/.test(before) && /\b(?:million|billion|percent|%|\$)/i.test(before)) return null;
        if (/^(?:second|minute|quarter)$/i.test(unitWord) && !/^(?:for|in|within|than|about|only|just|over)$/.test(wordBefore(text, m.index))) return null;
      }
      if (/s$/i.test(unitWord) && n === 1 && /^(?:a|an|one)\b/i.test(m[1]!)) return null;
      if (/^(?:a|an)$/i.test(m[1]!) && /^day$/i.test(unitWord) && /^(?:of|when|after)$/i.test(wordAfter(text, m.index + m[0].length))) return null;
      if (/^one$/i.test(m[1]!) && /^day$/i.test(unitWord) && !/^(the|a|for|in|within|over|of|than|only|just)$/.test(wordBefore(text, m.index))) return null;
      // "a 30-day ceasefire": the article belongs to the noun phrase, not to the adjectival duration
      const det = /^(?:the|a|an|its)\s+/i.exec(m[0]);
      if (det && new RegExp(`${m[1]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-${unitWord}$`, 'i').test(m[0])) {
        return { reading: { kind: 'fixed', type: 'DURATION', value: durationValue(n, unitWord) }, start: m.index + det[0].length };
      }
      return { reading: { kind: 'fixed', type: 'DURATION', value: durationValue(n, unitWord) } };
    },
  },
  {
    // "for years", "in recent months", "the coming weeks", "centuries"
    name: 'vague-duration',
    keys: ['seconds', 'minutes', 'hours', 'days', 'weeks', 'months', 'years', 'decades', 'centuries'],
    pattern: /\b(?:(?:the\s+)?(?:recent|past|coming|next|last|last\s+few|past\s+few|next\s+few|early|intervening|ensuing)\s+)?(seconds|minutes|hours|days|weeks|months|years|decades|centuries)\b/gi,
    extract(m, text) {
      const hasMod = m[0].length > m[1]!.length;
      if (!hasMod && !['for', 'in', 'within', 'over', 'after', 'took', 'take', 'takes', 'lasted', 'last', 'spent', 'spend'].includes(wordBefore(text, m.index))) return null;
      // "years of war", "the early hours of Sunday" (the day carries the date)
      if ((!hasMod || /\bearly\b/i.test(m[0])) && wordAfter(text, m.index + m[0].length).toLowerCase() === 'of') return null;
      // "in recent years", "the past few weeks" point back from now; "the coming months" forward (TimeBank)
      if (/\b(?:recent|past|last|intervening|early)\b/i.test(m[0])) return { reading: { kind: 'fixed', type: 'DATE', value: 'PAST_REF' } };
      if (/\b(?:coming|next|ensuing)\b/i.test(m[0])) return { reading: { kind: 'fixed', type: 'DATE', value: 'FUTURE_REF' } };
      return { reading: { kind: 'fixed', type: 'DURATION', value: durationValue(null, m[1]!) } };
    },
  },
  {
    // PRESENT_REF / PAST_REF / FUTURE_REF words
    name: 'reference-word',
    keys: ['now', 'currently', 'current', 'nowadays', 'presently', 'present', 'these', 'recently', 'recent', 'lately', 'past', 'future', 'soon'],
    pattern: /\b(now|currently|nowadays|presently|at\s+present|these\s+days|recently|lately|previously|formerly|in\s+the\s+past|the\s+past|the\s+future|in\s+future|soon|current|recent|future)\b/gi,
    extract(m, text) {
      const w = m[0].toLowerCase().replace(/\s+/g, ' ');
      const after = wordAfter(text, m.index + m[0].length).toLowerCase();
      const next = text[m.index + m[0].length];
      if (w === 'now' && next === '-') return null;
      if (w === 'current' && (/^(account|accounts|affairs|events|price|prices|dollars|law|legislation|members?|system|rules|levels?|rate|rates)$/.test(after) || after === '' || next === ',' || /^electric|^flow|^of$/.test(after))) return null;
      if (w === 'recent') { if (!/^[a-z]/.test(after)) return null; }
      // TimeBank rarely marks the adjective "future" ("future earnings") or "previously"
      if (w === 'future' || w === 'previously' || w === 'formerly') return null;
      if (w === 'the past' && !/^(?:in|of|for|into|from|than|to|with)$/.test(wordBefore(text, m.index)) && /^[a-z]/.test(after)) return null;
      if (w === 'the future' && /^of$/.test(after) && !/^(?:in|for|into|about)$/.test(wordBefore(text, m.index))) return null;
      const v = /^(now|currently|nowadays|presently|at present|these days|current)$/.test(w) ? 'PRESENT_REF'
        : /^(recently|lately|previously|formerly|in the past|the past|recent)$/.test(w) ? 'PAST_REF' : 'FUTURE_REF';
      const start = w.startsWith('in the past') || w.startsWith('in future') ? m.index + 3 : undefined;
      return { reading: { kind: 'fixed', type: 'DATE', value: v }, ...(start !== undefined ? { start } : {}) };
    },
  },
  {
    // "every Saturday", "each year", "daily", "Tuesday nights", "on Mondays"
    name: 'set',
    keys: ['every', 'each', 'annually', 'yearly', 'daily', 'weekly', 'monthly', 'nightly', 'hourly', 'quarterly', 'mornings', 'afternoons', 'evenings', 'nights', ...WEEKDAY_WORDS.map((w) => w + 's')],
    pattern: new RegExp(`\\b(?:(every|each)\\s+(?:other\\s+)?(day|week|month|year|quarter|morning|afternoon|evening|night|weekend|hour|minute|summer|winter|spring|autumn|${WEEKDAY_RE})|(annually|yearly|daily|weekly|monthly|nightly|hourly|quarterly)|(${WEEKDAY_RE})(?:s(?:\\s+(mornings|afternoons|evenings|nights))?|\\s+(mornings|afternoons|evenings|nights))|(?:every|each)\\s+(${MONTH_RE}))\\b`, 'gi'),
    extract(m, text) {
      if (m[1]) {
        const w = lower(m[2]);
        const wd = WEEKDAYS[w];
        if (wd) return { reading: { kind: 'fixed', type: 'SET', value: `XXXX-WXX-${wd}` } };
        const part = PARTS_OF_DAY[w];
        if (part) return { reading: { kind: 'fixed', type: 'SET', value: `XXXX-XX-XXT${part}` } };
        const season = SEASONS[w];
        if (season) return { reading: { kind: 'fixed', type: 'SET', value: `XXXX-${season}` } };
        return { reading: { kind: 'fixed', type: 'SET', value: durationValue(1, w) } };
      }
      if (m[3]) {
        const w = lower(m[3]);
        // "daily newspaper", "weekly magazine" are kinds of thing; the adverb stands before punctuation or a preposition
        const after = wordAfter(text, m.index + m[0].length).toLowerCase();
        // "grow 20% annually" is a rate TimeBank leaves unmarked
        if (w === 'annually' || w === 'yearly') return null;
        if (/^[a-z]/.test(after) && !/^(?:in|on|at|for|since|and|or|to|by|from|until|basis)$/.test(after)) return null;
        const v = { annually: 'P1Y', yearly: 'P1Y', daily: 'P1D', weekly: 'P1W', monthly: 'P1M', nightly: 'P1D', hourly: 'PT1H', quarterly: 'P1Q' }[w]!;
        return { reading: { kind: 'fixed', type: 'SET', value: v } };
      }
      if (m[7]) {
        const month = monthOf(m[7]);
        return month ? { reading: { kind: 'fixed', type: 'SET', value: `XXXX-${String(month).padStart(2, '0')}` } } : null;
      }
      const name = m[4]!;
      if (!isUpper(name[0])) return null;
      const wd = WEEKDAYS[name.toLowerCase()]!;
      const partWord = m[5] ?? m[6];
      const part = partWord ? PARTS_OF_DAY[lower(partWord).replace(/s$/, '')] : undefined;
      return { reading: { kind: 'fixed', type: 'SET', value: `XXXX-WXX-${wd}${part ? 'T' + part : ''}` } };
    },
  },
  {
    // "10:30 a.m.", "10 p.m. EST", "noon", "midnight", "14:00 GMT"
    name: 'clock',
    keys: ['#2', 'noon', 'midday', 'midnight'],
    pattern: new RegExp(`\\b(?:(\\d{1,2})(?:[:.](\\d{2}))?\\s*(a\\.m\\.?|p\\.m\\.?|am\\b|pm\\b|AM\\b|PM\\b|o'clock)|([01]?\\d|2[0-3]):([0-5]\\d)(?=\\s*(?:${ZONE_RE}|hours|hrs|h\\b))|(noon|midday|midnight))(?:\\s+\\(?${ZONE_RE}\\)?)?`, 'g'),
    extract(m) {
      let c: { hour: number; minute: number } | null;
      if (m[1]) c = clock(Number(m[1]), m[2] ? Number(m[2]) : 0, m[3]!.toLowerCase() === "o'clock" ? '' : m[3]!);
      else if (m[4]) c = { hour: Number(m[4]), minute: Number(m[5]) };
      else c = m[6]!.toLowerCase() === 'midnight' ? { hour: 24, minute: 0 } : { hour: 12, minute: 0 };
      if (!c) return null;
      return { reading: { kind: 'relative', unit: 'D', offset: 0, hour: c.hour, minute: c.minute } };
    },
  },
];

/**
 * Runs every parser over the text and returns all candidates (overlapping ones included; refiners choose).
 *
 * @example
 * parseAll('on Saturday night').map((c) => c.parser) // ['weekday']
 */
export function parseAll(text: string): Candidate[] {
  const out: Candidate[] = [];
  const done = new Array<number>(PARSERS.length).fill(0);
  // sticky copies: every pattern starts at a word start, so trying only word starts finds the same matches
  const res = PARSERS.map((p) => new RegExp(p.pattern.source, p.pattern.flags.replace('g', '') + 'y'));
  const index = parserIndex();
  const word = /[A-Za-z]+|\d+/g;
  let k: RegExpExecArray | null;
  while ((k = word.exec(text))) {
    const w = k[0];
    const c = w.charCodeAt(0);
    let parsers: number[] | undefined;
    if (c >= 48 && c <= 57) {
      if (w.length === 4) parsers = index.get('#4');
      else if (w.length <= 2) {
        // a small number starts a clock time ("10:30 a.m.") or a numeric date ("3/15/2025") only
        const next = text.slice(k.index + w.length, k.index + w.length + 12);
        if (/^(?:[:.]\d\d)?\s*(?:[ap]\.?m\b|o'clock)|^:\d\d|^\/\d/i.test(next)) parsers = index.get('#2');
        else if (w.length === 2 && w[1] === '0' && /^'?s\b/.test(next)) parsers = index.get('#4');
      }
    } else if (w.length > 1) {
      parsers = index.get(c < 97 ? w.toLowerCase() : w);
    }
    if (!parsers) continue;
    // one window of whole words around the key serves every parser it triggers
    let ws = Math.max(0, k.index - BACK);
    while (ws > 0 && !isSpace(text.charCodeAt(ws - 1))) ws--;
    let we = Math.min(text.length, k.index + w.length + WINDOW);
    while (we < text.length && !isSpace(text.charCodeAt(we))) we++;
    const window = text.slice(ws, we);
    for (const pi of parsers) {
      if (k.index < done[pi]!) continue;
      const p = PARSERS[pi]!;
      const re = res[pi]!;
      let pos = Math.max(0, done[pi]! - ws);
      // a match holds its key, so it starts at or before the key (later matches have keys of their own)
      const last = k.index - ws;
      while (pos <= last) {
        if (!isWordStart(window, pos)) { pos++; continue; }
        re.lastIndex = pos;
        const m = re.exec(window);
        if (!m || m[0].length === 0) { pos++; continue; }
        pos += m[0].length;
        m.index += ws;
        done[pi] = m.index + m[0].length;
        const got = p.extract(m, text);
        if (!got) continue;
        let start = got.start ?? m.index;
        let end = got.end ?? m.index + m[0].length;
        while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
        while (start < end && isSpace(text.charCodeAt(start))) start++;
        out.push({ start, end, reading: got.reading, parser: p.name, rank: pi, ...(got.ends ? { ends: got.ends } : {}) });
      }
      done[pi] = Math.max(done[pi]!, k.index + w.length);
    }
  }
  return out;
}

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

function isWordStart(s: string, i: number): boolean {
  return isWordChar(s.charCodeAt(i)) && (i === 0 || !isWordChar(s.charCodeAt(i - 1)));
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0;
}

let cachedIndex: Map<string, number[]> | null = null;

/** Key word → the parsers it triggers (built once; read-only after). */
function parserIndex(): Map<string, number[]> {
  if (cachedIndex) return cachedIndex;
  const map = new Map<string, number[]>();
  PARSERS.forEach((p, i) => {
    for (const k of p.keys) {
      const list = map.get(k) ?? [];
      if (!list.includes(i)) list.push(i);
      map.set(k, list);
    }
  });
  cachedIndex = map;
  return map;
}
