/**
 * `npm run bench`: throughput (MB/s, articles/s) and peak RSS of the whole default pipeline, with
 * compromise and wink-nlp run on the same input in the same run as reference points, printed as ratios,
 * plus time per stage so that a slow stage shows.
 *
 *   npm run bench                      # table
 *   npm run bench -- --json            # one JSON object
 *   npm run bench -- --rounds 3 --copies 10 --real-kb 100   # defaults: 5 rounds, 20 copies, 200 KB
 *
 * Data: the bundled example article × --copies (separate docs), and ../shared/corpus/real/*.jsonl when
 * present (articles taken in turn from each file up to --real-kb KB of text; skipped with a note when absent).
 * Each engine × data set runs in its own child process, so that peak RSS (process.resourceUsage().maxRSS)
 * is that engine's alone. A child loads its engine, runs one warm-up round (the JIT and lazy tables), then
 * --rounds timed rounds over every article, one article a call; figures are medians over rounds.
 * Throughput is on the child's CPU time (user + system), which is stable on a busy shared machine; the
 * wall-clock figure is printed beside it. MB = 10^6 bytes of UTF-8 text.
 *
 * What the references do per article: compromise — nlp(text), sentences, people, places, organizations;
 * wink-nlp (+ wink-eng-lite-web-model) — readDoc, sentences, tokens with POS, entities. They are not
 * doing dossier's job (no attribution, times, events or findings): they are yardsticks of speed and memory.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

interface Article { id: string; text: string; date: string | null }
interface DataSet { name: string; note: string; articles: Article[] }

/** What one child reports. */
interface ChildResult {
  engine: string;
  docs: number;
  bytes: number;
  roundsWallS: number[];
  roundsCpuS: number[];
  /** Wall-clock ms per stage (dossier only), summed over the timed rounds. */
  stageMs?: Record<string, number>;
  peakRssKB: number;
  loadMs: number;
}

interface Row extends ChildResult {
  data: string;
  medianCpuS: number;
  medianWallS: number;
  mbPerSec: number;
  articlesPerSec: number;
  wallMbPerSec: number;
  peakRssMB: number;
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const EXAMPLE = join(ROOT, 'examples', 'seed-ukraine-ceasefire-2025-03-16.txt');
const REAL_DIR = join(ROOT, '..', 'shared', 'corpus', 'real');
const ENGINES = ['dossier', 'compromise', 'wink-nlp'] as const;

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isFinite(v) || v <= 0) throw new Error(`--${name} must be a positive number`);
  return v;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

// ─── child: one engine over one data set ────────────────────────────────────────────────────────────

type Runner = { run(a: Article): void; stageMs?: () => Record<string, number>; resetStages?: () => void };

async function loadEngine(engine: string): Promise<Runner> {
  if (engine === 'dossier') {
    const { createDefaultPipeline } = await import('../src/pipeline/default.js');
    const { makeDoc } = await import('../src/analyze.js');
    const { toAnalysis } = await import('../src/pipeline/analysis.js');
    const pipeline = createDefaultPipeline();
    const stageMs: Record<string, number> = {};
    const reset = () => { for (const s of [...pipeline.stages.map((x) => x.name), 'output']) stageMs[s] = 0; };
    reset();
    return {
      // The runner's loop, stage by stage, timing each: the same work as analyzeText(), split by stage.
      run(a) {
        let doc = makeDoc({ id: a.id, text: a.text, publishedAt: a.date });
        for (const stage of pipeline.stages) {
          const t = performance.now();
          const patch = stage.run(doc as never, { options: pipeline.options }) as Record<string, unknown>;
          doc = { ...doc, layers: { ...doc.layers, ...patch } };
          stageMs[stage.name]! += performance.now() - t;
        }
        const t = performance.now();
        JSON.stringify(toAnalysis(doc, pipeline));
        stageMs.output! += performance.now() - t;
      },
      stageMs: () => ({ ...stageMs }),
      resetStages: reset,
    };
  }
  if (engine === 'compromise') {
    const nlp = (await import('compromise')).default as unknown as (t: string) => { sentences(): { out(f: string): unknown }; people(): { out(f: string): unknown }; places(): { out(f: string): unknown }; organizations(): { out(f: string): unknown } };
    return {
      run(a) {
        const d = nlp(a.text);
        d.sentences().out('array'); d.people().out('array'); d.places().out('array'); d.organizations().out('array');
      },
    };
  }
  if (engine === 'wink-nlp') {
    const winkNLP = (await import('wink-nlp')).default as unknown as (model: unknown) => { readDoc(t: string): { sentences(): { out(): unknown }; tokens(): { out(f?: unknown): unknown }; entities(): { out(): unknown } }; its: { pos: unknown } };
    const model = (await import('wink-eng-lite-web-model')).default;
    const nlp = winkNLP(model);
    return {
      run(a) {
        const d = nlp.readDoc(a.text);
        d.sentences().out(); d.tokens().out(nlp.its.pos); d.entities().out();
      },
    };
  }
  throw new Error(`unknown engine ${engine}`);
}

