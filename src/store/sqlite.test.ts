import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import type { Analysis } from '../model/analysis.js';
import type { Entity, Event, Mention } from '../model/layers.js';
import { contentHash, minhash } from './fingerprint.js';
import Database from 'better-sqlite3';
import { MIGRATIONS } from './schema.js';
import { openSqliteStore } from './sqlite.js';
import { fakeAnalysis } from './testing.js';

const dir = mkdtempSync(join(tmpdir(), 'dossier-store-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** The span of the n-th occurrence of a needle. */
function at(text: string, needle: string, n = 0) {
  let i = -1;
  for (let k = 0; k <= n; k++) i = text.indexOf(needle, i + 1);
  assert.ok(i >= 0, `${needle} not in text`);
  return { start: i, end: i + needle.length, text: needle };
}

function entity(text: string, id: string, name: string, type: Entity['type'], extra: Partial<Entity> = {}): Entity {
  const m: Mention = { ...at(text, name), entity: id, kind: 'name', type };
  return { id, name, type, aliases: [], mentions: [m], ...extra };
}

function attack(text: string, id: string, place: string, date: string, killed: number): Event {
  return {
    id, type: 'ASSAULT', actor: null, target: null, locations: [{ entity: 'e2', name: place }], date,
    quantities: [{ value: killed, unit: 'people', role: 'killed' }], evidence: at(text, `${killed} people`),
  };
}

const T1 = 'KHARKIV — A drone strike on Kharkiv killed 7 people on Saturday, officials said. Sergei Lavrov said "talks are possible" on March 15.';
const T2 = 'Russian shelling of Kharkiv killed 9 people on Saturday, the governor said. Lavrov said the ceasefire was "premature" on 16 March. He urged Kyiv to accept talks.';
const T3 = 'A trade deal was signed in Geneva on Monday. Markets rose sharply after the announcement by the ministers of both nations.';

function a1(): Analysis {
  const lavrov = entity(T1, 'e1', 'Sergei Lavrov', 'PERSON', { kbId: 'person:sergei-lavrov', role: 'Foreign Minister of Russia', aliases: ['Lavrov'] });
  return fakeAnalysis({
    id: 'one', text: T1, publishedAt: '2025-03-16', source: { kind: 'jsonl', title: 'Strike on Kharkiv', siteName: 'Wire A' },
    sentences: [{ start: 0, end: 80, index: 0, paragraph: 0 }, { start: 81, end: T1.length, index: 1, paragraph: 0 }],
    entities: [lavrov, entity(T1, 'e2', 'Kharkiv', 'GPE', { kbId: 'place:kharkiv' })],
    quotes: [{ id: 'q1', kind: 'direct', ...at(T1, 'talks are possible'), speaker: { entity: 'e1', name: 'Sergei Lavrov' }, cue: 'said', cueSpan: null, channel: null, date: '2025-03-15' }],
    times: [{ ...at(T1, 'March 15'), type: 'DATE', value: '2025-03-15' }, { ...at(T1, 'Saturday'), type: 'DATE', value: '2025-03-15' }],
    events: [attack(T1, 'v1', 'Kharkiv', '2025-03-15', 7)],
    findings: [{ kind: 'quantity-gap', severity: 'warning', message: 'numbers differ', evidence: [at(T1, '7 people')] }],
  });
}

function a2(): Analysis {
  // no kbId here: "Lavrov" must still join the knowledge-base entity through its alias
  return fakeAnalysis({
    id: 'two', text: T2, publishedAt: '2025-03-16', source: { kind: 'jsonl', title: 'Shelling in Kharkiv', siteName: 'Wire B' },
    entities: [entity(T2, 'e1', 'Lavrov', 'PERSON'), entity(T2, 'e2', 'Kharkiv', 'GPE', { kbId: 'place:kharkiv' })],
    quotes: [{ id: 'q1', kind: 'partial', ...at(T2, 'premature'), speaker: { entity: 'e1', name: 'Lavrov' }, cue: 'said', cueSpan: null, channel: null, date: '2025-03-16', act: 'assertion' }],
    positions: [{ id: 'q2', kind: 'indirect', act: 'demand', ...at(T2, 'Kyiv to accept talks'), speaker: { entity: 'e1', name: 'Lavrov' }, cue: 'urged', cueSpan: null, channel: null }],
    times: [{ ...at(T2, '16 March'), type: 'DATE', value: '2025-03-16' }],
    events: [attack(T2, 'v1', 'Kharkiv', '2025-03-15', 9)],
  });
}

const rec = (a: Analysis) => ({ analysis: a, hash: contentHash(a.text), signature: minhash(a.text) });

describe('SQLite store', () => {
  const path = join(dir, 'test.db');
  const store = openSqliteStore({ path });
  after(() => store.close());

  it('stores articles once by content hash, even re-formatted', () => {
    const r = store.putMany([rec(a1()), rec(a2()), rec(fakeAnalysis({ id: 'three', text: T3 }))]);
    assert.deepEqual(r.map((x) => x.status), ['stored', 'stored', 'stored']);
    const again = store.putMany([rec(fakeAnalysis({ id: 'one-again', text: `  ${T1.replace(/ /g, '  ')}\n` }))]);
    assert.equal(again[0]!.status, 'duplicate');
    assert.equal(store.stats().articles, 3);
    assert.ok(store.hasHash(contentHash(T2)));
  });

  it('gives a new id when an id is taken by another text', () => {
    const r = store.putMany([rec(fakeAnalysis({ id: 'three', text: 'Something else entirely, said nobody in particular today.' }))]);
    assert.match(r[0]!.id, /^three#[0-9a-f]{8}$/);
  });

  it('round-trips the analysis', () => {
    const a = a1();
    assert.deepEqual(store.article('one'), a);
    assert.equal(store.article('missing'), null);
  });

  it('merges entities by kbId and by alias', () => {
    const rows = store.entities({ name: 'Lavrov' });
    assert.equal(rows.length, 1);
    assert.equal(rows[0]!.key, 'kb:person:sergei-lavrov');
    assert.equal(rows[0]!.articles, 2);
    assert.equal(rows[0]!.quotes, 3, 'two quotes and a position');
    assert.equal(rows[0]!.role, 'Foreign Minister of Russia');
    assert.equal(store.entities({ type: 'gpe' })[0]!.articles, 2);
    assert.deepEqual(store.entities({ key: 'kb:person:sergei-lavrov' }).map((e) => e.name), ['Sergei Lavrov']);
  });

  it('a bare surname several knowledge-base people bear joins none of them by alias ("Kallas": Kaja or Siim)', () => {
    const path2 = join(dir, 'namesakes.db');
    const s2 = openSqliteStore({ path: path2 });
    try {
      const t1 = 'Kaja Kallas said the bloc would respond. Kallas spoke in Brussels.';
      const t2 = 'Kallas said the transport plan was sound, officials in Tallinn said on Monday.';
      const kaja = entity(t1, 'e1', 'Kaja Kallas', 'PERSON', { kbId: 'person:kaja-kallas', aliases: ['Kallas'] });
      s2.putMany([rec(fakeAnalysis({ id: 'k1', text: t1, entities: [kaja] })), rec(fakeAnalysis({ id: 'k2', text: t2, entities: [entity(t2, 'e1', 'Kallas', 'PERSON')] }))]);
      const rows = s2.entities({ name: 'Kallas' });
      assert.deepEqual(rows.map((r) => [r.name, r.articles]).sort(), [['Kaja Kallas', 1], ['Kallas', 1]]);
    } finally { s2.close(); }
  });

  const searches: Array<{ q: string; ids: string[] }> = [
    { q: 'kharkiv', ids: ['one', 'two'] },
    { q: 'Kharkiv shelling', ids: ['two'] },
    { q: 'trade deal', ids: ['three'] },
    { q: 'U.S.', ids: [] },
    { q: '"unbalanced', ids: [] },
    { q: 'kharkiv', ids: ['one', 'two'] },
  ];
  for (const t of searches) {
    it(`search ${JSON.stringify(t.q)}`, () => {
      assert.deepEqual(store.search(t.q).map((h) => h.id).sort(), t.ids);
    });
  }

  it('ranks title matches and marks snippets', () => {
    const hits = store.search('strike');
    assert.equal(hits[0]!.id, 'one');
    assert.match(hits[0]!.snippet, /\[strike\]/i);
  });

  const quoteCases: Array<{ q: Parameters<typeof store.quotes>[0]; texts: string[] }> = [
    { q: { speaker: 'Lavrov' }, texts: ['talks are possible', 'premature', 'Kyiv to accept talks'] },
    { q: { speaker: 'Lavrov', act: 'demand' }, texts: ['Kyiv to accept talks'] },
    // (a statement stored without an act, as before contract 1.2, is an assertion)
    { q: { speaker: 'Lavrov', act: 'assertion' }, texts: ['talks are possible', 'premature'] },
    { q: { speaker: 'sergei lavrov', since: '2025-03-16' }, texts: ['premature', 'Kyiv to accept talks'] },
    { q: { speaker: 'Lavrov', until: '2025-03-15' }, texts: ['talks are possible'] },
    { q: { text: 'premature' }, texts: ['premature'] },
    { q: { speaker: 'Nobody Known' }, texts: [] },
  ];
  for (const t of quoteCases) {
    it(`quotes ${JSON.stringify(t.q)}`, () => {
      const rows = store.quotes(t.q);
      assert.deepEqual(rows.map((r) => r.text), t.texts);
      for (const r of rows) assert.equal(store.article(r.articleId)!.text.slice(r.start, r.end), r.text);
    });
  }

  it('timeline by entity uses the sentence the time is in', () => {
    const all = store.timeline({});
    assert.deepEqual(all.map((t) => t.value), ['2025-03-15', '2025-03-15', '2025-03-16']);
    const lav = store.timeline({ entity: 'Lavrov' });
    // T1: "March 15" shares a sentence with Lavrov, "Saturday" does not; T2 has one sentence
    assert.deepEqual(lav.map((t) => t.text), ['March 15', '16 March']);
    assert.match(lav[0]!.context, /^Sergei Lavrov said/);
  });

  it('filters events by type, place and date', () => {
    assert.equal(store.events({ type: 'assault' }).length, 2);
    assert.equal(store.events({ place: 'kharkiv', since: '2025-03-15' }).length, 2);
    assert.equal(store.events({ place: 'Geneva' }).length, 0);
    assert.equal(store.events({ since: '2025-03-16' }).length, 0);
  });

  it('reports the same event with different numbers across articles', () => {
    const cross = store.crossFindings();
    assert.equal(cross.length, 1);
    assert.equal(cross[0]!.role, 'killed');
    assert.deepEqual(cross[0]!.reports.map((r) => [r.articleId, r.value, r.source]), [['one', 7, 'Wire A'], ['two', 9, 'Wire B']]);
    assert.equal(store.findings({}).length, 1);
    assert.equal(store.findings({ kind: 'none' }).length, 0);
  });

  it('groups near-duplicates (syndicated copies)', () => {
    const long = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ');
    const copy = `${long} extra`; // one more shingle: Jaccard 56/57
    const other = Array.from({ length: 60 }, (_, i) => `other${i}`).join(' ');
    const r = store.putMany([rec(fakeAnalysis({ id: 'orig', text: long })), rec(fakeAnalysis({ id: 'copy', text: copy })), rec(fakeAnalysis({ id: 'other', text: other }))]);
    assert.equal(r[0]!.dupGroup, null);
    assert.ok(r[1]!.dupGroup !== null);
    assert.equal(r[2]!.dupGroup, null);
    const g = store.search('word0').map((h) => h.dupGroup);
    assert.equal(new Set(g).size, 1);
    assert.ok(g[0] !== null);
  });

  it('reopens with the same schema version and data', () => {
    const again = openSqliteStore({ path, readonly: true });
    assert.equal(again.stats().articles, store.stats().articles);
    assert.equal(again.db.pragma('user_version', { simple: true }), MIGRATIONS.length);
    again.close();
  });

  it('exports every analysis in order', () => {
    assert.deepEqual([...store.analyses()].map((a) => a.id).slice(0, 3), ['one', 'two', 'three']);
  });
});

describe('SQLite store migrations', () => {
  it('a store of the first schema is read only after one writable open migrates it, and keeps its quotes', () => {
    const path = join(dir, 'old.db');
    const old = new Database(path);
    old.exec(MIGRATIONS[0]!);
    old.pragma('user_version = 1');
    old.close();
    assert.throws(() => openSqliteStore({ path, readonly: true }), /older than this dossier; open it once for writing/);
    const s = openSqliteStore({ path });
    try {
      assert.equal(s.db.pragma('user_version', { simple: true }), MIGRATIONS.length);
      s.putMany([rec(a2())]);
      assert.deepEqual(s.quotes({ speaker: 'Lavrov' }).map((r) => [r.text, r.act]), [['premature', 'assertion'], ['Kyiv to accept talks', 'demand']]);
    } finally { s.close(); }
  });
});
