import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { analyzeText } from '../analyze.js';
import { contentHash, minhash } from '../store/fingerprint.js';
import { openSqliteStore } from '../store/sqlite.js';
import { createApp } from './app.js';
import { storeReader } from './store-reader.js';

const dir = mkdtempSync(join(tmpdir(), 'dossier-web-'));
after(() => rmSync(dir, { recursive: true, force: true }));

describe('HTTP API over a SQLite store', () => {
  const text = readFileSync(new URL('../../examples/seed-ukraine-ceasefire-2025-03-16.txt', import.meta.url), 'utf8');
  const analysis = analyzeText({ id: 'seed', text, publishedAt: '2025-03-16', source: { kind: 'text', title: 'Ceasefire talks' } });
  const path = join(dir, 'web.db');
  const w = openSqliteStore({ path });
  w.putMany([{ analysis, hash: contentHash(text), signature: minhash(text) }]);
  w.close();
  const store = openSqliteStore({ path, readonly: true });
  after(() => store.close());
  const app = createApp({ corpus: storeReader(store) });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const get = async (p: string): Promise<any> => { const r = await app.request(p); assert.equal(r.status, 200, p); return r.json(); };

  it('counts, searches and returns the stored article', async () => {
    assert.equal((await get('/api/stats')).articles, 1);
    const { hits } = await get('/api/search?q=ceasefire');
    assert.equal(hits.length, 1);
    const a = await get(`/api/articles/${encodeURIComponent(hits[0].id)}`);
    assert.equal(a.text, text);
  });

  it('lists speakers and each speaker’s quotes from the stored quotes layer', async () => {
    const { speakers } = await get('/api/speakers');
    assert.equal(speakers.length > 0, analysis.quotes.some((q) => q.speaker), 'speakers appear exactly when quotes have speakers');
    for (const sp of speakers.slice(0, 3)) {
      const { quotes } = await get(`/api/speakers/${encodeURIComponent(sp.key)}/quotes`);
      assert.ok(quotes.length > 0, sp.name);
      for (const q of quotes) assert.equal(text.slice(q.quote.start, q.quote.end), q.quote.text);
    }
  });

  it('places carry coordinates, timeline items carry values', async () => {
    const { places } = await get('/api/places');
    for (const p of places) assert.ok(Number.isFinite(p.lat) && Number.isFinite(p.lon), p.name);
    const { items } = await get('/api/timeline');
    for (const t of items) assert.equal(text.slice(t.start, t.end), t.text);
  });
});
