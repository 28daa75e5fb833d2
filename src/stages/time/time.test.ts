import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Doc } from '../../model/doc.js';
import type { Sentence, TimeExpression } from '../../model/layers.js';
import { createPipeline } from '../../pipeline/runner.js';
import { segment, segmentStage } from '../segment/index.js';
import { extractTimes, timeStage } from './index.js';
import { timeFor } from './link.js';
import { isoWeek } from './resolve.js';

interface Case {
  text: string;
  publishedAt: string | null;
  expect: { text: string; value: string; type?: string }[];
}

function run(text: string, publishedAt: string | null): TimeExpression[] {
  return extractTimes(text, { publishedAt, sentences: segment(text).sentences });
}

// 2025-03-16 is a Sunday (ISO week 2025-W11).
const CASES: Case[] = [
  { text: 'Zelenskyy warned on Saturday that Russia was stalling.', publishedAt: '2025-03-16', expect: [{ text: 'Saturday', value: '2025-03-15' }] },
  { text: 'Russia launched 90 drones on Saturday night.', publishedAt: '2025-03-16', expect: [{ text: 'Saturday night', value: '2025-03-15TNI', type: 'TIME' }] },
  { text: 'He spoke in an interview on Sunday.', publishedAt: '2025-03-16', expect: [{ text: 'Sunday', value: '2025-03-16' }] },
  { text: 'The envoys will meet on Tuesday.', publishedAt: '2025-03-16', expect: [{ text: 'Tuesday', value: '2025-03-18' }] },
  { text: 'Officials met last week in Jeddah.', publishedAt: '2025-03-16', expect: [{ text: 'last week', value: '2025-W10' }] },
  { text: 'Talks resume this week.', publishedAt: '2025-03-16', expect: [{ text: 'this week', value: '2025-W11' }] },
  { text: 'It followed an August 2024 offensive.', publishedAt: '2025-03-16', expect: [{ text: 'August 2024', value: '2024-08' }] },
  { text: 'They proposed a 30-day ceasefire.', publishedAt: '2025-03-16', expect: [{ text: '30-day', value: 'P30D', type: 'DURATION' }] },
  { text: 'The war has lasted three years and two weeks.', publishedAt: '2025-03-16', expect: [{ text: 'three years', value: 'P3Y' }, { text: 'two weeks', value: 'P2W' }] },
  { text: 'The deal was signed on March 15, 2025, in Riyadh.', publishedAt: '2025-03-16', expect: [{ text: 'March 15, 2025', value: '2025-03-15' }] },
  { text: 'The vote is set for April 2.', publishedAt: '2025-03-16', expect: [{ text: 'April 2', value: '2025-04-02' }] },
  // a date an election is set for is the nearest one, whatever the tense of the setting (before and after the vote)
  { text: 'The assembly dismissed the premier and called a snap vote for May 25.', publishedAt: '2014-02-22', expect: [{ text: 'May 25', value: '2014-05-25' }] },
  { text: 'The assembly had called a snap vote for May 25.', publishedAt: '2014-06-10', expect: [{ text: 'May 25', value: '2014-05-25' }] },
  // "are to hold" plans; "a hastily called vote" has no past verb in it
  { text: 'Two regions are to hold a hastily called vote Saturday.', publishedAt: '2025-03-13', expect: [{ text: 'Saturday', value: '2025-03-15' }] },
  { text: 'Prices fell in December.', publishedAt: '2025-03-16', expect: [{ text: 'December', value: '2024-12' }] },
  { text: 'He arrived yesterday and leaves tomorrow; today he rests.', publishedAt: '2025-03-16', expect: [
    { text: 'yesterday', value: '2025-03-15' }, { text: 'tomorrow', value: '2025-03-17' }, { text: 'today', value: '2025-03-16' }] },
  { text: 'Two days ago the convoy left.', publishedAt: '2025-03-16', expect: [{ text: 'Two days ago', value: '2025-03-14' }] },
  { text: 'Sales rose last month and will rise next year.', publishedAt: '2025-03-16', expect: [{ text: 'last month', value: '2025-02' }, { text: 'next year', value: '2026' }] },
  { text: 'The strike came at 10:30 a.m. Saturday.', publishedAt: '2025-03-16', expect: [{ text: '10:30 a.m. Saturday', value: '2025-03-15T10:30', type: 'TIME' }] },
  { text: 'Markets meet every Saturday.', publishedAt: '2025-03-16', expect: [{ text: 'every Saturday', value: 'XXXX-WXX-6', type: 'SET' }] },
  { text: 'Profit fell in the third quarter.', publishedAt: '2025-03-16', expect: [{ text: 'the third quarter', value: '2024-Q3' }] },
  { text: 'Profit rose in the first quarter of 2024.', publishedAt: '2025-03-16', expect: [{ text: 'the first quarter of 2024', value: '2024-Q1' }] },
  { text: 'It happened in the summer of 2023 and again this summer.', publishedAt: '2025-03-16', expect: [{ text: 'the summer of 2023', value: '2023-SU' }, { text: 'this summer', value: '2025-SU' }] },
  { text: 'Inflation ran high in the 1990s.', publishedAt: '2025-03-16', expect: [{ text: 'the 1990s', value: '199' }] },
  { text: 'The ruble collapsed in 1998.', publishedAt: '2025-03-16', expect: [{ text: '1998', value: '1998' }] },
  { text: 'With the war now in its third year, aid is scarce.', publishedAt: '2025-03-16', expect: [{ text: 'now', value: 'PRESENT_REF' }] },
  { text: 'Talks stalled recently.', publishedAt: '2025-03-16', expect: [{ text: 'recently', value: 'PAST_REF' }] },
  { text: 'Earnings were $3 million, compared with $2 million a year earlier, in the third quarter.', publishedAt: '1989-10-26', expect: [
    { text: 'a year earlier', value: '1988' }, { text: 'the third quarter', value: '1989-Q3' }] },
  { text: 'Third-quarter profit rose 5%. A year ago, profit was flat.', publishedAt: '1989-10-26', expect: [
    { text: 'Third-quarter', value: '1989-Q3' }, { text: 'A year ago', value: '1988-Q3' }] },
  { text: 'Last Friday the army withdrew.', publishedAt: '2025-03-16', expect: [{ text: 'Last Friday', value: '2025-03-14' }] },
  { text: 'Talks ran March 10-15 in Jeddah.', publishedAt: '2025-03-16', expect: [{ text: 'March 10', value: '2025-03-10' }, { text: 'March 10-15', value: '2025-03-15' }] },
  { text: 'Prices rose in 2010-2014.', publishedAt: '2025-03-16', expect: [{ text: '2010', value: '2010' }, { text: '2014', value: '2014' }] },
  { text: 'The curfew started at 10 p.m. on Friday.', publishedAt: '2025-03-16', expect: [{ text: '10 p.m. on Friday', value: '2025-03-14T22:00' }] },
  { text: 'The plan was agreed in the spring of 2024 and in fiscal 2023.', publishedAt: '2025-03-16', expect: [{ text: 'the spring of 2024', value: '2024-SP' }, { text: 'fiscal 2023', value: '2023' }] },
  { text: 'Fighting eased in early March.', publishedAt: '2025-03-16', expect: [{ text: 'early March', value: '2025-03' }] },
];

