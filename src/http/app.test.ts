import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { analyzeText } from '../analyze.js';
import { createApp } from './app.js';
import { memoryReader } from './memory-reader.js';

const seed = readFileSync(new URL('../../examples/seed-ukraine-ceasefire-2025-03-16.txt', import.meta.url), 'utf8');
const hostile = readFileSync(new URL('../../test/fixtures/hostile-article.txt', import.meta.url), 'utf8');
const analyses = [
  analyzeText({ id: 'seed', text: seed, publishedAt: '2025-03-16', source: { kind: 'text', title: 'Ceasefire talks' } }),
  analyzeText({ id: 'hostile <x>', text: hostile, publishedAt: '2025-03-17' }),
];
const app = createApp({ corpus: memoryReader(analyses) });
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const json = (res: Response): Promise<any> => res.json();

describe('HTTP API', () => {
  it('every response carries a strict content security policy', async () => {
    const res = await app.request('/api/stats');
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-security-policy') ?? '', /script-src 'self'/);
    assert.doesNotMatch(res.headers.get('content-security-policy') ?? '', /unsafe-inline/);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    assert.equal((await json(res)).articles, 2);
  });

  it('searches article text', async () => {
    const res = await app.request('/api/search?q=ceasefire');
    const { hits } = await json(res);
    assert.deepEqual(hits.map((h: { id: string }) => h.id), ['seed']);
    assert.match(hits[0].snippet, /ceasefire/i);
  });

  it('returns a stored analysis by id, with escaping left to the client', async () => {
    const res = await app.request(`/api/articles/${encodeURIComponent('hostile <x>')}`);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'application/json');
    const a = await json(res);
    assert.equal(a.text, hostile);
  });

  const bad: Array<[string, string, number]> = [
    ['missing query', '/api/search', 400],
    ['overlong query', `/api/search?q=${'x'.repeat(600)}`, 400],
    ['bad limit', '/api/search?q=war&limit=-1', 400],
    ['unknown article', '/api/articles/nope', 404],
    ['unknown speaker', '/api/speakers/nope/quotes', 404],
    ['unknown path', '/etc/passwd', 404],
    ['path traversal', '/..%2f..%2fpackage.json', 404],
  ];
  for (const [name, path, status] of bad) {
    it(`rejects ${name}`, async () => {
      const res = await app.request(path);
      assert.equal(res.status, status);
      assert.equal(typeof (await json(res)).error, 'string');
    });
  }

  it('analyses a pasted article', async () => {
    const res = await app.request('/api/analyze', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'LONDON — Talks resumed. They failed.', date: '2025-03-16' }) });
    assert.equal(res.status, 200);
    const a = await json(res);
    assert.equal(a.publishedAt, '2025-03-16');
    assert.equal(a.sentences.length, 2);
  });

  const badPosts: Array<[string, RequestInit, number]> = [
    ['not JSON', { body: 'text=hi', headers: { 'content-type': 'application/x-www-form-urlencoded' } }, 400],
    ['broken JSON', { body: '{"text":', headers: { 'content-type': 'application/json' } }, 400],
    ['empty text', { body: JSON.stringify({ text: '  ' }), headers: { 'content-type': 'application/json' } }, 400],
    ['text not a string', { body: JSON.stringify({ text: 5 }), headers: { 'content-type': 'application/json' } }, 400],
    ['impossible date', { body: JSON.stringify({ text: 'Hi.', date: '2025-02-30' }), headers: { 'content-type': 'application/json' } }, 400],
    ['too large', { body: JSON.stringify({ text: 'x'.repeat(3 * 1024 * 1024) }), headers: { 'content-type': 'application/json' } }, 413],
  ];
  for (const [name, init, status] of badPosts) {
    it(`rejects a POST with ${name}`, async () => {
      const res = await app.request('/api/analyze', { method: 'POST', ...init });
      assert.equal(res.status, status);
    });
  }

  it('serves an OpenAPI description listing every route', async () => {
    const doc = await json(await app.request('/api/openapi.json'));
    for (const p of ['/api/search', '/api/articles/{id}', '/api/speakers', '/api/timeline', '/api/places', '/api/findings', '/api/analyze']) assert.ok(doc.paths[p], p);
  });

  it('without a corpus, corpus routes say so and analysis still works', async () => {
    const bare = createApp({ corpus: null });
    assert.equal((await bare.request('/api/stats')).status, 400);
    const res = await bare.request('/api/analyze', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'One. Two.' }) });
    assert.equal(res.status, 200);
  });
});
