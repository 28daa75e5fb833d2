/**
 * Corpus benchmark (`npm run bench:ingest`):
 *  1. ingest ../shared/corpus/real/*.jsonl (2,315 articles) into a fresh store with the worker pool:
 *     articles/s (wall), CPU seconds per article, peak RSS of the process (main + workers), bytes per article;
 *  2. grow that store to --target articles (default 100,000) by replicating its rows with new ids in SQL
 *     (INSERT … SELECT per table, FTS rows included: the same analyses stored again under new ids, without
 *     re-analysing them), then time full-text searches and speaker queries: p50/p95/max in ms.
 * Phases run in child processes so that each RSS figure is its own. Skips when ../shared is absent.
 *
 *   node --import tsx scripts/bench-ingest.ts [--target 100000] [--workers N] [--keep DIR]
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ingestItems } from '../src/corpus/ingest.js';
import { expandSources } from '../src/ingest/sources.js';
import { openSqliteStore } from '../src/store/sqlite.js';

const here = fileURLToPath(import.meta.url);
const REAL = fileURLToPath(new URL('../../shared/corpus/real/', import.meta.url));
const { values: args } = parseArgs({
  options: {
    phase: { type: 'string' }, db: { type: 'string' }, target: { type: 'string', default: '100000' },
    workers: { type: 'string', default: String(availableParallelism()) }, keep: { type: 'string' },
  },
});

const QUERIES = [
  'ceasefire', 'sanctions', 'election', 'minister said', 'oil prices', 'ukraine russia', 'football', 'economic growth',
  'film award', 'parliament vote', 'interest rates', 'mobile phone', 'prime minister', 'kiev protesters', 'crimea referendum',
  'gas supplies', 'champions league', 'stock market', 'tax cuts', 'nuclear', 'human rights', 'border troops', 'music',
  'broadband', 'european union', 'chelsea', 'inflation', 'putin', 'blair', 'terror*', 'court ruling', 'airline', 'oscar',
  'unemployment', 'strike', 'government spending', 'moscow talks', 'separatists', 'health service', 'china exports',
];
const SPEAKERS = ['Putin', 'Tony Blair', 'Gordon Brown', 'Obama', 'Yatsenyuk', 'Michael Howard', 'Lavrov', 'Kerry', 'Yanukovych', 'Charles Clarke'];

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
}

async function phaseIngest(db: string): Promise<void> {
  const store = openSqliteStore({ path: db });
  const files = ['bbc-2004-2005.jsonl', 'ukraine-crisis-2014.jsonl'].map((f) => join(REAL, f));
  const cpu0 = process.cpuUsage();
  const s = await ingestItems(expandSources(files), store, { workers: Number(args.workers) });
  const cpu = process.cpuUsage(cpu0);
  store.db.pragma('wal_checkpoint(TRUNCATE)');
  const st = store.stats();
  store.close();
  const out = {
    articles: s.stored, duplicates: s.duplicates, nearDuplicates: s.nearDuplicates, failed: s.failed, seconds: s.seconds,
    articlesPerSecond: s.stored / s.seconds, cpuSecondsPerArticle: (cpu.user + cpu.system) / 1e6 / Math.max(1, s.stored),
    peakRssMB: process.resourceUsage().maxRSS / 1024, storeBytes: st.bytes, bytesPerArticle: Math.round((st.bytes ?? 0) / Math.max(1, st.articles)),
    entities: st.entities, quotes: st.quotes, times: st.times, events: st.events, findings: st.findings, dupGroups: st.dupGroups,
  };
  process.stdout.write(JSON.stringify(out) + '\n');
}

/** Replicates every row of the base store with new ids until it holds `target` articles. */
function phaseReplicate(db: string, target: number): void {
  const store = openSqliteStore({ path: db });
  const d = store.db;
  const base = d.prepare('SELECT max(rowid) FROM articles').pluck().get() as number;
  const n0 = d.prepare('SELECT count(*) FROM articles').pluck().get() as number;
  const maxOf = (t: string) => (d.prepare(`SELECT coalesce(max(id), 0) FROM ${t}`).pluck().get() as number);
  const qMax = maxOf('quotes');
  const tMax = maxOf('times');
  const eMax = maxOf('events');
  const fMax = maxOf('findings');
  const t0 = performance.now();
  d.pragma('synchronous = OFF');
  for (let r = 1; n0 * r < target; r++) {
    const keep = Math.min(n0, target - n0 * r);
    const lim = `rowid IN (SELECT rowid FROM articles WHERE rowid <= ${base} ORDER BY rowid LIMIT ${keep})`;
    const off = r * base;
    d.transaction(() => {
      d.exec(`
        INSERT INTO articles (rowid, id, hash, title, published_at, source, url, kind, dup_group, chars, minhash, text, analysis, ingested_at)
          SELECT rowid + ${off}, id || '~${r}', hash || '~${r}', title, published_at, source, url, kind, CASE WHEN dup_group IS NULL THEN NULL ELSE dup_group + ${off} END, chars, minhash, text, analysis, ingested_at
          FROM articles WHERE ${lim};
        INSERT INTO articles_fts (rowid, title, text) SELECT rowid + ${off}, coalesce(title, ''), text FROM articles WHERE ${lim};
        INSERT INTO lsh (key, article) SELECT key, article + ${off} FROM lsh WHERE article IN (SELECT rowid FROM articles WHERE ${lim});
        INSERT INTO entity_links (article, local_id, entity, mentions) SELECT article + ${off}, local_id, entity, mentions FROM entity_links WHERE article IN (SELECT rowid FROM articles WHERE ${lim});
        INSERT INTO quotes SELECT id + ${r * qMax}, article + ${off}, local_id, kind, text, speaker, speaker_norm, entity, cue, channel, said_on, published_at, start, end FROM quotes WHERE article IN (SELECT rowid FROM articles WHERE ${lim}) AND id <= ${qMax};
        INSERT INTO quotes_fts (rowid, text, speaker) SELECT id, text, coalesce(speaker, '') FROM quotes WHERE id > ${r * qMax} AND id <= ${(r + 1) * qMax};
        INSERT INTO times SELECT id + ${r * tMax}, article + ${off}, type, value, text, start, end, sent_start, sent_end FROM times WHERE article IN (SELECT rowid FROM articles WHERE ${lim}) AND id <= ${tMax};
        INSERT INTO time_entities (entity, time) SELECT entity, time + ${r * tMax} FROM time_entities WHERE time <= ${tMax} AND time IN (SELECT id FROM times WHERE article IN (SELECT rowid FROM articles WHERE ${lim}));
        INSERT INTO events SELECT id + ${r * eMax}, article + ${off}, local_id, type, mode, actor, actor_entity, target, target_entity, place, place_entity, date, quantities, negated, evidence, start, end FROM events WHERE article IN (SELECT rowid FROM articles WHERE ${lim}) AND id <= ${eMax};
        INSERT INTO findings SELECT id + ${r * fMax}, article + ${off}, kind, severity, message, json FROM findings WHERE article IN (SELECT rowid FROM articles WHERE ${lim}) AND id <= ${fMax};
      `);
    })();
  }
  d.exec(`UPDATE entities SET articles = (SELECT count(DISTINCT article) FROM entity_links WHERE entity = entities.id)`);
  d.exec(`INSERT INTO articles_fts(articles_fts) VALUES ('optimize'); INSERT INTO quotes_fts(quotes_fts) VALUES ('optimize');`);
  d.pragma('wal_checkpoint(TRUNCATE)');
  const st = store.stats();
  store.close();
  process.stdout.write(JSON.stringify({ articles: st.articles, quotes: st.quotes, buildSeconds: (performance.now() - t0) / 1000, storeBytes: st.bytes, bytesPerArticle: Math.round((st.bytes ?? 0) / st.articles) }) + '\n');
}