async function child(engine: string, dataFile: string, rounds: number): Promise<void> {
  const articles = JSON.parse(readFileSync(dataFile, 'utf8')) as Article[];
  const t0 = performance.now();
  const runner = await loadEngine(engine);
  const loadMs = performance.now() - t0;
  for (const a of articles) runner.run(a); // warm-up round, not timed
  runner.resetStages?.();
  const roundsWallS: number[] = [];
  const roundsCpuS: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const c = process.cpuUsage();
    const t = performance.now();
    for (const a of articles) runner.run(a);
    roundsWallS.push((performance.now() - t) / 1000);
    const u = process.cpuUsage(c);
    roundsCpuS.push((u.user + u.system) / 1e6);
  }
  const out: ChildResult = {
    engine, docs: articles.length, bytes: articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0),
    roundsWallS, roundsCpuS, peakRssKB: process.resourceUsage().maxRSS, loadMs,
    ...(runner.stageMs ? { stageMs: runner.stageMs() } : {}),
  };
  process.stdout.write(JSON.stringify(out) + '\n');
}

// ─── parent ─────────────────────────────────────────────────────────────────────────────────────────

function dataSets(copies: number, realKb: number): { sets: DataSet[]; notes: string[] } {
  const notes: string[] = [];
  const seed = readFileSync(EXAMPLE, 'utf8');
  const sets: DataSet[] = [{
    name: `example ×${copies}`,
    note: `examples/seed-ukraine-ceasefire-2025-03-16.txt, ${copies} copies as separate docs`,
    articles: Array.from({ length: copies }, (_, i) => ({ id: `seed-${i}`, text: seed, date: '2025-03-16' })),
  }];
  const files = existsSync(REAL_DIR) ? readdirSync(REAL_DIR).filter((f) => f.endsWith('.jsonl')).sort() : [];
  if (!files.length) {
    notes.push('../shared/corpus/real/*.jsonl not found: real-corpus rows skipped');
    return { sets, notes };
  }
  const perFile = files.map((f) => readFileSync(join(REAL_DIR, f), 'utf8').split('\n').filter((l) => l.trim()).map((l, i): Article | null => {
    try {
      const o = JSON.parse(l) as { id?: unknown; text?: unknown; sentences?: unknown; date?: unknown };
      const text = typeof o.text === 'string' && o.text.trim() ? o.text : Array.isArray(o.sentences) ? o.sentences.join(' ') : '';
      return text.trim() ? { id: String(o.id ?? `${f}:${i + 1}`), text, date: typeof o.date === 'string' ? o.date.slice(0, 10) : null } : null;
    } catch { return null; }
  }).filter((a): a is Article => a !== null));
  // Articles in turn from each file, so that every source is represented within the byte budget.
  const articles: Article[] = [];
  let bytes = 0;
  for (let i = 0; bytes < realKb * 1000 && perFile.some((list) => i < list.length); i++) {
    for (const list of perFile) {
      const a = list[i];
      if (!a || bytes >= realKb * 1000) continue;
      articles.push(a);
      bytes += Buffer.byteLength(a.text);
    }
  }
  sets.push({ name: 'real corpus', note: `../shared/corpus/real/{${files.join(',')}}: first articles of each file in turn, ${(bytes / 1e6).toFixed(2)} MB`, articles });
  return { sets, notes };
}

function runChild(engine: string, dataFile: string, rounds: number): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', engine, dataFile, '--rounds', String(rounds)], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    p.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    p.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    p.on('error', reject);
    p.on('close', (code) => {
      const line = out.trim().split('\n').pop() ?? '';
      if (code !== 0 || !line.startsWith('{')) reject(new Error(`bench child ${engine} failed (exit ${code}): ${err.trim().split('\n').slice(-3).join(' | ')}`));
      else resolve(JSON.parse(line) as ChildResult);
    });
  });
}

function toRow(data: string, r: ChildResult): Row {
  const medianCpuS = median(r.roundsCpuS);
  const medianWallS = median(r.roundsWallS);
  return {
    data, ...r, medianCpuS, medianWallS,
    mbPerSec: r.bytes / 1e6 / medianCpuS,
    articlesPerSec: r.docs / medianCpuS,
    wallMbPerSec: r.bytes / 1e6 / medianWallS,
    peakRssMB: r.peakRssKB / 1024,
  };
}

