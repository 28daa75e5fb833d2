import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, it } from 'node:test';
import Database from 'better-sqlite3';
import { LSH_BANDS } from '../store/fingerprint.js';
import { openSqliteStore } from '../store/sqlite.js';

const main = fileURLToPath(new URL('../cli/main.ts', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'dossier-crash-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const PLACES = ['Kharkiv', 'Odesa', 'Kherson', 'Sumy', 'Dnipro', 'Lviv', 'Zaporizhzhia', 'Mykolaiv'];
const WORDS = ['officials', 'said', 'talks', 'resumed', 'overnight', 'drones', 'shelling', 'residents', 'power', 'cut', 'aid', 'convoy', 'arrived', 'bridge', 'repaired', 'mayor', 'reported', 'damage', 'schools', 'closed'];

/** A generated corpus: distinct articles (a seeded walk through a word list), one JSON line each. */
function corpus(n: number): string {
  let seed = 7;
  const rnd = (k: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % k);
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const place = PLACES[i % PLACES.length]!;
    const sentences = Array.from({ length: 6 }, () => `${Array.from({ length: 12 }, () => WORDS[rnd(WORDS.length)]).join(' ')} in ${place} (${rnd(1000)}).`);
    lines.push(JSON.stringify({ id: `gen-${i}`, title: `Report ${i} from ${place}`, text: `${place.toUpperCase()} — ${sentences.join(' ')}`, date: `2025-03-${String(1 + (i % 28)).padStart(2, '0')}` }));
  }
  return lines.join('\n') + '\n';
}

function ingest(file: string, db: string) {
  return spawn(process.execPath, ['--import', 'tsx', main, 'ingest', file, '--db', db, '--workers', '1', '--batch', '4', '--no-progress', '--json'], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, DOSSIER_DEBUG: '1' } });
}

function countArticles(db: string): number {
  try {
    const d = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return d.prepare('SELECT count(*) FROM articles').pluck().get() as number;
    } finally {
      d.close();
    }
  } catch {
    return 0; // not created or not migrated yet
  }
}

it('kill -9 mid-ingest loses nothing committed, and the next run completes the set', { timeout: 300_000 }, async () => {
  const N = 160;
  const file = join(dir, 'corpus.jsonl');
  const db = join(dir, 'crash.db');
  writeFileSync(file, corpus(N));

  const child = ingest(file, db);
  // (what the ingest says on stderr goes into the failure message: an early exit is a bug to read, not a flake)
  let err = '';
  child.stderr.on('data', (b: Buffer) => (err += b.toString()));
  const exited = new Promise<NodeJS.Signals | number | null>((r) => child.on('exit', (code, signal) => r(signal ?? code)));
  let killedAt = 0;
  for (;;) {
    await new Promise((r) => setTimeout(r, 100));
    if (child.exitCode !== null) break;
    killedAt = countArticles(db);
    if (killedAt >= 8) {
      child.kill('SIGKILL');
      break;
    }
  }
  const how = await exited;
  assert.equal(how, 'SIGKILL', `the ingest was still running when killed (make the corpus larger if this machine is fast); its stderr: ${err.slice(-2000)}`);

  // the store opens, passes SQLite's checks, and its tables agree with one another
  const store = openSqliteStore({ path: db });
  const n = store.stats().articles;
  assert.ok(n >= killedAt && n < N, `${n} articles after the kill`);
  const q = (sql: string) => store.db.prepare(sql).pluck().get();
  assert.equal(q('PRAGMA integrity_check'), 'ok');
  store.db.exec(`INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')`);
  assert.equal(q('SELECT count(*) FROM lsh'), n * LSH_BANDS);
  assert.equal(q('SELECT count(*) FROM entity_links WHERE article NOT IN (SELECT rowid FROM articles)'), 0);
  assert.equal(q('SELECT count(*) FROM quotes WHERE article NOT IN (SELECT rowid FROM articles)'), 0);
  assert.equal(q('SELECT coalesce(sum(articles), 0) FROM entities'), q('SELECT count(*) FROM (SELECT DISTINCT article, entity FROM entity_links)'));
  store.close();

  // the re-run skips what is stored and stores the rest
  const rerun = ingest(file, db);
  rerun.stderr.resume();
  let out = '';
  rerun.stdout.on('data', (b: Buffer) => (out += b.toString()));
  const code = await new Promise<number | null>((r) => rerun.on('exit', (c) => r(c)));
  assert.equal(code, 0);
  const summary = JSON.parse(out) as { stored: number; duplicates: number; failed: number };
  assert.deepEqual([summary.stored, summary.duplicates, summary.failed], [N - n, n, 0]);
  assert.equal(countArticles(db), N);
});
