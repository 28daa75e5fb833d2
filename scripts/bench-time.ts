/**
 * Throughput of the time stage alone: segmentation runs first and is not timed; each article is passed once a
 * round, one article a call, with a publication date. Reports CPU time (user) as well as wall time, since the
 * machine is shared and wall time swings with the load.
 *
 *   node --import tsx scripts/bench-time.ts [FILE.jsonl|FILE.txt] [LIMIT] [ROUNDS]
 *
 * Defaults to ../shared/corpus/real/bbc-2004-2005.jsonl (every article) when present, else the example article.
 */
import { existsSync, readFileSync } from 'node:fs';
import { segment } from '../src/stages/segment/index.js';
import { extractTimes } from '../src/stages/time/index.js';

const shared = new URL('../../shared/corpus/real/bbc-2004-2005.jsonl', import.meta.url).pathname;
const file = process.argv[2] ?? (existsSync(shared) ? shared : new URL('../examples/seed-ukraine-ceasefire-2025-03-16.txt', import.meta.url).pathname);
const limit = Number(process.argv[3] ?? 100000);
const rounds = Number(process.argv[4] ?? 4);
const raw = readFileSync(file, 'utf8');
const texts = file.endsWith('.jsonl')
  ? raw.split('\n').filter((l) => l.trim()).slice(0, limit).map((l) => (JSON.parse(l) as { text?: string }).text ?? '').filter((t) => t.length > 0)
  : Array.from({ length: Math.min(limit, 500) }, () => raw);
const inputs = texts.map((text) => ({ text, sentences: segment(text).sentences }));
const chars = texts.reduce((n, t) => n + t.length, 0);
let bestCpu = Infinity;
let bestWall = Infinity;
let found = 0;
for (let r = 0; r < rounds; r++) {
  found = 0;
  const c0 = process.cpuUsage().user;
  const w0 = performance.now();
  for (const i of inputs) found += extractTimes(i.text, { publishedAt: '2005-01-01', sentences: i.sentences }).length;
  bestWall = Math.min(bestWall, performance.now() - w0);
  bestCpu = Math.min(bestCpu, (process.cpuUsage().user - c0) / 1000);
}
const mb = chars / 1e6;
console.log(`${inputs.length} articles, ${mb.toFixed(2)} M chars, ${found} time expressions`);
console.log(`time stage: ${(mb / (bestCpu / 1000)).toFixed(1)} M chars/s CPU (${bestCpu.toFixed(0)} ms), ${(mb / (bestWall / 1000)).toFixed(1)} M chars/s wall (${bestWall.toFixed(0)} ms), best of ${rounds}`);
