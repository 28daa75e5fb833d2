/**
 * Throughput of the entities stage alone, on one core: segmentation and name tagging run first and are
 * not timed; the gazetteer is built before timing (a once-per-process cost, reported apart).
 *
 *   node --import tsx scripts/bench-entities.ts [FILE.jsonl|FILE.txt] [LIMIT] [ROUNDS]
 *
 * Defaults to ../shared/corpus/real/bbc-2004-2005.jsonl (first 500 articles) when present, else the example
 * article. Each article is linked once a round, one article a call; ROUNDS defaults to 5.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gazetteer } from '../src/kb/places.js';
import { segment } from '../src/stages/segment/index.js';
import { findNames } from '../src/stages/ner/index.js';
import { link } from '../src/stages/entities/link.js';

const shared = new URL('../../shared/corpus/real/bbc-2004-2005.jsonl', import.meta.url).pathname;
const file = process.argv[2] ?? (existsSync(shared) ? shared : new URL('../examples/seed-ukraine-ceasefire-2025-03-16.txt', import.meta.url).pathname);
const limit = Number(process.argv[3] ?? 500);
const rounds = Number(process.argv[4] ?? 5);
const raw = readFileSync(file, 'utf8');
const texts = file.endsWith('.jsonl')
  ? raw.split('\n').filter((l) => l.trim()).slice(0, limit).map((l) => {
    const o = JSON.parse(l) as { text?: string; sentences?: string[] };
    return o.text ?? (o.sentences ?? []).join(' ');
  }).filter((t) => t.length > 0)
  : Array.from({ length: limit }, () => raw);
const t0 = performance.now();
gazetteer();
const build = performance.now() - t0;
const inputs = texts.map((text) => {
  const s = segment(text);
  return { text, tokens: s.tokens, sentences: s.sentences, dateline: s.dateline, names: findNames({ text, tokens: s.tokens }) };
});
for (const input of inputs) link(input); // warm-up round: the JIT compiles the linker
// Each round is timed on its own and the best round is reported: on a shared machine the fastest round is
// the one least disturbed by other processes, which is what one free core does.
const chars = texts.reduce((n, t) => n + t.length, 0);
let entities = 0, best = Infinity, total = 0;
const c1 = process.cpuUsage();
for (let r = 0; r < rounds; r++) {
  const t = performance.now();
  for (const input of inputs) entities += link(input).entities.length;
  const secs = (performance.now() - t) / 1000;
  total += secs;
  best = Math.min(best, secs);
}
const cpu = process.cpuUsage(c1);
const cpuSecs = (cpu.user + cpu.system) / 1e6;
console.log(`gazetteer build ${build.toFixed(0)} ms; ${rounds} × ${inputs.length} articles of ${chars} chars, ${entities / rounds} entities a round: `
  + `best round ${best.toFixed(3)} s = ${(chars / best / 1e6).toFixed(2)} M chars/s; mean ${(chars * rounds / total / 1e6).toFixed(2)} M chars/s wall, `
  + `${(chars * rounds / cpuSecs / 1e6).toFixed(2)} M chars/s CPU`);
