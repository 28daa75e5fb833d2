import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { Analysis } from '../../model/analysis.js';
import { contentHash, minhash } from '../../store/fingerprint.js';
import { openSqliteStore } from '../../store/sqlite.js';
import { fakeAnalysis } from '../../store/testing.js';

const main = fileURLToPath(new URL('../main.ts', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'dossier-cli-'));
const db = join(dir, 'c.db');
after(() => rmSync(dir, { recursive: true, force: true }));

function run(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', import.meta.resolve('tsx'), main, ...args], { encoding: 'utf8', cwd: dir });
  return { code: r.status, out: r.stdout, err: r.stderr, lines: r.stdout.split('\n').filter(Boolean) };
}

function article(id: string, text: string, source: string, killed: number): Analysis {
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s });
  return fakeAnalysis({
    id, text, publishedAt: '2025-03-16', source: { kind: 'jsonl', title: `${source} report`, siteName: source },
    entities: [
      { id: 'e1', name: 'Lavrov', type: 'PERSON', kbId: 'person:sergei-lavrov', aliases: [], mentions: [{ ...at('Lavrov'), entity: 'e1', kind: 'name', type: 'PERSON' }] },
      { id: 'e2', name: 'Kharkiv', type: 'GPE', aliases: [], mentions: [{ ...at('Kharkiv'), entity: 'e2', kind: 'name', type: 'GPE' }] },
    ],
    quotes: [{ id: 'q1', kind: 'direct', ...at('talks will go on'), speaker: { entity: 'e1', name: 'Lavrov' }, cue: 'said', cueSpan: null, channel: null }],
    times: [{ ...at('Saturday'), type: 'DATE', value: '2025-03-15' }],
    events: [{ id: 'v1', type: 'ASSAULT', actor: null, target: null, locations: [{ entity: 'e2', name: 'Kharkiv' }], date: '2025-03-15', quantities: [{ value: killed, unit: 'people', role: 'killed' }], evidence: at(`killed ${killed}`) }],
  });
}

describe('corpus commands', () => {
  before(() => {
    const store = openSqliteStore({ path: db });
    const arts: Analysis[] = [
      { ...article('a', 'A strike on Kharkiv killed 7 on Saturday. Lavrov said "talks will go on". He urged Kyiv to talk.', 'Wire A', 7),
        positions: [{ id: 'q2', kind: 'indirect', act: 'demand', start: 83, end: 95, text: 'Kyiv to talk', speaker: { entity: 'e1', name: 'Lavrov' }, cue: 'urged', cueSpan: null, channel: null }] },
      article('b', 'Shelling in Kharkiv killed 9 on Saturday, and Lavrov said "talks will go on" anyway.', 'Wire B', 9),
    ];
    store.putMany(arts.map((a) => ({ analysis: a, hash: contentHash(a.text), signature: minhash(a.text) })));
    store.close();
  });

  it('search --json', () => {
    const r = run('search', 'shelling', '--db', db, '--json');
    assert.equal(r.code, 0);
    assert.deepEqual(r.lines.map((l) => (JSON.parse(l) as { id: string }).id), ['b']);
  });

  it('quotes --speaker, a table on stdout', () => {
    const r = run('quotes', '--speaker', 'lavrov', '--db', db);
    assert.equal(r.code, 0);
    assert.match(r.out, /^date\s+speaker/);
    assert.equal(r.out.match(/talks will go on/g)?.length, 2);
  });

  it('quotes --act: only statements that do that; a position shows its act as its kind; an unknown act is a usage error', () => {
    const demand = run('quotes', '--speaker', 'lavrov', '--act', 'demand', '--db', db);
    assert.equal(demand.code, 0, demand.err);
    assert.match(demand.out, /demand\s+Kyiv to talk/);
    assert.doesNotMatch(demand.out, /talks will go on/);
    const bad = run('quotes', '--act', 'threat', '--db', db);
    assert.equal(bad.code, 2);
    assert.match(bad.err, /--act must be one of assertion, intention, demand, question, evaluation, naming/);
  });

  it('findings --cross --json', () => {
    const r = run('findings', '--cross', '--db', db, '--json');
    assert.equal(r.code, 0);
    const f = JSON.parse(r.lines[0]!) as { role: string; reports: Array<{ value: number }> };
    assert.equal(f.role, 'killed');
    assert.deepEqual(f.reports.map((x) => x.value), [7, 9]);
  });

  it('entities NAME --detail --json', () => {
    const r = run('entities', 'Lavrov', '--detail', '--db', db, '--json');
    const d = JSON.parse(r.lines[0]!) as { entity: { articles: number }; quotes: unknown[]; timeline: unknown[] };
    assert.deepEqual([d.entity.articles, d.quotes.length, d.timeline.length], [2, 3, 2], 'two quotes and a position');
  });

  it('export --format jsonl|plover', () => {
    assert.deepEqual(run('export', '--db', db).lines.map((l) => (JSON.parse(l) as Analysis).id), ['a', 'b']);
    assert.equal(run('export', '--format', 'plover', '--db', db).lines.length, 2);
  });

  const errors: Array<{ args: string[]; code: number; err: RegExp }> = [
    { args: ['search', 'x', '--db', 'missing.db'], code: 1, err: /no store here/ },
    { args: ['search', 'x', '--limit', '0', '--db', db], code: 2, err: /--limit/ },
  ];
  for (const e of errors) {
    it(`exit ${e.code}: ${e.args.join(' ')}`, () => {
      const r = run(...e.args);
      assert.equal(r.code, e.code);
      assert.match(r.err, e.err);
    });
  }

  it('ingest a text file on the main thread with --date, then again (stored once)', () => {
    writeFileSync(join(dir, 'one.txt'), 'KYIV — Officials said talks would resume in Geneva next week.');
    const first = run('ingest', 'one.txt', '--db', 'i.db', '--date', '2025-03-16', '--json');
    assert.equal(first.code, 0, first.err);
    assert.equal((JSON.parse(first.lines[0]!) as { stored: number }).stored, 1);
    const again = run('ingest', 'one.txt', 'nothing-here.txt', '--db', 'i.db', '--json');
    assert.equal(again.code, 1, 'a missing input makes the exit code 1');
    const s = JSON.parse(again.lines[0]!) as { stored: number; duplicates: number; failed: number };
    assert.deepEqual([s.stored, s.duplicates, s.failed], [0, 1, 1]);
    assert.match(again.err, /nothing-here\.txt/);
  });
});
