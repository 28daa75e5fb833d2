/**
 * Events stage throughput on the example article with every other layer given (run from the repository root):
 *   node --import tsx src/stages/events/scripts/bench-events.ts
 */
import { readFileSync } from 'node:fs';
import type { LayerMap } from '../../../model/layers.js';
import { createDefaultPipeline } from '../../../pipeline/default.js';
import { extractEvents } from '../extract.js';

const text = readFileSync('examples/seed-ukraine-ceasefire-2025-03-16.txt', 'utf8');
const doc = createDefaultPipeline().run({ id: 'd', text, publishedAt: '2025-03-16', source: { kind: 'text' }, layers: {} });
const L = doc.layers as Partial<LayerMap>;
const input = { text, tokens: L.tokens ?? [], sentences: L.sentences ?? [], mentions: L.mentions, entities: L.entities, times: L.times, quotes: L.quotes };
for (let i = 0; i < 20; i++) extractEvents(input);
const rounds: number[] = [];
for (let r = 0; r < 5; r++) {
  const t0 = performance.now();
  for (let i = 0; i < 100; i++) extractEvents(input);
  rounds.push((performance.now() - t0) / 100);
}
const best = Math.min(...rounds);
console.log(`events stage: best ${best.toFixed(2)} ms/article, ${(text.length / best / 1000).toFixed(2)} M chars/s (${text.length} chars, 5 rounds of 100)`);