/** Phrases that must yield no time expression. */
const NEGATIVE: string[] = [
  'Prices may rise. May God help us.',
  'Troops march on the capital.',
  'The Sunday Times reported the claims.',
  'Some 2000 troops crossed the border.',
  'Resolution 1973 authorised the strikes.',
  'The price was $1990 per unit.',
  'She is 37 years old.',
  'Iraq imports three-quarters of its food.',
  'He writes for a daily newspaper.',
  'Its future earnings look weak.',
  'The current account deficit grew.',
  'The fall in prices was sharp.',
];

describe('time: values (table)', () => {
  for (const c of CASES) {
    it(c.text, () => {
      const got = run(c.text, c.publishedAt);
      assert.deepEqual(got.map((t) => ({ text: c.text.slice(t.start, t.end), value: t.value })), c.expect.map((e) => ({ text: e.text, value: e.value })));
      for (const [i, e] of c.expect.entries()) {
        assert.equal(got[i]!.text, c.text.slice(got[i]!.start, got[i]!.end));
        if (e.type) assert.equal(got[i]!.type, e.type);
      }
    });
  }
});

describe('time: negatives yield nothing', () => {
  for (const text of NEGATIVE) {
    it(text, () => assert.deepEqual(run(text, '2025-03-16').map((t) => t.text), []));
  }
});

