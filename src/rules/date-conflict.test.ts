import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Event, TimeExpression } from '../model/layers.js';
import { textSpan } from '../model/span.js';
import { segment } from '../stages/segment/index.js';
import { checkDates } from './date-conflict.js';

const doc = (text: string, publishedAt: string | null, layers: { times?: TimeExpression[]; events?: Event[] } = {}) =>
  ({ text, publishedAt, layers: { sentences: segment(text).sentences, ...layers } });

describe('date-conflict', () => {
  const invalid: Array<{ text: string; date: string | null; evidence: string[] }> = [
    {
      text: 'An adviser rejected the plan in a televised interview on Sunday. “We will not stop,” he said. His comments were reportedly made on Thursday, during the visit.',
      date: '2025-03-16', evidence: ['televised interview on Sunday', 'His comments were reportedly made on Thursday'],
    },
    {
      text: 'The minister said on Monday that talks had failed. Her remarks were recorded on Friday.',
      date: null, evidence: ['said on Monday', 'Her remarks were recorded on Friday'],
    },
  ];
  for (const c of invalid) {
    it(`flags ${c.evidence.join(' / ')}`, () => {
      const f = checkDates(doc(c.text, c.date));
      assert.equal(f.length, 1, JSON.stringify(f));
      assert.deepEqual(f[0]!.evidence.map((e) => c.text.slice(e.start, e.end)), c.evidence);
    });
  }
  const valid: Array<{ text: string; why: string }> = [
    { text: 'He said in an interview on Sunday that talks failed. His comments were made on Sunday.', why: 'same day' },
    { text: 'His comments were made on Thursday.', why: 'nothing to contradict' },
    { text: 'She spoke on Monday. In another paragraph, the rest.\n\nHis comments were made on Friday.', why: 'other paragraph, no dated statement' },
  ];
  for (const c of valid) {
    it(`no finding: ${c.why}`, () => assert.deepEqual(checkDates(doc(c.text, '2025-03-16')).map((f) => f.message), []));
  }

  it('uses time values when the time layer has them', () => {
    const text = 'He said in an interview on Sunday that talks failed. His comments were made on Thursday.';
    const at = (w: string, value: string): TimeExpression => ({ ...textSpan(text, text.indexOf(w), text.indexOf(w) + w.length), type: 'DATE', value });
    const f = checkDates(doc(text, '2025-03-16', { times: [at('Sunday', '2025-03-09'), at('Thursday', '2025-03-13')] }));
    assert.match(f[0]!.message, /2025-03-09.*2025-03-13/);
  });

  it('flags a past event dated after publication, from the events layer', () => {
    const text = 'Russia launched 40 drones on March 20, 2025.';
    const w = 'March 20, 2025';
    const time: TimeExpression = { ...textSpan(text, text.indexOf(w), text.indexOf(w) + w.length), type: 'DATE', value: '2025-03-20', stated: ['year', 'month', 'day'] };
    const ev: Event = { id: 'v1', type: 'ASSAULT', actor: null, target: null, quantities: [], date: '2025-03-20', trigger: textSpan(text, 7, 15), evidence: textSpan(text, 0, text.length - 1) };
    const f = checkDates(doc(text, '2025-03-16', { events: [ev], times: [time] }));
    assert.equal(f.length, 1);
    assert.equal(f[0]!.expected, 'on or before 2025-03-16');
    assert.deepEqual(checkDates(doc(text, '2025-03-21', { events: [ev], times: [time] })), []);
    const guessed = { ...time, stated: ['month', 'day'], inferred: ['year'] };
    assert.deepEqual(checkDates(doc(text, '2025-03-16', { events: [ev], times: [guessed] })), [], 'a year inferred by the resolver is no evidence');
  });

  it('does nothing on an empty doc without layers', () => assert.deepEqual(checkDates({ text: '', publishedAt: null, layers: {} }), []));
});
