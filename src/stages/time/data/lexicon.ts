/**
 * Calendar words and their TIMEX3 codes. Sources: the TimeML TIMEX3 annotation guidelines (v1.2.1:
 * part-of-day codes MO AF EV NI, seasons SP SU FA WI, the *_REF values, P…/PT… durations) and ISO 8601.
 */

/** Month names and abbreviations → month number. */
export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};

/** Month names as a regex alternative: full names first, abbreviations only with their dot (or Sept/Sep). */
export const MONTH_RE =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|' +
  '(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.|Sept)';

/** Weekday names → ISO weekday (Monday 1 … Sunday 7). */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3, thursday: 4, thu: 4, thurs: 4,
  friday: 5, fri: 5, saturday: 6, sat: 6, sunday: 7, sun: 7,
};

export const WEEKDAY_RE = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';

/** Parts of day (TIMEX3 codes). */
export const PARTS_OF_DAY: Readonly<Record<string, string>> = {
  morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', tonight: 'NI', overnight: 'NI',
};

export const SEASONS: Readonly<Record<string, string>> = {
  spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI',
};

/** Number words up to the tens; compounds ("twenty-four") are summed by the parser. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, dozen: 12, half: 0.5,
};

/** Vague quantities: TIMEX3 writes an unknown count as X ("several years" → PXY). */
export const VAGUE_NUMBERS = new Set(['several', 'few', 'a few', 'some', 'many', 'a couple of', 'couple of', 'a number of', 'the next few', 'numerous']);

/** Regex alternative for a count: digits, number words (with compounds), vague quantities. */
export const NUM_RE =
  '(?:\\d+(?:\\.\\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|' +
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|' +
  'eighteen|nineteen|a hundred|one hundred|a dozen|a few|a couple of|a number of|several|few|some|many|a|an)';

/** Ordinals used by quarters, halves and centuries. */
export const ORDINALS: Readonly<Record<string, number>> = {
  first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, fifth: 5, sixth: 6,
  seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14,
  fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20,
  'twenty-first': 21, 'twenty first': 21,
};

/** Duration unit word → TIMEX3 unit code; hours, minutes and seconds take the T designator. */
export const UNITS: Readonly<Record<string, { code: string; time: boolean }>> = {
  second: { code: 'S', time: true }, minute: { code: 'M', time: true }, hour: { code: 'H', time: true },
  day: { code: 'D', time: false }, night: { code: 'D', time: false }, week: { code: 'W', time: false },
  weekend: { code: 'WE', time: false }, fortnight: { code: 'W', time: false }, month: { code: 'M', time: false },
  quarter: { code: 'Q', time: false }, year: { code: 'Y', time: false }, decade: { code: 'DE', time: false },
  century: { code: 'CE', time: false }, centurie: { code: 'CE', time: false },
};

export const UNIT_RE = '(?:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|fortnights?|months?|quarters?|years?|decades?|century|centuries)';

/** Time zones that may follow a clock time; kept in the span, not in the value. */
export const ZONE_RE = '(?:[ECMP][SD]T|GMT|UTC|BST|CET|CEST|EET|EEST|MSK|local time|Moscow time|Kyiv time|Kiev time)';

/** Words that, written before a year, make a bare four-digit number a year. */
export const YEAR_CUES = new Set([
  'in', 'since', 'by', 'until', 'till', 'through', 'from', 'to', 'of', 'during', 'before', 'after', 'early', 'late',
  'mid', 'around', 'about', 'circa', 'fiscal', 'year', 'for', 'between', 'and', 'spring', 'summer', 'autumn', 'fall',
  'winter', 'end', 'start', 'beginning', 'middle', 'than', 'or', 'last', 'next', 'this', 'throughout', 'within',
  'at', 'on', 'as', 'calendar', 'against', 'versus', 'vs', 'into', 'toward', 'towards', 'over', 'ended', 'ending',
  'while', 'when', 'then', 'back',
]);

/** Words that, written right after a capitalised weekday, make it part of a name ("Sunday Times"). */
export const WEEKDAY_NAME_HEADS = new Set([
  'Times', 'Telegraph', 'Express', 'Mirror', 'Herald', 'Post', 'Mail', 'Tribune', 'People', 'Sport', 'Star',
  'Independent', 'Observer', 'Business', 'Bloody', 'School', 'Service',
  'Mass', 'League', 'Club',
]);

/** Words that, written right before a weekday, make it a named day rather than a date ("Good Friday"). */
export const WEEKDAY_NAME_MODIFIERS = new Set(['Good', 'Black', 'Bloody', 'Super', 'Easter', 'Palm', 'Ash', 'Holy', 'Maundy', 'Cyber', 'Shrove']);