describe('time: no publication date', () => {
  const text = 'On Saturday, a day after talks on March 15, 2025, officials said last week was hard; talks end in April.';
  const got = run(text, null);
  const by = (s: string): TimeExpression | undefined => got.find((t) => text.slice(t.start, t.end) === s);
  it('leaves relative expressions unresolved, with X placeholders where TIMEX3 has them', () => {
    assert.equal(by('Saturday')?.value, 'XXXX-WXX-6');
    assert.equal(by('last week')?.value, '');
    assert.equal(by('April')?.value, 'XXXX-04');
  });
  it('still resolves absolute dates', () => assert.equal(by('March 15, 2025')?.value, '2025-03-15'));
  it('anchors on a dated dateline when asked', () => {
    const t = 'KYIV, March 16, 2025 — Drones struck on Saturday.';
    const dl = segment(t).dateline;
    const r = extractTimes(t, { publishedAt: null, sentences: segment(t).sentences, dateline: dl ?? { start: 0, end: 22 } });
    assert.equal(r.find((x) => x.text === 'Saturday')?.value, '2025-03-15');
  });
  it('anchors on a date written with its weekday in the first paragraphs (a photo caption, a lead)', () => {
    const t = 'Firefighters at the depot in Varna, Tuesday, June 3, 2014.\n\nThe blaze began on Monday and the port will reopen Thursday. Last month a crane fell.';
    const r = extractTimes(t, { publishedAt: null, sentences: segment(t).sentences });
    const v = (s: string) => r.find((x) => x.text === s)?.value;
    assert.deepEqual([v('Monday'), v('Thursday'), v('Last month')], ['2014-06-02', '2014-06-05', '2014-05']);
    assert.match(r.find((x) => x.text === 'Monday')?.note ?? '', /date stated at the article's start/);
  });
  it('a date without its weekday anchors nothing: it may be history', () => {
    const t = 'On June 22, 1941, the invasion began. On Saturday, veterans laid wreaths.';
    const r = extractTimes(t, { publishedAt: null, sentences: segment(t).sentences });
    assert.equal(r.find((x) => x.text === 'Saturday')?.value, 'XXXX-WXX-6');
  });
});

describe('time: stated vs inferred', () => {
  it('says the year of "March 3" was inferred from the publication date', () => {
    const [t] = run('The talks began on March 3.', '2025-03-16');
    assert.deepEqual(t!.stated, ['month', 'day']);
    assert.deepEqual(t!.inferred, ['year']);
    assert.match(t!.note ?? '', /publication/);
  });
});

describe('time: ISO weeks', () => {
  for (const [d, w] of [['2025-03-16', '2025-W11'], ['2024-12-30', '2025-W01'], ['2021-01-03', '2020-W53']] as const) {
    it(`${d} → ${w}`, () => assert.equal(isoWeek({ y: +d.slice(0, 4), m: +d.slice(5, 7), d: +d.slice(8, 10) }), w));
  }
});

describe('time: stage and timeFor', () => {
  const text = 'Zelenskyy said on Saturday that talks would resume, and Putin replied on Monday. Nothing else. His comments were made on Thursday.';
  const pipeline = createPipeline({ stages: [segmentStage, timeStage] });
  const doc: Doc = pipeline.run({ id: 't', text, publishedAt: '2025-03-16', source: { kind: 'text' }, layers: {} });
  const at = (s: string, from = 0) => ({ start: text.indexOf(s, from), end: text.indexOf(s, from) + s.length });
  it('produces the times layer', () => assert.deepEqual(doc.layers.times!.map((t) => t.value), ['2025-03-15', '2025-03-10', '2025-03-13']));
  it('same clause first', () => {
    assert.equal(timeFor(doc, at('said'))?.value, '2025-03-15');
    assert.equal(timeFor(doc, at('replied'))?.value, '2025-03-10');
  });
  it('a follow-up sentence dates the one before', () => assert.equal(timeFor(doc, at('Nothing'))?.value, '2025-03-13'));
  it('null without a times layer', () => {
    const sentences: Sentence[] = [{ start: 0, end: 5, index: 0, paragraph: 0 }];
    assert.equal(timeFor({ text: 'Hello', layers: { sentences } }, { start: 0, end: 5 }), null);
  });
});