function phaseSearch(db: string): void {
  const store = openSqliteStore({ path: db, readonly: true });
  // wall time, and CPU time of this (single-threaded) process: the second does not grow with other load on the machine
  const cpuMs: { search: number[]; quotes: number[] } = { search: [], quotes: [] };
  let kind: 'search' | 'quotes' = 'search';
  const time = (f: () => unknown) => {
    const c = process.cpuUsage();
    const t = performance.now();
    f();
    const wall = performance.now() - t;
    const cu = process.cpuUsage(c);
    cpuMs[kind].push((cu.user + cu.system) / 1000);
    return wall;
  };
  for (const q of QUERIES.slice(0, 5)) store.search(q, { limit: 20 }); // warm the page cache a little
  const search: number[] = [];
  for (let round = 0; round < 3; round++) for (const q of QUERIES) search.push(time(() => store.search(q, { limit: 20 })));
  const quotes: number[] = [];
  kind = 'quotes';
  for (let round = 0; round < 3; round++) for (const s of SPEAKERS) quotes.push(time(() => store.quotes({ speaker: s, limit: 50 })));
  const hits = QUERIES.map((q) => store.search(q, { limit: 20 }).length);
  store.close();
  const ms = (xs: number[]) => ({ p50: +pct(xs, 50).toFixed(2), p95: +pct(xs, 95).toFixed(2), max: +Math.max(...xs).toFixed(2), n: xs.length });
  process.stdout.write(JSON.stringify({ search: ms(search), searchCpu: ms(cpuMs.search), quotesBySpeaker: ms(quotes), quotesCpu: ms(cpuMs.quotes), load: loadavg()[0], queriesWithHits: hits.filter((h) => h > 0).length, queries: QUERIES.length, peakRssMB: process.resourceUsage().maxRSS / 1024 }) + '\n');
}