const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));
const lpad = (s: string, n: number) => (s.length >= n ? s : ' '.repeat(n - s.length) + s);
const fmt = (x: number, d = 2) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(d));

function render(rows: Row[], sets: DataSet[], notes: string[], rounds: number, seconds: number): string {
  const lines: string[] = [];
  lines.push(`dossier bench: whole default pipeline vs compromise and wink-nlp, same input, median of ${rounds} rounds after a warm-up`);
  lines.push('throughput on CPU time of one process (wall clock in brackets); MB = 10^6 bytes of UTF-8; peak RSS per engine (own process)');
  lines.push('');
  for (const set of sets) {
    const own = rows.filter((r) => r.data === set.name);
    const d = own.find((r) => r.engine === 'dossier');
    lines.push(`${set.name}: ${set.articles.length} articles, ${(own[0]?.bytes ?? 0) / 1e6 > 0 ? ((own[0]!.bytes) / 1e6).toFixed(3) : '?'} MB (${set.note})`);
    lines.push(`  ${pad('engine', 12)}${lpad('MB/s', 8)}${lpad('(wall)', 9)}${lpad('art/s', 9)}${lpad('peak RSS', 11)}${lpad('load', 8)}   dossier vs it: speed, memory`);
    for (const r of own) {
      const ratio = d && r !== d ? `${fmt(d.mbPerSec / r.mbPerSec)}× speed, ${fmt(d.peakRssMB / r.peakRssMB)}× RSS` : '';
      lines.push(`  ${pad(r.engine, 12)}${lpad(fmt(r.mbPerSec, 3), 8)}${lpad(`(${fmt(r.wallMbPerSec, 3)})`, 9)}${lpad(fmt(r.articlesPerSec, 1), 9)}${lpad(`${r.peakRssMB.toFixed(0)} MB`, 11)}${lpad(`${(r.loadMs / 1000).toFixed(1)} s`, 8)}   ${ratio}`);
    }
    if (d?.stageMs) {
      const total = Object.values(d.stageMs).reduce((a, b) => a + b, 0);
      lines.push(`  dossier per stage (wall ms per article, share of pipeline time, over ${rounds} rounds):`);
      for (const [name, ms] of Object.entries(d.stageMs)) {
        lines.push(`    ${pad(name, 12)}${lpad((ms / rounds / d.docs).toFixed(2), 9)} ms ${lpad(((ms / total) * 100).toFixed(1), 6)} %`);
      }
    }
    lines.push('');
  }
  for (const n of notes) lines.push(`note: ${n}`);
  lines.push(`bench took ${seconds.toFixed(0)} s`);
  return lines.join('\n') + '\n';
}

async function parent(): Promise<void> {
  const rounds = arg('rounds', 5);
  const copies = arg('copies', 20);
  const realKb = arg('real-kb', 200);
  const json = process.argv.includes('--json');
  const t0 = performance.now();
  const { sets, notes } = dataSets(copies, realKb);
  const dir = await mkdtemp(join(tmpdir(), 'dossier-bench-'));
  const rows: Row[] = [];
  try {
    for (const set of sets) {
      const file = join(dir, `${set.name.replace(/\W+/g, '-')}.json`);
      await writeFile(file, JSON.stringify(set.articles));
      // One engine at a time: never two benchmarks competing for the same cores.
      for (const engine of ENGINES) {
        if (!json) process.stderr.write(`bench: ${engine} on ${set.name}…\n`);
        rows.push(toRow(set.name, await runChild(engine, file, rounds)));
      }
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  const seconds = (performance.now() - t0) / 1000;
  if (json) {
    const ratios = sets.map((s) => {
      const d = rows.find((r) => r.data === s.name && r.engine === 'dossier')!;
      return {
        data: s.name,
        vs: Object.fromEntries(rows.filter((r) => r.data === s.name && r.engine !== 'dossier').map((r) => [r.engine, { speed: d.mbPerSec / r.mbPerSec, rss: d.peakRssMB / r.peakRssMB }])),
      };
    });
    process.stdout.write(JSON.stringify({ rounds, node: process.version, data: sets.map((s) => ({ name: s.name, articles: s.articles.length, note: s.note })), results: rows, ratios, notes, seconds }, null, 2) + '\n');
  } else process.stdout.write(render(rows, sets, notes, rounds, seconds));
}

const ci = process.argv.indexOf('--child');
if (ci >= 0) await child(process.argv[ci + 1]!, process.argv[ci + 2]!, arg('rounds', 5));
else await parent();
