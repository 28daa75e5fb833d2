import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { segment } from '../segment/index.js';
import { extractTimes } from './index.js';

// 2025-06-01 is a Sunday.
const PUB = '2025-06-01';

interface Case {
  text: string;
  publishedAt?: string;
  /** Every time of the text, in order: its span as text.slice(start, end), its value and type. */
  expect: [span: string, value: string, type?: string][];
}

function times(text: string, publishedAt = PUB) {
  return extractTimes(text, { publishedAt, sentences: segment(text).sentences });
}

const RANGES: Case[] = [
  // an end that borrows its month reaches over to it; an end that states its day and month keeps its own words
  { text: 'The talks are set for July 4-5 in Geneva.', expect: [['July 4', '2025-07-04'], ['July 4-5', '2025-07-05']] },
  { text: 'The talks are set for July 4–5 in Geneva.', expect: [['July 4', '2025-07-04'], ['July 4–5', '2025-07-05']] },
  { text: 'Leaders meet 4-5 July in Vilnius.', expect: [['4-5 July', '2025-07-04'], ['5 July', '2025-07-05']] },
  { text: 'Leaders meet 4 to 5 July in Vilnius.', expect: [['4 to 5 July', '2025-07-04'], ['5 July', '2025-07-05']] },
  { text: 'The envoys will meet between July 4 and 5.', expect: [['July 4', '2025-07-04'], ['July 4 and 5', '2025-07-05']] },
  { text: 'Voting ran from 4 to 7 March 2024.', expect: [['4 to 7 March 2024', '2024-03-04'], ['7 March 2024', '2024-03-07']] },
  { text: 'Talks ran March 30-April 2 in Jeddah.', expect: [['March 30', '2025-03-30'], ['April 2', '2025-04-02']] },
  { text: 'Talks ran 30 March – 2 April in Jeddah.', expect: [['30 March', '2025-03-30'], ['2 April', '2025-04-02']] },
  { text: 'The summit runs from the 4th to the 5th of July.', expect: [['4th to the 5th of July', '2025-07-04'], ['5th of July', '2025-07-05']] },
  { text: 'Talks from Sept. 4-6 will be held in Doha.', expect: [['Sept. 4', '2025-09-04'], ['Sept. 4-6', '2025-09-06']] },
  { text: 'Talks are set for Friday, July 4-5 in Geneva.', expect: [['Friday, July 4', '2025-07-04'], ['July 4-5', '2025-07-05']] },
  // a range that loses to a longer expression still gives the end that overlaps nothing
  { text: 'Nortel gave figures for the 2001-2002 period.', expect: [['2001', '2001'], ['2002 period', '2002']] },
  // a year written once holds for both ends, so both spans reach it
  { text: 'The July 4–5, 2024 talks failed.', expect: [['July 4–5, 2024', '2024-07-04'], ['July 4–5, 2024', '2024-07-05']] },
  // the second end follows the first across the turn of the year
  { text: 'Talks ran Dec. 30-Jan. 2.', publishedAt: '2025-01-10', expect: [['Dec. 30', '2024-12-30'], ['Jan. 2', '2025-01-02']] },
  // weekdays: the second end is the first such day after the first, whatever the tense
  { text: 'Talks ran Monday to Wednesday.', expect: [['Monday', '2025-05-26'], ['Wednesday', '2025-05-28']] },
  { text: 'Talks will run from Monday through Wednesday.', expect: [['Monday', '2025-06-02'], ['Wednesday', '2025-06-04']] },
  { text: 'Talks will run between Monday and Wednesday.', expect: [['Monday', '2025-06-02'], ['Wednesday', '2025-06-04']] },
  { text: 'Talks ran Friday to Monday.', publishedAt: '2025-06-03', expect: [['Friday', '2025-05-30'], ['Monday', '2025-06-02']] },
  { text: 'Fighting raged from Friday night to Sunday.', expect: [['Friday night', '2025-05-30TNI', 'TIME'], ['Sunday', '2025-06-01']] },
  { text: 'Shelling went on from last Monday to Wednesday.', expect: [['last Monday', '2025-05-26'], ['Wednesday', '2025-05-28']] },
  // years: a two-digit end borrows the century
  { text: 'Prices rose in 2014-2015.', expect: [['2014', '2014'], ['2015', '2015']] },
  { text: 'It was the 2014–15 season.', expect: [['2014', '2014'], ['2014–15', '2015']] },
];

/** Near misses: numbers joined by a dash or "to" that are no range of days. */
const NEAR_MISSES: Case[] = [
  { text: 'Arsenal won 3-1 on Saturday.', expect: [['Saturday', '2025-05-31']] },
  { text: 'It was a 4-5 vote in the council.', expect: [] },
  { text: 'She quit her 9-5 job.', expect: [] },
  { text: 'See pages 4-5 of the report.', expect: [] },
  { text: 'Article 4-5 of the treaty applies.', expect: [] },
  { text: 'Call 555-1234 or 020 7946-0958 for details.', expect: [] },
  { text: 'They launched 1-2 drones at the port.', expect: [] },
  { text: 'Rates rose from July 4 to 5 percent.', expect: [['July 4', '2025-07-04']] },
  { text: 'On May 3 and 4 others died.', expect: [['May 3', '2025-05-03']] },
  { text: 'The meeting ran from 3 to 4 p.m. on March 3.', expect: [['4 p.m. on March 3', '2025-03-03T16:00', 'TIME']] },
  // two dates joined by "and" are a list, each read on its own
  { text: 'He spoke on Friday and Thursday.', expect: [['Friday', '2025-05-30'], ['Thursday', '2025-05-29']] },
  { text: 'Scores of 2-1 and 3-2 were recorded.', expect: [] },
  { text: 'The strikes came on March 5-6 pm.', expect: [['March 5', '2025-03-05'], ['6 pm', '2025-06-01T18:00', 'TIME']] },
  { text: 'On Friday, July 4 and 5 soldiers died.', expect: [['Friday, July 4', '2025-07-04']] },
  { text: 'A 3-2 win on March 4 followed.', expect: [['March 4', '2025-03-04']] },
  { text: 'The Good Friday to Easter Monday truce held.', expect: [] },
];

function check(c: Case): void {
  const got = times(c.text, c.publishedAt);
  assert.deepEqual(got.map((t) => [c.text.slice(t.start, t.end), t.value]), c.expect.map(([s, v]) => [s, v]));
  c.expect.forEach(([, , type], i) => {
    assert.equal(got[i]!.text, c.text.slice(got[i]!.start, got[i]!.end));
    assert.equal(got[i]!.type, type ?? 'DATE');
  });
}

describe('time: ranges of days, each end a date of its own', () => {
  for (const c of RANGES) it(c.text, () => check(c));
  it('no end of a range reads as a lone number', () => {
    for (const c of RANGES) for (const t of times(c.text, c.publishedAt)) assert.doesNotMatch(t.text, /^\d{1,2}(?:st|nd|rd|th)?$/, c.text);
  });
  it('says where an end took its year from', () => {
    const [, second] = times('Talks ran Dec. 30-Jan. 2.', '2025-01-10');
    assert.deepEqual(second!.inferred, ['year']);
    assert.match(second!.note ?? '', /range's start 2024-12-30/);
  });
});

describe('time: near misses of ranges', () => {
  for (const c of NEAR_MISSES) it(c.text, () => check(c));
});
