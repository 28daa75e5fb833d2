import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDocument } from './dom.js';
import { InputError } from './errors.js';
import { extractHtml, looksLikeHtml } from './html.js';
import { indexHtmlText } from './html-map.js';
import { parseDateValue, readPageMeta } from './html-meta.js';

const P1 = 'GENEVA &mdash; Negotiators met for a third day on Tuesday without agreement, officials said, as fighting continued along the front line and both sides traded accusations over the <a href="/x">failed</a> truce.';
const P2 = 'The delegations are expected to return next week. &ldquo;We are not there yet,&rdquo; one diplomat said, speaking on condition of anonymity.';
const P3 = 'Aid agencies warned that supplies were running low &amp; that winter would make deliveries harder still, with roads damaged by shelling.';

function page(head: string, body = `<article><h1>Talks stall in Geneva as strikes go on</h1><p>${P1}</p><p>${P2}</p><p>${P3}</p></article>`): string {
  return `<!DOCTYPE html><html><head><title>Talks stall in Geneva as strikes go on | Example News</title>${head}</head><body><nav><a href="/">Home</a></nav>${body}<footer>© 2025 Example</footer></body></html>`;
}

const extract = (html: string, url: string | null = 'https://example.org/world/a') => extractHtml(html, { url, label: 'a.html' });

describe('extractHtml text', () => {
  it('joins paragraphs with one newline, decodes entities, drops navigation and footer', () => {
    const p = extract(page(''));
    const paras = p.text.split('\n');
    assert.equal(paras.length, 3);
    assert.ok(paras[0]!.startsWith('GENEVA — Negotiators'));
    assert.ok(paras[0]!.endsWith('over the failed truce.'));
    assert.ok(paras[1]!.includes('“We are not there yet,”'));
    assert.ok(paras[2]!.includes('running low & that winter'));
    assert.ok(!p.text.includes('Home') && !p.text.includes('©'));
  });

  it('maps every paragraph back to HTML that holds its words', () => {
    const html = page('');
    const p = extract(html);
    assert.equal(p.map.length, 3);
    for (const m of p.map) {
      const para = p.text.slice(m.text.start, m.text.end);
      const slice = html.slice(m.html.start, m.html.end);
      for (const w of para.split(/\s+/).filter((w) => /^[A-Za-z]+$/.test(w))) assert.ok(slice.includes(w), `${w} in ${slice}`);
      assert.ok(!slice.includes('<p>'), 'the slice stays inside its paragraph');
    }
    assert.ok(html.slice(p.map[0]!.html.start, p.map[0]!.html.end).startsWith('GENEVA &mdash;'));
    assert.ok(html.slice(p.map[2]!.html.start, p.map[2]!.html.end).endsWith('shelling.'));
  });

  it('reads broken HTML with unclosed tags', () => {
    const html = `<html><body><div><p>${P1}<p>${P2}<p>${P3}<div><span>`;
    const p = extract(html);
    assert.equal(p.text.split('\n').length, 3);
    assert.ok(p.text.includes('running low & that winter'));
  });

  it('drops figures and their captions, keeps subheadings and list items as paragraphs', () => {
    const p = extract(page('', `<article><p>${P1}</p><figure><img src="a.jpg"><figcaption>Rescuers at the site on Sunday. Photo: Reuters</figcaption></figure><h2>What comes next</h2><p>${P2}</p><ul><li>${P3}</li></ul></article>`));
    assert.ok(!p.text.includes('Rescuers'));
    assert.deepEqual(p.text.split('\n').map((l) => l.slice(0, 12)), ['GENEVA — Neg', 'What comes n', 'The delegati', 'Aid agencies']);
  });

  it('reads a page in a script written without spaces', () => {
    const zh = '外交官星期二在日内瓦举行了第三天的会谈，但没有达成协议，官员们表示前线的战斗仍在继续。';
    const p = extract(`<html><body><article><p>${zh}</p><p>${zh}</p></article></body></html>`);
    assert.equal(p.text, `${zh}\n${zh}`);
  });

  it('treats <br> as a space and loose text in a div as a paragraph', () => {
    const p = extract(`<html><body><div>${P1}<br>${P2.replace('next week.', 'next<br>week.')}</div></body></html>`);
    assert.ok(p.text.includes('return next week.'));
    assert.ok(p.text.includes('truce. The delegations'));
  });

  const noArticle: [string, string][] = [
    ['an empty body', '<!DOCTYPE html><html><head><title>x</title></head><body></body></html>'],
    ['only scripts', '<html><head><script>var a = 1;</script></head><body><script>document.write("<p>hi</p>")</script><style>p{}</style></body></html>'],
    ['a login page', '<html><head><title>Sign in</title></head><body><form><h1>Sign in to your account</h1><p>Enter your email address and password to continue reading this and every other story on our site today.</p><label>Email <input type="email"></label><label>Password <input type="password"></label><button>Sign in</button><a href="/forgot">Forgot your password?</a></form></body></html>'],
    ['a menu of links', `<html><body><ul>${['World', 'Politics', 'Business', 'Sport', 'Culture', 'Travel', 'Science', 'Health', 'Video', 'Audio', 'Weather', 'Opinion', 'Newsletters', 'Podcasts', 'Games', 'Local', 'Climate', 'Tech', 'Money', 'Style', 'Food'].map((w) => `<li><a href="/${w}">${w}</a></li>`).join('')}</ul></body></html>`],
  ];
  for (const [name, html] of noArticle) {
    it(`rejects ${name} with no-article`, () => {
      assert.throws(() => extract(html), (e: unknown) => e instanceof InputError && e.code === 'no-article' && e.message.startsWith('a.html: no article'));
    });
  }
});

