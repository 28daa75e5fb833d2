/**
 * `npm run check:corpus`: runs the default pipeline over the real articles in ../shared/corpus/real/*.jsonl,
 * in process, and reports what breaks: exceptions (article id, stage, message), violations of the JSON contract
 * (src/pipeline/invariants.ts) grouped by rule with example ids, the slowest articles with time per stage,
 * and overall throughput. Exits 1 when any article threw or broke an invariant.
 *
 *   npm run check:corpus                          # every article of every file
 *   npm run check:corpus -- --limit 200           # the first 200 articles
 *   npm run check:corpus -- --json out.json       # also write the full result as JSON
 *   npm run check:corpus -- FILE.jsonl …          # other files with lines {id, text, date?}
 *
 * Each stage is wrapped in a timer and the wrapped list goes through createPipeline (so the runner's order
 * checks and layer merging are the real ones); the stage that was running when an exception escaped is the
 * one reported. Time is wall clock: on a loaded machine read it as an upper bound. The first article also pays
 * for lazy loading (lexicons, the NER model); that time is reported apart from the per-article figures.
 * Skips with a note (exit 0) when ../shared is absent.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeDoc } from '../src/analyze.js';
import { toAnalysis } from '../src/pipeline/analysis.js';
import { DEFAULT_STAGES } from '../src/pipeline/default.js';
import { findViolations } from '../src/pipeline/invariants.js';
import { createPipeline } from '../src/pipeline/runner.js';
import type { AnyStage } from '../src/pipeline/stage.js';

interface Article { id: string; text: string; date: string | null }
interface Crash { id: string; stage: string; message: string; chars: number }
interface Timing { id: string; chars: number; ms: number; stageMs: Record<string, number> }
interface RuleGroup { rule: string; count: number; articles: Set<string>; examples: Array<{ id: string; message: string }> }

const REAL_DIR = fileURLToPath(new URL('../../shared/corpus/real/', import.meta.url));

function parseArgs(argv: string[]) {
  const files: string[] = [];
  let limit = Infinity;
  let json: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--limit') limit = Number(argv[++i]);
    else if (a === '--json') json = argv[++i] ?? null;
    else files.push(a);
  }
  return { files, limit, json };
}

/** Reads JSON Lines of {id, text, date?}; an id is prefixed with its file so ids stay unique across files. */
function readArticles(files: string[], limit: number): Article[] {
  const out: Article[] = [];
  for (const f of files) {
    const name = basename(f, '.jsonl');
    readFileSync(f, 'utf8').split('\n').forEach((line, i) => {
      if (!line.trim() || out.length >= limit) return;
      const o = JSON.parse(line) as { id?: unknown; text?: unknown; date?: unknown };
      if (typeof o.text !== 'string') return;
      out.push({ id: `${name}:${String(o.id ?? i + 1)}`, text: o.text, date: typeof o.date === 'string' ? o.date : null });
    });
  }
  return out;
}

