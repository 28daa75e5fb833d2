import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { makeDoc } from '../analyze.js';
import { createPipeline } from '../pipeline/runner.js';
import { segmentStage } from '../stages/segment/index.js';
import { RULES } from './catalogue.js';
import { findingsStage, runCheckers } from './index.js';

describe('findings stage', () => {
  it('runs after segmentation alone, using what is there', () => {
    const p = createPipeline({ stages: [segmentStage, findingsStage] });
    const text = 'LONDON — With the war in Ukraine now in its second year, former U.S. President Donald Trump spoke.';
    const out = p.run(makeDoc({ text, publishedAt: '2025-03-16' }));
    const kinds = (out.layers.findings ?? []).map((f) => f.kind).sort();
    assert.deepEqual(kinds, ['fact-conflict', 'role-conflict']);
    for (const f of out.layers.findings ?? []) for (const e of f.evidence) assert.equal(text.slice(e.start, e.end), e.text);
  });
  it('findings carry catalogue ids and severities, in text order', () => {
    const text = 'Former President Vladimir Putin spoke. The war in Ukraine, now in its first year, goes on.';
    const f = runCheckers({ text, publishedAt: '2025-03-16', layers: {} });
    assert.deepEqual(f.map((x) => x.kind), ['role-conflict', 'fact-conflict']);
    for (const x of f) assert.equal(x.severity, RULES[x.kind as keyof typeof RULES].severity);
  });
  it('finds nothing in a plain text', () => {
    assert.deepEqual(runCheckers({ text: 'The council met on Tuesday to discuss the budget.', publishedAt: '2025-03-16', layers: {} }), []);
  });
});