describe('extractHtml metadata', () => {
  const cases: { name: string; head: string; want: Partial<Record<'publishedAt' | 'dateSource' | 'title' | 'byline' | 'siteName' | 'canonicalUrl', string | null>> }[] = [
    { name: 'article:published_time, date as written', head: '<meta property="article:published_time" content="2025-03-16T23:30:00-05:00">', want: { publishedAt: '2025-03-16', dateSource: 'meta' } },
    { name: 'JSON-LD NewsArticle beats meta', head: '<meta property="article:published_time" content="2025-03-16"><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-03-15T08:00:00Z","headline":"Talks stall as strikes go on","author":{"@type":"Person","name":"Jane Roe"}}</script>', want: { publishedAt: '2025-03-15', dateSource: 'json-ld', title: 'Talks stall as strikes go on', byline: 'Jane Roe' } },
    { name: 'JSON-LD @graph with several authors', head: '<script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"Ex"},{"@type":["NewsArticle"],"datePublished":"2024-08-06","author":[{"name":"A. One"},{"name":"B. Two"}],"publisher":{"@type":"Organization","name":"Example Times"}}]}</script>', want: { publishedAt: '2024-08-06', byline: 'A. One, B. Two', siteName: 'Example Times' } },
    { name: 'JSON-LD array at top level', head: '<script type="application/ld+json">[{"@type":"BreadcrumbList"},{"@type":"ReportageNewsArticle","datePublished":"2023-01-02T00:00:00+01:00"}]</script>', want: { publishedAt: '2023-01-02', dateSource: 'json-ld' } },
    { name: 'broken JSON-LD falls back to meta', head: '<script type="application/ld+json">{"@type": "NewsArticle", </script><meta name="parsely-pub-date" content="2022-02-24T05:00:00Z">', want: { publishedAt: '2022-02-24', dateSource: 'meta' } },
    { name: 'itemprop datePublished', head: '<meta itemprop="datePublished" content="2021-11-09">', want: { publishedAt: '2021-11-09' } },
    { name: 'sailthru.date', head: '<meta name="sailthru.date" content="2020-05-01 10:00:00">', want: { publishedAt: '2020-05-01' } },
    { name: 'DC.date.issued', head: '<meta name="DC.date.issued" content="2019/07/04">', want: { publishedAt: '2019-07-04' } },
    { name: 'parsely-page JSON', head: '<meta name="parsely-page" content=\'{"title":"x","pub_date":"2018-03-04T12:00:00Z"}\'>', want: { publishedAt: '2018-03-04' } },
    { name: 'og tags and canonical link', head: '<meta property="og:title" content="OG title"><meta property="og:site_name" content="Example News"><meta name="author" content="Kim Doe"><link rel="canonical" href="/world/talks">', want: { title: 'OG title', siteName: 'Example News', byline: 'Kim Doe', canonicalUrl: 'https://example.org/world/talks', publishedAt: null, dateSource: null } },
    { name: 'JSON-LD in a CDATA section, schema.org type as a URL', head: '<script type="application/ld+json">//<![CDATA[\n{"@type":"http://schema.org/NewsArticle","datePublished":"2016-06-01"}\n//]]></script>', want: { publishedAt: '2016-06-01', dateSource: 'json-ld' } },
    { name: 'meta beats JSON-LD dateCreated', head: '<script type="application/ld+json">{"@type":"Article","dateCreated":"2017-02-24T01:18:13Z"}</script><meta property="article:published_time" content="2017-02-23T17:18:13-08:00">', want: { publishedAt: '2017-02-23', dateSource: 'meta' } },
    { name: 'JSON-LD dateCreated as a last resort', head: '<script type="application/ld+json">{"@type":"Article","dateCreated":"2017-02-24T01:18:13Z"}</script>', want: { publishedAt: '2017-02-24', dateSource: 'json-ld' } },
    { name: 'og:url when no canonical link', head: '<meta property="og:url" content="https://example.org/x?y=1">', want: { canonicalUrl: 'https://example.org/x?y=1' } },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const p = extract(page(c.head));
      for (const [k, v] of Object.entries(c.want)) assert.equal(p[k as keyof typeof c.want], v, k);
    });
  }

  it('<time datetime> in the body when the head says nothing', () => {
    const p = extract(page('', `<article><p>By Jo Poe · <time datetime="2017-09-10T08:00">Sept 10</time></p><p>${P1}</p><p>${P2}</p></article>`));
    assert.equal(p.publishedAt, '2017-09-10');
    assert.equal(p.dateSource, 'time');
  });

  it('falls back to Readability title and the fetch URL', () => {
    const p = extract(page(''));
    assert.equal(p.title, 'Talks stall in Geneva as strikes go on');
    assert.equal(p.canonicalUrl, 'https://example.org/world/a');
  });

  it('readPageMeta works on a head alone', () => {
    const document = parseDocument('<html><head><meta property="article:published_time" content="2025-03-16T09:00:00+02:00"></head></html>');
    assert.equal(readPageMeta(document, null).publishedAt, '2025-03-16');
  });
});

