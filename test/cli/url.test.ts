import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { runCli } from './run.js';

const PAGE = `<!DOCTYPE html><html><head><meta charset="windows-1252"><title>Truce talks end without a deal | Example</title>
<link rel="canonical" href="https://news.example.org/world/truce-talks">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Truce talks end without a deal","datePublished":"2025-03-16T18:00:00+02:00","author":{"name":"Jo Roe"}}</script>
</head><body><nav><a href="/">Home</a></nav><article>
<p>GENEVA \u0097 Negotiators ended a third day of talks on Saturday without agreement, officials said, as fighting continued along the front line.</p>
<p>The delegations are expected to return next week, according to two diplomats familiar with the plans.</p>
</article></body></html>`;

let server: Server;
let base = '';

before(async () => {
  server = createServer((req, res) => {
    if (req.url === '/story') { res.writeHead(200, { 'content-type': 'text/html' }); res.end(Buffer.from(PAGE, 'latin1')); return; }
    if (req.url === '/moved') { res.writeHead(301, { location: '/story' }); res.end(); return; }
    res.writeHead(404); res.end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(async () => {
  server.closeAllConnections();
  await new Promise<void>((r) => server.close(() => r()));
});

describe('dossier analyze URL', () => {
  it('reads a page through a redirect, in its declared charset, with its metadata', async () => {
    const r = await runCli(['analyze', `${base}/moved`, '--allow-private', '--json']);
    assert.equal(r.code, 0, r.stderr);
    const a = JSON.parse(r.stdout) as { id: string; publishedAt: string; text: string; source: Record<string, unknown>; htmlMap: { text: { start: number; end: number } }[] };
    assert.deepEqual(a.htmlMap.map((m) => a.text.slice(m.text.start, m.text.end).slice(0, 12)), ['GENEVA — Neg', 'The delegati']);
    assert.ok(a.text.startsWith('GENEVA — Negotiators ended'), a.text.slice(0, 40));
    assert.equal(a.text.split('\n').length, 2);
    assert.equal(a.publishedAt, '2025-03-16');
    assert.equal(a.id, 'https://news.example.org/world/truce-talks');
    assert.deepEqual(
      { kind: a.source.kind, url: a.source.url, title: a.source.title, byline: a.source.byline, dateSource: a.source.dateSource, encoding: a.source.encoding },
      { kind: 'url', url: `${base}/story`, title: 'Truce talks end without a deal', byline: 'Jo Roe', dateSource: 'json-ld', encoding: 'windows-1252' },
    );
  });

  it('HTTP 404 is one line and exit 1', async () => {
    const r = await runCli(['analyze', `${base}/nowhere`, '--allow-private']);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /^dossier: http:\/\/127\.0\.0\.1:\d+\/nowhere: the server answered HTTP 404 Not Found\n$/);
  });
});
