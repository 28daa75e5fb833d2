import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { feedDate, htmlFragmentToText, looksLikeFeed, parseFeedItems } from './feed.js';
import { parseArticleLine } from './jsonl.js';
import { expandGlob, expandSources, estimateItems, globToRegExp, type Fetcher, type SourceItem } from './sources.js';

const dir = mkdtempSync(join(tmpdir(), 'dossier-sources-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const LONG = Array.from({ length: 12 }, (_, i) => `Paragraph ${i + 1}: the delegations met again in the capital and agreed to continue talks next week.`).join('</p><p>');

function rss(items: string): string {
  return `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Test Wire</title>${items}</channel></rss>`;
}

async function collect(it: AsyncIterable<SourceItem>): Promise<SourceItem[]> {
  const out: SourceItem[] = [];
  for await (const x of it) out.push(x);
  return out;
}

describe('globToRegExp', () => {
  const cases: Array<[string, string, boolean]> = [
    ['*.jsonl', 'a.jsonl', true],
    ['*.jsonl', 'd/a.jsonl', false],
    ['corpus/**/*.txt', 'corpus/a.txt', true],
    ['corpus/**/*.txt', 'corpus/x/y/a.txt', true],
    ['corpus/**/*.txt', 'other/a.txt', false],
    ['a?.txt', 'ab.txt', true],
    ['a?.txt', 'abc.txt', false],
    ['[ab].txt', 'b.txt', true],
    ['[!ab].txt', 'b.txt', false],
    ['a.b', 'axb', false],
  ];
  for (const [glob, path, want] of cases) it(`${glob} ~ ${path}`, () => assert.equal(globToRegExp(glob).test(path), want));
});

describe('feed helpers', () => {
  const dates: Array<[unknown, string | null]> = [
    ['Sun, 16 Mar 2025 23:30:00 -0500', '2025-03-16'],
    ['2025-03-16T10:00:00Z', '2025-03-16'],
    ['16 March 2025', '2025-03-16'],
    ['not a date', null],
    [undefined, null],
  ];
  for (const [v, want] of dates) it(`feedDate ${String(v)}`, () => assert.equal(feedDate(v), want));

  it('reduces HTML fragments to paragraphs', () => {
    assert.equal(htmlFragmentToText('<p>One &amp; two.</p><script>x()</script><p>Three <b>four</b>.</p>'), 'One & two.\n\nThree four.');
    assert.equal(htmlFragmentToText('plain text'), 'plain text');
  });

  it('tells feeds from pages', () => {
    assert.ok(looksLikeFeed(rss('')));
    assert.ok(looksLikeFeed('<feed xmlns="http://www.w3.org/2005/Atom"></feed>'));
    assert.ok(!looksLikeFeed('<!doctype html><html></html>'));
    assert.ok(looksLikeFeed('{}', 'application/rss+xml'));
  });

  it('reads RSS and Atom items', () => {
    const r = parseFeedItems(rss(`<item><title>A</title><link>https://x.test/a</link><pubDate>Sun, 16 Mar 2025 10:00:00 GMT</pubDate><description>teaser</description></item>`), 'f');
    assert.deepEqual(r.items, [{ title: 'A', link: 'https://x.test/a', publishedAt: '2025-03-16', html: 'teaser' }]);
    const a = parseFeedItems(`<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><entry><title>B</title><link href="https://x.test/b"/><published>2025-03-17T01:00:00Z</published><content type="html">&lt;p&gt;Body&lt;/p&gt;</content></entry></feed>`, 'f');
    assert.deepEqual(a.items, [{ title: 'B', link: 'https://x.test/b', publishedAt: '2025-03-17', html: '<p>Body</p>' }]);
    assert.throws(() => parseFeedItems('<html></html>', 'f'), /not a feed/);
  });
});

describe('JSONL lines', () => {
  it('maps {id,title,text,date,source,url}', () => {
    const { input } = parseArticleLine(JSON.stringify({ id: 'x', title: 'T', text: 'Body.\r\nMore.', date: '2025-03-16T08:00:00Z', source: 'Wire', url: 'https://x.test' }), 'f.jsonl', 3);
    assert.equal(input.id, 'x');
    assert.equal(input.text, 'Body.\nMore.');
    assert.equal(input.publishedAt, '2025-03-16');
    assert.deepEqual(input.source, { kind: 'jsonl', path: 'f.jsonl', title: 'T', siteName: 'Wire', url: 'https://x.test', dateSource: 'input' });
  });
  it('joins sentences with a space, and a line without a stop (a headline) with a paragraph break', () => {
    const table: Array<[string[], string]> = [
      [['Russia claims thousands fleeing', 'Russia says 143,000 have left.', '"It is hard," she said.'], 'Russia claims thousands fleeing\n\nRussia says 143,000 have left. "It is hard," she said.'],
      [['“We will not leave.', 'This is our land,” he said.'], '“We will not leave. This is our land,” he said.'],
      [['  ', 'One.', ''], 'One.'],
    ];
    for (const [sentences, text] of table) {
      assert.equal(parseArticleLine(JSON.stringify({ id: 'x', sentences }), 'f.jsonl', 1).input.text, text);
    }
  });
  const bad: Array<[string, RegExp]> = [
    ['{"id":"a"', /not valid JSON/],
    ['[1]', /expected an object/],
    ['{"id":"a","text":"  "}', /empty/],
    ['{"id":"a","text":"x","date":"2025-02-30"}', /does not exist/],
  ];
  for (const [line, re] of bad) it(`rejects ${line}`, () => assert.throws(() => parseArticleLine(line, 'f.jsonl', 1), re));
});

describe('expandSources', () => {
  let server: Server;
  let base = '';
  const pages: Record<string, { type: string; body: string }> = {};
  before(async () => {
    server = createServer((req, res) => {
      const p = pages[req.url ?? ''];
      if (!p) { res.writeHead(404); res.end(); return; }
      res.writeHead(200, { 'content-type': p.type });
      res.end(p.body);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    pages['/feed.xml'] = {
      type: 'application/rss+xml',
      body: rss(`<item><title>Full</title><link>${base}/full</link><pubDate>Sun, 16 Mar 2025 10:00:00 GMT</pubDate><content:encoded><![CDATA[<p>${LONG}</p>]]></content:encoded></item>`
        + `<item><title>Teaser</title><link>${base}/story.txt</link><pubDate>Mon, 17 Mar 2025 10:00:00 GMT</pubDate><description>Short teaser.</description></item>`
        + `<item><title>Gone</title><link>${base}/missing</link><description>Short.</description></item>`),
    };
    pages['/story.txt'] = { type: 'text/plain', body: 'KYIV — The linked story, fetched in full because the feed only had a teaser.' };
  });
  after(() => new Promise<void>((r) => server.close(() => r())));

  // the test fetcher: plain fetch against the local server (the guarded fetchUrl refuses loopback by default)
  const fetcher: Fetcher = async (url) => {
    const res = await fetch(url);
    if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
    return { body: new Uint8Array(await res.arrayBuffer()), contentType: res.headers.get('content-type'), finalUrl: res.url };
  };

  it('expands a served feed: content when full, the link when a teaser, an error item when the link fails', async () => {
    const items = await collect(expandSources([`${base}/feed.xml`], { fetch: fetcher }));
    assert.equal(items.length, 3);
    const [full, teaser, gone] = items;
    assert.ok(full!.ok && teaser!.ok && !gone!.ok);
    if (!full!.ok || !teaser!.ok) return;
    assert.equal(full!.input.id, `${base}/full`);
    assert.match(full!.input.text, /^Paragraph 1: .*\n\nParagraph 2/);
    assert.equal(full!.input.publishedAt, '2025-03-16');
    assert.equal(full!.input.source?.siteName, 'Test Wire');
    assert.equal(teaser!.input.text, 'KYIV — The linked story, fetched in full because the feed only had a teaser.');
    assert.equal(teaser!.input.publishedAt, '2025-03-17');
    assert.equal(teaser!.input.source?.dateSource, 'feed');
    assert.equal(teaser!.input.source?.title, 'Teaser');
  });

  it('walks directories and globs; JSONL lines and feed files become articles; bad lines fail alone', async () => {
    const d = join(dir, 'walk');
    mkdirSync(join(d, 'sub'), { recursive: true });
    writeFileSync(join(d, 'a.txt'), 'First article text.');
    writeFileSync(join(d, 'sub', 'b.jsonl'), ['{"id":"j1","text":"One."}', 'oops', '', '{"id":"j2","text":"Two.","date":"2025-01-02"}'].join('\n'));
    writeFileSync(join(d, 'sub', 'c.rss'), rss(`<item><title>C</title><description>&lt;p&gt;Feed body.&lt;/p&gt;</description></item>`));
    writeFileSync(join(d, 'skip.png'), 'x');
    const items = await collect(expandSources([d]));
    assert.deepEqual(items.map((i) => (i.ok ? i.input.id : `error:${i.label}`)), [
      join(d, 'a.txt'), 'j1', `error:${join(d, 'sub', 'b.jsonl')}:2`, 'j2', `${join(d, 'sub', 'c.rss')}#1`,
    ]);
    assert.deepEqual(await expandGlob(`${d}/**/*.jsonl`), [join(d, 'sub', 'b.jsonl')]);
    assert.equal(await estimateItems([`${d}/*.txt`, `${d}/sub/*.jsonl`]), 1 + 4);
    const missing = await collect(expandSources([join(d, 'none.txt'), `${d}/*.nomatch`]));
    assert.deepEqual(missing.map((m) => m.ok), [false, false]);
  });
});
