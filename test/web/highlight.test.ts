import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { segments, type Mark } from '../../src/web/client/highlight.js';

describe('highlight segments', () => {
  const text = 'Zelenskyy said: “Putin is planning an attack,” on Saturday.';
  const name: Mark = { start: 0, end: 9, cls: 'ent', key: 'e0' };
  const quote: Mark = { start: 17, end: 45, cls: 'q', key: 'q0' };
  const inner: Mark = { start: 17, end: 22, cls: 'ent', key: 'e1' };
  const time: Mark = { start: 50, end: 58, cls: 'time', key: 't0' };
  it('cuts at every boundary and keeps nested marks', () => {
    const segs = segments(0, text.length, [quote, name, inner, time]);
    const shown = segs.filter((s) => s.marks.length).map((s) => [text.slice(s.start, s.end), s.marks.map((m) => m.key).sort().join('+')]);
    assert.deepEqual(shown, [['Zelenskyy', 'e0'], ['Putin', 'e1+q0'], [' is planning an attack,', 'q0'], ['Saturday', 't0']]);
    assert.equal(segs.map((s) => text.slice(s.start, s.end)).join(''), text);
  });
  it('clips marks to the paragraph', () => {
    const segs = segments(10, 30, [quote]);
    assert.deepEqual(segs.map((s) => [s.start, s.end, s.marks.length]), [[10, 17, 0], [17, 30, 1]]);
  });
  it('ignores empty and outside marks', () => {
    assert.deepEqual(segments(0, 5, [{ start: 2, end: 2, cls: 'x', key: 'a' }, { start: 7, end: 9, cls: 'x', key: 'b' }]).map((s) => s.marks.length), [0]);
  });
});