function child(phase: string, db: string): Record<string, unknown> {
  const r = spawnSync(process.execPath, [...process.execArgv, here, '--phase', phase, '--db', db, '--target', args.target!, '--workers', args.workers!], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(`phase ${phase} failed (${r.status})`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as Record<string, unknown>;
}

if (args.phase === 'ingest') await phaseIngest(args.db!);
else if (args.phase === 'replicate') phaseReplicate(args.db!, Number(args.target));
else if (args.phase === 'search') phaseSearch(args.db!);
else {
  if (!existsSync(REAL)) {
    console.log('bench:ingest skipped: ../shared/corpus/real is absent');
  } else {
    const dir = args.keep ?? mkdtempSync(join(tmpdir(), 'dossier-bench-'));
    try {
      const small = join(dir, 'real.db');
      const big = join(dir, 'big.db');
      for (const f of [small, `${small}-wal`, `${small}-shm`]) rmSync(f, { force: true });
      console.log(`ingest ${REAL}*.jsonl with ${args.workers} workers …`);
      const ing = child('ingest', small);
      console.log(JSON.stringify(ing));
      console.log(`replicate to ${args.target} articles …`);
      for (const f of [big, `${big}-wal`, `${big}-shm`]) rmSync(f, { force: true });
      copyFileSync(small, big);
      const rep = child('replicate', big);
      console.log(JSON.stringify(rep));
      const s1 = child('search', small);
      const s2 = child('search', big);
      console.log(JSON.stringify({ store: 'real', ...s1 }));
      console.log(JSON.stringify({ store: `${rep.articles} articles`, ...s2 }));
      console.log(`\n| corpus figure | value | target |\n|---|---|---|`);
      console.log(`| ingest ../shared/corpus/real (${ing.articles} articles, ${args.workers} workers) | ${(ing.articlesPerSecond as number).toFixed(1)} articles/s (${(ing.seconds as number).toFixed(0)} s; ${((ing.cpuSecondsPerArticle as number) * 1000).toFixed(0)} ms CPU/article) | ≥ 50 articles/s |`);
      console.log(`| peak RSS during that ingest (main thread + workers) | ${(ing.peakRssMB as number).toFixed(0)} MB | < 1 GB |`);
      console.log(`| store bytes per article (real corpus; ${rep.articles}-article store) | ${ing.bytesPerArticle} B; ${rep.bytesPerArticle} B | reported |`);
      type P = { p50: number; p95: number };
      const [sb, sc, qb, qc] = [s2.search, s2.searchCpu, s2.quotesBySpeaker, s2.quotesCpu] as P[];
      console.log(`| search p95 (p50) on ${rep.articles} articles, ${QUERIES.length} queries × 3, top 20: wall; CPU | ${sb!.p95} ms (${sb!.p50} ms); CPU ${sc!.p95} ms (${sc!.p50} ms); load ${(s2.load as number).toFixed(1)} | < 50 ms |`);
      console.log(`| quotes --speaker p95 (p50) on ${rep.articles} articles: wall; CPU | ${qb!.p95} ms (${qb!.p50} ms); CPU ${qc!.p95} ms (${qc!.p50} ms) | — |`);
    } finally {
      if (!args.keep) rmSync(dir, { recursive: true, force: true });
    }
  }
}
