import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { analyzeText } from '../analyze.js';
import { InputError } from '../ingest/errors.js';
import { OPENAPI } from './openapi.js';
import type { CorpusReader } from './types.js';

export interface AppOptions {
  /** The corpus to read; null serves only analyse-on-POST. */
  corpus: CorpusReader | null;
  /** Folder with the built page (index.html, app.js, style.css, world.json); default dist/web. */
  staticDir?: string;
  /** Largest POST body in bytes (default 2 MB). */
  maxBodyBytes?: number;
}

/** Strict headers on every response: article text is untrusted, so no inline script or style, no framing. */
const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
};

const STATIC: Record<string, string> = {
  '/': 'index.html', '/index.html': 'index.html', '/app.js': 'app.js', '/style.css': 'style.css', '/world.json': 'world.json',
};
const TYPES: Record<string, string> = { html: 'text/html; charset=utf-8', js: 'text/javascript; charset=utf-8', css: 'text/css; charset=utf-8', json: 'application/json' };

/** The package root, found from this module whether it runs from src/ (tsx) or dist/src/. */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

class BadRequest extends Error {}

const intParam = (v: string | undefined, def: number, max: number): number => {
  if (v === undefined || v === '') return def;
  if (!/^\d{1,6}$/.test(v)) throw new BadRequest('limit must be a positive integer');
  return Math.min(max, Math.max(1, Number(v)));
};
const strParam = (v: string | undefined, name: string, max: number): string => {
  const s = (v ?? '').trim();
  if (s.length > max) throw new BadRequest(`${name} is longer than ${max} characters`);
  return s;
};

/**
 * The HTTP API and the web page, as a Hono app (test it in memory with `app.request()`).
 *
 * @example
 * const app = createApp({ corpus: memoryReader([analysis]) });
 * const res = await app.request('/api/stats');
 */
export function createApp(opts: AppOptions): Hono {
  const app = new Hono();
  const staticDir = opts.staticDir ?? join(packageRoot(), 'dist', 'web');
  const files = new Map<string, Buffer>();
  const corpus = () => {
    if (!opts.corpus) throw new BadRequest('no corpus is open (start the server with --db)');
    return opts.corpus;
  };

  app.use('*', async (c, next) => {
    await next();
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(k, v);
  });
  app.onError((err, c) => {
    if (err instanceof BadRequest || err instanceof InputError) return c.json({ error: err.message }, 400);
    console.error(`dossier serve: ${err.message}`);
    return c.json({ error: 'internal error' }, 500);
  });
  app.notFound((c) => c.json({ error: 'not found' }, 404));

  app.get('/api/openapi.json', (c) => c.json(OPENAPI));
  app.get('/api/stats', (c) => c.json(corpus().stats()));
  app.get('/api/search', (c) => {
    const q = strParam(c.req.query('q'), 'q', 500);
    if (!q) throw new BadRequest('q is required');
    return c.json({ hits: corpus().search(q, intParam(c.req.query('limit'), 50, 500)) });
  });
  app.get('/api/articles/:id', (c) => {
    const a = corpus().article(strParam(c.req.param('id'), 'id', 2000));
    return a ? c.json(a) : c.json({ error: 'no such article' }, 404);
  });
  app.get('/api/speakers', (c) => c.json({ speakers: corpus().speakers(intParam(c.req.query('limit'), 200, 2000)) }));
  app.get('/api/speakers/:key/quotes', (c) => {
    const r = corpus().speakerQuotes(strParam(c.req.param('key'), 'key', 500), intParam(c.req.query('limit'), 200, 2000));
    return r ? c.json(r) : c.json({ error: 'no such speaker' }, 404);
  });
  app.get('/api/timeline', (c) => c.json({ items: corpus().timeline(strParam(c.req.query('entity'), 'entity', 200) || null, intParam(c.req.query('limit'), 500, 5000)) }));
  app.get('/api/places', (c) => c.json({ places: corpus().places(intParam(c.req.query('limit'), 500, 5000)) }));
  app.get('/api/findings', (c) => c.json({ findings: corpus().findings(intParam(c.req.query('limit'), 500, 5000)) }));

  const maxBody = opts.maxBodyBytes ?? 2 * 1024 * 1024;
  app.post('/api/analyze', bodyLimit({ maxSize: maxBody, onError: (c) => c.json({ error: `body larger than ${maxBody} bytes` }, 413) }), async (c) => {
    if (!/^application\/json\b/i.test(c.req.header('content-type') ?? '')) throw new BadRequest('send application/json: {"text": "...", "date": "YYYY-MM-DD"}');
    let body: unknown;
    try { body = await c.req.json(); } catch { throw new BadRequest('body is not valid JSON'); }
    if (!body || typeof body !== 'object' || Array.isArray(body)) throw new BadRequest('body must be an object {text, date}');
    const { text, date, title } = body as Record<string, unknown>;
    if (typeof text !== 'string' || !text.trim()) throw new BadRequest('text must be a non-empty string');
    if (date !== undefined && date !== null && typeof date !== 'string') throw new BadRequest('date must be a string YYYY-MM-DD or null');
    if (title !== undefined && typeof title !== 'string') throw new BadRequest('title must be a string');
    return c.json(analyzeText({ id: 'pasted', text, publishedAt: (date as string | null | undefined) ?? null, source: { kind: 'paste', title: (title as string | undefined) ?? null } }));
  });

  app.get('*', (c) => {
    const name = STATIC[c.req.path];
    if (!name) return c.json({ error: 'not found' }, 404);
    let body = files.get(name);
    if (!body) {
      const p = join(staticDir, name);
      if (!existsSync(p)) return c.text('The web page is not built: run `npm run build`.', 503);
      body = readFileSync(p);
      files.set(name, body);
    }
    return c.body(new Uint8Array(body), 200, { 'content-type': TYPES[name.split('.').pop()!] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
  });
  return app;
}