function main(): number {
  const args = parseArgs(process.argv.slice(2));
  let files = args.files;
  if (files.length === 0) {
    if (!existsSync(REAL_DIR)) {
      console.log(`check:corpus skipped: ${REAL_DIR} not found (the shared corpus sits beside the repo).`);
      return 0;
    }
    files = readdirSync(REAL_DIR).filter((f) => f.endsWith('.jsonl')).sort().map((f) => join(REAL_DIR, f));
  }
  const articles = readArticles(files, args.limit);

  // Time each stage by wrapping it; `current` names the stage an exception escaped from.
  const stageMs: Record<string, number> = {};
  let current = '(input)';
  const timed: AnyStage[] = DEFAULT_STAGES.map((s) => ({
    ...s,
    run(doc, ctx) {
      current = s.name;
      const t0 = performance.now();
      const out = s.run(doc, ctx);
      stageMs[s.name] = (stageMs[s.name] ?? 0) + performance.now() - t0;
      return out;
    },
  }));
  const pipeline = createPipeline({ stages: timed });

  // Warm-up on a small text so that lazy loading is not charged to the first article.
  const w0 = performance.now();
  pipeline.run(makeDoc({ id: 'warm-up', text: 'KYIV — Russia launched 90 drones on Saturday, officials said.', publishedAt: '2025-03-16' }));
  const warmMs = performance.now() - w0;

  const crashes: Crash[] = [];
  const rules = new Map<string, RuleGroup>();
  const timings: Timing[] = [];
  const totals: Record<string, number> = {};
  let chars = 0;
  let violating = 0;
  const t0 = performance.now();
  articles.forEach((art, n) => {
    if (process.stderr.isTTY && n % 25 === 0) process.stderr.write(`\r${n}/${articles.length} ${art.id.padEnd(40)}`);
    for (const k of Object.keys(stageMs)) delete stageMs[k];
    current = '(input)';
    chars += art.text.length;
    const a0 = performance.now();
    try {
      const doc = pipeline.run(makeDoc({ id: art.id, text: art.text, publishedAt: art.date }));
      current = '(toAnalysis)';
      const analysis = toAnalysis(doc, pipeline);
      current = '(invariants)';
      const vs = findViolations(analysis);
      if (vs.length) violating++;
      for (const v of vs) {
        let g = rules.get(v.rule);
        if (!g) rules.set(v.rule, (g = { rule: v.rule, count: 0, articles: new Set(), examples: [] }));
        g.count++;
        if (!g.articles.has(art.id) && g.examples.length < 3) g.examples.push({ id: art.id, message: v.message });
        g.articles.add(art.id);
      }
    } catch (err) {
      const e = err as Error;
      crashes.push({ id: art.id, stage: current, message: `${e.name}: ${e.message}`.slice(0, 300), chars: art.text.length });
    }
    const ms = performance.now() - a0;
    timings.push({ id: art.id, chars: art.text.length, ms, stageMs: { ...stageMs } });
    for (const [k, v] of Object.entries(stageMs)) totals[k] = (totals[k] ?? 0) + v;
  });
  const totalMs = performance.now() - t0;
  if (process.stderr.isTTY) process.stderr.write('\r'.padEnd(60) + '\r');

  const stageNames = DEFAULT_STAGES.map((s) => s.name);
  const r = (x: number) => Math.round(x);
  console.log(`files: ${files.map((f) => basename(f)).join(', ')}`);
  console.log(`articles: ${articles.length}   chars: ${chars}   time: ${(totalMs / 1000).toFixed(1)} s (warm-up/loading ${r(warmMs)} ms apart)`);
  console.log(`throughput: ${r(chars / (totalMs / 1000))} chars/s, ${(articles.length / (totalMs / 1000)).toFixed(1)} articles/s`);
  console.log(`per stage (total ms): ${stageNames.map((s) => `${s} ${r(totals[s] ?? 0)}`).join(', ')}`);
  console.log(`\nexceptions: ${crashes.length}`);
  for (const c of crashes) console.log(`  ${c.id} (${c.chars} chars) in ${c.stage}: ${c.message}`);
  console.log(`\ninvariant violations: ${[...rules.values()].reduce((n, g) => n + g.count, 0)} in ${violating} articles`);
  for (const g of [...rules.values()].sort((x, y) => y.count - x.count)) {
    console.log(`  ${g.rule}: ${g.count} in ${g.articles.size} articles`);
    for (const ex of g.examples) console.log(`    ${ex.id}: ${ex.message}`);
  }
  console.log('\nslowest articles (ms; per stage):');
  for (const t of [...timings].sort((x, y) => y.ms - x.ms).slice(0, 10)) {
    console.log(`  ${t.id.padEnd(36)} ${String(t.chars).padStart(7)} chars ${r(t.ms).toString().padStart(6)} ms  ${stageNames.map((s) => `${s} ${r(t.stageMs[s] ?? 0)}`).join(', ')}`);
  }

  if (args.json) {
    writeFileSync(args.json, JSON.stringify({
      files: files.map((f) => basename(f)), articles: articles.length, chars, totalMs, warmMs, stageTotalsMs: totals, crashes,
      violations: [...rules.values()].map((g) => ({ rule: g.rule, count: g.count, articles: [...g.articles], examples: g.examples })),
      timings,
    }, null, 1));
  }
  return crashes.length > 0 || rules.size > 0 ? 1 : 0;
}

process.exitCode = main();
