import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Event } from '../model/layers.js';
import { textSpan } from '../model/span.js';
import { segment } from '../stages/segment/index.js';
import { checkQuantities } from './quantity.js';

const doc = (text: string, events?: Event[]) => ({ text, publishedAt: null, layers: { sentences: segment(text).sentences, ...(events ? { events } : {}) } });

describe('quantity-gap / quantity-excess from the text', () => {
  const invalid: Array<{ text: string; kind: string; evidence: string; actual: number }> = [
    { text: 'Russia launched 90 attack drones overnight. Of these, 47 drones were intercepted, while 33 failed mid-flight.', kind: 'quantity-gap', evidence: 'launched 90 attack drones', actual: 80 },
    { text: 'The army fired 20 missiles at the city. Of them, 15 missiles were shot down and 9 were lost.', kind: 'quantity-excess', evidence: 'fired 20 missiles', actual: 24 },
    { text: 'Russia launched 120 drones; 100 drones were intercepted and 10 were jammed.', kind: 'quantity-gap', evidence: 'launched 120 drones', actual: 110 },
  ];
  for (const c of invalid) {
    it(`${c.kind}: ${c.evidence}`, () => {
      const f = checkQuantities(doc(c.text));
      assert.equal(f.length, 1, JSON.stringify(f));
      assert.equal(f[0]!.kind, c.kind);
      assert.equal(c.text.slice(f[0]!.evidence[0]!.start, f[0]!.evidence[0]!.end), c.evidence);
      assert.equal(f[0]!.actual, c.actual);
    });
  }
  const valid: Array<{ text: string; why: string }> = [
    { text: 'Russia launched 90 drones. Of these, 60 drones were intercepted and 30 were lost.', why: 'adds up' },
    { text: 'Russia launched 90 drones. Of these, 60 drones were intercepted.', why: 'one part only: the rest is not claimed to be accounted' },
    { text: 'Russia launched 90 drones. Of these, 47 were intercepted, 33 were lost and the rest hit targets.', why: 'the rest is accounted in words' },
    { text: 'Russia launched 90 drones and 5 missiles. Of these, 50 drones were intercepted and 4 missiles were shot down.', why: 'different units' },
    { text: 'Russia launched 90 drones. Russian forces shot down 31 Ukrainian drones and 20 Ukrainian drones were jammed.', why: 'no anaphor: a new event' },
  ];
  for (const c of valid) it(`no finding: ${c.why}`, () => assert.deepEqual(checkQuantities(doc(c.text)).map((f) => f.message), []));
});

describe('quantity checks from the events layer', () => {
  const text = 'Russia sent a wave of drones. Air defence handled most; some fell in fields.';
  const ev = (q: Event['quantities']): Event => ({ id: 'v1', type: 'ASSAULT', actor: null, target: null, quantities: q, evidence: textSpan(text, 0, 29) });
  it('gap from roles', () => {
    const f = checkQuantities(doc(text, [ev([{ value: 50, unit: 'drone', role: 'launched' }, { value: 30, unit: 'drone', role: 'intercepted' }, { value: 5, unit: 'drones', role: 'lost' }])]));
    assert.equal(f[0]?.kind, 'quantity-gap');
    assert.equal(f[0]?.expected, 50);
    assert.equal(f[0]?.actual, 35);
  });
  it('excess from roles', () => {
    const f = checkQuantities(doc(text, [ev([{ value: 10, unit: 'missile', role: 'fired' }, { value: 8, unit: 'missile', role: 'intercepted' }, { value: 5, unit: 'missile', role: 'lost' }])]));
    assert.equal(f[0]?.kind, 'quantity-excess');
  });
  it('no whole, no finding', () => {
    assert.deepEqual(checkQuantities(doc(text, [ev([{ value: 8, unit: 'missile', role: 'intercepted' }, { value: 5, unit: 'missile', role: 'lost' }])])), []);
  });
  it('nothing without layers', () => assert.deepEqual(checkQuantities({ text: 'Plain words.', publishedAt: null, layers: {} }), []));
});
