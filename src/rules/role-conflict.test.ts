import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { segment } from '../stages/segment/index.js';
import { checkRoles } from './role-conflict.js';

const doc = (text: string, publishedAt: string | null) => ({ text, publishedAt, layers: { sentences: segment(text).sentences } });

describe('role-conflict', () => {
  const invalid: Array<{ text: string; date: string; evidence: string }> = [
    { text: 'Talks go on as former U.S. President Donald Trump raises pressure.', date: '2025-03-16', evidence: 'former U.S. President Donald Trump' },
    { text: 'Former Prime Minister Yulia Tymoshenko said the budget would pass.', date: '2008-06-01', evidence: 'Former Prime Minister Yulia Tymoshenko' },
    { text: 'The talks were hosted by President Vladimir Putin in Sochi.', date: '2010-05-01', evidence: 'President Vladimir Putin' },
    { text: 'Ex-Chancellor Angela Merkel met the press.', date: '2015-05-01', evidence: 'Ex-Chancellor Angela Merkel' },
    { text: 'Foreign Minister Dmytro Kuleba flew to Brussels.', date: '2025-01-10', evidence: 'Foreign Minister Dmytro Kuleba' },
    { text: 'He met Italian Foreign Minister Emma Bonino. Earlier Friday he flew in.', date: '2014-06-01', evidence: 'Italian Foreign Minister Emma Bonino' },
    { text: 'Former President George W. Bush spoke.', date: '2005-06-01', evidence: 'Former President George W. Bush' },
    { text: 'Aides to former Russian President Vladimir Putin’s office spoke.', date: '2025-01-10', evidence: 'former Russian President Vladimir Putin’s' },
    { text: 'Former President Bush spoke in Texas. George W. Bush was relaxed.', date: '2004-05-01', evidence: 'Former President Bush' },
  ];
  for (const c of invalid) {
    it(`flags “${c.evidence}” on ${c.date}`, () => {
      const f = checkRoles(doc(c.text, c.date));
      assert.equal(f.length, 1, JSON.stringify(f));
      assert.equal(f[0]!.kind, 'role-conflict');
      const ev = f[0]!.evidence[0]!;
      assert.equal(c.text.slice(ev.start, ev.end), c.evidence);
    });
  }
  const valid: Array<{ text: string; date: string | null; why: string }> = [
    { text: 'Former U.S. President Donald Trump held a rally.', date: '2022-06-01', why: 'out of office then' },
    { text: 'Ukrainian President Volodymyr Zelenskyy spoke.', date: '2025-03-16', why: 'in office' },
    { text: 'Former President Bill Clinton and President George W. Bush met.', date: '2004-05-01', why: 'both right' },
    { text: 'President Bush met Prime Minister Tony Blair.', date: '2004-05-01', why: 'surname ambiguous but in office anyway' },
    { text: 'Former President Bush spoke.', date: '2004-05-01', why: 'which Bush is unknown' },
    { text: 'In 2003, President Putin met Chancellor Schröder.', date: '2015-01-01', why: 'the sentence gives its own time' },
    { text: 'Then-President Viktor Yanukovych fled Kyiv.', date: '2015-02-22', why: 'then- places the title in time' },
    { text: 'President-elect Donald Trump named his cabinet.', date: '2024-11-20', why: 'elect' },
    { text: 'Chancellor Gordon Brown presented the budget.', date: '2005-03-16', why: 'not a KB chancellor: no judgement' },
    { text: 'He met Italian Foreign Minister Emma Bonino. Earlier Friday he flew in.', date: '2014-01-10', why: 'in office; the name stops at the sentence end' },
    { text: 'Former U.S. President Donald Trump spoke.', date: null, why: 'no publication date' },
    { text: 'Former Ukrainian Prime Minister Viktor Yushchenko, now president, spoke.', date: '2006-01-10', why: 'president now, former PM is right' },
  ];
  for (const c of valid) {
    it(`no finding: ${c.why}`, () => assert.deepEqual(checkRoles(doc(c.text, c.date)).map((f) => f.message), []));
  }
});

describe('role-conflict grouping', () => {
  it('one finding per person, every mention as evidence', () => {
    const text = 'President Viktor Yanukovych fled. Supporters of President Yanukovych protested.';
    const f = checkRoles(doc(text, '2015-06-01'));
    assert.equal(f.length, 1);
    assert.deepEqual(f[0]!.evidence.map((e) => text.slice(e.start, e.end)), ['President Viktor Yanukovych', 'President Yanukovych']);
  });
});

describe('role-conflict within the article', () => {
  const invalid = [
    { text: 'Former President Ana Morales spoke on Monday. Later, President Morales met the envoy.', evidence: ['Former President Ana Morales', 'President Morales'] },
  ];
  for (const c of invalid) {
    it(c.evidence.join(' / '), () => {
      for (const date of [null, '2025-03-16']) {
        const f = checkRoles(doc(c.text, date));
        assert.equal(f.length, 1, JSON.stringify(f));
        assert.deepEqual(f[0]!.evidence.map((e) => c.text.slice(e.start, e.end)), c.evidence);
      }
    });
  }
  const valid = [
    'Former President Ana Morales spoke. In 1999, President Morales signed the treaty.',
    'Former President Ana Morales spoke. Prime Minister Morales, her brother, listened.',
    'Former President Ana Morales spoke. President Diaz listened.',
  ];
  for (const text of valid) it(`no finding: ${text}`, () => assert.deepEqual(checkRoles(doc(text, null)), []));
  it('a mention the KB already flagged is not reported twice', () => {
    const text = 'Former U.S. President Donald Trump spoke. President Trump left.';
    const f = checkRoles(doc(text, '2025-03-16'));
    assert.equal(f.length, 1);
  });
});

describe('role-conflict: the writer’s words only', () => {
  it('skips a title inside a quote', () => {
    const text = '“President Obama warned us,” she said.';
    const base = doc(text, '2020-06-01');
    const q = { start: 1, end: 26, text: text.slice(1, 26), id: 'q1', kind: 'direct' as const, speaker: null, cue: null, cueSpan: null, channel: null };
    assert.equal(checkRoles(base).length, 1);
    assert.deepEqual(checkRoles({ ...base, layers: { ...base.layers, quotes: [q] } }), []);
  });
  it('skips a sentence whose time lies in the term', () => {
    const text = 'Last year President Obama signed the bill.';
    const base = doc(text, '2017-06-01');
    const time = { start: 0, end: 9, text: 'Last year', type: 'DATE' as const, value: '2016' };
    assert.equal(checkRoles(base).length, 1);
    assert.deepEqual(checkRoles({ ...base, layers: { ...base.layers, times: [time] } }), []);
  });
});
