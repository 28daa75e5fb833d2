import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { segment } from '../stages/segment/index.js';
import { checkFacts } from './fact-conflict.js';

const doc = (text: string, publishedAt: string | null) => ({ text, publishedAt, layers: { sentences: segment(text).sentences } });

describe('fact-conflict', () => {
  const invalid: Array<{ text: string; date: string; evidence: string; expected: RegExp }> = [
    { text: 'With the war now in its third year, both Kyiv and Moscow are maneuvering.', date: '2025-03-16', evidence: 'the war now in its third year', expected: /fourth year/ },
    { text: 'Russia’s war in Ukraine, the two-year-old conflict, goes on.', date: '2025-06-01', evidence: 'two-year-old conflict', expected: /3 years/ },
    { text: "Israel's war in Gaza, now in its third year, has killed thousands.", date: '2024-11-01', evidence: "Israel's war in Gaza, now in its third year", expected: /second year/ },
    { text: 'The war in Ukraine that began in 2015 has displaced millions.', date: '2016-01-01', evidence: 'war in Ukraine that began in 2015', expected: /began in 2014/ },
    { text: 'Kyiv marks the second anniversary of the invasion by Russia.', date: '2025-02-24', evidence: 'marks the second anniversary of the invasion', expected: /third anniversary/ },
  ];
  for (const c of invalid) {
    it(`flags “${c.evidence}” on ${c.date}`, () => {
      const f = checkFacts(doc(c.text, c.date));
      assert.equal(f.length, 1, JSON.stringify(f));
      const ev = f[0]!.evidence[0]!;
      assert.equal(c.text.slice(ev.start, ev.end), c.evidence);
      assert.match(String(f[0]!.expected), c.expected);
    });
  }
  const valid: Array<{ text: string; date: string | null; why: string }> = [
    { text: 'Russia’s war in Ukraine, now in its fourth year, continues.', date: '2025-03-16', why: 'counted from 2022' },
    { text: 'The war in Ukraine is in its 12th year.', date: '2025-03-16', why: 'counted from 2014' },
    { text: 'The three-year-old war between Russia and Ukraine.', date: '2025-03-16', why: 'three years old' },
    { text: 'The war in Ukraine, soon in its fourth year, goes on.', date: '2025-02-10', why: 'a writer may anticipate the anniversary by weeks' },
    { text: 'The war in Ukraine, now in its third year, goes on.', date: null, why: 'no publication date' },
    { text: 'The company is in its third year of growth.', date: '2025-03-16', why: 'no war' },
    { text: 'The civil war, now in its fifth year, goes on.', date: '2025-03-16', why: 'no known conflict named' },
    { text: 'Kyiv marks the third anniversary of the invasion by Russia.', date: '2025-02-24', why: 'right anniversary' },
  ];
  for (const c of valid) {
    it(`no finding: ${c.why}`, () => assert.deepEqual(checkFacts(doc(c.text, c.date)).map((f) => f.message), []));
  }
});
