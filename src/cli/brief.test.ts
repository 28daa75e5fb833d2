import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeText } from '../analyze.js';
import { renderBrief } from './brief.js';

const brief = (text: string) => renderBrief(analyzeText({ text, publishedAt: '2024-05-02', source: { kind: 'text', title: 'Test' } }), { color: false, width: 200 });

describe('brief: quotes by speaker', () => {
  it('gives the source and its cue in the order the text has them', () => {
    const out = brief('The bridge will reopen in June, the Transport Ministry said on Tuesday. Repairs will cost $4 million, according to the Transport Ministry.');
    assert.match(out, /— the Transport Ministry said/);
    assert.match(out, /— according to the Transport Ministry/);
    assert.doesNotMatch(out, /Transport Ministry according to/);
  });

  it('groups quotes under one speaker with counts of quoted and reported statements', () => {
    const out = brief('“We will not retreat,” Mayor Ilse Varga said. She said the council would meet on Friday.');
    assert.match(out, /Ilse Varga 1 quoted, 1 reported/);
    assert.match(out, /“We will not retreat” — Mayor Ilse Varga said/);
  });

  it('says so when a section has nothing', () => {
    assert.match(brief('The weather was mild and the shops were open.'), /no quotes found|no findings found/);
  });
});
