/**
 * Throughput of the name tagger alone (tokens from the segmenter are computed first and not timed):
 *
 *   node --import tsx scripts/bench-ner.ts [FILE] [REPEAT]
 *
 * Defaults to the example article tagged 200 times, one article a call, on one core.
 */
import { readFileSync } from 'node:fs';
import { segment } from '../src/stages/segment/index.js';
import { defaultTagger } from '../src/stages/ner/index.js';

const file = process.argv[2] ?? new URL('../examples/seed-ukraine-ceasefire-2025-03-16.txt', import.meta.url).pathname;
const repeat = Number(process.argv[3] ?? 200);
const text = readFileSync(file, 'utf8');
const tokens = segment(text).tokens;
const t0 = performance.now();
const tagger = defaultTagger();
const load = performance.now() - t0;
tagger.names({ text, tokens }); // warm-up
const t1 = performance.now();
const c1 = process.cpuUsage();
let count = 0;
for (let i = 0; i < repeat; i++) count += tagger.names({ text, tokens }).length;
const secs = (performance.now() - t1) / 1000;
const cpu = process.cpuUsage(c1);
// CPU time as well as wall time: on a shared, loaded machine the wall clock also counts other people's work
const cpuSecs = (cpu.user + cpu.system) / 1e6;
const chars = text.length * repeat;
console.log(`model load ${load.toFixed(0)} ms; ${repeat} × ${text.length} chars, ${count / repeat} names each: ${secs.toFixed(2)} s wall, ${(chars / secs / 1e6).toFixed(2)} M chars/s; ${cpuSecs.toFixed(2)} s CPU, ${(chars / cpuSecs / 1e6).toFixed(2)} M chars/s`);
const t2 = performance.now();
for (let i = 0; i < repeat; i++) segment(text);
const segSecs = (performance.now() - t2) / 1000;
console.log(`(segmenter alone for comparison: ${(chars / segSecs / 1e6).toFixed(2)} M chars/s)`);