describe('parseDateValue', () => {
  const table: [string, string | null][] = [
    ['2025-03-16', '2025-03-16'],
    ['2025-03-16T23:30:00-05:00', '2025-03-16'],
    ['2025/3/6', '2025-03-06'],
    ['20250316', '2025-03-16'],
    ['16 March 2025', '2025-03-16'],
    ['March 16, 2025', '2025-03-16'],
    ['Sun, 16 Mar 2025 10:00:00 GMT', '2025-03-16'],
    ['Sept. 3, 2024', '2024-09-03'],
    ['2025-02-30', null],
    ['yesterday', null],
    ['', null],
  ];
  for (const [input, want] of table) it(JSON.stringify(input), () => assert.equal(parseDateValue(input), want));
});

describe('looksLikeHtml and indexHtmlText', () => {
  const table: [string, boolean][] = [
    ['<!DOCTYPE html><html>', true],
    ['  <html lang="en">', true],
    ['<!-- saved page --><!doctype html>', true],
    ['<body><p>x', true],
    ['LONDON — Talks <b>resumed</b>.', false],
    ['a < b and c > d', false],
  ];
  for (const [text, want] of table) it(`looksLikeHtml ${JSON.stringify(text)}`, () => assert.equal(looksLikeHtml(text), want));

  it('indexes visible text only, decoding entities, with offsets into the HTML', () => {
    const html = '<p class="a>b">A &amp; B</p><!-- c --><script>var d="<p>";</script><p>x&#8212;y &#x1F600;</p>';
    const ix = indexHtmlText(html);
    assert.equal(ix.chars, 'A&Bx—y😀');
    assert.equal(html.slice(ix.start[1]!, ix.end[1]!), '&amp;');
    assert.equal(html.slice(ix.start[4]!, ix.end[4]!), '&#8212;');
    assert.equal(html.slice(ix.start[6]!, ix.end[7]!), '&#x1F600;');
  });
});
