import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { analyzeText } from '../analyze.js';

/**
 * The bundled example article through the whole default pipeline: each checker must keep finding what it finds
 * there whatever the earlier stages change. (A regression test on the repo's own example; no rule names its strings.)
 */
describe('findings on the bundled example, full pipeline', () => {
  const text = readFileSync(new URL('../../examples/seed-ukraine-ceasefire-2025-03-16.txt', import.meta.url), 'utf8');
  const a = analyzeText({ id: 'example', text, publishedAt: '2025-03-16' });
  const expect: Array<[string, string]> = [
    ['quantity-gap', 'launched 90 attack drones'],
    ['role-conflict', 'former U.S. President Donald Trump'],
    ['date-conflict', 'interview on Sunday'],
    ['fact-conflict', 'now in its third year'],
    ['contested-claim', 'There is no encirclement of our troops'],
  ];
  for (const [kind, phrase] of expect) {
    it(`${kind} with evidence over “${phrase}”`, () => {
      const at = text.indexOf(phrase);
      const hit = a.findings.find((f) => f.kind === kind && f.evidence.some((e) => e.start < at + phrase.length && at < e.end));
      assert.ok(hit, JSON.stringify(a.findings.map((f) => [f.kind, f.evidence.map((e) => e.text)])));
      for (const e of hit.evidence) assert.equal(text.slice(e.start, e.end), e.text);
    });
  }
  it('no other findings', () => assert.equal(a.findings.length, expect.length));
});
